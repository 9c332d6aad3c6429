"""The series resolver: one answer to "indicator X of territory T with partner P, flow F, at
frequency Q, in unit U", each point with its value, how it was obtained, lineage, sources, grade
and status, and every missing period an explicit gap with its reason.

How a point is obtained, in this order (the first that gives a value wins):

1. ``stated``: the preferred candidate (``identity``) for exactly that period, in the unit;
   ``summed_detail`` when it is the sum of an imported batch's customs/Comtrade rows (or of HS
   detail rows where no total is stored); ``summed_months`` for a year made of its twelve months;
2. ``converted``: a stated figure in the other currency, at the period's rate (``rates``);
3. ``summed_members``: for an aggregate (NEC), the sum of its members' points;
4. ``derived_total`` (export + import), ``derived_import`` (total − export), ``derived_export``
   (total − import), ``derived_balance`` (export − import);
5. otherwise a gap, with the reason.

Part-year figures (YTD, quarters, months) never stand in for a year: a series has one frequency.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..errors import NoData, UnknownValue
from ..provenance import ObservationRef
from . import identity
from .fetch import known_codes, known_indicator, members_of, preferred_rows, ref_of
from .rates import Rate, convert_amount, rate_for
from .vocabulary import (
    CURRENCIES,
    FREQ_LABELS,
    GRADES,
    Period,
    indicator_defaults,
    indicator_names,
    is_additive,
    month_end,
    parse_flow,
    parse_freq,
    parse_period,
    parse_unit,
)

HOW_LABELS = {"stated": "stated", "converted": "converted", "summed_members": "summed from members",
              "derived_total": "derived: export + import", "derived_import": "derived: total − export",
              "derived_export": "derived: total − import", "derived_balance": "derived: export − import",
              "summed_detail": "summed from imported detail", "summed_months": "summed from months", "gap": "gap"}
NOT_STORED_OPENING, NOT_STORED_CLOSING = "no ", " in the store"  # a gap's first clause: "no <key> for <period> in the store"
DERIVATIONS = {"total": ("derived_total", (("export", 1.0), ("import", 1.0))),
               "import": ("derived_import", (("total", 1.0), ("export", -1.0))),
               "export": ("derived_export", (("total", 1.0), ("import", -1.0))),
               "balance": ("derived_balance", (("export", 1.0), ("import", -1.0)))}
FIRST_YEAR, LAST_YEAR = 1949, 2100


@dataclass(frozen=True)
class SeriesQuery:
    """What to resolve; ``start``/``end`` are periods (2019, 2024-03 ...), ``freq`` A, YTD, Q or M."""

    indicator: str
    territory: str
    partner: str | None = None
    flow: str | None = None
    product: str | None = None
    place_id: str | None = None
    freq: str = "A"
    unit: str | None = None
    start: str | None = None
    end: str | None = None
    source: str | None = None
    batch: int | None = None

    def validated(self) -> SeriesQuery:
        """The query with its flow, frequency and unit in canonical spelling (UnknownValue otherwise),
        and the indicator's meaning of an unnamed partner or flow (``indicator_defaults``)."""
        defaults = indicator_defaults(self.indicator)
        flow = self.flow or defaults.get("flow")
        return replace(self, partner=self.partner or defaults.get("partner"),
                       flow=parse_flow(flow) if flow else None, freq=parse_freq(self.freq),
                       unit=parse_unit(self.unit) if self.unit else None)


