"""What the store holds, at a glance: for each indicator and territory, year by year, whether the
figure is stated, derived, converted, only there for part of the year, or a gap, and the grade of the
source it rests on. Every cell is the series resolver's answer (``core.series``), so coverage says
exactly what ``series``, the indicators and the report will find.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from .core.fetch import preferred_rows
from .core.series import SeriesPoint, SeriesQuery, resolve_series
from .core.vocabulary import GRADES, is_additive, parse_indicator
from .errors import UnknownValue
from .store import Store, open_store

STATES = ("stated", "derived", "converted", "part-year", "gap")
STATE_LABELS = {"stated": "stated", "derived": "derived", "converted": "converted",
                "part-year": "part-year only", "gap": "gap"}
# One letter per state and per grade, for the compact matrix (the legend says what they mean).
STATE_CODES = {"stated": "S", "derived": "D", "converted": "C", "part-year": "P", "gap": "-"}
GRADE_CODES = {"official_original": "O", "official_copy": "o", "reputable_media": "m", "secondary": "s",
               "unverified_copy": "u"}
# How the resolver obtained a point -> the coverage state.
HOW_STATE = {"stated": "stated", "summed_detail": "stated", "converted": "converted", "summed_months": "derived",
             "summed_members": "derived", "derived_total": "derived", "derived_import": "derived",
             "derived_export": "derived", "derived_balance": "derived"}
DEFAULT_START = 2015
LAYOUTS = ("wide", "long")


@dataclass(frozen=True)
class CoverageCell:
    """One indicator × territory × year: its state, the grade it rests on, and how it was obtained."""

    indicator: str
    territory: str
    partner: str | None
    flow: str | None
    year: int
    state: str
    grade: str | None = None
    how: str = ""
    sources: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        """Compact form for the matrix: S:O (stated, official original), P:m, - ..."""
        letter = STATE_CODES[self.state]
        return f"{letter}:{GRADE_CODES[self.grade]}" if self.grade in GRADE_CODES and self.state != "gap" else letter

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["sources"] = " ".join(self.sources)
        d["state_label"] = STATE_LABELS[self.state]
        return d


@dataclass(frozen=True)
class CoverageRow:
    """The key of one line of the matrix."""

    indicator: str
    territory: str
    partner: str | None
    flow: str | None

    def label(self) -> str:
        return " / ".join(x for x in (self.indicator, self.partner, self.flow) if x)


@dataclass
class Coverage:
    """The matrix: one row per indicator key and territory, one cell per year."""

    years: list[int]
    rows: list[CoverageRow] = field(default_factory=list)
    cells: dict[tuple[CoverageRow, int], CoverageCell] = field(default_factory=dict)

    def cell(self, row: CoverageRow, year: int) -> CoverageCell:
        return self.cells[(row, year)]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATES, 0)
        for c in self.cells.values():
            out[c.state] += 1
        return out

    def long_rows(self) -> list[dict[str, Any]]:
        """One row per cell (for CSV, JSON, Parquet)."""
        return [self.cells[(r, y)].to_dict() for r in self.rows for y in self.years]

    def wide_rows(self) -> list[dict[str, Any]]:
        """One row per key and territory, a column per year with the cell's code (see LEGEND)."""
        out = []
        for r in self.rows:
            row: dict[str, Any] = {"indicator": r.indicator, "partner": r.partner or "", "flow": r.flow or "",
                                   "territory": r.territory}
            row.update({str(y): self.cells[(r, y)].code for y in self.years})
            out.append(row)
        return out

    def table(self, layout: str = "wide") -> list[dict[str, Any]]:
        """The rows of a layout: wide (a column per year) or long (a row per cell)."""
        return self.wide_rows() if check_layout(layout) == "wide" else self.long_rows()

    def to_dict(self) -> dict[str, Any]:
        return {"years": self.years, "counts": self.counts(), "legend": legend(),
                "rows": [{**asdict(r), "cells": [self.cells[(r, y)].to_dict() for y in self.years]}
                         for r in self.rows]}


def check_layout(layout: str) -> str:
    """A layout of the matrix (wide or long), or UnknownValue."""
    if layout not in LAYOUTS:
        raise UnknownValue("layout", layout, LAYOUTS)
    return layout


def legend() -> dict[str, dict[str, str]]:
    """What the letters of the compact matrix mean."""
    from .provenance import grade_label

    return {"states": {STATE_CODES[s]: STATE_LABELS[s] for s in STATES},
            "grades": {GRADE_CODES[g]: grade_label(g) for g in GRADES}}


def coverage(home: str | os.PathLike[str] | None, indicators: Sequence[str] = (), territories: Sequence[str] = (),
             start: int | None = None, end: int | None = None) -> Coverage:
    """The coverage matrix of the store at ``home`` (read-only)."""
    with open_store(home, read_only=True) as store:
        return build_coverage(store, indicators, territories, start, end)


