"""Find one level (a trade value, a GDP) for a key and period, with the observations behind it.

A level is taken, in order of preference, from: a stored figure for exactly that period; a
cumulative (YTD) figure that covers it; the sum of its months; for an aggregate territory (NEC),
the sum of its members. Imported HS-level rows are summed when no TOTAL row exists. A figure in
the other currency is converted at the year's annual average rate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..errors import NoData
from ..periods import Period, parse_period
from ..provenance import ObservationRef
from ..store import Store
from .fx import annual_rate, convert, ref_from_row
from .tables import preferred_relation

CURRENCIES = ("CNY", "USD")


@dataclass(frozen=True)
class Key:
    """What is measured: indicator, territory, partner, flow, product."""

    measure: str
    territory: str
    partner: str | None = None
    flow: str | None = None
    product: str | None = None

    def describe(self) -> str:
        parts = [self.measure, self.territory, self.partner, self.flow, self.product]
        return " / ".join(p for p in parts if p)


@dataclass
class Level:
    """A value in a unit, and the stored observations it was read or summed from."""

    value: float
    unit: str
    period: Period
    refs: list[ObservationRef] = field(default_factory=list)
    how: str = "stored"


def _candidates(store: Store, key: Key, territories: list[str], period: Period) -> list[dict[str, Any]]:
    """Preferred rows for the key inside the period, summed per territory, unit, period and source.

    A read-only store cannot change under us, so answers are memoised on it (a check or a report
    asks for the same levels many times)."""
    memo_key = ("candidates", key, tuple(territories), period)
    if store.read_only and memo_key in store.memo:
        return list(store.memo[memo_key])
    rows = _query_candidates(store, key, territories, period)
    if store.read_only:
        store.memo[memo_key] = rows
    return list(rows)


def _query_candidates(store: Store, key: Key, territories: list[str], period: Period) -> list[dict[str, Any]]:
    where = ["indicator = ?", f"territory IN ({', '.join('?' for _ in territories)})", "period_start >= ?",
             "period_end <= ?", "qualifier IS NULL"]
    params: list[Any] = [key.measure, *territories, period.start, period.end]
    for column, value in (("partner", key.partner), ("flow", key.flow)):
        if value is None:
            where.append(f"{column} IS NULL")
        else:
            where.append(f"{column} = ?")
            params.append(value)
    if key.product and key.product.isdigit():
        where.append("starts_with(product, ?)")
        params.append(key.product)
    elif key.product:
        where.append("product = ?")
        params.append(key.product)
    sql = (
        "SELECT territory, unit, freq, period_start, period_end, "
        "CASE WHEN regexp_full_match(coalesce(product, ''), '[0-9]+') THEN 'HS' ELSE coalesce(product, '') END AS _kind, "
        "sum(value) AS value, count(*) AS rows, min(obs_id) AS obs_id, min(source_id) AS source_id, "
        "min(status) AS status, min(indicator) AS indicator, min(partner) AS partner, min(flow) AS flow, "
        "min(product) AS product "
        f"FROM {preferred_relation(store)} AS p WHERE {' AND '.join(where)} GROUP BY ALL")
    return store.query(sql, params)


def _as_date(v: Any) -> date:
    return v.date() if isinstance(v, datetime) else v


def _pick(rows: list[dict[str, Any]], period: Period, product: str | None) -> list[dict[str, Any]] | None:
    """The rows that make up the period: exact, else a covering YTD, else every month."""
    if not rows:
        return None
    kinds = {r["_kind"] for r in rows}
    wanted = (product if product and not product.isdigit() else ("HS" if product else
              ("TOTAL" if "TOTAL" in kinds else "HS" if "HS" in kinds else "")))
    rows = [r for r in rows if r["_kind"] == wanted]
    exact = [r for r in rows if _as_date(r["period_start"]) == period.start and _as_date(r["period_end"]) == period.end
             and r["freq"] in (period.freq, "YTD" if period.freq == "A" else period.freq)]
    if exact:
        return [exact[0]]
    if period.freq == "A":
        ytd = [r for r in rows if r["freq"] == "YTD" and _as_date(r["period_end"]) == period.end]
        if ytd:
            return [ytd[0]]
        months = {_as_date(r["period_start"]).month: r for r in rows if r["freq"] == "M"}
        if len(months) == 12:
            return list(months.values())
    return None


def find_levels(store: Store, wants: list[tuple[Key, str]], unit: str | None = None) -> list[Level]:
    """Levels for several keys and periods in one unit: the requested unit; else the first
    currency in which every one of them is stored as such (no conversion); else converted to CNY."""
    if unit:
        return [find_level(store, k, p, unit) for k, p in wants]
    for currency in CURRENCIES:
        try:
            return [find_level(store, k, p, currency, exact=True) for k, p in wants]
        except NoData:
            continue
    first = [find_level(store, k, p) for k, p in wants]
    if len({lv.unit for lv in first}) == 1:
        return first
    return [find_level(store, k, p, "CNY") for k, p in wants]


def find_level(store: Store, key: Key, period_text: str, unit: str | None = None, exact: bool = False) -> Level:
    """The level of a key in a period, in the given unit (converting currencies when needed,
    unless ``exact``: then only figures stored in that unit count)."""
    period = parse_period(period_text)
    direct = _level_for(store, key, [key.territory], period, unit, exact)
    if direct is not None:
        return direct
    members = _members(store, key.territory)
    if members:
        parts = []
        for m in members:
            lv = _level_for(store, Key(key.measure, m, key.partner, key.flow, key.product), [m], period, unit, exact)
            if lv is None:
                raise NoData(f"no {key.describe()} for {period.label}: member {m} of {key.territory} is missing",
                             hint="aggregates need every member's figure")
            parts.append(lv)
        units = {p.unit for p in parts}
        target = unit or (parts[0].unit if len(units) == 1 else "CNY")
        total, refs = 0.0, []
        for p in parts:
            v, extra = _to_unit(store, p, target)
            total += v
            refs.extend(p.refs + extra)
        return Level(total, target, period, refs, how=f"sum of {', '.join(members)}")
    raise NoData(f"no {key.describe()} for {period.label} in the store",
                 hint="`northward show` lists what the store holds; gaps stay gaps until a source confirms them")


def _level_for(store: Store, key: Key, territories: list[str], period: Period, unit: str | None,
               exact: bool = False) -> Level | None:
    rows = _candidates(store, key, territories, period)
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_unit.setdefault(r["unit"], []).append(r)
    order = [unit] if unit else []
    if not (exact and unit):
        order += [u for u in ("CNY", "USD") if u not in order] + [u for u in by_unit if u not in order]
    for u in order:
        picked = _pick(by_unit.get(u, []), period, key.product)
        if picked:
            lv = Level(sum(float(r["value"]) for r in picked), u, period,
                       [ref_from_row(r, rows=int(r["rows"])) for r in picked])
            if unit and u != unit:
                v, extra = _to_unit(store, lv, unit)
                return Level(v, unit, period, lv.refs + extra, how=f"converted from {u}")
            return lv
    return None


def _to_unit(store: Store, level: Level, unit: str) -> tuple[float, list[ObservationRef]]:
    if level.unit == unit:
        return level.value, []
    if {level.unit, unit} <= set(CURRENCIES):
        rate, ref = annual_rate(store, level.period.year)
        return convert(level.value, level.unit, unit, rate), [ref]
    raise NoData(f"cannot express {level.unit} in {unit}")


def _members(store: Store, code: str) -> list[str]:
    row = store.query("SELECT members FROM territory WHERE code = ?", [code])
    return row[0]["members"].split() if row and row[0]["members"] else []
