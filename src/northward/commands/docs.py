"""CLI commands of the strategy corpus: `northward docs add|list|show|fetch|search|concepts|kwic|glossary`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from .common import EXIT_ERROR, HomeOption, TerritoryOption, console, err_console, handle_errors, print_json

docs_app = typer.Typer(
    help="The strategy corpus: Chinese documents, search, concepts, KWIC, citations.", no_args_is_help=True
)

FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")]
OutOption = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")]
YearOption = Annotated[
    str | None, typer.Option("--year", "-y", help="A year (2024) or a range (2019..2024).")
]


def register(app: typer.Typer) -> None:
    """Add `northward docs ...` to the app."""
    app.add_typer(docs_app, name="docs")


def emit(rows: list[dict[str, Any]], fmt: str, out: Path | None, title: str = "") -> None:
    """Rows as a table (fitted to the terminal), CSV or JSON, to stdout or a file."""
    from ..tables import emit as emit_rows

    if fmt not in ("table", "csv", "json"):
        err_console.print(f"[red]error[/]: unknown format {fmt!r}; use table, csv or json")
        raise typer.Exit(EXIT_ERROR)
    emit_rows(rows, fmt, out, title=title)


@docs_app.command("add")
@handle_errors
def add(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt .html .pdf .docx .jsonl) or folders.")],
    home: HomeOption = None,
    doc_id: Annotated[
        str | None, typer.Option("--doc-id", help="Id (a registered id attaches the text).")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title in Chinese.")] = None,
    title_en: Annotated[str | None, typer.Option("--title-en", help="Title in English.")] = None,
    issuer: Annotated[str | None, typer.Option(help="Issuing body, e.g. 国务院.")] = None,
    territory: TerritoryOption = None,
    doc_type: Annotated[str | None, typer.Option("--type", help="e.g. government_work_report, plan.")] = None,
    published: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    url: Annotated[str | None, typer.Option(help="Address of the original.")] = None,
    language: Annotated[str | None, typer.Option(help="Language code (default zh).")] = None,
    encoding: Annotated[str | None, typer.Option(help="Text encoding, if not UTF-8/GB18030/Big5.")] = None,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Refuse files larger than this.")] = 50.0,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Treat the files as JSON-lines collections.")
    ] = False,
    id_field: Annotated[str | None, typer.Option("--id-field", help="JSON-lines: key holding the id.")] = None,
    id_template: Annotated[
        str | None, typer.Option("--id-template", help="JSON-lines: ids from fields, e.g. 'gwr-{year}'.")
    ] = None,
    title_field: Annotated[str | None, typer.Option("--title-field", help="JSON-lines: key of the title.")] = None,
    territory_field: Annotated[
        str | None, typer.Option("--territory-field", help="JSON-lines: key of the territory code.")
    ] = None,
    type_field: Annotated[str | None, typer.Option("--type-field", help="JSON-lines: key of the type.")] = None,
    date_field: Annotated[
        str | None, typer.Option("--date-field", help="JSON-lines: key of the date (2024, 2024-03-05, 2024年3月5日).")
    ] = None,
    issuer_field: Annotated[str | None, typer.Option("--issuer-field", help="JSON-lines: key of the issuer.")] = None,
    url_field: Annotated[str | None, typer.Option("--url-field", help="JSON-lines: key of the address.")] = None,
    content_field: Annotated[
        str | None, typer.Option("--content-field", help="JSON-lines: key of the text (default content).")
    ] = None,
    fmt: FormatOption = "table",
) -> None:
    """Import documents; metadata from options or a sidecar FILE.yaml. Re-adding the same text is a no-op."""
    from ..corpus.importer import add_paths

    meta = {
        "doc_id": doc_id,
        "title": title,
        "title_en": title_en,
        "issuer": issuer,
        "territory": territory,
        "doc_type": doc_type,
        "published": published,
        "url": url,
        "language": language,
    }
    with err_console.status("importing…") as status:
        count = 0

        def progress(label: str) -> None:
            nonlocal count
            count += 1
            status.update(f"importing {count}: {label}")

        fields = {"doc_id": id_field, "title": title_field, "territory": territory_field, "doc_type": type_field,
                  "published": date_field, "issuer": issuer_field, "url": url_field, "content": content_field}
        report = add_paths(home, paths, meta=meta, encoding=encoding, max_mb=max_mb, jsonl=jsonl,
                           progress=progress, fields=fields, id_template=id_template)
    if fmt == "json":
        print_json(report.to_dict())
    else:
        rows = [{k: v for k, v in r.to_dict().items() if k != "sha256"} for r in report.results]
        if rows:
            emit(rows, fmt, None, title="Imported")
        for f in report.failures:
            err_console.print(
                f"[bold red]refused {f['file']}[/] [{f['code']}]: {f['message']}", highlight=False
            )
            if f.get("hint"):
                err_console.print(f"  [yellow]fix:[/] {f['hint']}", highlight=False)
    if report.failures:
        raise typer.Exit(EXIT_ERROR)


@docs_app.command("list")
@handle_errors
def list_(
    home: HomeOption = None,
    missing: Annotated[
        bool, typer.Option("--missing", help="Only registered documents without text.")
    ] = False,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """List documents: registered (the article's sources) and imported, with or without text."""
    from ..corpus.api import list_documents

    rows = list_documents(home, with_text=False if missing else None)
    if fmt == "table":
        rows = [
            {
                k: r[k]
                for k in ("doc_id", "title", "territory", "doc_type", "published", "has_text", "paragraphs")
            }
            for r in rows
        ]
    emit(rows, fmt, out, title="Documents")


@docs_app.command("show")
@handle_errors
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id.")],
    home: HomeOption = None,
    fmt: FormatOption = "table",
) -> None:
    """Show one document's metadata and numbered paragraphs."""
    from ..corpus.api import show_document

    doc = show_document(home, doc_id)
    if fmt == "json":
        print_json(doc)
        return
    text = doc.pop("text")
    for k, v in doc.items():
        if v is not None:
            console.print(f"[bold]{k}[/]: {v}", highlight=False)
    for i, para in enumerate(text, 1):
        console.print(f"[dim]¶{i}[/] {para}", highlight=False)


