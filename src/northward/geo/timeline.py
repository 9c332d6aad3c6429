"""The timeline of a territory or an instrument: results series, instrument events, documents.

It answers the seed article's question, descriptively: when did an instrument open, which documents
name it, and what did the territory's (or the place's) figures do in the years around it. Nothing
here says an event caused a change: the event window table is labelled so.

The results series come from the core's series resolver (``core.series.resolve_series`` and its
one-period ``lookup``): conversion, derivation and gaps are decided there, not here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import GeoError, UnknownValue
from ..store import Store
from .api import StoreOrHome, opened, resolve_place
from .links import Event, Home, Mention, events, family, mentions_of

WINDOW_YEARS = 3
WINDOW_KINDS = ("approval", "opening", "reopening")
FIRST_YEAR = 2010
LAST_YEAR = 2025
DESCRIPTIVE = (
    "Descriptive, not causal: the figures in the years around an event, as stored; "
    "they do not show what the event changed. A gap is a year the store has no figure for."
)


@dataclass(frozen=True)
class SeriesSpec:
    """A results series the timeline draws: indicator, partner, flow, in a unit."""

    label: str
    indicator: str
    partner: str | None
    flow: str | None
    unit: str


TERRITORY_SERIES = (
    SeriesSpec("Foreign trade, total", "trade_value", "WLD", "total", "CNY"),
    SeriesSpec("Trade with Russia, total", "trade_value", "RU", "total", "CNY"),
)


@dataclass
class Point:
    """One year of a series: a value with its sources, or a gap (value None)."""

    year: int
    value: float | None
    unit: str
    sources: list[str] = field(default_factory=list)
    status: str | None = None
    how: str | None = None


@dataclass
class Series:
    """A labelled series of annual points (a territory's or a place's), with its key."""

    label: str
    territory: str | None
    place_id: str | None
    indicator: str
    partner: str | None
    flow: str | None
    unit: str
    points: list[Point]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Timeline:
    """Everything the timeline shows, linked by ids: the subject, series, events, documents."""

    subject_id: str
    subject_type: str  # territory, place or corridor
    name: str
    territory: str | None
    series: list[Series]
    events: list[Event]
    mentions: dict[str, list[Mention]]
    windows: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    note: str = DESCRIPTIVE

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject_id": self.subject_id,
            "subject_type": self.subject_type,
            "name": self.name,
            "territory": self.territory,
            "series": [s.to_dict() for s in self.series],
            "events": [e.to_dict() for e in self.events],
            "mentions": {k: [m.to_dict() for m in v] for k, v in self.mentions.items()},
            "windows": self.windows,
            "sources": self.sources,
            "note": self.note,
        }


def _first_year(store: Store, indicator: str) -> int | None:
    """The first year any figure of the indicator is stored for (any territory): earlier years are gaps."""
    year = store.scalar("SELECT min(year(period_start)) FROM observation WHERE indicator = ?", [indicator])
    return int(year) if year is not None else None


def annual_level(store: Store, spec: SeriesSpec, territory: str, year: int) -> Point:
    """One year of a territory's series from the core's series resolver, or a gap."""
    from ..core.series import lookup

    first = _first_year(store, spec.indicator)
    if first is None or year < first:
        return Point(year, None, spec.unit, how="gap")
    p = lookup(store, spec.indicator, territory, str(year), partner=spec.partner, flow=spec.flow, unit=spec.unit)
    return _point(year, p, spec.unit)


def _point(year: int, p: Any, unit: str) -> Point:
    if p.value is None:
        return Point(year, None, unit, how=p.describe())
    return Point(year, p.value, p.unit or unit, list(p.sources), p.status, p.describe())


def territory_series(store: Store, territory: str, years: Sequence[int]) -> list[Series]:
    """The territory's results series (trade with the world and with Russia), from the series resolver."""
    from ..core.series import SeriesQuery, resolve_series

    out = []
    for spec in TERRITORY_SERIES:
        q = SeriesQuery(
            spec.indicator, territory, spec.partner, spec.flow, unit=spec.unit, start=str(min(years)), end=str(max(years))
        )
        got = {p.period.year: p for p in resolve_series(store, q).points if p.period.freq == "A"}
        points = [_point(y, got[y], spec.unit) if y in got else Point(y, None, spec.unit) for y in years]
        out.append(Series(spec.label, territory, None, spec.indicator, spec.partner, spec.flow, spec.unit, points))
    return out


