"""The JSON API over the store: territories, observations, trade, indicators, sources (CSV too)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request

from ...query import select_sources, sources_by_id
from ..services import explorer, lookups, profiles
from ..tabular import xlsx_response
from .common import Code, SafeJSON, StoreDep, TableFormat, cached, clean, subject, subjects_of, table

router = APIRouter(prefix="/api", default_response_class=SafeJSON, tags=["evidence"])

Flow = Annotated[Literal["export", "import", "total", "balance"] | None, Query()]
Period = Annotated[str | None, Query(max_length=21, description="2024, 2024-03 or 2019..2024")]
HsLevel = Annotated[int | None, Query(ge=2, le=8, description="aggregate HS codes to 2, 4, 6 or 8 digits")]


@router.get("/territories", summary="Territories with their Chinese, English and Russian names")
def territories(store: StoreDep, fmt: TableFormat = "json") -> Any:
    return table(list(lookups.territories(store).values()), fmt, "territories")


@router.get("/territories/{code}",
            summary="A territory: trade by partner, Russia's share, GDP growth, population")
def territory(code: str, store: StoreDep, request: Request) -> Any:
    code = lookups.territory(store, code)["code"]  # cn-hl, Heilongjiang, 黑龙江 → CN-HL; unknown: 404
    return cached(request, ("territory.json", code), lambda: clean(
        cached(request, ("territory", code), lambda: profiles.territory_profile(store, code))))


@router.get("/overview", summary="Key indicators of the Northeast and its four territories")
def overview(store: StoreDep, request: Request) -> Any:
    return cached(request, ("overview.json",), lambda: clean(
        cached(request, ("overview",), lambda: profiles.overview(store))))


@router.get("/observations", summary="Stored figures, filtered; every row names its source",
            response_model=None)
def observations(store: StoreDep, request: Request,
                 indicator: Annotated[list[str] | None, Query(max_length=20)] = None,
                 territory: Annotated[list[str] | None, Query(max_length=30)] = None,
                 partner: Annotated[list[str] | None, Query(max_length=30)] = None,
                 flow: Flow = None, period: Period = None,
                 product: Code = None, hs_level: HsLevel = None,
                 source: Annotated[str | None, Query(max_length=80)] = None,
                 all_releases: bool = False,
                 limit: Annotated[int, Query(ge=1, le=50_000)] = 5_000,
                 fmt: Annotated[Literal["json", "csv", "xlsx"], Query(alias="format")] = "json") -> Any:
    from ...query import ObservationFilter, select_observations

    explorer.ExplorerQuery(period=period, hs_level=hs_level).validate()
    territory, partner = subjects_of(store, "territory", territory), subjects_of(store, "partner", partner)
    flt = ObservationFilter(indicators=indicator or [], territories=territory or [], partners=partner or [],
                            flow=flow, period=period, product=product, hs_level=hs_level, source=source,
                            all_releases=all_releases, limit=limit)
    key = ("observations", *(tuple(v) if isinstance(v, list) else v for v in vars(flt).values()))
    rows = cached(request, key, lambda: select_observations(store, flt))
    if fmt == "xlsx":
        ids = sorted({r["source_id"] for r in rows if r.get("source_id")})
        return xlsx_response([clean(r) for r in rows], "observations.xlsx",
                             sources_by_id(store, ids), "observations")
    return table(rows, fmt, "observations")


@router.get("/trade", summary="The trade explorer: territory × partner × flow × period × HS level",
            response_model=None)
def trade(store: StoreDep, request: Request,
          territory: Annotated[list[str] | None, Query(max_length=40, description="repeat for several")] = None,
          partner: Code = None, flow: Flow = None,
          period: Period = None, hs_level: HsLevel = None, product: Code = None, unit: Code = None,
          freq: Code = None,
          fmt: Annotated[Literal["json", "csv", "xlsx"], Query(alias="format")] = "json") -> Any:
    codes = tuple(subjects_of(store, "territory", territory) or ())
    partner = subject(store, "partner", partner)
    q = explorer.ExplorerQuery(codes[0] if codes else None, partner, flow, period, hs_level, product, unit, freq,
                               territories=codes if len(codes) > 1 else ()).validate()
    result = cached(request, ("trade", q), lambda: explorer.explore(store, q))
    if fmt == "xlsx":
        return xlsx_response([clean(r) for r in result["rows"]], "trade.xlsx", result["sources"], "trade")
    if fmt == "csv":
        return table(result["rows"], "csv", "trade")
    return {k: v for k, v in result.items() if k not in ("names",)}


@router.get("/indicators/{name}", summary="Compute growth, multiple, cagr, share, rank, balance or convert")
def indicator(name: Literal["growth", "multiple", "cagr", "share", "rank", "balance", "convert"],
              store: StoreDep, territory: Annotated[str, Query(max_length=40)] = "NEC",
              partner: Code = None, flow: Flow = None,
              start: Period = None, end: Period = None, period: Period = None,
              of: Literal["territory", "national"] = "territory",
              measure: Annotated[str, Query(max_length=40)] = "trade_value",
              unit: Code = None, product: Code = None,
              amount: Annotated[float | None, Query(allow_inf_nan=False)] = None, to: Code = None) -> Any:
    from ...indicators.api import IndicatorRequest, compute_in

    for value in (start, end, period):
        if value is not None:
            explorer.ExplorerQuery(period=value).validate()
    territory, partner = subject(store, "territory", territory) or "NEC", subject(store, "partner", partner)
    req = IndicatorRequest(name=name, territory=territory, partner=partner, flow=flow, start=start, end=end,
                           period=period, of=of, measure=measure, unit=unit, product=product, amount=amount,
                           to=to)
    return compute_in(store, req).to_dict()


@router.get("/sources", summary="Every source, with the number of figures citing it")
def sources(store: StoreDep, fmt: TableFormat = "json",
            kind: Annotated[str | None, Query(max_length=40)] = None,
            search: Annotated[str | None, Query(max_length=200)] = None, used: bool = False,
            grade: Annotated[str | None, Query(max_length=40)] = None) -> Any:
    return table(select_sources(store, kind=kind, used=used, search=search, grade=grade), fmt, "sources")


@router.get("/sources/{source_id}", summary="One source and the figures that cite it")
def source(source_id: str, store: StoreDep, fmt: TableFormat = "json") -> Any:
    from ...query import ObservationFilter, select_observations

    info = lookups.source(store, source_id)
    rows = select_observations(store, ObservationFilter(source=source_id, all_releases=True))
    return table(rows, fmt, f"figures-{source_id}", {"source": info})


@router.get("/series", summary="Series from the semantic core: each period's value, how it was obtained, "
                               "its sources, and every gap with its reason")
def series(store: StoreDep, request: Request,
           territory: Annotated[list[str] | None, Query(max_length=40)] = None,
           indicator: Annotated[str, Query(max_length=60)] = "trade_value",
           partner: Code = None, flow: Flow = None, product: Code = None,
           freq: Annotated[Literal["A", "YTD", "Q", "M"], Query()] = "A", unit: Code = None,
           start: Period = None, end: Period = None) -> Any:
    from ...core.series import SeriesQuery, resolve_series

    queries = [SeriesQuery(indicator, t, partner, flow, product, freq=freq, unit=unit, start=start, end=end)
               for t in (territory or ["NEC"])]
    return cached(request, ("series", tuple(queries)),
                  lambda: {"series": [resolve_series(store, q).to_dict() for q in queries]})


@router.get("/coverage", summary="What the store holds: indicator x territory x year, stated / derived / converted / "
                                 "part-year only / gap, with the grade of the source each cell rests on",
            response_model=None)
def coverage(store: StoreDep, request: Request, fmt: TableFormat = "json",
             indicator: Annotated[list[str] | None, Query(max_length=20)] = None,
             territory: Annotated[list[str] | None, Query(max_length=30)] = None,
             start: Annotated[int | None, Query(ge=1949, le=2100)] = None,
             end: Annotated[int | None, Query(ge=1949, le=2100)] = None,
             layout: Annotated[Literal["long", "wide"], Query()] = "long") -> Any:
    from ...coverage import build_coverage

    key = ("coverage", tuple(indicator or ()), tuple(territory or ()), start, end)
    cov = cached(request, key, lambda: build_coverage(store, indicator or [], territory or [], start, end))
    if fmt == "csv":
        return table(cov.table(layout), fmt, "coverage")
    return SafeJSON(clean(cov.to_dict()))
