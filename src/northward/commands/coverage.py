"""CLI command `northward coverage`: what the store holds, indicator × territory × year."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import HomeOption, console, handle_errors, print_json


def register(app: typer.Typer) -> None:
    app.command("coverage")(coverage)


@handle_errors
def coverage(home: HomeOption = None,
             indicator: Annotated[list[str] | None, typer.Option(
                 "--indicator", "-i", help="Indicator(s) (default: every level indicator with figures).")] = None,
             territory: Annotated[list[str] | None, typer.Option(
                 "--territory", "-t", help="Territory code(s) (default: every one with figures).")] = None,
             start: Annotated[int | None, typer.Option(help="First year (default 2015).")] = None,
             end: Annotated[int | None, typer.Option(help="Last year (default: the latest year with figures).")] = None,
             layout: Annotated[str, typer.Option(help="wide (a column per year, compact codes) or long (a row per "
                                                      "cell, with how and sources).")] = "wide",
             fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json, parquet or xlsx.")] = "table",
             out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
             ) -> None:
    """For each indicator and territory, year by year: stated (S), derived (D), converted (C),
    part-year only (P) or gap (-), with the grade of the source it rests on (O official original,
    o official text in a copy, m reputable media, s secondary, u unverified copy), so you see what to
    import. Each cell is what `northward series` finds."""
    from ..coverage import check_layout, legend
    from ..coverage import coverage as build
    from ..tables import emit

    check_layout(layout)
    cov = build(home, indicator or [], territory or [], start, end)
    rows = cov.table(layout)
    if fmt == "json" and out is None:
        print_json(cov.to_dict())
        return
    emit(rows, fmt, out, title="Coverage")
    if fmt == "table" and out is None:
        lg = legend()
        counts = ", ".join(f"{n} {s}" for s, n in cov.counts().items())
        console.print(f"{counts}.\nstates: " + ", ".join(f"{k} {v}" for k, v in lg["states"].items())
                      + "\ngrades: " + ", ".join(f"{k} {v}" for k, v in lg["grades"].items()),
                      highlight=False, markup=False)
