"""Reading the figures a report shows: one preferred observation per territory and year, gaps kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..store import Store


@dataclass(frozen=True)
class Point:
    """One shown figure and where it came from."""

    territory: str
    year: int
    value: float
    unit: str
    status: str
    source_id: str
    stated: str | None = None


def _whole_year(row: dict[str, Any]) -> int | None:
    """The year a row covers entirely (an annual figure or a January-December cumulative), else None."""
    start, end = row["period_start"], row["period_end"]
    start = start if isinstance(start, date) else date.fromisoformat(str(start)[:10])
    end = end if isinstance(end, date) else date.fromisoformat(str(end)[:10])
    if row["freq"] in ("A", "YTD") and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) \
            and start.year == end.year:
        return start.year
    return None


def annual_points(store: Store, indicator: str, territories: list[str], first: int, last: int
                  ) -> dict[tuple[str, int], Point]:
    """The preferred whole-year figure per (territory, year); a missing key is a gap, never filled.

    Which release and source is preferred for each figure is the store's rule
    (``northward.query``: revised > final > preliminary > estimate, then the most official source).
    Ranges (a low and a high bound) are not single points and are left out.
    """
    from ..query import ObservationFilter, select_observations

    flt = ObservationFilter(indicators=[indicator], territories=territories, period=f"{first}..{last}")
    out: dict[tuple[str, int], Point] = {}
    for row in select_observations(store, flt):
        year = _whole_year(row)
        if year is None or row["value"] is None or row.get("qualifier") in ("range_low", "range_high"):
            continue
        if row.get("partner") is not None or row.get("flow") is not None:
            continue
        key = (row["territory"], year)
        if key not in out or row["freq"] == "A":  # an annual figure over a Jan-Dec cumulative one
            out[key] = Point(row["territory"], year, float(row["value"]), row["unit"], row["status"],
                             row["source_id"], row.get("stated"))
    return out


def territory_names(store: Store) -> dict[str, str]:
    """English names of the territories, by code."""
    return {r["code"]: r["name_en"] for r in store.query("SELECT code, name_en FROM territory")}