@dataclass(frozen=True)
class SeriesPoint:
    """One period of a series: a value (None for a gap), how it was obtained, and its evidence."""

    period: Period
    value: float | None
    unit: str | None
    how: str
    lineage: tuple[ObservationRef, ...] = ()
    sources: tuple[str, ...] = ()
    grade: str | None = None
    status: str | None = None
    gap_reason: str | None = None
    rate: Rate | None = None
    detail: str = ""

    @property
    def is_gap(self) -> bool:
        return self.value is None

    def short_gap_reason(self) -> str | None:
        """The gap's reason without the opening clause that restates the key ("no trade_value /
        CN-HL / RU for 2020 in the store"), for a table whose title already names the key."""
        if not self.gap_reason:
            return None
        first, _, rest = self.gap_reason.partition("; ")
        if first.startswith(NOT_STORED_OPENING) and first.endswith(NOT_STORED_CLOSING):
            return rest or "not in the store"
        return self.gap_reason

    def describe(self) -> str:
        """How the value was obtained, in words (with the rate for a conversion)."""
        text = HOW_LABELS.get(self.how, self.how) + (f" ({self.detail})" if self.detail else "")
        if self.rate is not None:
            text += f" at {self.rate.describe()}"
        return self.gap_reason or text

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period.label, "year": self.period.year, "freq": self.period.freq,
                "value": self.value, "unit": self.unit, "how": self.how, "how_text": self.describe(),
                "sources": list(self.sources), "grade": self.grade, "status": self.status,
                "gap_reason": self.gap_reason, "rate": self.rate.to_dict() if self.rate else None,
                "lineage": [r.to_dict() for r in self.lineage]}


@dataclass
class Series:
    """The resolved points of a query, in period order, in one unit."""

    query: SeriesQuery
    unit: str | None
    points: list[SeriesPoint] = field(default_factory=list)

    def __iter__(self) -> Iterator[SeriesPoint]:
        return iter(self.points)

    def values(self) -> dict[str, float | None]:
        return {p.period.label: p.value for p in self.points}

    def rows(self) -> list[dict[str, Any]]:
        """The long layout: one row per point, with the key."""
        q = self.query
        key = {"indicator": q.indicator, "territory": q.territory, "partner": q.partner, "flow": q.flow,
               "product": q.product}
        return [{**key, "period": p.period.label, "freq": FREQ_LABELS.get(p.period.freq, p.period.freq),
                 "value": p.value, "unit": p.unit, "how": p.describe(), "grade": p.grade, "status": p.status,
                 "sources": " ".join(p.sources)} for p in self.points]

    def to_dict(self) -> dict[str, Any]:
        return {"query": {k: v for k, v in self.query.__dict__.items() if v is not None}, "unit": self.unit,
                "points": [p.to_dict() for p in self.points]}


