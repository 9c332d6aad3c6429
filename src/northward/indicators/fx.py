"""Annual average exchange rates (CNY per USD) from the store, and conversions at them (the rate
itself is chosen by ``core.rates``)."""

from __future__ import annotations

from datetime import date

from ..core.rates import PARITY, Rate, convert_amount, rate_for
from ..core.vocabulary import Period
from ..provenance import ObservationRef
from ..store import Store

FX_INDICATOR = PARITY


def annual_rate(store: Store, year: int) -> tuple[float, ObservationRef]:
    """The annual CNY per USD rate of a year (the core's preferred concept: the PBoC central parity,
    else the Fed H.10 market rate), or NoData when that year is a gap."""
    rate = year_rate(store, year)
    return rate.value, rate.ref


def year_rate(store: Store, year: int) -> Rate:
    """The year's rate with its concept named (``core.rates``)."""
    return rate_for(store, Period(date(year, 1, 1), date(year, 12, 31), "A"))


def convert(amount: float, from_unit: str, to_unit: str, rate: float) -> float:
    """``amount`` from one currency to the other at ``rate`` CNY per USD (``core.rates``)."""
    return convert_amount(amount, from_unit, to_unit, rate)
