"""Seed loader for `northward build`: registered documents and the glossary into DuckDB.

Writes the `document` table (the article's 35 sources as documents) and the `concept` table
(migration 0030), validating every cited source id and territory against the build.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import Problem, ProblemList, ValidationError
from ..ingest.context import SeedContext
from .db import DOC_FIELDS
from .registry import load_documents, load_glossary

COLUMNS = DOC_FIELDS


def load(ctx: SeedContext) -> dict[str, int]:
    """Validate data/corpus/{documents,glossary}.yaml against the build, then write both tables.

    A data folder without a corpus/ subfolder (a user's own dataset) loads nothing.
    """
    docs_path = ctx.data_dir / "corpus" / "documents.yaml"
    gloss_path = ctx.data_dir / "corpus" / "glossary.yaml"
    docs = load_documents(docs_path) if docs_path.exists() else []
    concepts = load_glossary(gloss_path) if gloss_path.exists() else []
    problems = ProblemList()
    for d in docs:
        _check_source(problems, docs_path, f"document {d.doc_id}", d.source_id, ctx)
        if ctx.territories and d.territory and d.territory not in ctx.territories:
            problems.add(
                Problem(
                    "NW219",
                    f"document {d.doc_id}: unknown territory {d.territory!r}",
                    file=str(docs_path),
                    column="territory",
                    hint="use a code from data/territories.csv",
                )
            )
    for c in concepts:
        for sid in c.sources:
            _check_source(problems, gloss_path, f"concept {c.id}", sid, ctx)
    problems.raise_if_any(ValidationError, "the corpus registry does not match the store's sources")
    if docs_path.exists():
        ctx.con.execute("DELETE FROM document")
    ctx.con.execute("DELETE FROM concept")
    placeholders = ", ".join("?" for _ in COLUMNS)
    for d in docs:
        ctx.con.execute(
            f"INSERT INTO document ({', '.join(COLUMNS)}) VALUES ({placeholders})",
            [getattr(d, col) for col in COLUMNS],
        )
    for c in concepts:
        ctx.con.execute(
            "INSERT INTO concept VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [c.id, c.zh, list(c.variants), c.en, c.ru, c.category, list(c.sources), c.note],
        )
    for sid in {d.source_id for d in docs if d.source_id} | {s for c in concepts for s in c.sources}:
        ctx.cite(sid)
    return {"document": len(docs), "concept": len(concepts)}


def _check_source(problems: ProblemList, path: Path, what: str, source_id: str | None, ctx: SeedContext) -> None:
    if source_id and source_id not in ctx.source_ids:
        problems.add(
            Problem(
                "NW218",
                f"{what}: unknown source_id {source_id!r}",
                file=str(path),
                column="source_id" if what.startswith("document") else "sources",
                hint="add the source to data/sources/*.yaml or fix the id",
            )
        )
