"""Exchange rates as the core converts with them: two named concepts, the preferred one first.

1. ``pboc_central_parity``: the People's Bank of China central parity, annual average, as China's
   statistical communiqués state it (indicator ``fx_cny_per_usd``). Preferred: it is the rate the
   official yuan and dollar figures are converted at.
2. ``fed_h10_market``: the US Federal Reserve's H.10 noon buying rate in New York, annual (FRED
   AEXCHUS) or monthly (FRED EXCHUS) average (indicator ``fx_cny_per_usd_market``): a market rate,
   used only where the store has no central parity for the year.

Every conversion names its concept, value, period and source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import NoData
from ..provenance import ObservationRef
from .vocabulary import CURRENCIES, Period, month_end

PARITY = "fx_cny_per_usd"
MARKET = "fx_cny_per_usd_market"
CONCEPTS = {
    PARITY: ("pboc_central_parity", "PBoC central parity, annual average (statistical communiqué)"),
    MARKET: ("fed_h10_market", "US Federal Reserve H.10 market rate"),
}


@dataclass(frozen=True)
class Rate:
    """A CNY-per-USD rate used for a conversion: its concept, value, period and the observation."""

    concept: str
    label: str
    value: float
    period: str
    ref: ObservationRef

    @property
    def source_id(self) -> str:
        return self.ref.source_id

    def describe(self) -> str:
        return f"{self.label}, {self.period}: {self.value:g} CNY per USD [{self.ref.source_id}]"

    def to_dict(self) -> dict[str, Any]:
        return {"concept": self.concept, "label": self.label, "value": self.value, "period": self.period,
                "source_id": self.ref.source_id}


def rate_for(store: Any, period: Period) -> Rate:
    """The rate to convert a figure of ``period``: the year's central parity; else, for a month,
    that month's market rate; else the year's market rate. NoData when the year is a gap."""
    from .fetch import preferred_rows

    year = period.end.year
    tries: list[tuple[str, str, date, date]] = [(PARITY, "A", date(year, 1, 1), date(year, 12, 31))]
    if period.freq == "M":
        tries.append((MARKET, "M", period.start, month_end(period.start.year, period.start.month)))
    tries.append((MARKET, "A", date(year, 1, 1), date(year, 12, 31)))
    for indicator, freq, start, end in tries:
        rows = [r for r in preferred_rows(store, indicator, ["CN"], None, None, start, end)
                if r["freq"] == freq and r["period_start"] == start and r.get("value") is not None]
        if rows:
            from .fetch import ref_of

            concept, label = CONCEPTS[indicator]
            if indicator == MARKET:
                label += ", monthly average (FRED EXCHUS)" if freq == "M" else ", annual average (FRED AEXCHUS)"
            p = Period(start, end, freq)
            return Rate(concept, label, float(rows[0]["value"]), p.label, ref_of(rows[0]))
    raise NoData(f"no CNY/USD rate for {year} in the store",
                 hint="neither the PBoC central parity (fx_cny_per_usd) nor the Fed H.10 rate "
                      "(fx_cny_per_usd_market) is stored for that year; see `northward show -i fx_cny_per_usd`")


def convert_amount(amount: float, from_unit: str, to_unit: str, rate: float) -> float:
    """``amount`` from one currency to the other at ``rate`` CNY per USD."""
    if from_unit == to_unit:
        return amount
    if {from_unit, to_unit} != set(CURRENCIES):
        raise NoData(f"cannot convert {from_unit} to {to_unit}", hint="conversions are between CNY and USD")
    from ..indicators import formulas  # each formula is written once, there

    return float(formulas.cny_to_usd(amount, rate) if to_unit == "USD" else formulas.usd_to_cny(amount, rate))