class _Resolver:
    """Resolves the points of one query; rows are read once per (territory, flow) over the range."""

    def __init__(self, store: Any, q: SeriesQuery, first: date, last: date) -> None:
        self.store, self.q, self.first, self.last = store, q, first, last
        self._points: dict[tuple[Any, ...], SeriesPoint] = {}

    def rows(self, territory: str, flow: str | None) -> list[dict[str, Any]]:
        q = self.q
        return preferred_rows(self.store, q.indicator, [territory], q.partner, flow, self.first, self.last,
                              product=q.product, place_id=q.place_id, source=q.source, batch=q.batch)

    def members(self, territory: str) -> list[str]:
        return members_of(self.store, territory)

    # -- one point -------------------------------------------------------------------------------
    def point(self, territory: str, flow: str | None, period: Period, unit: str | None, *, convert: bool = True,
              derive: bool = True) -> SeriesPoint:
        key = (territory, flow, period, unit, convert, derive)
        if key not in self._points:  # an aggregate's derivations ask for the same parts again
            self._points[key] = self._point(territory, flow, period, unit, convert=convert, derive=derive)
        return self._points[key]

    def _point(self, territory: str, flow: str | None, period: Period, unit: str | None, *, convert: bool,
               derive: bool) -> SeriesPoint:
        stated = self._stated(territory, flow, period)
        order = [unit] if unit else [u for u in (*CURRENCIES, *stated) if u in stated]
        for u in order:
            if u in stated:
                return stated[u]
        if unit and convert and unit in CURRENCIES:
            for other in CURRENCIES:
                if other != unit and other in stated:
                    return self._converted(stated[other], unit)
        gaps = []
        members = self.members(territory)
        if members:
            got = self._combine([(self.point(m, flow, period, unit, convert=convert), 1.0) for m in members],
                                period, unit, "summed_members", ", ".join(members), convert, members)
            if not got.is_gap:
                return got
            gaps.append(got.gap_reason or "")
        if derive and flow in DERIVATIONS:
            how, parts = DERIVATIONS[flow]
            got = self._combine([(self.point(territory, f, period, unit, convert=convert, derive=False), sign)
                                 for f, sign in parts], period, unit, how, "", convert, [f for f, _ in parts])
            if not got.is_gap:
                return got
            gaps.append(got.gap_reason or "")
        what = " / ".join(x for x in (self.q.indicator, territory, self.q.partner, flow, self.q.product) if x)
        reason = (f"{NOT_STORED_OPENING}{what} for {period.label}" + (f" in {unit}" if unit and not convert else "")
                  + NOT_STORED_CLOSING)
        if gaps:
            reason += "; " + "; ".join(g for g in gaps if g)
        return SeriesPoint(period, None, unit, "gap", gap_reason=reason)

    def _stated(self, territory: str, flow: str | None, period: Period) -> dict[str, SeriesPoint]:
        exact: dict[str, list[dict[str, Any]]] = {}
        months: dict[str, dict[int, list[dict[str, Any]]]] = {}
        for r in self.rows(territory, flow):
            same = r["period_start"] == period.start and r["period_end"] == period.end
            if same and (r["freq"] == period.freq or (period.freq == "A" and r["freq"] == "YTD")):
                exact.setdefault(r["unit"], []).append(r)
            elif period.freq == "A" and r["freq"] == "M" and r["period_start"].year == period.year:
                months.setdefault(r["unit"], {}).setdefault(r["period_start"].month, []).append(r)
        out: dict[str, SeriesPoint] = {}
        for unit, rows in exact.items():
            out[unit] = self._from_rows(rows, period, unit)
        for unit, by_month in months.items():
            if unit not in out and len(by_month) == 12 and is_additive(self.q.indicator, unit):
                picked = [r for m in sorted(by_month) for r in _one_kind(by_month[m], self.q.product)]
                out[unit] = replace(self._from_rows(picked, period, unit, pick=False), how="summed_months",
                                    detail="12 months", status="derived")
        return out

    def _from_rows(self, rows: list[dict[str, Any]], period: Period, unit: str, pick: bool = True) -> SeriesPoint:
        rows = _one_kind(rows, self.q.product) if pick else rows
        value = sum(float(r["value"]) for r in rows)
        detail_rows = any(r.get("importer") in identity.DETAIL_IMPORTERS for r in rows) or (any(
            (r.get("product") or "").isdigit() for r in rows) and not (self.q.product or "").isdigit())
        grades = {r.get("grade") for r in rows}
        statuses = sorted({r["status"] for r in rows}, key=lambda s: identity.STATUS_RANK.get(s, 9))
        ref = ref_of(rows[0], rows=len(rows), value=value)
        return SeriesPoint(period, value, unit, "summed_detail" if detail_rows else "stated", (ref,),
                           tuple(dict.fromkeys(r["source_id"] for r in rows)), _weakest(grades),
                           statuses[-1] if statuses else None,
                           detail=f"{len(rows)} rows" if len(rows) > 1 else "")

    def _converted(self, p: SeriesPoint, unit: str) -> SeriesPoint:
        try:
            rate = rate_for(self.store, p.period)
        except NoData as exc:
            return SeriesPoint(p.period, None, unit, "gap",
                               gap_reason=f"stated in {p.unit} only, and {exc.message}")
        value = convert_amount(float(p.value or 0.0), str(p.unit), unit, rate.value)
        return SeriesPoint(p.period, value, unit, "converted", (*p.lineage, rate.ref),
                           (*p.sources, rate.source_id), p.grade, p.status, rate=rate,
                           detail=f"from {p.how} {p.unit}")

    def _combine(self, parts: list[tuple[SeriesPoint, float]], period: Period, unit: str | None, how: str,
                 detail: str, convert: bool, names: list[str]) -> SeriesPoint:
        missing = [(name, p) for name, (p, _) in zip(names, parts, strict=True) if p.is_gap]
        if missing:
            # name the missing parts, not their own chains of reasons (a rate gap is worth saying)
            said = [name + (f" ({p.gap_reason})" if (p.gap_reason or "").startswith("stated in") else "")
                    for name, p in missing]
            return SeriesPoint(period, None, unit, "gap",
                               gap_reason=f"{HOW_LABELS[how].replace('derived: ', '')} lacks {', '.join(said)}")
        target = unit or (parts[0][0].unit if len({p.unit for p, _ in parts}) == 1 else "CNY")
        if not all(is_additive(self.q.indicator, p.unit) for p, _ in parts):
            return SeriesPoint(period, None, unit, "gap", gap_reason=(
                f"{self.q.indicator} in {parts[0][0].unit} does not add up: "
                f"{HOW_LABELS[how].replace('derived: ', '')} would be meaningless"))
        total, rate = 0.0, None
        refs: list[ObservationRef] = []
        srcs: list[str] = []
        for p, sign in parts:
            if p.unit != target:
                if not convert:
                    return SeriesPoint(period, None, unit, "gap", gap_reason=f"parts in {p.unit} and {target}")
                p = self._converted(p, str(target))
                if p.is_gap:
                    return p
            total += sign * float(p.value or 0.0)
            refs.extend(p.lineage)
            srcs.extend(p.sources)
            rate = rate or p.rate
        return SeriesPoint(period, total, target, how, tuple(refs), tuple(dict.fromkeys(srcs)),
                           _weakest({p.grade for p, _ in parts}), "derived", rate=rate, detail=detail)


