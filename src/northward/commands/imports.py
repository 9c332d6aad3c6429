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


def register(app: typer.Typer) -> None:
    """Add `northward import ...` to the app."""
    app.add_typer(import_app, name="import")
