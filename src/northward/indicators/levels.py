"""Find one level (a trade value, a GDP) for a key and period, with the observations behind it.

An adapter over the semantic core: ``core.series.lookup`` finds the figure (stated, converted,
summed from members or imported detail, derived from other flows) and says how.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.series import lookup
from ..core.vocabulary import Period
from ..errors import NoData
from ..provenance import ObservationRef
from ..store import Store

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
    how: str = "stated"
    grade: str | None = None
    sources: list[str] = field(default_factory=list)


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
    unless ``exact``: then only figures stored in that unit count). The semantic core's resolver
    (``core.series.lookup``) decides which figure it is and how it was obtained."""
    point = lookup(store, key.measure, key.territory, period_text, partner=key.partner, flow=key.flow,
                   product=key.product, unit=unit, convert=not exact)
    if point.is_gap or point.value is None:
        raise NoData(point.gap_reason or f"no {key.describe()} for {period_text} in the store",
                     hint="`northward series` shows what the store holds for a key and why a period is a gap; "
                          "gaps stay gaps until a source confirms them")
    return Level(point.value, str(point.unit), point.period, list(point.lineage), how=point.describe(),
                 grade=point.grade, sources=list(point.sources))