def place_series(store: Store, place_ids: Sequence[str], years: Sequence[int]) -> list[Series]:
    """Annual figures the store keeps about the places themselves (trains, freight ...), gaps included."""
    if not place_ids:
        return []
    rows = store.query(
        "SELECT place_id, indicator, partner, flow, unit, year(period_start) AS year, value, status, source_id "
        f"FROM observation WHERE place_id IN ({', '.join('?' for _ in place_ids)}) AND freq = 'A' "
        "AND qualifier IS NULL ORDER BY place_id, indicator, year",
        list(place_ids),
    )
    grouped: dict[tuple[str, str, str | None, str | None, str], dict[int, dict[str, Any]]] = {}
    for r in rows:
        grouped.setdefault((r["place_id"], r["indicator"], r["partner"], r["flow"], r["unit"]), {})[r["year"]] = r
    out = []
    for (pid, indicator, partner, flow, unit), by_year in grouped.items():
        points = [
            Point(y, by_year[y]["value"], unit, [by_year[y]["source_id"]], by_year[y]["status"], "stored")
            if y in by_year
            else Point(y, None, unit)
            for y in sorted(set(years) | set(by_year))
        ]
        out.append(Series(f"{indicator} at {pid}", None, pid, indicator, partner, flow, unit, points))
    return out


def _extend(store: Store, series: list[Series], years: set[int]) -> None:
    """Add the years an event window needs to the territory series (places already hold every year)."""
    specs = {(s.indicator, s.partner, s.flow, s.unit): s for s in series if s.territory}
    for spec in TERRITORY_SERIES:
        s = specs.get((spec.indicator, spec.partner, spec.flow, spec.unit))
        if s is None or s.territory is None:
            continue
        have = {p.year for p in s.points}
        s.points += [annual_level(store, spec, s.territory, y) for y in sorted(years - have)]
        s.points.sort(key=lambda p: p.year)


def _window(event: Event, series: list[Series]) -> dict[str, Any]:
    """The event window: each series in the years before and after the event, gaps as None."""
    offsets = list(range(-WINDOW_YEARS, WINDOW_YEARS + 1))
    rows = []
    for s in series:
        by_year = {p.year: p for p in s.points}
        cells = []
        for k in offsets:
            p = by_year.get(event.year + k)
            cells.append(
                {
                    "offset": k,
                    "year": event.year + k,
                    "value": p.value if p else None,
                    "sources": p.sources if p else [],
                }
            )
        rows.append({"series": s.label, "unit": s.unit, "cells": cells, "gaps": sum(c["value"] is None for c in cells)})
    return {
        "subject_id": event.subject_id,
        "subject_name": event.subject_name,
        "on_date": event.on_date,
        "kind": event.kind,
        "summary": event.summary,
        "sources": list(event.sources),
        "offsets": offsets,
        "rows": rows,
        "label": DESCRIPTIVE,
    }


def _territories(store: Store) -> dict[str, str]:
    return {r["code"]: r["name_en"] or r["code"] for r in store.query("SELECT code, name_en FROM territory")}


def _subject(store: Store, name: str) -> tuple[str, str, str, str | None]:
    """(id, type, display name, territory) of a territory (code or name in zh/en/ru), a corridor or a place."""
    from ..subjects import resolve

    territories = _territories(store)
    try:
        code = resolve("territory", name, territories)
    except UnknownValue:
        code = None
    if code is not None:
        return code, "territory", territories.get(code, code), code
    corridor = store.query(
        "SELECT corridor_id, name_en FROM corridor WHERE corridor_id = ? OR name_en = ? OR name_zh = ?", [name] * 3
    )
    if corridor:
        return corridor[0]["corridor_id"], "corridor", corridor[0]["name_en"], None
    try:
        pid = resolve_place(store, name)
    except GeoError as exc:
        if exc.problem.code != "NW601":
            raise
        accepted = sorted(territories) + [r["place_id"] for r in store.query("SELECT place_id FROM place ORDER BY 1")]
        raise UnknownValue("territory or place", name, accepted, http_status=404) from exc
    row = store.query("SELECT name_en, territory FROM place WHERE place_id = ?", [pid])[0]
    return pid, "place", row["name_en"], row["territory"]


