"""Adapters to the corpus library for the document pages and API, as plain dicts.

Each call goes through `areas._module`, so a build without the corpus still serves every other
page and answers these with a clear 503.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...errors import NoData
from .areas import _module, as_data


def documents(home: Path) -> list[dict[str, Any]]:
    return list(as_data(_module("corpus.api").list_documents(home)))


def search(home: Path, query: str, limit: int = 20, territory: str | None = None, doc_type: str | None = None,
           year: str | None = None, stats: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Hits as dicts; ``stats["ranked_window"]`` tells whether the ranking was capped."""
    corpus = _module("corpus.api")
    return list(as_data(corpus.search(home, query, territory=territory, doc_type=doc_type, year=year,
                                      limit=limit, stats=stats)))


def concept_counts(home: Path, concept: str | None = None,
                   territory: str | None = None) -> list[dict[str, Any]]:
    """Glossary concept counts per territory and year (on word boundaries, per 10,000 characters too)."""
    rows = _module("corpus.api").concept_counts(home, by="territory_year", concept=concept, territory=territory)
    return list(as_data(rows))


def kwic(home: Path, keyword: str, width: int = 30, limit: int = 50) -> list[dict[str, Any]]:
    return list(as_data(_module("corpus.api").kwic(home, keyword, width=width, limit=limit)))


def document(home: Path, doc_id: str) -> dict[str, Any]:
    """One document's metadata and paragraphs; an unknown id is a 404."""
    corpus = _module("corpus.api")
    from ...corpus.errors import DocumentNotFound

    try:
        return dict(corpus.show_document(home, doc_id))
    except DocumentNotFound as exc:
        raise NoData(exc.problem.message, hint=exc.problem.hint, code=exc.problem.code) from exc


def trend(home: Path, concepts: list[str] | None, territory: str | None = None,
          doc_type: str | None = None) -> Any:
    """The corpus Trend object (rows, years with documents, gaps, issuers)."""
    return _module("corpus.api").trend(home, concepts, territory=territory, doc_type=doc_type)


def trend_spec(trend_obj: Any, measure: str = "n") -> dict[str, Any]:
    return dict(_module("corpus.trends").trend_spec(trend_obj, measure))


def facets(home: Path) -> dict[str, Any]:
    return dict(_module("corpus.api").facets(home))


def mentions(home: Path, aliases: list[str], limit: int = 50) -> list[dict[str, Any]]:
    return list(as_data(_module("corpus.api").mentions(aliases, limit, home=home)))


def glossary() -> list[dict[str, Any]]:
    return list(as_data(_module("corpus.api").glossary()))