def _one_kind(rows: list[dict[str, Any]], product: str | None) -> list[dict[str, Any]]:
    """A total where one is stored, else the HS detail rows (never both: they are alternatives)."""
    if product and product.isdigit():
        return rows
    totals = [r for r in rows if not (r.get("product") or "").isdigit()]
    return totals or rows


def _weakest(grades: set[str | None]) -> str | None:
    """The least authoritative grade among inputs (None when any input is ungraded)."""
    if None in grades or not grades:
        return None
    return max(grades, key=lambda g: GRADES.index(g) if g in GRADES else len(GRADES))


# -- periods of a series ---------------------------------------------------------------------------
def _periods(freq: str, first: Period, last: Period, found: list[Period]) -> list[Period]:
    if freq == "A":
        return [Period(date(y, 1, 1), date(y, 12, 31), "A") for y in range(first.start.year, last.end.year + 1)]
    if freq == "M":
        out, y, m = [], first.start.year, first.start.month
        while (y, m) <= (last.end.year, last.end.month):
            out.append(Period(date(y, m, 1), month_end(y, m), "M"))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    if freq == "Q":
        qs = [(y, q) for y in range(first.start.year, last.end.year + 1) for q in range(1, 5)]
        out = [Period(date(y, 3 * q - 2, 1), month_end(y, 3 * q), "Q") for y, q in qs]
        return [p for p in out if first.start <= p.start and p.end <= last.end]
    # YTD: the asked month each year (from a YTD start), else every January-to-month period found
    months = [first.end.month] if first.freq == "YTD" else sorted({p.end.month for p in found})
    return [Period(date(y, 1, 1), month_end(y, m), "YTD") for y in range(first.start.year, last.end.year + 1)
            for m in months]


def _bounds(store: Any, q: SeriesQuery) -> tuple[Period | None, Period | None, list[Period]]:
    first = parse_period(q.start) if q.start else None
    last = parse_period(q.end) if q.end else None
    if first and last:
        return first, last, []
    found = _found_periods(store, q)
    if not found:
        return first, last, []
    return first or found[0], last or found[-1], found


