"""What the store does hold when a question finds nothing: the periods there are figures for."""

from __future__ import annotations

import os
from dataclasses import replace

from .errors import NoData
from .query import ObservationFilter, select_observations
from .store import Store, open_store

MAX_LISTED = 15


def held_periods(store: Store, flt: ObservationFilter) -> list[str]:
    """The periods of the figures matching the filter without its period, in time order."""
    rows = select_observations(store, replace(flt, period=None, limit=None, hs_level=None))
    seen = sorted({(r["period_start"], r["period_end"], r["period"]) for r in rows})
    return list(dict.fromkeys(label for _, _, label in seen))


def check_period(home: str | os.PathLike[str] | None, flt: ObservationFilter) -> None:
    """Raise NoData naming the periods that exist when the filter's period matches no figure."""
    if not flt.period:
        return
    with open_store(home, read_only=True) as store:
        if select_observations(store, replace(flt, limit=1)):
            return
        periods = held_periods(store, flt)
    if not periods:
        raise NoData(f"no figures for period {flt.period} (nor for any other period) with these filters",
                     hint="run `northward show` with fewer filters to see what the store holds")
    shown = ", ".join(periods[:MAX_LISTED]) + (f" … ({len(periods)} in all)" if len(periods) > MAX_LISTED else "")
    raise NoData(f"no figures for period {flt.period} with these filters",
                 hint=f"the store has figures for: {shown}")
