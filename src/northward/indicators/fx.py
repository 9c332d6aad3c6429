"""Annual average exchange rates (CNY per USD) from the store, and conversions at them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..errors import NoData
from ..provenance import ObservationRef
from ..store import Store
from . import formulas
from .tables import preferred_relation

FX_INDICATOR = "fx_cny_per_usd"


def annual_rate(store: Store, year: int) -> tuple[float, ObservationRef]:
    """The annual average CNY per USD rate of a year, or NoData when that year is a gap."""
    memo_key = ("fx", year)
    if not store.read_only or memo_key not in store.memo:
        store.memo[memo_key] = _rate_rows(store, year)
    rows = store.memo[memo_key]
    if not rows:
        raise NoData(f"no annual average CNY/USD rate for {year} in the store",
                     hint="the rate is a gap until confirmed from an NBS communiqué; "
                          "see `northward show -i fx_cny_per_usd`")
    return float(rows[0]["value"]), ref_from_row(rows[0])


def _rate_rows(store: Store, year: int) -> list[dict[str, Any]]:
    return store.query(f"SELECT * FROM {preferred_relation(store)} AS p WHERE indicator = ? AND territory = 'CN' "
                       "AND freq = 'A' AND period_start = ?", [FX_INDICATOR, date(year, 1, 1)])


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
