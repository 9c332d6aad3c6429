"""The timeline as one Vega-Lite chart: results series as lines, instrument events as markers.

Each event marker links to its instrument's page; each point carries its sources in the tooltip.
Years without a figure are gaps in the line (never interpolated).
"""

from __future__ import annotations

from typing import Any

from ..report.vega import VEGA_LITE_SCHEMA
from .timeline import FIRST_YEAR, LAST_YEAR

KIND_COLOURS = {
    "application": "#999999",
    "approval": "#6a3d9a",
    "opening": "#1b9e77",
    "reopening": "#66a61e",
    "suspension": "#d95f02",
    "closure": "#e7298a",
    "milestone": "#386cb0",
}
SCALE = 1e9


def _event_date(on_date: str) -> str:
    """A partial date (2019 or 2019-08) at the start of its period, for a temporal axis."""
    parts = on_date.split("-")
    return "-".join([parts[0], parts[1] if len(parts) > 1 else "01", parts[2] if len(parts) > 2 else "01"])


def timeline_spec(tl: dict[str, Any], width: int = 760, height: int = 320) -> dict[str, Any]:
    """The chart of a timeline dict (``Timeline.to_dict()``): billions of yuan by year, events on top."""
    points = [
        {
            "series": s["label"],
            "date": f"{p['year']}-07-01",
            "year": p["year"],
            "value": p["value"] / SCALE if p["value"] is not None and s["unit"] == "CNY" else p["value"],
            "unit": "bn yuan" if s["unit"] == "CNY" else s["unit"],
            "sources": ", ".join(p["sources"]),
        }
        for s in tl["series"]
        if s["unit"] == "CNY"
        for p in s["points"]
        if FIRST_YEAR <= p["year"] <= LAST_YEAR
    ]
    events = [
        {
            "date": _event_date(e["on_date"]),
            "on_date": e["on_date"],
            "kind": e["kind"],
            "instrument": e["subject_name"],
            "summary": e["summary"],
            "sources": ", ".join(e["sources"]),
            "href": f"/{'places' if e['subject_type'] == 'place' else 'timeline'}/{e['subject_id']}",
        }
        for e in tl["events"]
        if FIRST_YEAR <= int(e["on_date"][:4]) <= LAST_YEAR
    ]
    x = {
        "field": "date",
        "type": "temporal",
        "title": "year",
        "scale": {"domain": [f"{FIRST_YEAR}-01-01", f"{LAST_YEAR}-12-31"]},
        "axis": {"format": "%Y", "tickCount": {"interval": "year", "step": 1}},
    }
    layers: list[dict[str, Any]] = []
    if points:
        layers.append(
            {
                "data": {"values": points},
                # a year without a figure breaks the line (never drawn across a gap)
                "mark": {"type": "line", "point": True, "strokeWidth": 2, "invalid": "break-paths-show-domains"},
                "encoding": {
                    "x": x,
                    "y": {"field": "value", "type": "quantitative", "title": "bn yuan"},
                    "color": {"field": "series", "type": "nominal", "title": "series"},
                    "tooltip": [
                        {"field": "series"},
                        {"field": "year"},
                        {"field": "value", "format": ",.2f", "title": "bn yuan"},
                        {"field": "sources"},
                    ],
                },
            }
        )
    if events:
        kinds = [k for k in KIND_COLOURS if any(e["kind"] == k for e in events)]
        colour = {
            "field": "kind",
            "type": "nominal",
            "title": "event",
            "scale": {"domain": kinds, "range": [KIND_COLOURS[k] for k in kinds]},
        }
        tooltip = [
            {"field": "on_date", "title": "date"},
            {"field": "instrument"},
            {"field": "kind"},
            {"field": "summary"},
            {"field": "sources"},
        ]
        layers.append(
            {
                "data": {"values": events},
                "mark": {"type": "rule", "strokeDash": [3, 3], "opacity": 0.6},
                "encoding": {"x": x, "color": {**colour, "legend": None}, "tooltip": tooltip},
            }
        )
        layers.append(
            {
                "data": {"values": events},
                "mark": {"type": "point", "shape": "triangle-down", "filled": True, "size": 90, "y": 6, "cursor": "pointer"},
                "encoding": {"x": x, "color": colour, "tooltip": tooltip, "href": {"field": "href"}},
            }
        )
    if not layers:
        layers.append(
            {"data": {"values": [{"date": f"{FIRST_YEAR}-01-01"}]}, "mark": {"type": "rule", "opacity": 0}, "encoding": {"x": x}}
        )
    return {
        "$schema": VEGA_LITE_SCHEMA,
        "width": width,
        "height": height,
        "layer": layers,
        "resolve": {"scale": {"color": "independent"}},
        "config": {"legend": {"orient": "bottom"}},
        "usermeta": {"note": tl.get("note")},
    }
