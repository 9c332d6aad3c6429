"""What every check shares: the environment (store, excluded sources), the Check base class,
and helpers that turn intervals into findings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

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
        """Observations for the keys (see ``evidence.observations``), looked up once per audit.

        The audit's one door to stored figures: when the semantic core's series resolver lands, this
        is the line that calls it instead."""
        key = ("obs", *sorted(keys.items()))
        if key not in self._cache and self.store is not None:
            self._cache[key] = evidence.observations(self.store, exclude_sources=self.exclude_sources, **keys)
        return list(self._cache.get(key, []))


def fmt(q: Quantity) -> str:
    return q.text.replace("\\$", "$").strip()


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
