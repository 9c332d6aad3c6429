"""One indicator for one key, from the store, with its lineage: what `northward indicator` prints.

Levels are found by ``levels.find_level``; the arithmetic is ``formulas.py``, the same functions
that ``tables.py`` applies to Ibis columns over whole tables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from ..core.vocabulary import PeriodSyntaxError, parse_currency, parse_period
from ..errors import NoData, QueryError
from ..provenance import Lineage, ObservationRef, Source
from ..query import sources_by_id
from ..store import Store, open_store
from . import formulas as f
from .fx import convert, year_rate
from .levels import Key, Level, find_level, find_levels

NAMES = ("growth", "multiple", "cagr", "share", "rank", "balance", "convert")
UNITS = {"growth": "percent", "multiple": "times", "cagr": "percent", "share": "percent", "rank": "rank"}


@dataclass
class IndicatorRequest:
    """What to compute: the indicator's name and the key, periods and options it needs."""

    name: str
    territory: str = "NEC"
    partner: str | None = None
    flow: str | None = None
    start: str | None = None
    end: str | None = None
    period: str | None = None
    of: str = "territory"
    measure: str = "trade_value"
    unit: str | None = None
    product: str | None = None
    amount: float | None = None
    to: str | None = None


@dataclass
class IndicatorResult:
    """A computed value, its unit, and the lineage (rule, input observations, sources)."""

    name: str
    value: float
    unit: str
    lineage: Lineage
    request: IndicatorRequest
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"indicator": self.name, "value": round(self.value, 6), "rounded": round(self.value, 2),
                "unit": self.unit, "details": self.details, "request": {k: v for k, v in self.request.__dict__.items()
                                                                      if v is not None},
                "lineage": self.lineage.to_dict()}

    def explain(self) -> str:
        from .. import humanize

        shown = humanize.number(self.value, 0) if self.unit == "rank" else humanize.amount(self.value, self.unit)
        lines = [f"{self.name} = {shown}", f"rule: {self.lineage.rule}"]
        for k, v in self.details.items():
            lines.append(f"  {k}: {humanize.scaled(v, 4)}" if isinstance(v, float) else f"  {k}: {v}")
        lines.append("inputs:")
        for o in self.lineage.inputs:
            summed = f" (sum of {o.rows} rows)" if o.rows > 1 else ""
            lines.append(f"  {o.indicator} {o.territory} {o.partner or ''} {o.flow or ''} "
                         f"{o.period_start}..{o.period_end} = {humanize.amount(o.value, o.unit, 4)}{summed} [{o.source_id}]")
        lines.append("sources:")
        lines.extend(f"  [{s.source_id}] {s.cite()}" for s in self.lineage.sources)
        return "\n".join(lines)


def compute(home: str | os.PathLike[str] | None, req: IndicatorRequest) -> IndicatorResult:
    with open_store(home, read_only=True) as store:
        return compute_in(store, req)


def compute_in(store: Store, req: IndicatorRequest) -> IndicatorResult:
    """Compute the requested indicator in an open store."""
    if req.name not in NAMES:
        raise QueryError(f"unknown indicator {req.name!r}", code="NW410", hint=f"use one of {', '.join(NAMES)}")
    try:
        return _COMPUTE[req.name](store, req)
    except PeriodSyntaxError as exc:
        raise QueryError(str(exc), code="NW403", hint="periods are years (2024) or months (2024-03)") from exc


def _need(value: str | None, option: str, name: str) -> str:
    if not value:
        raise QueryError(f"{name} needs --{option}", code="NW411", hint=f"add --{option}")
    return value


def _flow_words(flow: str | None) -> str:
    """The flow as it reads before "trade" in a rule ("export trade with RU"); nothing for the total."""
    return f"{flow} " if flow and flow != "total" else ""


def _key(store: Store, req: IndicatorRequest, territory: str | None = None, partner: str | None = None,
         flow: str | None = None) -> Key:
    return Key(req.measure, territory or req.territory, partner if partner is not None else req.partner,
               flow or req.flow, req.product)


def _lineage(store: Store, rule: str, refs: list[ObservationRef], **params: Any) -> Lineage:
    srcs = sources_by_id(store, [r.source_id for r in refs])
    return Lineage(rule, tuple(refs), tuple(_source(s) for s in srcs), {k: v for k, v in params.items() if v is not None})


def _source(row: dict[str, Any]) -> Source:
    fields = Source.__dataclass_fields__
    values: dict[str, Any] = {k: row.get(k) for k in fields if k in row}
    return Source(**values)


