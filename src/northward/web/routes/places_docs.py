"""Pages and API for places (map), documents (search, concepts, KWIC) and the claims audit."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, Response, UploadFile
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from ...errors import NorthwardError
from ...query import sources_by_id
from ..charts import Chart
from ..limits import MAX_QUERY_CHARS, check_query, check_text, decode_upload
from ..services import areas, lookups
from .common import Code, SafeJSON, StoreDep, TableFormat, cached, table
from .pages import render

api_router = APIRouter(prefix="/api", default_response_class=SafeJSON)
page_router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

SearchText = Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS)]


class AuditRequest(BaseModel):
    """A text to audit (English, Russian or Chinese)."""

    text: str = Field(description="the text whose numeric claims are checked")


def _place_figures(store: StoreDep, place_id: str) -> list[dict[str, Any]]:
    return store.query("SELECT indicator, territory, partner, product, flow, period_start, period_end, freq, "
                       "unit, value, status, source_id, stated, note FROM observation WHERE place_id = ? "
                       "ORDER BY indicator, period_end", [place_id])


# API ---------------------------------------------------------------------------------------------

@api_router.get("/places", tags=["places"], summary="Border crossings, zones and ports (names in zh/en/ru)")
def api_places(store: StoreDep, fmt: TableFormat = "json", kind: Code = None, territory: Code = None) -> Any:
    return table(areas.places(store, kind=kind, territory=territory), fmt, "places")


@api_router.get("/places/{place_id}", tags=["places"], summary="One place and the figures about it")
def api_place(place_id: str, store: StoreDep) -> Any:
    return {"place": areas.place(store, place_id), "figures": _place_figures(store, place_id)}


@api_router.get("/corridors", tags=["places"], summary="Transport corridors with their ordered nodes")
def api_corridors(store: StoreDep, fmt: TableFormat = "json") -> Any:
    return table(areas.corridors(store), fmt, "corridors")


@api_router.get("/map", tags=["places"], summary="The Vega-Lite map of zones, crossings and corridors")
def api_map(store: StoreDep, request: Request) -> Any:
    return cached(request, ("map",), lambda: areas.map_spec(store))


@api_router.get("/documents", tags=["documents"], summary="The documents in the corpus")
def api_documents(request: Request, fmt: TableFormat = "json") -> Any:
    return table(areas.documents(request.app.state.settings.home), fmt, "documents")


@api_router.get("/documents/search", tags=["documents"], summary="Full-text search with highlighted hits")
def api_search(request: Request, q: SearchText, fmt: TableFormat = "json",
               limit: Annotated[int, Query(ge=1, le=200)] = 20) -> Any:
    return table(areas.search(request.app.state.settings.home, check_query(q), limit), fmt, "search")


@api_router.get("/documents/concepts", tags=["documents"], summary="Concept counts by territory and year")
def api_concepts(request: Request, fmt: TableFormat = "json",
                 concept: Annotated[list[str] | None, Query(max_length=20)] = None) -> Any:
    for c in concept or []:
        check_query(c, "concept")
    return table(areas.concept_counts(request.app.state.settings.home, concept), fmt, "concepts")


@api_router.get("/documents/kwic", tags=["documents"], summary="Keyword in context, with citations")
def api_kwic(request: Request, q: SearchText, fmt: TableFormat = "json",
             width: Annotated[int, Query(ge=5, le=200)] = 30,
             limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
    return table(areas.kwic(request.app.state.settings.home, check_query(q), width, limit), fmt, "kwic")


@api_router.post("/audit", tags=["audit"], summary="Audit the numeric claims of a text")
def api_audit(body: AuditRequest, store: StoreDep) -> Any:
    return areas.audit(store, check_text(body.text))


@api_router.post("/audit/file", tags=["audit"],
                 summary="Audit an uploaded text file (UTF-8, UTF-16 or GB18030)")
def api_audit_file(store: StoreDep, file: Annotated[UploadFile, File()]) -> Any:
    text = decode_upload(file.file.read(), file.filename)
    return areas.audit(store, check_text(text))


# pages -------------------------------------------------------------------------------------------

@page_router.get("/map")
def map_page(request: Request, store: StoreDep) -> Response:
    spec = cached(request, ("map",), lambda: areas.map_spec(store))
    places = areas.places(store)
    ids = sorted({p["source_id"] for p in places if p.get("source_id")})
    chart = Chart("Zones, border crossings and corridors", spec, ids)
    return render(request, "map.html", {"chart": chart, "places": places, "corridors": areas.corridors(store),
                                        "sources": sources_by_id(store, ids)})


@page_router.get("/places/{place_id}")
def place_page(place_id: str, request: Request, store: StoreDep) -> Response:
    info = areas.place(store, place_id)
    rows = _place_figures(store, place_id)
    ids = sorted({str(x) for x in [info.get("source_id"), *(r["source_id"] for r in rows)] if x})
    names = lookups.territories(store)
    return render(request, "place.html", {"place": info, "rows": rows, "nav": "map",
                                          "sources": sources_by_id(store, ids),
                                          "territory": names.get(info.get("territory", ""))})


@page_router.get("/documents")
def documents_page(request: Request,
                   q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)] = None,
                   kw: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)] = None) -> Response:
    home = request.app.state.settings.home
    context: dict[str, Any] = {"q": q or "", "kw": kw or "", "hits": None, "lines": None, "error": None}
    try:
        context["documents"] = areas.documents(home)
        context["concepts"] = areas.concept_counts(home)
        if q:
            context["hits"] = areas.search(home, q, 20)
        if kw:
            context["lines"] = areas.kwic(home, kw, 30, 50)
    except NorthwardError as exc:
        context["error"] = exc.to_dict()
    return render(request, "documents.html", context, status=503 if context["error"] else 200)


@page_router.get("/audit")
def audit_form(request: Request) -> Response:
    return render(request, "audit.html", {"text": "", "report": None, "error": None})


@page_router.post("/audit")
def audit_page(request: Request, store: StoreDep, text: Annotated[str, Form()] = "",
               file: Annotated[UploadFile | None, File()] = None) -> Response:
    context: dict[str, Any] = {"text": text, "report": None, "error": None}
    try:
        if file is not None and file.filename:
            text = decode_upload(file.file.read(), file.filename)
            context["text"] = text
        context["report"] = areas.audit(store, check_text(text))
    except NorthwardError as exc:
        context["error"] = exc.to_dict()
    code = (context["error"] or {}).get("code")
    status = 200 if code is None else (413 if code in ("NW901", "NW902") else 400)
    return render(request, "audit.html", context, status=status)
