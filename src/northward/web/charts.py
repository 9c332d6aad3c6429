"""Vega-Lite chart specs for the pages; every chart carries the ids of the sources it draws on."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

UNIT_LABELS = {"CNY": "yuan", "USD": "US dollars", "percent": "%", "persons": "persons"}


@dataclass
class Chart:
    """A chart for a page: a Vega-Lite spec plus the sources its data come from."""

    title: str
    spec: dict[str, Any]
    source_ids: list[str] = field(default_factory=list)

    def spec_json(self) -> str:
        return json.dumps(self.spec, ensure_ascii=False, default=str)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "spec": self.spec, "source_ids": self.source_ids}


SCALES = ((1e12, "trn"), (1e9, "bn"), (1e6, "m"), (1e3, "thousand"))


def scale_for(rows: list[dict[str, Any]], unit: str) -> tuple[float, str]:
    """The divisor and words for an axis: yuan in billions, people in millions, percent as is."""
    words = UNIT_LABELS.get(unit, unit)
    if unit in ("percent", "times", "rank"):
        return 1.0, words
    top = max((abs(float(r["value"])) for r in rows if r.get("value") is not None), default=0.0)
    for size, word in SCALES:
        if top >= size:
            return size, f"{word} {words}"
    return 1.0, words


def _points(rows: list[dict[str, Any]], series: str, divisor: float = 1.0) -> list[dict[str, Any]]:
    """Chart points; a gap (a row whose value is None) starts a new segment of its series, so the
    line breaks there instead of running across the missing period."""
    out = []
    segment: dict[str, int] = {}
    for r in rows:
        name = str(r.get(series) or "—")
        if r.get("value") is None:
            segment[name] = segment.get(name, 0) + 1
            continue
        end = r.get("period_end")
        out.append({"date": str(end), "period": str(r.get("period") or end),
                    "value": float(r["value"]) / divisor, "series": name,
                    "segment": f"{name}#{segment.get(name, 0)}",
                    "source": r.get("source_id"), "status": r.get("status")})
    return out


def _x(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Years as an ordered axis of labels (every year asked for, gaps included); months and spans on
    a time axis by their end."""
    if rows and all(r.get("freq", "A") == "A" for r in rows):
        years = sorted({str(r.get("period") or r.get("period_end")) for r in rows})
        return {"field": "period", "type": "ordinal", "title": "year", "axis": {"labelAngle": 0},
                "scale": {"domain": years}}
    return {"field": "date", "type": "temporal", "title": "period end"}


def sources_of(rows: list[dict[str, Any]]) -> list[str]:
    """The ids of the sources rows cite (summed rows list several, separated by spaces)."""
    return sorted({sid for r in rows for sid in str(r.get("source_id") or "").replace(",", " ").split()})


def line_chart(title: str, rows: list[dict[str, Any]], series: str, unit: str, *,
               width: int | str = "container", height: int = 240) -> Chart:
    """Values over time, one line (with points) per value of ``series``."""
    divisor, y_title = scale_for(rows, unit)
    spec: dict[str, Any] = {
        "width": width, "height": height,
        "data": {"values": _points(rows, series, divisor)},
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": _x(rows),
            "y": {"field": "value", "type": "quantitative", "title": y_title},
            "color": {"field": "series", "type": "nominal", "title": series},
            "detail": {"field": "segment", "type": "nominal"},
            "tooltip": [{"field": "period"}, {"field": "series", "title": series},
                        {"field": "value", "format": ",.4~r"}, {"field": "source"},
                        {"field": "status"}],
        },
    }
    return Chart(title, spec, sources_of(rows))


def bar_chart(title: str, rows: list[dict[str, Any]], category: str, unit: str, *,
              height: int = 240) -> Chart:
    """One bar per value of ``category`` (the rows of one period)."""
    divisor, x_title = scale_for(rows, unit)
    values = [{"category": str(r.get(category) or "—"), "value": float(r["value"]) / divisor,
               "source": r.get("source_id"), "period": r.get("period")}
              for r in rows if r.get("value") is not None]
    spec: dict[str, Any] = {
        "width": "container", "height": height,
        "data": {"values": values},
        "mark": {"type": "bar"},
        "encoding": {
            "y": {"field": "category", "type": "nominal", "sort": "-x", "title": category},
            "x": {"field": "value", "type": "quantitative", "title": x_title},
            "tooltip": [{"field": "category"}, {"field": "period"},
                        {"field": "value", "format": ",.4~r"}, {"field": "source"}],
        },
    }
    return Chart(title, spec, sources_of(rows))


def sparkline(title: str, rows: list[dict[str, Any]]) -> Chart:
    """A small line without axes, for the overview's key indicators."""
    spec: dict[str, Any] = {
        "width": 140, "height": 40,
        "data": {"values": _points(rows, "territory")},
        "mark": {"type": "line", "point": {"size": 18}, "strokeWidth": 1.5},
        "encoding": {
            "x": dict(_x(rows), axis=None),
            "y": {"field": "value", "type": "quantitative", "axis": None, "scale": {"zero": False}},
            "tooltip": [{"field": "period"}, {"field": "value", "format": ",.4~r"}, {"field": "source"}],
        },
        "config": {"view": {"stroke": None}},
    }
    return Chart(title, spec, sources_of(rows))
