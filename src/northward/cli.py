"""The `northward` command line: a thin Typer app; each command calls one library function."""

from __future__ import annotations

import typer

from .commands import audit, coverage, docs, geo, imports, series, store, web

app = typer.Typer(
    name="northward",
    help="An open observatory of China's opening to the North: evidence, indicators, places, "
         "documents and claims, each with its source.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (store, series, coverage, imports, geo, docs, audit, web):
    module.register(app)


def main() -> None:
    app()
