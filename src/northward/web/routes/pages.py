"""HTML pages over the store: overview, territories, trade explorer, sources."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from ...core.vocabulary import GRADES
from ...errors import NorthwardError
from ...query import select_sources
from ..assets import vega_bundle
from ..services import explorer, lookups, profiles
from .api import Period
from .common import Code, StoreDep, cached

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    context.setdefault("nav", name.removesuffix(".html"))
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


@router.get("/")
def overview(request: Request, store: StoreDep) -> Response:
    data = cached(request, ("overview",), lambda: profiles.overview(store))
    return render(request, "overview.html", {"data": data})


@router.get("/territories")
def territories(request: Request, store: StoreDep) -> Response:
    names = lookups.territories(store)
    return render(request, "territories.html", {"territories": list(names.values()), "nav": "territory"})


@router.get("/territories/{code}")
def territory(code: str, request: Request, store: StoreDep) -> Response:
    code = lookups.territory(store, code)["code"]  # cn-hl, Heilongjiang, 黑龙江 → CN-HL; unknown: 404
    data = cached(request, ("territory", code), lambda: profiles.territory_profile(store, code))
    return render(request, "territory.html", {"data": data, "nav": "territory"})


@router.get("/explorer")
def trade_explorer(request: Request, store: StoreDep,
                   territory: Annotated[list[str] | None, Query(max_length=40)] = None, partner: Code = None,
                   flow: Code = None, period: Period = None,
                   hs_level: Annotated[str | None, Query(pattern=r"^[0-9]?$")] = None, product: Code = None,
                   unit: Code = None, freq: Code = None) -> Response:
    codes = tuple(t for t in (territory or []) if t)  # repeat territory= to compare several
    q = explorer.ExplorerQuery(codes[0] if codes else None, partner or None, flow or None, period or None,
                               int(hs_level) if hs_level else None,
                               product or None, unit or None, freq or None,
                               territories=codes if len(codes) > 1 else ())
    error = None
    data = None
    try:
        q.validate()
        data = cached(request, ("trade", q), lambda: explorer.explore(store, q))
    except NorthwardError as exc:
        error = exc.to_dict()
    options = data["options"] if data else lookups.trade_options(store)
    if data:
        names = data["names"]
    else:
        known = lookups.territories(store)
        names = {k: lookups.label(known, k) for k in known}
    return render(request, "explorer.html", {"data": data, "q": q, "error": error, "options": options,
                                             "names": names, "flows": explorer.FLOWS,
                                             "hs_levels": explorer.HS_LEVELS,
                                             "freq_labels": explorer.FREQ_LABELS},
                  status=400 if error else 200)


@router.get("/sources")
def sources(request: Request, store: StoreDep,
            search: Annotated[str | None, Query(max_length=200)] = None,
            kind: Annotated[str | None, Query(max_length=40)] = None,
            grade: Annotated[str | None, Query(max_length=40)] = None) -> Response:
    rows = select_sources(store, kind=kind or None, search=search or None, grade=grade or None)
    return render(request, "sources.html", {"rows": rows, "search": search or "", "kind": kind or "",
                                            "grade": grade or "", "grades": GRADES})


@router.get("/coverage")
def coverage(request: Request, store: StoreDep,
             indicator: Annotated[list[str] | None, Query(max_length=20)] = None,
             territory: Annotated[list[str] | None, Query(max_length=30)] = None,
             start: Annotated[int | None, Query(ge=1949, le=2100)] = None,
             end: Annotated[int | None, Query(ge=1949, le=2100)] = None) -> Response:
    from ...coverage import STATE_LABELS, build_coverage, legend

    indicator = [x for i in indicator or [] for x in i.split()]  # the form's box takes several, space-separated
    territory = [x for t in territory or [] for x in t.split()]
    key = ("coverage", tuple(indicator), tuple(territory), start, end)
    cov = cached(request, key, lambda: build_coverage(store, indicator, territory, start, end))
    return render(request, "coverage.html", {"cov": cov, "legend": legend(), "labels": STATE_LABELS,
                                             "indicator": indicator, "territory": territory, "start": start,
                                             "end": end})


@router.get("/sources/{source_id}")
def source(source_id: str, request: Request, store: StoreDep) -> Response:
    from ...query import ObservationFilter, select_observations

    info = lookups.source(store, source_id)
    rows = select_observations(store, ObservationFilter(source=source_id, all_releases=True))
    return render(request, "source.html", {"source": info, "rows": rows, "nav": "sources"})


@router.get("/static/vendor/vega-bundle.js")
def vega_js(request: Request) -> Response:
    """Vega, Vega-Lite and vega-embed from the vl-convert package, generated once and cached."""
    data = vega_bundle(request.app.state.settings.cache_dir)
    return Response(data, media_type="application/javascript",
                    headers={"Cache-Control": "public, max-age=86400"})


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=308)
