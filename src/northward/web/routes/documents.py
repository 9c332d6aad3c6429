"""Pages and API of the strategy corpus: search with filters, a page per document, concept trends, KWIC."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse

from ...errors import NorthwardError
from ...query import sources_by_id
from ..charts import Chart
from ..limits import MAX_QUERY_CHARS, check_query
from ..services import documents as docs
from .common import Code, SafeJSON, StoreDep, TableFormat, table
from .pages import render

api_router = APIRouter(prefix="/api", default_response_class=SafeJSON)
page_router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

SearchText = Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS)]
DocType = Annotated[str | None, Query(max_length=40, description="a document type, e.g. government_work_report")]
Years = Annotated[str | None, Query(max_length=20, description="a year (2024) or a range (2019..2024)")]
Concepts = Annotated[list[str] | None, Query(max_length=20, description="glossary concept ids")]
MAX_CONCEPTS = 12


def _home(request: Request) -> Any:
    return request.app.state.settings.home


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


# API ---------------------------------------------------------------------------------------------

@api_router.get("/documents", tags=["documents"], summary="The documents in the corpus")
def api_documents(request: Request, fmt: TableFormat = "json") -> Any:
    return table(docs.documents(_home(request)), fmt, "documents")


@api_router.get("/documents/search", tags=["documents"], summary="Full-text search with highlighted hits")
def api_search(request: Request, q: SearchText, fmt: TableFormat = "json",
               limit: Annotated[int, Query(ge=1, le=200)] = 20, territory: Code = None,
               type: DocType = None, year: Years = None) -> Any:
    hits = docs.search(_home(request), check_query(q), limit, _blank(territory), _blank(type), _blank(year))
    return table(hits, fmt, "search")


@api_router.get("/documents/concepts", tags=["documents"], summary="Concept counts by territory and year")
def api_concepts(request: Request, fmt: TableFormat = "json",
                 concept: Annotated[str | None, Query(max_length=80, description="a concept id")] = None,
                 territory: Code = None) -> Any:
    return table(docs.concept_counts(_home(request), concept, territory), fmt, "concepts")


@api_router.get("/documents/trend", tags=["documents"],
                summary="Mentions of chosen concepts per year; years without documents are gaps")
def api_trend(request: Request, concept: Concepts = None, territory: Code = None, type: DocType = None,
              fmt: TableFormat = "json") -> Any:
    result = docs.trend(_home(request), (concept or [])[:MAX_CONCEPTS] or None, _blank(territory), _blank(type))
    return table(result.rows, "csv", "trend") if fmt == "csv" else result.to_dict()


@api_router.get("/documents/kwic", tags=["documents"], summary="Keyword in context, with citations")
def api_kwic(request: Request, q: SearchText, fmt: TableFormat = "json",
             width: Annotated[int, Query(ge=5, le=200)] = 30,
             limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
    return table(docs.kwic(_home(request), check_query(q), width, limit), fmt, "kwic")


@api_router.get("/documents/mentions", tags=["documents"],
                summary="Paragraphs naming any of the aliases (word boundaries), newest first")
def api_mentions(request: Request, alias: Annotated[list[str], Query(min_length=1, max_length=20)],
                 fmt: TableFormat = "json", limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
    aliases = [check_query(a, "alias") for a in alias]
    return table(docs.mentions(_home(request), aliases, limit), fmt, "mentions")


@api_router.get("/documents/{doc_id}", tags=["documents"], summary="One document: metadata and paragraphs")
def api_document(doc_id: str, request: Request) -> Any:
    return docs.document(_home(request), doc_id)


# pages -------------------------------------------------------------------------------------------

def trend_chart(home: Any, concepts: list[str] | None, territory: str | None,
                doc_type: str | None) -> tuple[Chart | None, Any]:
    """The concept trends chart and its Trend (the sources line names the documents behind it)."""
    result = docs.trend(home, concepts, territory, doc_type)
    if not result.rows:
        return None, result
    scope = territory or "all territories"
    chart = Chart(f"Concept trends: mentions per year in the corpus ({scope})", docs.trend_spec(result), [])
    return chart, result


@page_router.get("/documents")
def documents_page(request: Request,
                   q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)] = None,
                   kw: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)] = None,
                   territory: Code = None, type: DocType = None, year: Years = None,
                   concept: Concepts = None) -> Response:
    home = _home(request)
    territory, doc_type, year = _blank(territory), _blank(type), _blank(year)
    picked = [c for c in (concept or []) if c][:MAX_CONCEPTS]
    context: dict[str, Any] = {"q": q or "", "kw": kw or "", "hits": None, "lines": None, "error": None,
                               "territory": territory or "", "doc_type": doc_type or "", "year": year or "",
                               "picked": picked, "facets": {}, "glossary": [], "trend": None,
                               "concept_chart": None}
    try:
        context["documents"] = docs.documents(home)
        context["facets"] = docs.facets(home)
        context["glossary"] = docs.glossary()
        context["concept_chart"], context["trend"] = trend_chart(home, picked or None, territory, doc_type)
        if q:
            stats: dict[str, Any] = {}
            context["hits"] = docs.search(home, q, 20, territory, doc_type, year, stats)
            context["ranked_window"] = stats.get("ranked_window")
        if kw:
            context["lines"] = docs.kwic(home, kw, 30, 50)
    except NorthwardError as exc:
        context["error"] = exc.to_dict()
    status = 200 if context["error"] is None else (503 if context["error"]["code"] == "NW904" else 400)
    return render(request, "documents.html", context, status=status)


@page_router.get("/documents/{doc_id}")
def document_page(doc_id: str, request: Request, store: StoreDep,
                  q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)] = None) -> Response:
    doc = docs.document(_home(request), doc_id)
    sources = sources_by_id(store, [doc["source_id"]]) if doc.get("source_id") else []
    return render(request, "document.html", {"doc": doc, "sources": sources, "q": q or "", "nav": "documents"})
