"""Seed loader for `northward build`: the registered documents into DuckDB's `document` table."""

from __future__ import annotations

from ..errors import Problem, ProblemList, ValidationError
from ..ingest.context import SeedContext
from .registry import load_documents

COLUMNS = ("doc_id", "title", "title_en", "issuer", "territory", "doc_type", "published", "language", "url",
           "source_id")


def load(ctx: SeedContext) -> dict[str, int]:
    """Validate data/corpus/documents.yaml against the build's sources and territories, then write it."""
    path = ctx.data_dir / "corpus" / "documents.yaml"
    docs = load_documents(path)
    problems = ProblemList()
    for d in docs:
        if d.source_id and d.source_id not in ctx.source_ids:
            problems.add(Problem("NW218", f"document {d.doc_id}: unknown source_id {d.source_id!r}",
                                 file=str(path), column="source_id",
                                 hint="add the source to data/sources/*.yaml or fix the id"))
        if ctx.territories and d.territory and d.territory not in ctx.territories:
            problems.add(Problem("NW219", f"document {d.doc_id}: unknown territory {d.territory!r}",
                                 file=str(path), column="territory", hint="use a code from data/territories.csv"))
    problems.raise_if_any(ValidationError, f"{path.name} does not match the store")
    ctx.con.execute("DELETE FROM document")
    placeholders = ", ".join("?" for _ in COLUMNS)
    for d in docs:
        ctx.con.execute(f"INSERT INTO document ({', '.join(COLUMNS)}) VALUES ({placeholders})",
                        [getattr(d, c) for c in COLUMNS])
        if d.source_id:
            ctx.cite(d.source_id)
    return {"document": len(docs)}
