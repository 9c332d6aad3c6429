"""CLI command `northward series`: resolve series through the semantic core and print them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import HomeOption, PartnersOption, TerritoriesOption, handle_errors, print_json
from .store import EngineOption


def register(app: typer.Typer) -> None:
    app.command("series")(series)


@handle_errors
def series(home: HomeOption = None,
           indicator: Annotated[str, typer.Option("--indicator", "-i", help="The level indicator.")] = "trade_value",
           territory: TerritoriesOption = None,  # NEC sums the four
           partner: PartnersOption = None,
           flow: Annotated[list[str] | None, typer.Option(help="export, import, total or balance (repeatable).")] = None,
           product: Annotated[str | None, typer.Option(help="TOTAL (default), an HS code or prefix.")] = None,
           freq: Annotated[str, typer.Option(help="A (annual), YTD (January to a month), Q or M.")] = "A",
           unit: Annotated[str | None, typer.Option(
               help="CNY or USD: figures in the other currency are converted at the period's rate, named "
                    "in each point (default: the unit most points are stated in).")] = None,
           start: Annotated[str | None, typer.Option(help="First period: 2019, 2019-01..2019-05, 2024-03 ...")] = None,
           end: Annotated[str | None, typer.Option(help="Last period.")] = None,
           source: Annotated[str | None, typer.Option(help="Only figures of this source id.")] = None,
           batch: Annotated[int | None, typer.Option(help="Only figures of this import batch.")] = None,
           layout: Annotated[str, typer.Option(help="long (a row per period, with how and sources) or wide "
                                                    "(a row per series, a column per period).")] = "long",
           fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json, parquet, or datapackage / "
                                                                       "datapackage-parquet (a folder: --out DIR).")] = "table",
           out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
           engine: EngineOption = None) -> None:
    """A series per territory, partner and flow: each period's value with how it was obtained
    (stated, converted at a named rate, summed, derived) and its sources; missing periods are gaps
    with their reason. "Which figure wins" is the README's rule."""
    from ..core.layout import queries_for, resolve_all, series_rows, series_tables
    from ..engines import select_engine
    from ..export import export_from_home, package_format
    from ..tables import emit

    select_engine(engine)

    partners: list[str | None] = list(partner) if partner else [None]
    flows: list[str | None] = list(flow) if flow else [None]
    queries = queries_for(indicator, territory or ["NEC"], partners, flows,
                          product=product, freq=freq, unit=unit, start=start, end=end, source=source, batch=batch)
    resolved = resolve_all(home, queries)
    if fmt == "json" and out is None:
        print_json([s.to_dict() for s in resolved])
        return
    if package_format(fmt):  # a Frictionless Data Package folder (northward.export)
        print(export_from_home(home, series_rows(resolved, layout), out, fmt=fmt, name="northward-series",
                               title=f"Series of {indicator} from northward", resource="series").summary())
        return
    if fmt == "table" and layout == "long" and out is None:  # a table per series, its key in the title
        for title, rows in series_tables(resolved):
            emit(rows, fmt, title=title, essential=("period", "value", "how"))
        return
    emit(series_rows(resolved, layout), fmt, out, title=f"Series: {indicator}")
