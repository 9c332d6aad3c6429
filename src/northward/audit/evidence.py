"""The audit's window on the evidence store: parameterised look-ups of rates and observations.

Every value the audit takes from the store comes back as a dict naming its observation and source,
so each finding can cite what it used. No figure is ever taken from anywhere but the store.
"""

from __future__ import annotations

import weakref
from datetime import date
from typing import Any

from ..core import identity
from ..core.rates import MARKET, PARITY
from ..core.vocabulary import Period
from ..errors import NoData
from ..indicators.fx import year_rate
from ..store import Store

FX_INDICATOR = PARITY


def _year_bounds(year: int) -> list[Any]:
    return [date(year, 1, 1), date(year + 1, 1, 1), date(year, 12, 31)]


def _row_evidence(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items() if v is not None}
    return out


_FX_CACHE: weakref.WeakKeyDictionary[Store, tuple[Any, dict[int, Any]]] = weakref.WeakKeyDictionary()


def fx_rate(store: Store, year: int) -> tuple[float, dict[str, Any]] | None:
    """The annual average CNY per USD for ``year`` from the store, with its evidence, or None (a gap).

    Rates are remembered per store until its rate observations change (checked by a cheap count).
    """
    version = tuple(
        store.query(
            "SELECT count(*) AS n, max(obs_id) AS last, sum(value) AS total FROM observation WHERE indicator IN (?, ?)",
            [FX_INDICATOR, MARKET],
        )[0].values()
    )
    cached = _FX_CACHE.get(store)
    if cached is None or cached[0] != version:
        cached = (version, {})
        _FX_CACHE[store] = cached
    if year not in cached[1]:
        cached[1][year] = _fx_rate(store, year)
    return cached[1][year]


def _fx_rate(store: Store, year: int) -> tuple[float, dict[str, Any]] | None:
    try:
        rate = year_rate(store, year)
    except NoData:
        return None
    return rate.value, _with_source(store, {**rate.ref.to_dict(), "rate_concept": rate.concept,
                                            "rate_label": rate.label})


def observations(
    store: Store,
    *,
    indicator: str,
    territory: str,
    year: int,
    partner: str | None = None,
    flow: str | None = None,
    unit: str | None = None,
    exclude_sources: tuple[str, ...] = (),
    product: str | None = "TOTAL",
    freqs: tuple[str, ...] = ("A",),
    period: Period | None = None,
) -> list[dict[str, Any]]:
    """Candidates of a year matching the keys, the one the core's rule picks first (``core.identity``:
    an imported batch's rows summed into one candidate), each as evidence with its source and grade.

    ``freqs``: annual by default; population counts are points in time (P). ``period``: a part of a
    year (its first and last day must match: part-year against part-year, whatever its frequency)."""
    sql = [
        f"""SELECT obs_id, indicator, territory, partner, product, flow, freq, unit, value, status, source_id,
                  period_start, period_end, stated, grade, rows
           FROM {identity.candidates_relation(store)} AS c
           WHERE indicator = ? AND territory = ? AND value IS NOT NULL"""
    ]
    params: list[Any] = [indicator, territory]
    if period is not None:
        sql.append("AND period_start = ? AND period_end = ? AND freq IN ('YTD', 'Q', 'M')")
        params += [period.start, period.end]
    else:
        sql.append("AND period_start >= ? AND period_start < ? AND period_end <= ?")
        sql.append(f"AND freq IN ({', '.join('?' for _ in freqs)})")
        params += [*_year_bounds(year), *freqs]
    if partner is not None:
        sql.append("AND coalesce(partner, 'WLD') = ?")
        params.append(partner)
    if flow is not None:
        sql.append("AND flow = ?")
        params.append(flow)
    if unit is not None:
        sql.append("AND unit = ?")
        params.append(unit)
    if product is not None:
        sql.append("AND coalesce(product, 'TOTAL') = ?")
        params.append(product)
    if exclude_sources:
        sql.append(f"AND source_id NOT IN ({', '.join('?' for _ in exclude_sources)})")
        params.extend(exclude_sources)
    sql.append("ORDER BY rank, obs_id")
    rows = store.query(" ".join(sql), params)
    return [_with_source(store, _row_evidence(r)) for r in rows]


def _with_source(store: Store, ev: dict[str, Any]) -> dict[str, Any]:
    sid = ev.get("source_id")
    if not sid:
        return ev
    rows = store.query("SELECT title, publisher, url, published, accessed FROM source WHERE source_id = ?", [sid])
    if rows:
        ev["source"] = {k: v for k, v in rows[0].items() if v is not None}
    return ev


def resolved(store: Store, *, indicator: str, territory: str, period: str, partner: str | None = None,
             flow: str | None = None, unit: str | None = None, product: str | None = None) -> dict[str, Any] | None:
    """The value of a key for a period as every door gives it (``core.series.lookup``: stated,
    converted at a named rate, summed from members or imported detail, derived from other flows),
    as evidence: value, unit, how, grade, status, sources and lineage; None for a gap.

    The audit's store checks call this for anything beyond a plainly stated figure."""
    from ..core.series import lookup

    p = lookup(store, indicator, territory, period, partner=partner, flow=flow, unit=unit, product=product)
    if p.value is None:
        return None
    ev: dict[str, Any] = {"indicator": indicator, "territory": territory, "partner": partner, "flow": flow,
                          "period": p.period.label, "value": p.value, "unit": p.unit, "how": p.how,
                          "how_text": p.describe(), "grade": p.grade, "status": p.status,
                          "source_id": p.sources[0] if p.sources else None, "sources": list(p.sources),
                          "lineage": [r.to_dict() for r in p.lineage]}
    if p.rate is not None:
        ev["rate"] = p.rate.to_dict()
    return _with_source(store, ev)
