"""The overview of the Northeast and the page of one territory, built from stored figures."""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import urlencode

from ...query import sources_by_id
from ...store import Store
from ..charts import Chart, line_chart, sources_of, sparkline
from .lookups import FOCUS, label, territories, territory

TRADE_UNIT = "CNY"  # one unit per row of cards: figures in dollars are converted, and say so
PROFILE_INDICATORS = ["trade_value", "gdp_growth_pct", "population", "trade_partner_share_pct",
                      "pop_age_60plus_pct"]


def _observations(store: Store, codes: list[str]) -> list[dict[str, Any]]:
    from ...query import ObservationFilter, select_observations

    return select_observations(store, ObservationFilter(indicators=PROFILE_INDICATORS, territories=codes))


def series(rows: list[dict[str, Any]], indicator: str, territory_code: str, *, partner: str | None = None,
           flow: str | None = None, freqs: tuple[str, ...] = ("A", "P")) -> list[dict[str, Any]]:
    """One comparable series: one unit (the commonest), yearly or point figures, one per period."""
    picked = [r for r in rows if r["indicator"] == indicator and r["territory"] == territory_code
              and r.get("freq") in freqs and r.get("value") is not None
              and (partner is None or r.get("partner") == partner)
              and (flow is None or r.get("flow") == flow)]
    units = Counter(r["unit"] for r in picked)
    if not units:
        return []
    unit = units.most_common(1)[0][0]
    seen: dict[Any, dict[str, Any]] = {}
    for r in sorted(picked, key=lambda r: (r["period_end"], r.get("status") != "final")):
        if r["unit"] == unit and r["period_end"] not in seen:
            seen[r["period_end"]] = r
    return list(seen.values())


