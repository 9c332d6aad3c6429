"""Series as tables: the long layout (one row per point) and the wide one (one row per key, a
column per period), for the `series` command, the web and exports."""

from __future__ import annotations

import os
from typing import Any

from .series import Series, SeriesQuery, resolve_series

LAYOUTS = ("long", "wide")


def resolve_all(home: str | os.PathLike[str] | None, queries: list[SeriesQuery]) -> list[Series]:
    """Resolve several queries against one read-only store."""
    from ..store import open_store

    with open_store(home, read_only=True) as store:
        return [resolve_series(store, q) for q in queries]


def series_rows(all_series: list[Series], layout: str = "long") -> list[dict[str, Any]]:
    """Rows of the series in the layout; a gap is an empty value (its reason in the long layout)."""
    if layout not in LAYOUTS:
        from ..errors import UnknownValue

        raise UnknownValue("layout", layout, LAYOUTS)
    if layout == "long":
        rows = []
        for s in all_series:
            for r, p in zip(s.rows(), s.points, strict=True):
                rows.append({**r, "gap_reason": p.gap_reason})
        return rows
    periods = sorted({p.period for s in all_series for p in s.points})
    out = []
    for s in all_series:
        q = s.query
        row: dict[str, Any] = {"indicator": q.indicator, "territory": q.territory, "partner": q.partner,
                               "flow": q.flow, "unit": s.unit}
        values = {p.period: p.value for p in s.points}
        row.update({p.label: values.get(p) for p in periods})
        row["sources"] = " ".join(dict.fromkeys(src for p in s.points for src in p.sources))
        out.append(row)
    return out


KEY_COLUMNS = ("indicator", "territory", "partner", "flow", "product", "freq")


def series_title(s: Series) -> str:
    """A series' key in words for a table's title: 'trade_value · CN-HL · RU · total · annual · CNY'."""
    q = s.query
    freq = s.rows()[0]["freq"] if s.points else q.freq
    return " · ".join(str(x) for x in (q.indicator, q.territory, q.partner, q.flow, q.product, freq, s.unit) if x)


def series_tables(all_series: list[Series]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The long layout for a terminal: one table per series, its key in the title and a row per
    period (value, how, grade, status, sources; a gap's reason in `how`), so the columns a reader
    needs are not squeezed by columns that repeat on every row."""
    out = []
    for s in all_series:
        rows = []
        for r, p in zip(s.rows(), s.points, strict=True):
            row = {k: v for k, v in r.items() if k not in KEY_COLUMNS}
            if p.is_gap:
                row["how"] = f"gap: {p.short_gap_reason()}" if p.gap_reason else "gap"
            if row.get("unit") == s.unit:
                row.pop("unit")
            rows.append(row)
        out.append((series_title(s), rows))
    return out


def queries_for(indicator: str, territories: list[str], partners: list[str | None], flows: list[str | None],
                **common: Any) -> list[SeriesQuery]:
    """One query per territory × partner × flow (each list may hold a single None)."""
    return [SeriesQuery(indicator, t, p, f, **common) for t in territories for p in partners for f in flows]
