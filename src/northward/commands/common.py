"""What every command shares: the --home option, error printing, and the output formats."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from ..errors import NorthwardError

console = Console()
err_console = Console(stderr=True)

HomeOption = Annotated[
    str | None,
    typer.Option("--home", help="Home folder of the store (default $NORTHWARD_HOME or ~/.northward).",
                 show_default=False),
]

F = TypeVar("F", bound=Callable[..., Any])

EXIT_ERROR = 2


def handle_errors(func: F) -> F:
    """Print a NorthwardError as code, place and fix, and exit 2, instead of a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NorthwardError as exc:
            print_error(exc)
            raise typer.Exit(EXIT_ERROR) from None

    return wrapper  # type: ignore[return-value]


def print_error(exc: NorthwardError) -> None:
    p = exc.problem
    where = p.location()
    err_console.print(f"[bold red]error {p.code}[/]{' in ' + where if where else ''}: {p.message}",
                      highlight=False, markup=True)
    for extra in exc.problems[1:20]:
        err_console.print(f"  also {extra}", highlight=False, markup=False)
    if len(exc.problems) > 20:
        err_console.print(f"  ... {len(exc.problems) - 20} more problems", highlight=False)
    if p.hint:
        err_console.print(f"[yellow]fix:[/] {p.hint}", highlight=False)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
