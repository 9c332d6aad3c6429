"""CLI commands of the evidence store: build, sources, show, indicator, check, report, batches."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import (
    HomeOption,
    IndicatorsOption,
    PartnerOption,
    PartnersOption,
    TerritoriesOption,
    TerritoryOption,
    WideOption,
    console,
    handle_errors,
    print_json,
)

FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, csv, json, parquet or xlsx.")]
ShowFormatOption = Annotated[str, typer.Option(
    "--format", "-f", help="table, csv, json, parquet, xlsx, or datapackage / datapackage-parquet (a Frictionless "
                           "Data Package folder: --out DIR).")]
OutOption = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")]
EngineOption = Annotated[str | None, typer.Option(
    "--engine", help="Where imported data is computed: duckdb (default) or spark (local[*], or the cluster in "
                     "$NORTHWARD_SPARK_REMOTE); default $NORTHWARD_ENGINE.", show_default=False)]


def register(app: typer.Typer) -> None:
    app.command("build")(build)
    app.command("sources")(sources)
    app.command("show")(show)
    app.command("indicator")(indicator)
    app.command("check")(check)
    app.command("report")(report)
    app.command("batches")(batches)
    app.command("drop-batch")(drop_batch)
    app.command("demo")(demo)


@handle_errors
def build(home: HomeOption = None,
          data: Annotated[Path | None, typer.Option(help="Data folder to load instead of the shipped one.")] = None,
          ) -> None:
    """Build (or refresh) the store from the shipped default dataset, in one transaction."""
    from ..ingest.seed import build_store

    result = build_store(home, data_dir=data)
    console.print(result.summary(), highlight=False, markup=False)


@handle_errors
def sources(home: HomeOption = None,
            kind: Annotated[str | None, typer.Option(help="Only sources of this kind.")] = None,
            used: Annotated[bool, typer.Option(help="Only sources some observation cites.")] = False,
            search: Annotated[str | None, typer.Option("--search", "-s", help="Text in title or publisher.")] = None,
            grade: Annotated[str | None, typer.Option(
                help="Only sources of this grade: official_original, official_copy, reputable_media, secondary "
                     "or unverified_copy.")] = None,
            fmt: FormatOption = "table", out: OutOption = None, wide: WideOption = False) -> None:
    """List the sources in the store (grade, publisher, title, address, dates).

    The grade says how far the text as read can be trusted: official_original (the issuer's own site),
    official_copy (an official text on another official site), reputable_media, secondary (articles,
    aggregators, and copies that name their original) or unverified_copy (a mirror naming no original).
    """
    from ..query import list_sources
    from ..tables import emit

    emit(list_sources(home, kind=kind, used=used, search=search, grade=grade), fmt, out, title="Sources",
         wide=wide, essential=("source_id", "grade", "publisher", "title"))


@handle_errors
def show(home: HomeOption = None,
         indicator: IndicatorsOption = None,
         territory: TerritoriesOption = None,
         partner: PartnersOption = None,
         flow: Annotated[str | None, typer.Option(help="export, import, total or balance.")] = None,
         period: Annotated[str | None, typer.Option(help="2024, 2024Q1, 2024-03, 2024-01..2024-05 or 2019..2024.")] = None,
         product: Annotated[str | None, typer.Option(help="HS code or prefix, or TOTAL.")] = None,
         hs_level: Annotated[int | None, typer.Option("--hs-level", help="Aggregate HS codes to 2, 4, 6 or 8 digits.")] = None,
         source: Annotated[str | None, typer.Option(help="Only figures from this source id.")] = None,
         batch: Annotated[int | None, typer.Option(help="Only figures of this import batch (`northward batches`).")] = None,
         all_releases: Annotated[bool, typer.Option("--all-releases",
                                                    help="Keep every candidate, not only the one the rule picks "
                                                         "(README: Which figure wins).")] = False,
         limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
         fmt: ShowFormatOption = "table", out: OutOption = None, wide: WideOption = False,
         engine: EngineOption = None) -> None:
    """Show observations, filtered; every row names its source."""
    from ..available import check_period
    from ..engines import select_engine

    select_engine(engine)
    from ..query import ObservationFilter, export_observations

    flt = ObservationFilter(indicators=indicator or [], territories=territory or [], partners=partner or [],
                            flow=flow, period=period, product=product, hs_level=hs_level, source=source,
                            batch=batch, all_releases=all_releases, limit=limit)
    check_period(home, flt)
    written = export_observations(home, flt, fmt, out, wide=wide)
    if out is not None and fmt.startswith("datapackage"):
        console.print(f"wrote a data package of {written} rows to {out}", highlight=False, markup=False)


@handle_errors
def indicator(name: Annotated[str, typer.Argument(help="growth, multiple, cagr, share, rank, balance or convert.")],
              home: HomeOption = None,
              territory: TerritoryOption = "NEC",
              partner: PartnerOption = None,
              flow: Annotated[str | None, typer.Option()] = None,
              start: Annotated[str | None, typer.Option(help="Base period (year or YYYY-MM).")] = None,
              end: Annotated[str | None, typer.Option(help="Final period (year or YYYY-MM).")] = None,
              period: Annotated[str | None, typer.Option(help="Period for share, rank, balance, convert.")] = None,
              of: Annotated[str, typer.Option(help="share: 'territory' (partner in the territory's trade) or "
                                                   "'national' (territory in China's trade with the partner).")] = "territory",
              measure: Annotated[str, typer.Option(help="The level indicator to compute on.")] = "trade_value",
              unit: Annotated[str | None, typer.Option(
                  help="CNY or USD: levels in the other currency are converted at the year's rate (PBoC central "
                       "parity, else the Fed H.10 market rate), named in the lineage.")] = None,
              product: Annotated[str | None, typer.Option(help="HS code or prefix (imported data).")] = None,
              amount: Annotated[float | None, typer.Option(help="convert: the amount to convert.")] = None,
              to: Annotated[str | None, typer.Option(help="convert: target currency.")] = None,
              fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
              engine: EngineOption = None) -> None:
    """Compute one indicator from the store, with the observations and sources it used.

    Levels come from the series resolver (`northward series`): stated, converted, summed or derived,
    the figure chosen by the README's rule "Which figure wins"."""
    from ..engines import select_engine

    select_engine(engine)
    from ..indicators.api import IndicatorRequest, compute

    req = IndicatorRequest(name=name, territory=territory or "NEC", partner=partner, flow=flow, start=start, end=end,
                           period=period, of=of, measure=measure, unit=unit, product=product,
                           amount=amount, to=to)
    result = compute(home, req)
    if fmt == "json":
        print_json(result.to_dict())
    else:
        console.print(result.explain(), highlight=False, markup=False)


@handle_errors
def check(home: HomeOption = None,
          all_: Annotated[bool, typer.Option("--all", help="Also list consistent and unverifiable figures.")] = False,
          fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
          out: OutOption = None, wide: WideOption = False) -> None:
    """List stated derived figures that the base values contradict, and conflicts between sources.

    A conflict is two candidates for the same fact that disagree beyond rounding (a stated total
    and an imported file's sum included); the first named is the one the rule picks."""
    from ..checks import run_checks
    from ..tables import emit

    findings = run_checks(home, include_consistent=all_)
    emit([f.to_row() for f in findings], fmt, out, title="Findings", wide=wide,
         essential=("verdict", "indicator", "territory", "period", "stated"))
    if any(f.verdict == "inconsistent" for f in findings):
        raise typer.Exit(1)


@handle_errors
def report(home: HomeOption = None,
           out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("northward-report.html"),
           pdf: Annotated[bool, typer.Option("--pdf", help="Also write a PDF beside the HTML.")] = False) -> None:
    """Write the self-contained HTML report (no network needed to open it)."""
    from ..report.build import write_report

    written = write_report(home, out, pdf=pdf)
    for path in written:
        console.print(f"wrote {path}", highlight=False, markup=False)


@handle_errors
def batches(home: HomeOption = None,
            all_: Annotated[bool, typer.Option("--all", help="Include dropped batches.")] = False,
            fmt: FormatOption = "table", wide: WideOption = False) -> None:
    """List the imports (batches) in the store."""
    from ..store import list_batches, open_store
    from ..tables import emit

    with open_store(home, read_only=True) as store:
        rows = [b.to_dict() for b in list_batches(store, include_dropped=all_)]
    emit(rows, fmt, None, title="Batches", wide=wide)


@handle_errors
def drop_batch(batch_id: Annotated[int, typer.Argument(help="The batch to remove (see `northward batches`).")],
               home: HomeOption = None) -> None:
    """Remove every row an import wrote, in one transaction."""
    from ..store import drop_batch as drop
    from ..store import open_store

    with open_store(home) as store:
        n = drop(store, batch_id)
    console.print(f"batch {batch_id} dropped ({n} observations removed)", highlight=False, markup=False)


@handle_errors
def demo(home: HomeOption = None) -> None:
    """Build the store from the shipped data, write the report, and say what to try next."""
    from ..demo import run_demo

    # soft_wrap: a command is never cut at the terminal's edge, so each line can be pasted whole
    console.print(run_demo(home), highlight=False, markup=False, soft_wrap=True)
