"""The corpus's library API (used by the CLI, the web dashboard and the report)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .concepts import KwicLine, concept_rows, kwic_lines
from .db import CorpusDB
from .errors import DocumentNotFound
from .importer import AddReport, add_paths
from .mentions import Mention, find_mentions
from .registry import Concept, shipped_glossary
from .search import Hit, search_paragraphs
from .trends import Trend, concept_trend

Home = str | os.PathLike[str] | None


def search(
    home: Home,
    query: str,
    territory: str | None = None,
    doc_type: str | None = None,
    year: str | int | None = None,
    limit: int = 20,
    stats: dict[str, Any] | None = None,
) -> list[Hit]:
    """Paragraphs matching a boolean/phrase query, best first, each with snippet and citation.

    ``stats["ranked_window"]`` says how many recent matches were ranked (None: all of them).
    """
    with CorpusDB(home) as db:
        return search_paragraphs(
            db, query, territory=territory, doc_type=doc_type, year=year, limit=limit, stats=stats
        )


def concept_counts(
    home: Home, by: str = "territory_year", concept: str | None = None, territory: str | None = None
) -> list[dict[str, Any]]:
    """Glossary concept counts (exact substrings) per document or per territory × year."""
    with CorpusDB(home) as db:
        return concept_rows(db, by=by, concept=concept, territory=territory)


def trend(
    home: Home, concepts: list[str] | None = None, territory: str | None = None, doc_type: str | None = None
) -> Trend:
    """Mentions of chosen concepts per year (years without documents are gaps, not zeros)."""
    with CorpusDB(home) as db:
        return concept_trend(db, concepts, territory=territory, doc_type=doc_type)


def facets(home: Home) -> dict[str, Any]:
    """What the corpus's texts can be filtered by: territories, types (with counts) and the year range."""
    with CorpusDB(home) as db:
        territories = db.rows("SELECT territory AS value, COUNT(*) AS n FROM document WHERE sha256 IS NOT NULL"
                              " AND territory IS NOT NULL GROUP BY territory ORDER BY territory")
        types = db.rows("SELECT doc_type AS value, COUNT(*) AS n FROM document WHERE sha256 IS NOT NULL"
                        " AND doc_type IS NOT NULL GROUP BY doc_type ORDER BY doc_type")
        years = db.rows("SELECT MIN(year) AS first, MAX(year) AS last FROM document WHERE sha256 IS NOT NULL")
    return {"territories": territories, "types": types, "years": years[0] if years else {}}


def kwic(
    home: Home,
    term: str,
    width: int = 30,
    limit: int = 100,
    territory: str | None = None,
    year: int | None = None,
) -> list[KwicLine]:
    """Keyword-in-context lines for a term, with citations."""
    with CorpusDB(home) as db:
        return kwic_lines(db, term, width=width, limit=limit, territory=territory, year=year)


def mentions(
    aliases: list[str],
    limit: int = 50,
    *,
    home: Home = None,
    width: int = 30,
    territory: str | None = None,
    year: int | None = None,
) -> list[Mention]:
    """The paragraphs naming any of ``aliases`` (a place's or instrument's names), newest first.

    One Mention per paragraph: document id, paragraph number, the first alias found in context
    (KWIC), how many alias occurrences the paragraph holds, and the citation. Aliases match on word
    boundaries of the tokenizer, in simplified or traditional characters.
    """
    with CorpusDB(home) as db:
        return find_mentions(db, aliases, limit=limit, width=width, territory=territory, year=year)


def list_documents(home: Home, with_text: bool | None = None) -> list[dict[str, Any]]:
    """Every document the corpus knows: registered ones (maybe without text) and imported ones."""
    with CorpusDB(home) as db:
        rows = db.rows(
            "SELECT doc_id, title, title_en, issuer, territory, doc_type, published, year, url, source_id,"
            " licence, via, registered, sha256 IS NOT NULL AS has_text, paragraphs, chars FROM document"
            " ORDER BY registered DESC, doc_id"
        )
    for r in rows:
        r["registered"] = bool(r["registered"])
        r["has_text"] = bool(r["has_text"])
    if with_text is not None:
        rows = [r for r in rows if r["has_text"] == with_text]
    return rows


def show_document(home: Home, doc_id: str) -> dict[str, Any]:
    """One document's metadata and its paragraphs (original text)."""
    with CorpusDB(home) as db:
        rows = db.rows(
            "SELECT doc_id, title, title_en, issuer, territory, doc_type, published, year, language, url,"
            " source_id, licence, via, registered, sha256, file, kind, encoding, imported_at, chars, paragraphs"
            " FROM document WHERE doc_id = ?",
            (doc_id,),
        )
        if not rows:
            raise DocumentNotFound(f"no document {doc_id!r}", column="doc_id")
        doc = rows[0]
        doc["text"] = [r["text"] for r in db.rows("SELECT text FROM paragraph WHERE doc_id = ? ORDER BY seq", (doc_id,))]
    return doc


def glossary(category: str | None = None) -> list[Concept]:
    """The shipped trilingual glossary."""
    return [c for c in shipped_glossary() if category is None or c.category == category]


def add(home: Home, paths: list[Path], **options: Any) -> AddReport:
    """Import files, folders or a JSON-lines collection (see importer.add_paths)."""
    return add_paths(home, paths, **options)


__all__ = [
    "Hit",
    "KwicLine",
    "Mention",
    "Trend",
    "add",
    "concept_counts",
    "facets",
    "glossary",
    "kwic",
    "list_documents",
    "mentions",
    "search",
    "show_document",
    "trend",
]