def _change(store: Store, req: IndicatorRequest) -> IndicatorResult:
    start = _need(req.start, "start", req.name)
    end = _need(req.end, "end", req.name)
    key = _key(store, req)
    base, final = find_levels(store, [(key, start), (key, end)], req.unit)
    p0, p1 = parse_period(start), parse_period(end)
    years = (p1.end.year - p0.end.year) + (p1.end.month - p0.end.month) / 12
    if base.value == 0:
        raise NoData(f"the base value of {key.describe()} in {start} is zero", hint="growth from zero is undefined")
    value = {"growth": lambda: f.growth_pct(base.value, final.value),
             "multiple": lambda: f.multiple(base.value, final.value),
             "cagr": lambda: f.cagr_pct(base.value, final.value, years)}[req.name]()
    rule = f.RULES[req.name].replace("years", f"{years:g}")
    details = {"base": base.value, "final": final.value, "unit_of_levels": base.unit, "base_period": start,
               "final_period": end, "base_from": base.how, "final_from": final.how}
    return IndicatorResult(req.name, float(value), UNITS[req.name],
                           _lineage(store, rule, base.refs + final.refs, key=key.describe()), req, details)


def _share(store: Store, req: IndicatorRequest) -> IndicatorResult:
    period = _need(req.period or req.end, "period", "share")
    partner = _need(req.partner, "partner", "share")
    part_key = _key(store, req)
    if req.of == "territory":
        whole_key = _key(store, req, partner="WLD")
        rule = f"{req.territory}'s {_flow_words(req.flow)}trade with {partner} / its trade with all partners × 100"
    elif req.of == "national":
        whole_key = _key(store, req, territory="CN")
        rule = f"{req.territory}'s {_flow_words(req.flow)}trade with {partner} / China's × 100"
    else:
        raise QueryError(f"--of {req.of!r}: use territory or national", code="NW412")
    part, whole = find_levels(store, [(part_key, period), (whole_key, period)], req.unit)
    details = {"part": part.value, "whole": whole.value, "unit_of_levels": part.unit, "period": period,
               "of": req.of}
    return IndicatorResult("share", float(f.share_pct(part.value, whole.value)), "percent",
                           _lineage(store, rule, part.refs + whole.refs), req, details)


def _rank(store: Store, req: IndicatorRequest) -> IndicatorResult:
    period = _need(req.period or req.end, "period", "rank")
    provinces = [r["code"] for r in store.query("SELECT code FROM territory WHERE level = 'province' "
                                                 "AND parent = 'CN' ORDER BY code")]
    found: dict[str, Level] = {}
    for code in provinces:
        try:
            found[code] = find_level(store, _key(store, req, territory=code), period, req.unit or "CNY")
        except NoData:
            continue
    if req.territory not in found:
        raise NoData(f"no {req.measure} for {req.territory} in {period}", hint="rank needs the territory's own value")
    order = sorted(found, key=lambda c: -found[c].value)
    # ties share the better rank, as tables.rank_table does
    rank = 1 + sum(1 for c in found if found[c].value > found[req.territory].value)
    refs = [ref for lv in found.values() for ref in lv.refs]
    details = {"among": len(found), "ranked": ", ".join(order),
               "warning": f"rank among the {len(found)} of {len(provinces)} provinces with data in the store"}
    return IndicatorResult("rank", float(rank), "rank",
                           _lineage(store, "position by value, largest = 1", refs), req, details)


def _balance(store: Store, req: IndicatorRequest) -> IndicatorResult:
    period = _need(req.period or req.end, "period", "balance")
    ex, im = find_levels(store, [(_key(store, req, flow="export"), period), (_key(store, req, flow="import"), period)],
                         req.unit)
    return IndicatorResult("balance", float(f.balance(ex.value, im.value)), ex.unit,
                           _lineage(store, "exports - imports", ex.refs + im.refs), req,
                           {"exports": ex.value, "imports": im.value, "period": period})


def _convert(store: Store, req: IndicatorRequest) -> IndicatorResult:
    if req.amount is None:
        raise QueryError("convert needs --amount", code="NW411", hint="e.g. --amount 297.83e9 --unit CNY --to USD --period 2023")
    period = _need(req.period or req.end, "period", "convert")
    src_unit = req.unit or "CNY"
    to = req.to or ("USD" if src_unit == "CNY" else "CNY")
    src_unit, to = parse_currency(src_unit), parse_currency(to)
    rate = year_rate(store, parse_period(period).year)
    value = convert(req.amount, src_unit, to, rate.value)
    rule = "amount / rate" if to == "USD" else "amount × rate"
    return IndicatorResult("convert", value, to, _lineage(store, f"{rule} ({rate.label}, CNY per USD)", [rate.ref],
                                                          rate_concept=rate.concept), req,
                           {"amount": req.amount, "from": src_unit, "rate": rate.value, "rate_concept": rate.label,
                            "year": parse_period(period).year})


_COMPUTE = {"growth": _change, "multiple": _change, "cagr": _change, "share": _share, "rank": _rank,
            "balance": _balance, "convert": _convert}