def _latest(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    return rows[-1] if rows else None


def resolved(store: Store, indicator: str, code: str, *, partner: str | None = None, flow: str | None = None,
             unit: str | None = None, gaps: bool = False) -> list[dict[str, Any]]:
    """The annual points of a series from the semantic core (``core.series``), gaps left out unless
    ``gaps`` (then with value None, so a chart breaks its line): every figure in one unit, converted
    where needed, each saying how it was obtained."""
    from ...core.series import SeriesQuery, resolve_series

    s = resolve_series(store, SeriesQuery(indicator, code, partner, flow, unit=unit))
    return [{"indicator": indicator, "territory": code, "partner": partner, "flow": flow,
             "period": p.period.label, "period_end": p.period.end, "freq": p.period.freq, "value": p.value,
             "unit": p.unit, "status": p.status, "grade": p.grade, "how": p.how, "how_text": p.describe(),
             "source_id": " ".join(p.sources), "_source_ids": list(p.sources)}
            for p in s.points if gaps or p.value is not None]


def russia_share(store: Store, code: str, world: list[dict[str, Any]], russia: list[dict[str, Any]]
                 ) -> list[dict[str, Any]]:
    """Russia's share of a territory's trade for each year with both levels, computed by the
    indicator layer (``indicators.api``: share of the same resolved levels, with lineage)."""
    from ...errors import NorthwardError
    from ...indicators.api import IndicatorRequest, compute_in

    years = [r["period"] for r in russia if r["period"] in {w["period"] for w in world}]
    out = []
    for year in years:
        try:
            res = compute_in(store, IndicatorRequest("share", territory=code, partner="RU", flow="total",
                                                     period=year, unit=russia[0]["unit"]))
        except NorthwardError:
            continue
        ids = res.lineage.source_ids()
        out.append({"indicator": "russia_share", "territory": code, "partner": "RU", "period": year,
                    "period_end": f"{year}-12-31", "freq": "A", "value": res.value, "unit": "percent",
                    "status": "derived", "source_id": " ".join(ids), "_source_ids": ids,
                    "how": "derived", "how_text": res.lineage.rule, "rule": res.lineage.rule,
                    "lineage_url": "/api/indicators/share?" + urlencode(
                        {"territory": code, "partner": "RU", "flow": "total", "period": year})})
    return out


def _card(title: str, rows: list[dict[str, Any]], unit_hint: str = "") -> dict[str, Any]:
    latest = _latest(rows)
    how = (latest or {}).get("how")
    return {"title": title, "latest": latest, "count": len(rows),
            "note": (latest or {}).get("how_text") if how not in (None, "stated") else None,
            "unit": (latest or {}).get("unit", unit_hint), "chart": sparkline(title, rows) if rows else None,
            "source_ids": _source_ids(rows)}


def _source_ids(rows: list[dict[str, Any]]) -> list[str]:
    ids: set[str] = set()
    for r in rows:
        ids.update(r.get("_source_ids") or ([r["source_id"]] if r.get("source_id") else []))
    return sorted(ids)


def overview(store: Store) -> dict[str, Any]:
    """Key indicators of the Northeast and each of its four territories, with small charts."""
    names = territories(store)
    codes = [c for c in FOCUS if c in names]
    rows = _observations(store, codes)
    blocks = []
    all_ids: set[str] = set()
    for code in codes:
        world = resolved(store, "trade_value", code, partner="WLD", flow="total", unit=TRADE_UNIT)
        russia = resolved(store, "trade_value", code, partner="RU", flow="total", unit=TRADE_UNIT)
        share = russia_share(store, code, world, russia)
        if not share:
            share = resolved(store, "trade_partner_share_pct", code, partner="RU", flow="total")
        cards = [_card("Foreign trade", world), _card("Trade with Russia", russia),
                 _card("Russia's share of trade", share, "percent"),
                 _card("GDP growth", resolved(store, "gdp_growth_pct", code)),
                 _card("Population", series(rows, "population", code)),
                 _card("Aged 60 and over", series(rows, "pop_age_60plus_pct", code))]
        for c in cards:
            all_ids.update(c["source_ids"])
        blocks.append({"code": code, "territory": names[code], "label": label(names, code), "cards": cards})
    return {"blocks": blocks, "sources": sources_by_id(store, sorted(all_ids))}


def territory_profile(store: Store, code: str) -> dict[str, Any]:
    """Trade by partner over time, Russia's share, GDP growth and population of one territory."""
    info = territory(store, code)
    names = territories(store)
    rows = _observations(store, [code])
    partners = sorted({r["partner"] for r in rows if r["indicator"] == "trade_value" and r.get("partner")})
    unit = TRADE_UNIT
    trade = [r for p in partners for r in resolved(store, "trade_value", code, partner=p, flow="total", unit=unit,
                                                   gaps=True)]
    if all(r["value"] is None for r in trade):
        trade = []
    world = resolved(store, "trade_value", code, partner="WLD", flow="total", unit=TRADE_UNIT)
    russia = resolved(store, "trade_value", code, partner="RU", flow="total", unit=TRADE_UNIT)
    share = russia_share(store, code, world, russia)
    stated_share = series(rows, "trade_partner_share_pct", code, partner="RU", flow="total",
                          freqs=("A", "YTD", "P"))
    gdp = resolved(store, "gdp_growth_pct", code)
    population = series(rows, "population", code)
    ageing = series(rows, "pop_age_60plus_pct", code)
    charts: list[Chart] = []
    if trade:
        labelled = [dict(r, partner=label(names, r["partner"])) for r in trade]
        charts.append(line_chart(f"Trade by partner ({unit})", labelled, "partner", unit))
    if share or stated_share:
        both = [dict(r, kind="computed") for r in share] + [dict(r, kind="as stated") for r in stated_share]
        chart = line_chart("Russia's share of the territory's trade (%)", both, "kind", "percent")
        chart.source_ids = _source_ids(both)
        charts.append(chart)
    if gdp:
        charts.append(line_chart("GDP growth (% year on year)", gdp, "territory", "percent"))
    if population:
        charts.append(line_chart("Population", population, "territory", population[-1]["unit"]))
    if ageing:
        charts.append(line_chart("Aged 60 and over (% of population)", ageing, "territory", "percent"))
    ids = set(sources_of(rows)) | set(_source_ids(share))
    return {"territory": info, "label": label(names, code), "charts": charts, "share": share,
            "rows": rows, "unit": unit, "sources": sources_by_id(store, sorted(ids)),
            "members": [{"code": m, "label": label(names, m)}
                        for m in (info.get("members") or "").replace(",", " ").split()]}
