"""What every command shares: the --home option, error printing, and the output formats."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

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
    """Code, place, message and fix on stderr; never wrapped, so each stays on one line for grep."""
    p = exc.problem
    where = p.location()
    err_console.print(f"[bold red]error {p.code}[/]{escape(' in ' + where) if where else ''}: {escape(p.message)}",
                      highlight=False, soft_wrap=True)
    for extra in exc.problems[1:20]:
        err_console.print(f"  also {extra}", highlight=False, markup=False, soft_wrap=True)
    if len(exc.problems) > 20:
        err_console.print(f"  ... {len(exc.problems) - 20} more problems", highlight=False, soft_wrap=True)
    if p.hint:
        err_console.print(f"[yellow]fix:[/] {escape(p.hint)}", highlight=False, soft_wrap=True)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