def build_coverage(store: Store, indicators: Sequence[str] = (), territories: Sequence[str] = (),
                   start: int | None = None, end: int | None = None) -> Coverage:
    """The matrix over an open store: every level indicator with figures (or those asked), every
    territory with figures for it (or those asked), years ``start``..``end``."""
    wanted = [parse_indicator(i) for i in indicators]
    known_territories = {r["code"]: r for r in store.query("SELECT code, members FROM territory")}
    for t in territories:
        if t not in known_territories:
            raise UnknownValue("territory", t, sorted(known_territories))
    keys = _keys(store, wanted, list(territories), known_territories)
    first = start or DEFAULT_START
    last = end or _last_year(store, [k.indicator for k in keys]) or first
    if last < first:
        raise UnknownValue("year range", f"{first}..{last}", [f"{first}..", f"..{last}"],
                           hint="give --start before --end")
    cov = Coverage(list(range(first, last + 1)))
    for key in keys:
        series = resolve_series(store, SeriesQuery(key.indicator, key.territory, key.partner, key.flow,
                                                   start=str(first), end=str(last)))
        points = {p.period.year: p for p in series.points}
        part_year = _part_year(store, key, known_territories, first, last)
        cov.rows.append(key)
        for y in cov.years:
            cov.cells[(key, y)] = _cell(key, y, points.get(y), part_year.get(y))
    return cov


def _cell(key: CoverageRow, year: int, point: SeriesPoint | None, part_year: tuple[str | None, list[str]] | None
          ) -> CoverageCell:
    def cell(state: str, grade: str | None = None, how: str = "", sources: Sequence[str] = ()) -> CoverageCell:
        return CoverageCell(key.indicator, key.territory, key.partner, key.flow, year, state, grade, how,
                            tuple(sources))

    if point is not None and not point.is_gap:
        return cell(HOW_STATE.get(point.how, "derived"), point.grade, point.describe(), point.sources)
    if part_year is not None:
        grade, sources = part_year
        return cell("part-year", grade, "only part-year figures (year to date, quarters or months)", sources)
    return cell("gap", how=point.gap_reason if point is not None and point.gap_reason else "nothing in the store")


def _keys(store: Store, indicators: list[str], territories: list[str],
          known: dict[str, dict[str, Any]]) -> list[CoverageRow]:
    """Every (indicator, territory, partner, flow) with plain annual or part-year figures, with the
    total where exports and imports are stored, and aggregates whose members have figures."""
    level = {r["name"]: r["unit"] for r in store.query("SELECT name, unit FROM indicator WHERE kind = 'level'")}
    names = indicators or sorted(level)
    rows = store.query(
        "SELECT DISTINCT indicator, territory, partner, flow FROM observation WHERE place_id IS NULL "
        "AND qualifier IS NULL AND coalesce(product, 'TOTAL') = 'TOTAL' AND freq IN ('A', 'YTD', 'Q', 'M')")
    found: dict[tuple[str, str | None, str | None], set[str]] = {}
    for r in rows:
        if r["indicator"] in names:
            found.setdefault((r["indicator"], r["partner"], r["flow"]), set()).add(r["territory"])
    for (ind, partner, flow), terrs in list(found.items()):
        if flow in ("export", "import"):
            other = "import" if flow == "export" else "export"
            both = terrs & found.get((ind, partner, other), set())
            if both:
                found.setdefault((ind, partner, "total"), set()).update(both)
    out: list[CoverageRow] = []
    for (ind, partner, flow), terrs in sorted(found.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
        shown = set(terrs)
        for code, t in known.items():
            members = set((t.get("members") or "").split())
            # an aggregate (NEC) is shown where its members' figures add up, or where it has its own
            if members & terrs and (is_additive(ind, level.get(ind)) or code in terrs):
                shown.add(code)
        if territories:
            shown &= set(territories)
        out.extend(CoverageRow(ind, t, partner, flow) for t in sorted(shown))
    return out


def _part_year(store: Store, key: CoverageRow, known: dict[str, dict[str, Any]], first: int, last: int
               ) -> dict[int, tuple[str | None, list[str]]]:
    """Years with figures for part of the year only (the key's territory or its members), with the
    best grade among them and their sources."""
    codes = [key.territory, *(known.get(key.territory, {}).get("members") or "").split()]
    flows = [key.flow] if key.flow != "total" else ["total", "export", "import"]
    out: dict[int, tuple[str | None, list[str]]] = {}
    for flow in flows:
        for r in preferred_rows(store, key.indicator, codes, key.partner, flow, date(first, 1, 1),
                                date(last, 12, 31)):
            if r["freq"] not in ("YTD", "Q", "M"):
                continue
            year = r["period_start"].year
            grade, sources = out.get(year, (None, []))
            out[year] = (_best(grade, r.get("grade")), [*sources, r["source_id"]] if r["source_id"] not in sources
                         else sources)
    return out


def _best(a: str | None, b: str | None) -> str | None:
    ranked = [g for g in (a, b) if g in GRADES]
    return min(ranked, key=GRADES.index) if ranked else None


def _last_year(store: Store, indicators: list[str]) -> int | None:
    indicators = list(dict.fromkeys(indicators))
    if not indicators:
        return None
    marks = ", ".join("?" for _ in indicators)
    row = store.query(f"SELECT max(year(period_end)) AS y FROM observation WHERE indicator IN ({marks}) "
                      "AND freq IN ('A', 'YTD', 'Q', 'M') AND place_id IS NULL", indicators)
    year = row[0]["y"] if row else None
    return min(int(year), date.today().year) if year else None
