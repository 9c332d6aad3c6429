"""Reading the figures a report shows: one resolved figure per territory and year, gaps kept."""

from __future__ import annotations

from dataclasses import dataclass

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


def annual_points(store: Store, indicator: str, territories: list[str], first: int, last: int
                  ) -> dict[tuple[str, int], Point]:
    """The whole-year figure per (territory, year) as the semantic core's series resolver gives it
    (``core.series``: which release and source wins is its rule); a gap stays missing, never filled."""
    from ..core.series import SeriesQuery, resolve_series

    out: dict[tuple[str, int], Point] = {}
    for code in territories:
        series = resolve_series(store, SeriesQuery(indicator, code, start=str(first), end=str(last)))
        for p in series.points:
            if p.value is None or p.unit is None:
                continue
            out[(code, p.period.year)] = Point(code, p.period.year, float(p.value), p.unit, p.status or "derived",
                                               " ".join(p.sources), None)
    return out


def territory_names(store: Store) -> dict[str, str]:
    """English names of the territories, by code."""
    return {r["code"]: r["name_en"] for r in store.query("SELECT code, name_en FROM territory")}
