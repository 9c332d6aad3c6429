"""CLI command of the claims audit: `northward audit FILE`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from .common import HomeOption, console, err_console, handle_errors

EXIT_INCONSISTENT = 1


def basis(row: dict[str, str]) -> str:
    return f"{row['basis']}: " if row.get("basis") else ""


def register(app: typer.Typer) -> None:
    """Add this area's commands to the app."""
    app.command("audit")(audit)


@handle_errors
def audit(
    file: Annotated[str, typer.Argument(help="Text to audit: .txt .md .html .pdf .docx, or '-' for stdin.")],
    home: HomeOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text (one line per claim), table, json, md or html.")
    ] = "text",
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Every check's finding in a table (same as --format table).")
    ] = False,
    doc_date: Annotated[
        str | None, typer.Option("--date", help="The text's publication date (YYYY-MM-DD): 'last year' is read against it.")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the report to this file.")] = None,
    lang: Annotated[str | None, typer.Option(help="en, ru or zh (default: detected per sentence).")] = None,
    only: Annotated[
        str | None, typer.Option(help="Show only this verdict: inconsistent, consistent, unverifiable.")
    ] = None,
    source_id: Annotated[
        str | None,
        typer.Option(
            "--source-id",
            help="The text's own source id in the store (its figures are not used as evidence against it).",
        ),
    ] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not consult the store.")] = False,
) -> None:
    """Find the numeric claims in a text, recompute and check them; exit 1 if one is inconsistent."""
    from ..audit.api import audit_path
    from ..audit.render import CHECK_WORDS, MARK, render, rows, summary

    if verbose and fmt == "text":
        fmt = "table"
    if fmt not in ("text", "table", "json", "md", "html"):
        raise typer.BadParameter("use text, table, json, md or html", param_hint="--format")
    report = audit_path(file, home=home, use_store=not no_store, lang=lang, source_name=source_id, doc_date=doc_date)
    if fmt == "table":
        table = Table(title=f"Audit of {report.source_name}", show_lines=True)
        table.add_column("verdict", no_wrap=True)
        table.add_column("id", no_wrap=True)
        table.add_column("claim", ratio=2, overflow="fold")
        table.add_column("recomputed", ratio=1, overflow="fold")
        table.add_column("explanation", ratio=3, overflow="fold")
        for r in rows(report, only=only):
            table.add_row(
                f"{MARK[r['verdict']]} {r['verdict']}",
                r["id"],
                escape(r["claim"]),
                escape(r["recomputed"]),
                escape(f"{CHECK_WORDS.get(r['check'], r['check'])}: {basis(r)}{r['explanation']}"),
            )
        text = None
    else:
        text = render(report, fmt, only=only)
    if out is not None:
        out.write_text(text if text is not None else render(report, "md", only=only), encoding="utf-8")
        err_console.print(f"wrote {out}", highlight=False)
    elif text is not None:
        typer.echo(text)
    else:
        console.print(table)
    for note in report.notes:
        err_console.print(f"note: {note}", highlight=False)
    err_console.print(summary(report), highlight=False)
    if report.has_inconsistent:
        raise typer.Exit(EXIT_INCONSISTENT)
