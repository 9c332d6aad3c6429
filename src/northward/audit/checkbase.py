"""What every check shares: the environment (store, excluded sources), the Check base class,
and helpers that turn intervals into findings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import NorthwardError
from ..store import Store
from . import evidence
from .claims import Claim
from .findings import Finding, finding, verdict_for
from .intervals import Interval
from .numbers import Quantity

FX_TOLERANCE = 0.08  # conversions in news use the day's rate, not the annual average
STORE_TOLERANCE = 0.01  # revisions between releases of the same figure


@dataclass
class Env:
    """What checks may consult: the store (or None) and sources whose figures must not be used."""

    store: Store | None = None
    exclude_sources: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    _cache: dict[tuple[Any, ...], Any] = field(default_factory=dict, repr=False)

    def fx_rate(self, year: int) -> tuple[float, dict[str, Any]] | None:
        """The year's average rate from the store (looked up once per audit)."""
        key = ("fx", year)
        if key not in self._cache and self.store is not None:
            self._cache[key] = evidence.fx_rate(self.store, year)
        return self._cache.get(key)

    def observations(self, **keys: Any) -> list[dict[str, Any]]:
        """Figures for the keys, looked up once per audit: the series resolver's answer first
        (``core.series.lookup``: a stated figure, NEC summed from its members, a flow derived from the
        others), then the other candidates (``evidence.observations``, the core's rule's order).

        The audit's one door to stored figures. A resolved point that leans on the text's own source
        is dropped; a figure converted at some rate is never a published level, so it is not used."""
        key = ("obs", *sorted(keys.items()))
        if key not in self._cache and self.store is not None:
            rows = evidence.observations(self.store, exclude_sources=self.exclude_sources, **keys)
            self._cache[key] = _with_resolved(self, keys, rows)
        return list(self._cache.get(key, []))


RESOLVED_HOW = ("stated", "summed_members", "summed_detail", "summed_months", "derived_total", "derived_import",
                "derived_export")


def _with_resolved(env: Env, keys: dict[str, Any], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The resolver's point for trade keys ahead of the candidates (when it is new and not the text's own)."""
    if keys.get("indicator") != "trade_value" or env.store is None or not keys.get("territory"):
        return rows
    period = keys.get("period")
    label = period.label if period is not None else str(keys.get("year"))
    try:
        point = evidence.resolved(
            env.store,
            indicator="trade_value",
            territory=keys["territory"],
            period=label,
            partner=keys.get("partner"),
            flow=keys.get("flow"),
            unit=keys.get("unit"),
        )
    except NorthwardError:
        return rows
    if point is None or point.get("how") not in RESOLVED_HOW or set(point.get("sources", [])) & set(env.exclude_sources):
        return rows
    if any(r.get("value") == point["value"] for r in rows):
        return rows  # the resolver picked one of the candidates: keep the candidates' order
    return [point, *rows]


def fmt(q: Quantity) -> str:
    return q.text.replace("\\$", "$").strip()


TWICE_ROUNDED = 0.05  # of the last digit: 118.746 rounded to 118.75, then to 118.8


def rate_as_published(rate: Quantity) -> Interval:
    """A rate the publisher computed from its levels: the values its printed figure stands for, also when it
    was rounded twice, first to one more decimal and then to the printed ones (118.746 → 118.75 → 118.8, as
    statistical offices do when they print a rate from a table that rounds it). The interval grows toward zero by
    a twentieth of the last digit, never away from it; a rate in words or with a hedge keeps its own interval."""
    iv = rate.interval()
    if rate.kind != "percent" or rate.tolerance or rate.hedge.kind != "exact" or rate.value == 0:
        return iv
    slack = TWICE_ROUNDED * 10.0 ** -rate.decimals * rate.scale
    return Interval(iv.lo - slack, iv.hi) if rate.value > 0 else Interval(iv.lo, iv.hi + slack)


def judged(
    claim: Claim,
    check: str,
    figure: Quantity,
    stated: Interval,
    rec: Interval,
    point: float,
    unit: str,
    explanation: str,
    **kw: Any,
) -> Finding:
    """A finding comparing a stated interval with a recomputed one (consistent when they meet)."""
    return finding(
        claim,
        check,
        verdict_for(stated, rec),
        explanation,
        stated=fmt(figure),
        stated_interval=stated,
        recomputed=point,
        recomputed_interval=rec,
        unit=unit,
        **kw,
    )


def first_fit(candidates: Iterable[Finding | None]) -> Finding | None:
    """The first consistent finding (sources may disagree: one that fits is enough), else the first one."""
    tried: list[Finding] = []
    for f in candidates:
        if f is None:
            continue
        if f.verdict == "consistent":
            return f
        tried.append(f)
    return tried[0] if tried else None


def unverifiable(claim: Claim, check: str, explanation: str, reason: str) -> Finding:
    """A finding that the claim cannot be settled, with why (a stable reason code)."""
    return finding(claim, check, "unverifiable", explanation, reason=reason)


def no_data(claim: Claim, explanation: str) -> Finding:
    return unverifiable(claim, "store", explanation, "no_data")


class Check:
    """A check: ``applies`` says whether it can judge a claim, ``run`` yields its findings."""

    name = "check"

    def applies(self, claim: Claim) -> bool:
        raise NotImplementedError

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        raise NotImplementedError
