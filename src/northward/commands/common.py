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

from ..errors import NorthwardError, StoreError, UnknownValue

console = Console()
err_console = Console(stderr=True)

HomeOption = Annotated[
    str | None,
    # eager: parsed before the other options, so their callbacks can look codes up in this store
    typer.Option("--home", help="Home folder of the store (default $NORTHWARD_HOME or ~/.northward).",
                 show_default=False, is_eager=True),
]

WideOption = Annotated[bool, typer.Option("--wide", help="Show every column, however wide (default: the "
                                                          "columns that fit the terminal; NORTHWARD_WIDE=1 for all tables).")]

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


def _store_codes(home: str | None, kind: str) -> list[str]:
    """Codes the store holds (figures imported with codes of their own); none without a store."""
    from ..store import open_store
    from ..subjects import codes_in_store

    try:
        with open_store(home, read_only=True) as store:
            return codes_in_store(store, kind)
    except StoreError:
        return []


def resolve_values(kind: str, values: list[str], home: str | None) -> list[str]:
    """Territories and partners through ``subjects`` (codes in any case, names in zh/en/ru), indicators
    through the core's vocabulary; a value only the store knows is accepted as the store spells it."""
    from .. import subjects

    def one(value: str) -> str:
        if kind != "indicator":
            return subjects.resolve(kind, value, lambda: _store_codes(home, kind))  # type: ignore[arg-type]
        from ..core.vocabulary import parse_indicator

        try:
            return parse_indicator(value)
        except UnknownValue as exc:
            known = _store_codes(home, kind)
            if value in known:
                return value
            raise UnknownValue(kind, value, sorted(set(exc.accepted) | set(known))) from None

    return list(dict.fromkeys(one(v) for v in values if str(v).strip()))


def _callback(kind: str) -> Callable[[typer.Context, Any], Any]:
    def callback(ctx: typer.Context, value: Any) -> Any:
        if value is None or value == [] or ctx.resilient_parsing:
            return value
        home = ctx.params.get("home")
        try:
            if isinstance(value, list | tuple):
                return resolve_values(kind, list(value), home)
            return resolve_values(kind, [value], home)[0]
        except NorthwardError as exc:
            print_error(exc)
            raise typer.Exit(EXIT_ERROR) from None

    return callback


_T_HELP = "Territory: a code (CN-HL, cn-hl) or a name (Heilongjiang, 黑龙江, Хэйлунцзян)."
_P_HELP = "Partner: a code (RU, ru) or a name (Russia, 俄罗斯, Россия); groups EU27, ASEAN, EAEU."
TerritoriesOption = Annotated[list[str] | None, typer.Option("--territory", "-t", help=_T_HELP + " Repeatable.",
                                                             callback=_callback("territory"))]
TerritoryOption = Annotated[str | None, typer.Option("--territory", "-t", help=_T_HELP,
                                                     callback=_callback("territory"))]
PartnersOption = Annotated[list[str] | None, typer.Option("--partner", "-p", help=_P_HELP + " Repeatable.",
                                                          callback=_callback("partner"))]
PartnerOption = Annotated[str | None, typer.Option("--partner", "-p", help=_P_HELP, callback=_callback("partner"))]
IndicatorsOption = Annotated[list[str] | None, typer.Option("--indicator", "-i", help="Indicator name(s).",
                                                            callback=_callback("indicator"))]
