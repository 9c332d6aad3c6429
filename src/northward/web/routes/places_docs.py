"""Pages and API for places (map) and the claims audit (documents: routes/documents.py)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, Response, UploadFile
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from ...errors import NorthwardError
from ...periods import period_label
from ...query import sources_by_id
from ..charts import Chart
from ..limits import check_text, decode_upload
from ..services import areas, lookups
from .common import Code, SafeJSON, StoreDep, TableFormat, cached, table
from .pages import render

api_router = APIRouter(prefix="/api", default_response_class=SafeJSON)
page_router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


class AuditRequest(BaseModel):
    """A text to audit (English, Russian or Chinese)."""

    text: str = Field(description="the text whose numeric claims are checked")


def _period(row: dict[str, Any]) -> str:
    try:
        return period_label(date.fromisoformat(str(row["period_start"])),
                            date.fromisoformat(str(row["period_end"])), str(row.get("freq")))
    except (KeyError, ValueError):
        return f"{row.get('period_start')}..{row.get('period_end')}"


# API ---------------------------------------------------------------------------------------------

@api_router.get("/places", tags=["places"], summary="Border crossings, zones and ports (names in zh/en/ru)")
def api_places(store: StoreDep, fmt: TableFormat = "json", kind: Code = None, territory: Code = None) -> Any:
    return table(areas.places(store, kind=kind, territory=territory), fmt, "places")


@api_router.get("/places/{place_id}", tags=["places"], summary="One place and the figures about it")
def api_place(place_id: str, request: Request, store: StoreDep) -> Any:
    return areas.place(store, place_id, request.app.state.settings.home)


@api_router.get("/corridors", tags=["places"], summary="Transport corridors with their ordered nodes")
def api_corridors(store: StoreDep, fmt: TableFormat = "json") -> Any:
    return table(areas.corridors(store), fmt, "corridors")


@api_router.get("/map", tags=["places"], summary="The Vega-Lite map of zones, crossings and corridors")
def api_map(store: StoreDep, request: Request) -> Any:
    return cached(request, ("map",), lambda: areas.map_spec(store))


@api_router.post("/audit", tags=["audit"], summary="Audit the numeric claims of a text")
def api_audit(body: AuditRequest, store: StoreDep, fmt: TableFormat = "json") -> Any:
    return _audit_answer(areas.audit(store, check_text(body.text)), fmt)


@api_router.post("/audit/file", tags=["audit"],
                 summary="Audit an uploaded text file (UTF-8, UTF-16 or GB18030)")
def api_audit_file(store: StoreDep, file: Annotated[UploadFile, File()], fmt: TableFormat = "json") -> Any:
    text = decode_upload(file.file.read(), file.filename)
    return _audit_answer(areas.audit(store, check_text(text)), fmt)


FINDING_COLUMNS = ("claim_id", "verdict", "kind", "check", "claim", "stated", "recomputed", "unit",
                   "explanation", "reason", "sentence")


def finding_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The audit's findings as flat rows (a CSV line each), with the source ids of their evidence."""
    rows = []
    for f in report.get("findings") or []:
        row = {k: f.get(k) for k in FINDING_COLUMNS}
        row["source_id"] = " ".join(sorted({str(e["source_id"]) for e in f.get("evidence") or []
                                            if isinstance(e, dict) and e.get("source_id")}))
        rows.append(row)
    return rows


def _audit_answer(report: dict[str, Any], fmt: str) -> Any:
    return table(finding_rows(report), "csv", "audit-findings") if fmt == "csv" else report


# pages -------------------------------------------------------------------------------------------

@page_router.get("/map")
def map_page(request: Request, store: StoreDep) -> Response:
    spec = cached(request, ("map",), lambda: areas.map_spec(store))
    places = areas.places(store)
    corridors = areas.corridors(store)
    for entry in [*places, *corridors]:
        entry["source_ids"] = areas.source_ids(entry)
    ids = sorted({sid for entry in [*places, *corridors] for sid in entry["source_ids"]})
    chart = Chart("Zones, border crossings and corridors", spec, ids)
    return render(request, "map.html", {"map_chart": chart, "places": places, "corridors": corridors,
                                        "sources": sources_by_id(store, ids)})


@page_router.get("/places/{place_id}")
def place_page(place_id: str, request: Request, store: StoreDep) -> Response:
    data = areas.place(store, place_id, request.app.state.settings.home)
    info = data["place"]
    rows = data.get("observations") or []
    for r in rows:
        r.setdefault("period", _period(r))
    ids = [s["source_id"] for s in data.get("sources") or [] if s.get("source_id")]
    names = lookups.territories(store)
    return render(request, "place.html", {"place": info, "data": data, "rows": rows, "nav": "map",
                                          "sources": sources_by_id(store, ids),
                                          "territory": names.get(info.get("territory") or "")})


@page_router.get("/audit")
def audit_form(request: Request) -> Response:
    return render(request, "audit.html", {"text": "", "report": None, "error": None})


@page_router.post("/audit.csv")
def audit_csv(store: StoreDep, text: Annotated[str, Form()] = "") -> Response:
    """The findings of the audit page's text as CSV (the page's 'CSV' button posts the text here)."""
    result: Response = table(finding_rows(areas.audit(store, check_text(text))), "csv", "audit-findings")
    return result


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