def _found_periods(store: Any, q: SeriesQuery) -> list[Period]:
    """Periods of the query's frequency stored for the key (its members and flows included)."""
    territories = [q.territory, *members_of(store, q.territory)]
    flows = [q.flow] if q.flow not in DERIVATIONS else ["export", "import", "total"]
    periods = set()
    for t in territories:
        for f in flows:
            for r in preferred_rows(store, q.indicator, [t], q.partner, f, date(FIRST_YEAR, 1, 1),
                                    date(LAST_YEAR, 12, 31), product=q.product, place_id=q.place_id,
                                    source=q.source, batch=q.batch):
                if r["freq"] == q.freq or (q.freq == "A" and r["freq"] == "M"):
                    periods.add(Period(r["period_start"], r["period_end"], r["freq"]) if r["freq"] == q.freq
                                else Period(date(r["period_start"].year, 1, 1), date(r["period_start"].year, 12, 31),
                                            "A"))
    return sorted(periods)


def _check_indicator(store: Any, name: str) -> None:
    """An indicator of the vocabulary, of the store's list, or with figures in the store."""
    if name in indicator_names() or known_indicator(store, name):
        return
    names = sorted({*indicator_names(), *(r["name"] for r in store.query("SELECT name FROM indicator"))})
    if name not in names:
        raise UnknownValue("indicator", name, names)


def _check_codes(store: Any, q: SeriesQuery) -> None:
    """Territory and partner must be codes the store knows (names are resolved before the core)."""
    codes = known_codes(store)
    for what, value in (("territory", q.territory), ("partner", q.partner)):
        if value is not None and value not in codes:
            raise UnknownValue(what, value, sorted(codes), hint=f"use a {what} code such as CN-HL, NEC, RU or WLD; "
                               "`northward show` lists what the store holds")


def resolve_series(store: Any, q: SeriesQuery) -> Series:
    """Resolve a query over an open store: every period of the range, gaps included (memoised on a
    read-only store, which cannot change under it; the points are immutable, the list is copied)."""
    q = q.validated()
    memo: Series = store.memoised(("core.series", q), lambda: _resolve(store, q))
    return Series(memo.query, memo.unit, list(memo.points))


def _resolve(store: Any, q: SeriesQuery) -> Series:
    _check_indicator(store, q.indicator)
    _check_codes(store, q)
    first, last, found = _bounds(store, q)
    if first is None or last is None:
        return Series(q, q.unit, [])
    r = _Resolver(store, q, first.start.replace(month=1, day=1), last.end.replace(month=12, day=31))
    periods = _periods(q.freq, first, last, found)
    unit = q.unit or _usual_unit(r, q, periods)
    return Series(q, unit, [r.point(q.territory, q.flow, p, unit) for p in periods])


def _usual_unit(r: _Resolver, q: SeriesQuery, periods: list[Period]) -> str | None:
    """The unit most points are stated in (yuan on a tie), so the fewest points are converted."""
    counts: dict[str, int] = {}
    for p in periods:
        got = r.point(q.territory, q.flow, p, None, convert=False)
        if got.unit and not got.is_gap:
            counts[got.unit] = counts.get(got.unit, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda u: (counts[u], u == "CNY"))


def lookup(store: Any, indicator: str, territory: str, period: str | Period, *, partner: str | None = None,
           flow: str | None = None, product: str | None = None, place_id: str | None = None,
           unit: str | None = None, convert: bool = True, source: str | None = None,
           batch: int | None = None) -> SeriesPoint:
    """One point: the value of a key for one period, as the series would give it (a gap when missing).

    ``unit`` None: the stated unit (yuan first); ``convert`` False: only figures in ``unit`` count.
    This is the look-up the indicators, ``check``, the audit and the report call."""
    p = period if isinstance(period, Period) else parse_period(period)
    q = SeriesQuery(indicator, territory, partner, flow, product, place_id, p.freq if p.freq in
                    ("A", "Q", "M", "YTD") else "A", unit, source=source, batch=batch).validated()
    r = _Resolver(store, q, p.start.replace(month=1, day=1), p.end.replace(month=12, day=31))
    return r.point(territory, q.flow, p, q.unit, convert=convert)


def series(home: str | os.PathLike[str] | None, q: SeriesQuery) -> Series:
    """Resolve a query against the store at ``home`` (read-only)."""
    from ..store import open_store

    with open_store(home, read_only=True) as store:
        return resolve_series(store, q)