def _corridor_territory(store: Store, corridor_id: str) -> str | None:
    rows = store.query(
        "SELECT p.territory, count(*) AS n FROM corridor_node n JOIN place p USING (place_id) "
        "WHERE n.corridor_id = ? AND p.territory LIKE 'CN-%' GROUP BY 1 ORDER BY n DESC, 1",
        [corridor_id],
    )
    return rows[0]["territory"] if rows else None


def _towns_of(store: Store, subject_ids: Sequence[str]) -> list[str]:
    """The towns the instruments belong to (a crossing's or a zone's parent city)."""
    if not subject_ids:
        return []
    rows = store.query(
        "SELECT DISTINCT t.place_id FROM place p JOIN place t ON t.place_id = p.parent "
        f"WHERE p.place_id IN ({', '.join('?' for _ in subject_ids)}) AND t.kind IN ('city', 'seaport', 'station') "
        "ORDER BY 1",
        list(subject_ids),
    )
    return [r["place_id"] for r in rows]


def _sources(store: Store, ids: Sequence[str]) -> list[dict[str, Any]]:
    ids = sorted({i for i in ids if i})
    if not ids:
        return []
    return store.query(
        "SELECT source_id, title, publisher, url, published, accessed, licence FROM source "
        f"WHERE source_id IN ({', '.join('?' for _ in ids)}) ORDER BY source_id",
        ids,
    )


def build_timeline(
    store_or_home: StoreOrHome,
    name: str,
    corpus_home: Home = None,
    years: Sequence[int] | None = None,
    mention_limit: int = 5,
) -> Timeline:
    """The timeline of a territory (CN-HL), a place (Suifenhe, 绥芬河, hl-ftz) or a corridor."""
    span = list(years) if years else list(range(FIRST_YEAR, LAST_YEAR + 1))
    with opened(store_or_home) as store:
        if corpus_home is None and not isinstance(store_or_home, Store):
            corpus_home = store_or_home
        sid, kind, display, territory = _subject(store, name)
        if kind == "territory":
            evs = events(store, territory=sid)
            places: list[str] = []
        elif kind == "corridor":
            territory = _corridor_territory(store, sid)
            evs = events(store, [sid])
            places = []
        else:
            places = family(store, sid)
            on_corridors = [
                r["corridor_id"]
                for r in store.query(
                    f"SELECT DISTINCT corridor_id FROM corridor_node WHERE place_id IN ({', '.join('?' for _ in places)})",
                    places,
                )
            ]
            evs = events(store, places + on_corridors)
        series = territory_series(store, territory, span) if territory else []
        # a chart's x axis: the span, the points outside it are only for the windows
        series += place_series(store, places, span)
        subjects = list(dict.fromkeys([*([] if kind == "territory" else [sid]), *(e.subject_id for e in evs)]))
        subjects += [t for t in _towns_of(store, subjects) if t not in subjects]  # documents name the town more often
        found = mentions_of(store, corpus_home, subjects, limit=mention_limit)
        marked = [e for e in evs if e.kind in WINDOW_KINDS]
        _extend(store, series, {e.year + k for e in marked for k in range(-WINDOW_YEARS, WINDOW_YEARS + 1)})
        windows = [_window(e, series) for e in marked]
        cited = [s for e in evs for s in e.sources] + [x for s in series for p in s.points for x in p.sources]
        return Timeline(
            sid,
            kind,
            display,
            territory,
            series,
            evs,
            {k: v for k, v in found.items() if v},
            windows,
            _sources(store, cited),
        )


def timeline_dict(store_or_home: StoreOrHome, name: str, corpus_home: Home = None) -> dict[str, Any]:
    return build_timeline(store_or_home, name, corpus_home).to_dict()


def json_text(timeline: Timeline) -> str:
    return json.dumps(timeline.to_dict(), ensure_ascii=False, indent=2, default=str)
