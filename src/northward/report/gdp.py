"""The article's figure: GDP growth of China and the four territories, 2019-2024, gaps kept as gaps."""

from __future__ import annotations

from typing import Any

from ..store import Store
from .data import Point, annual_points, territory_names
from .section import ReportSection, footnote_marker
from .tables import GAP, esc, gap_cell, html_table, num_cell, text_cell
from .vega import VEGA_LITE_SCHEMA, chart_div

INDICATOR = "gdp_growth_pct"
TERRITORIES = ["CN", "CN-HL", "CN-JL", "CN-LN", "CN-NM"]
FIRST, LAST = 2019, 2024


def chart_rows(points: dict[tuple[str, int], Point], names: dict[str, str]) -> list[dict[str, Any]]:
    """One row per territory and year; a missing point has growth None so the line breaks there."""
    rows = []
    for code in TERRITORIES:
        for year in range(FIRST, LAST + 1):
            p = points.get((code, year))
            rows.append({"territory": names.get(code, code), "code": code, "year": str(year),
                         "growth": p.value if p else None, "status": p.status if p else GAP,
                         "source": p.source_id if p else "", "missing": p is None})
    return rows


def chart_spec(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A line per territory, broken at gaps; under it a strip with a cross for every missing figure."""
    color = {"field": "territory", "type": "nominal", "title": "Territory",
             "sort": sorted({r["territory"] for r in rows})}
    x = {"field": "year", "type": "ordinal", "title": None, "axis": {"labelAngle": 0}}
    tooltip = [{"field": "territory"}, {"field": "year"},
               {"field": "growth", "title": "growth, %", "format": ".1f"},
               {"field": "status"}, {"field": "source"}]
    lines = {
        "width": 620, "height": 280,
        "layer": [
            {"mark": {"type": "rule", "color": "#999"}, "encoding": {"y": {"datum": 0}}},
            {"mark": {"type": "line", "point": True, "strokeWidth": 2},
             "encoding": {"x": x, "y": {"field": "growth", "type": "quantitative",
                                        "title": "GDP growth, % on the previous year"},
                          "color": color, "tooltip": tooltip}},
        ],
    }
    charts: list[dict[str, Any]] = [lines]
    missing = sorted({r["territory"] for r in rows if r["missing"]})
    if missing:
        charts.append({
            "width": 620, "height": 22 * len(missing),
            "transform": [{"filter": "datum.missing"}],
            "mark": {"type": "point", "shape": "cross", "size": 110, "filled": True},
            "title": {"text": "No confirmed figure", "anchor": "start", "fontSize": 11},
            "encoding": {"x": x,
                         "y": {"field": "territory", "type": "nominal", "sort": missing, "title": None},
                         "color": color,
                         "tooltip": [{"field": "territory"}, {"field": "year"},
                                     {"field": "status", "title": "figure"}]},
        })
    return {"$schema": VEGA_LITE_SCHEMA,
            "description": "GDP growth, % on the previous year", "data": {"values": rows},
            "vconcat": charts, "resolve": {"scale": {"x": "shared"}}}


def growth_table(points: dict[tuple[str, int], Point], names: dict[str, str]) -> str:
    years = list(range(FIRST, LAST + 1))
    rows = []
    for code in TERRITORIES:
        cells = [text_cell(f"{names.get(code, code)} ({code})")]
        for year in years:
            p = points.get((code, year))
            if p is None:
                cells.append(gap_cell(GAP, f"no {INDICATOR} for {code} {year} in the store"))
            else:
                mark = "" if p.status in ("final", "revised") else f" ({p.status})"
                cells.append(num_cell(f"{p.value:+.1f}{mark}", f"{p.status}, source {p.source_id}"))
        rows.append(cells)
    return html_table(["Territory", *map(str, years)], rows,
                      caption="GDP growth, % on the previous year (constant prices)")


def report_section(store: Store) -> ReportSection | None:
    """The GDP growth chart and its table; every gap is marked, none is interpolated."""
    points = annual_points(store, INDICATOR, TERRITORIES, FIRST, LAST)
    names = territory_names(store)
    ids = sorted({p.source_id for p in points.values()})
    total = len(TERRITORIES) * (LAST - FIRST + 1)
    gaps = total - len(points)
    intro = (f"<p>GDP growth of China and the four northeastern territories, {FIRST}&ndash;{LAST}, "
             "% on the previous year. Where the store has no confirmed figure the line breaks, and a cross "
             f"in the strip under the chart marks the year ({gaps} of {total} "
             "points missing). Figures marked preliminary or estimate are not yet final.</p>")
    if not points:
        intro += f'<p class="gap">The store holds no {esc(INDICATOR)} figures for these years.</p>'
    body = (intro + '<figure class="chart">' + chart_div(chart_spec(chart_rows(points, names)))
            + "</figure>" + footnote_marker(ids) + growth_table(points, names) + footnote_marker(ids))
    return ReportSection(key="gdp-growth", title="GDP growth, 2019-2024", html=body, source_ids=ids,
                         order=20)
