"""The timeline page and API: results series, instrument events and the documents naming them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import HTMLResponse

from ...geo.timeline import timeline_dict
from ...geo.timeline_chart import timeline_spec
from ...query import sources_by_id
from ..charts import Chart
from .common import SafeJSON, StoreDep, cached
from .pages import render

api_router = APIRouter(prefix="/api", default_response_class=SafeJSON)
page_router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

Subject = Annotated[str, Path(max_length=80, description="a territory code (CN-HL), a place id or name, or a corridor id")]


def _timeline(request: Request, store: StoreDep, subject: str) -> dict[str, Any]:
    home = request.app.state.settings.home
    return cached(request, ("timeline", subject), lambda: timeline_dict(store, subject, corpus_home=home))


@api_router.get("/timeline/{subject}", tags=["places"],
                summary="Series, instrument events, documents and event windows of a territory or instrument")
def api_timeline(subject: Subject, request: Request, store: StoreDep) -> Any:
    return _timeline(request, store, subject)


@page_router.get("/timeline/{subject}")
def timeline_page(subject: Subject, request: Request, store: StoreDep) -> Response:
    tl = _timeline(request, store, subject)
    ids = [s["source_id"] for s in tl["sources"]]
    chart = Chart(f"{tl['name']}: results and instrument events", timeline_spec(tl), ids)
    return render(request, "timeline.html", {"tl": tl, "timeline_chart": chart, "nav": "map",
                                             "sources": sources_by_id(store, ids)})