@docs_app.command("search")
@handle_errors
def search(
    query: Annotated[str, typer.Argument(help='Words (ANDed), "phrases", AND/OR/NOT, parentheses.')],
    home: HomeOption = None,
    territory: TerritoryOption = None,
    doc_type: Annotated[str | None, typer.Option("--type", help="Document type.")] = None,
    year: YearOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many hits.")] = 20,
    semantic: Annotated[
        bool,
        typer.Option("--semantic", help="Cross-lingual (needs the crosslingual extra and `docs embed`)."),
    ] = False,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Full-text search (BM25), with highlighted snippets and a citation for each hit."""
    if semantic:
        from ..corpus.semantic import semantic_search

        hits = semantic_search(home, query, territory=territory, doc_type=doc_type, year=year, limit=limit)
    else:
        from ..corpus.api import search as run

        stats: dict[str, Any] = {}
        hits = run(home, query, territory=territory, doc_type=doc_type, year=year, limit=limit, stats=stats)
        if stats.get("ranked_window"):
            err_console.print(
                f"note: many paragraphs match; ranked the {stats['ranked_window']:,} most recently added"
                " (add a word or a filter to rank them all)",
                highlight=False,
            )
    if fmt != "table":
        emit([h.to_dict() for h in hits], fmt, out)
        return
    if not hits:
        console.print("no matching paragraphs")
    for n, h in enumerate(hits, 1):
        snip = escape(h.snippet_text).replace("【", "[bold yellow]").replace("】", "[/]")
        console.print(f"[bold]{n}.[/] {snip}", highlight=False)
        console.print(f"   [dim]{escape(h.citation)}  score {h.score:.3f}[/]", highlight=False)


@docs_app.command("concepts")
@handle_errors
def concepts(
    home: HomeOption = None,
    by: Annotated[str, typer.Option(help="territory_year or document.")] = "territory_year",
    concept: Annotated[str | None, typer.Option(help="Only this concept id.")] = None,
    territory: TerritoryOption = None,
    chart: Annotated[
        Path | None, typer.Option(help="Also write a heatmap (.html, .svg, .png or .json Vega-Lite spec).")
    ] = None,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Count glossary concepts (exact substrings) per territory × year or per document."""
    from ..corpus.api import concept_counts

    rows = concept_counts(home, by=by, concept=concept, territory=territory)
    if not chart or out is not None or fmt != "table":  # with --chart alone, the chart is the output
        emit(rows, fmt, out, title="Concept counts")
    if chart:
        from ..corpus.charts import write_heatmap
        from ..tables import announce_written

        write_heatmap(rows, chart)
        announce_written(chart, "the heatmap")


@docs_app.command("kwic")
@handle_errors
def kwic(
    term: Annotated[str, typer.Argument(help="The term (exact substring, traditional or simplified).")],
    home: HomeOption = None,
    width: Annotated[int, typer.Option(help="Characters of context on each side.")] = 30,
    limit: Annotated[int, typer.Option("--limit", "-n")] = 100,
    territory: TerritoryOption = None,
    year: Annotated[int | None, typer.Option("--year", "-y")] = None,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """Keyword-in-context lines for a term, each with its citation."""
    from ..corpus.api import kwic as run

    lines = run(home, term, width=width, limit=limit, territory=territory, year=year)
    if fmt != "table":
        emit([x.to_dict() for x in lines], fmt, out)
        return
    if not lines:
        console.print(f"no occurrences of {term}")
    for x in lines:
        console.print(
            f"{escape(x.left):>{width}}[bold yellow]{escape(x.keyword)}[/]{escape(x.right)}", highlight=False
        )
        console.print(f"  [dim]{escape(x.citation)}[/]", highlight=False)


@docs_app.command("glossary")
@handle_errors
def glossary(
    category: Annotated[str | None, typer.Option(help="Only this category.")] = None,
    fmt: FormatOption = "table",
    out: OutOption = None,
) -> None:
    """The trilingual glossary (Chinese with variants, English, Russian) and its sources."""
    from ..corpus.api import glossary as concepts_of

    rows = [
        {
            "id": c.id,
            "zh": c.zh,
            "variants": " / ".join(c.variants),
            "en": c.en,
            "ru": c.ru or "",
            "category": c.category,
            "sources": ", ".join(c.sources),
        }
        for c in concepts_of(category)
    ]
    emit(rows, fmt, out, title="Glossary")


@docs_app.command("fetch")
@handle_errors
def fetch(
    home: HomeOption = None,
    doc_id: Annotated[list[str] | None, typer.Option("--doc-id", help="Only these documents.")] = None,
    delay: Annotated[float, typer.Option(help="Seconds between requests to one host.")] = 2.0,
    retries: Annotated[int, typer.Option(help="Attempts per address.")] = 3,
    refresh: Annotated[bool, typer.Option(help="Fetch again even if text is present.")] = False,
    fmt: FormatOption = "table",
) -> None:
    """Download registered documents that have an address (robots.txt respected, rate-limited)."""
    from ..corpus.fetch import fetch_documents

    results = fetch_documents(home, doc_ids=doc_id or None, delay=delay, retries=retries, refresh=refresh)
    emit([r.to_dict() for r in results], fmt, None, title="Fetched")
    if any(r.status == "error" for r in results):
        raise typer.Exit(EXIT_ERROR)


@docs_app.command("embed")
@handle_errors
def embed(home: HomeOption = None) -> None:
    """Compute cross-lingual vectors for `docs search --semantic` (needs northward[crosslingual])."""
    from ..corpus.semantic import embed_paragraphs

    n = embed_paragraphs(home)
    console.print(f"{n} paragraph(s) embedded")
