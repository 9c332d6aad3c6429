"""Indicator formulas as Ibis table expressions: they run on DuckDB here and on Spark or any
other Ibis backend unchanged. Window frames and orderings are pinned explicitly.

Inputs are "levels" tables with at least: the grouping columns, ``period_start`` and ``value``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import ibis
import ibis.expr.types as ir

from ..core import identity
from . import formulas as f


def preferred(obs: ir.Table, sources: ir.Table, batches: ir.Table) -> ir.Table:
    """One candidate per fact, chosen by the semantic core's rule (``core.identity.preferred``)."""
    return identity.preferred(obs, sources, batches)


def _at(levels: ir.Table, by: Sequence[str], when: Any, name: str) -> ir.Table:
    return levels.filter(levels.period_start == when).select(*by, **{name: levels.value})


def change_table(levels: ir.Table, by: Sequence[str], start: Any, end: Any, years: float) -> ir.Table:
    """Per group: the base and final values, the multiple, growth in percent and CAGR in percent."""
    a = _at(levels, by, start, "base")
    b = _at(levels, by, end, "final")
    joined = a.inner_join(b, list(by)) if by else a.cross_join(b)
    return joined.mutate(
        multiple=f.multiple(joined.base, joined.final),
        growth_pct=f.growth_pct(joined.base, joined.final),
        cagr_pct=f.cagr_pct(joined.base, joined.final, years) if years > 0 else ibis.null("float64"),
    )


def share_table(parts: ir.Table, wholes: ir.Table, by: Sequence[str]) -> ir.Table:
    """Per group: part / whole in percent (parts and wholes carry ``value`` and the ``by`` columns)."""
    p = parts.select(*by, part=parts.value)
    w = wholes.select(*by, whole=wholes.value)
    joined = p.inner_join(w, list(by)) if by else p.cross_join(w)
    return joined.mutate(share_pct=f.share_pct(joined.part, joined.whole))


def rank_table(levels: ir.Table, partition: Sequence[str]) -> ir.Table:
    """Rank by value, highest first (1 = largest), within each partition; ties share the lower rank."""
    window = ibis.window(group_by=[levels[c] for c in partition], order_by=[levels.value.desc()])
    return levels.mutate(rank=ibis.rank().over(window) + 1,
                         among=levels.count().over(ibis.window(group_by=[levels[c] for c in partition])))


def balance_table(exports: ir.Table, imports: ir.Table, by: Sequence[str]) -> ir.Table:
    """Per group: exports minus imports."""
    e = exports.select(*by, exports=exports.value)
    i = imports.select(*by, imports=imports.value)
    joined = e.inner_join(i, list(by)) if by else e.cross_join(i)
    return joined.mutate(balance=f.balance(joined.exports, joined.imports))


def aggregate_table(levels: ir.Table, members: Sequence[str], code: str, by: Sequence[str]) -> ir.Table:
    """Sum of the members' values per group, kept only where every member has a value."""
    sub = levels.filter(levels.territory.isin(list(members)))
    grouped = sub.group_by(list(by)).aggregate(value=sub.value.sum(), n=sub.territory.nunique())
    return grouped.filter(grouped.n == len(members)).drop("n").mutate(territory=ibis.literal(code))


def convert_table(levels: ir.Table, rates: ir.Table, to: str) -> ir.Table:
    """Convert CNY to USD (or back) at the annual average rate of each row's year."""
    r = rates.select(_year=rates.period_start.year(), rate=rates.value)
    joined = levels.mutate(_year=levels.period_start.year()).inner_join(r, "_year")
    value = f.cny_to_usd(joined.value, joined.rate) if to == "USD" else f.usd_to_cny(joined.value, joined.rate)
    return joined.mutate(value=value, unit=ibis.literal(to)).drop("_year")


def growth_by(obs: ir.Table, by: Sequence[str], start: Any, end: Any, hs_digits: int | None = None) -> ir.Table:
    """Growth of summed values between two periods, per group (the scalable path for imported data).

    With ``hs_digits`` the product column is cut to HS chapters (2) or headings (4) first.
    """
    t = obs
    if hs_digits:
        t = t.mutate(product=t["product"].substr(0, hs_digits))
    levels = t.group_by([*by, "period_start"]).aggregate(value=t.value.sum())
    years = max(getattr(end, "year", 0) - getattr(start, "year", 0), 0)
    return change_table(levels, by, start, end, float(years))


def preferred_relation(store: Any) -> str:
    """What to select preferred rows FROM (the core's rule; see ``core.identity.preferred_relation``)."""
    return identity.preferred_relation(store)
