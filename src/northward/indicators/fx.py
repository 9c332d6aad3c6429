"""Annual average exchange rates (CNY per USD) from the store, and conversions at them (the rate
itself is chosen by ``core.rates``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..core.rates import Rate, rate_for
from ..core.vocabulary import Period
from ..errors import NoData
from ..provenance import ObservationRef
from ..store import Store
from . import formulas

FX_INDICATOR = "fx_cny_per_usd"


def annual_rate(store: Store, year: int) -> tuple[float, ObservationRef]:
    """The annual CNY per USD rate of a year (the core's preferred concept: the PBoC central parity,
    else the Fed H.10 market rate), or NoData when that year is a gap."""
    rate = year_rate(store, year)
    return rate.value, rate.ref


def year_rate(store: Store, year: int) -> Rate:
    """The year's rate with its concept named (``core.rates``)."""
    return rate_for(store, Period(date(year, 1, 1), date(year, 12, 31), "A"))


def ref_from_row(row: dict[str, Any], rows: int = 1) -> ObservationRef:
    def d(v: Any) -> date:
        return v.date() if isinstance(v, datetime) else v

    def opt(v: Any) -> Any:
        return None if v is None or (isinstance(v, float) and v != v) else v

    return ObservationRef(
        indicator=row["indicator"], territory=row["territory"], partner=opt(row.get("partner")),
        product=opt(row.get("product")), flow=opt(row.get("flow")), period_start=d(row["period_start"]),
        period_end=d(row["period_end"]), freq=row["freq"], unit=row["unit"], value=float(row["value"]),
        status=row["status"], source_id=row["source_id"],
        obs_id=int(row["obs_id"]) if opt(row.get("obs_id")) is not None else None, rows=rows)


def convert(amount: float, from_unit: str, to_unit: str, rate: float) -> float:
    if from_unit == to_unit:
        return amount
    if (from_unit, to_unit) == ("CNY", "USD"):
        return float(formulas.cny_to_usd(amount, rate))
    if (from_unit, to_unit) == ("USD", "CNY"):
        return float(formulas.usd_to_cny(amount, rate))
    raise NoData(f"cannot convert {from_unit} to {to_unit}", hint="conversions are between CNY and USD")
