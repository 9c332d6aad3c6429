"""CLI commands `northward import customs|comtrade|table`: parse options, call one importer, print."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from .common import HomeOption, console, err_console, handle_errors, print_json

import_app = typer.Typer(name="import", help="Import files into the store: each file becomes one batch.",
                         no_args_is_help=True)

FlowOption = Annotated[str | None, typer.Option("--flow", help="export or import (customs files never say).")]
PeriodOption = Annotated[str | None, typer.Option(
    "--period", help="2024, 2024-03, 2024Q1 or 2024-01..2024-06: the span the file's values cover.")]
OnErrorOption = Annotated[str, typer.Option("--on-error", help="raise (nothing is written) or skip (bad rows "
                                                              "go to a side file, the rest is imported).")]
RejectsOption = Annotated[Path | None, typer.Option("--rejects", help="Folder for *.rejected.csv side files "
                                                                     "(default: beside each input).")]
StatusOption = Annotated[str, typer.Option("--status", help="final or preliminary (or revised, estimate).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]


class RichBytes:
    """A Rich progress bar over the bytes read, shown only for imports of more than 20 MB."""

    def __init__(self) -> None:
        self.bar: Progress | None = None
        self.task: Any = None

    def start(self, total: int, description: str) -> None:
        if total < 20 << 20:
            return
        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                            TimeRemainingColumn(), console=err_console, transient=True)
        self.bar.start()
        self.task = self.bar.add_task(description, total=total)

    def advance(self, amount: int) -> None:
        if self.bar is not None:
            self.bar.advance(self.task, amount)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _report(result: Any, as_json: bool) -> None:
    if as_json:
        print_json(result.to_dict())
    else:
        console.print(result.summary(), highlight=False, markup=False)


@import_app.command("customs")
@handle_errors
def customs(files: Annotated[list[str], typer.Argument(help="CSV files, folders or quoted globs.")],
            home: HomeOption = None, flow: FlowOption = None, period: PeriodOption = None,
            cumulative: Annotated[bool, typer.Option("--cumulative", help="Values are Jan–N totals (YTD).")] = False,
            name_pattern: Annotated[str | None, typer.Option(
                "--name-pattern", help="Take flow/period from file names, e.g. '{flow}_{period}.csv'.")] = None,
            encoding: Annotated[str | None, typer.Option(
                "--encoding", help="gb18030, gbk, utf-8 or utf-8-sig (default: detected).")] = None,
            currency: Annotated[str | None, typer.Option(
                "--currency", help="CNY or USD, when the value header does not say.")] = None,
            pad_hs: Annotated[bool, typer.Option("--pad-hs", help="Restore leading zeros a spreadsheet dropped "
                                                                  "from HS codes.")] = False,
            status: StatusOption = "final", on_error: OnErrorOption = "raise", rejects: RejectsOption = None,
            as_json: JsonOption = False) -> None:
    """Import China Customs platform downloads (GB18030/GBK/UTF-8, quoted, trailing commas)."""
    from ..ingest.customs import CustomsOptions, import_customs

    opts = CustomsOptions(flow=flow, period=period, cumulative=cumulative, name_pattern=name_pattern,
                          encoding=encoding, currency=currency, status=status, on_error=on_error,
                          rejects_dir=rejects, pad_hs=pad_hs)
    bar = RichBytes()
    try:
        result = import_customs(home, files, opts, progress=bar)
    finally:
        bar.stop()
    _report(result, as_json)


@import_app.command("comtrade")
@handle_errors
def comtrade(files: Annotated[list[str] | None, typer.Argument(help="Comtrade final-data CSV files.")] = None,
             home: HomeOption = None,
             api: Annotated[bool, typer.Option("--api", help="Fetch through the official comtradeapicall "
                                                             "client instead of reading files.")] = False,
             reporter: Annotated[str, typer.Option(help="--api: reporter M49 code (156 = China).")] = "156",
             partner: Annotated[str, typer.Option(help="--api: partner M49 code(s), comma-separated "
                                                       "(643 = Russia, 0 = World).")] = "643",
             period: Annotated[str, typer.Option(help="--api: year(s) or YYYYMM month(s), comma-separated.")]
             = "2023",
             freq: Annotated[str, typer.Option(help="--api: A (annual) or M (monthly).")] = "A",
             flow: Annotated[str, typer.Option(help="--api: X, M or both (M,X).")] = "M,X",
             cmd: Annotated[str, typer.Option(help="--api: TOTAL or HS code(s).")] = "TOTAL",
             key_env: Annotated[str, typer.Option("--key-env", help="--api: environment variable holding the "
                                                                    "subscription key.")] = "COMTRADE_API_KEY",
             status: StatusOption = "final", on_error: OnErrorOption = "raise", rejects: RejectsOption = None,
             as_json: JsonOption = False) -> None:
    """Import UN Comtrade final data: its 47-column CSV, or an API query (--api)."""
    from ..ingest.comtrade import ComtradeOptions, ComtradeQuery, import_comtrade, import_comtrade_api
    from ..ingest.problems import ImportOptionError

    opts = ComtradeOptions(status=status, on_error=on_error, rejects_dir=rejects)
    if api:
        query = ComtradeQuery(reporter, partner, period, freq, flow, cmd, key_env)
        result = import_comtrade_api(home, query, opts)
    elif files:
        result = import_comtrade(home, files, opts)
    else:
        raise ImportOptionError("give Comtrade CSV files, or --api with a query",
                                hint="e.g. northward import comtrade --api --reporter 156 --partner 643")
    _report(result, as_json)


@import_app.command("table")
@handle_errors
def table(files: Annotated[list[str], typer.Argument(help="CSV, Excel (.xlsx) or Parquet files, folders, globs.")],
          home: HomeOption = None,
          map_: Annotated[list[str] | None, typer.Option("--map", help="FIELD=COLUMN (repeat, or comma-separate): "
                                                                       "which column holds which field.")] = None,
          set_: Annotated[list[str] | None, typer.Option("--set", help="FIELD=VALUE for the whole file, e.g. "
                                                                       "indicator=trade_value.")] = None,
          sheet: Annotated[str | None, typer.Option(help="Excel: the sheet (default: the first).")] = None,
          grade: Annotated[str | None, typer.Option(
              help="The source's grade: official_original, official_copy, reputable_media, secondary or "
                   "unverified_copy (the default); it ranks the figures against others (README: Which figure "
                   "wins).")] = None,
          on_error: OnErrorOption = "raise", rejects: RejectsOption = None, as_json: JsonOption = False) -> None:
    """Import tidy tables: one observation per row, columns mapped with --map, constants with --set."""
    from ..ingest.tidy import TableOptions, import_table, parse_pairs

    opts = TableOptions(parse_pairs(map_ or [], "--map"), parse_pairs(set_ or [], "--set"), sheet, on_error,
                        rejects, grade)
    _report(import_table(home, files, opts), as_json)


def register(app: typer.Typer) -> None:
    """Add `northward import ...` to the app."""
    app.add_typer(import_app, name="import")
