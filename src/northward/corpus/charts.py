"""The concepts heatmap (territory × year) as a Vega-Lite spec, written as HTML, SVG, PNG or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import BadQuery


def heatmap_spec(rows: list[dict[str, Any]], title: str = "Glossary concepts by territory and year") -> dict[str, Any]:
    """Concept (rows) × year (columns) coloured by count, one panel per territory."""
    values = [
        {
            "concept": f"{r['zh']} {r['en']}",
            "year": str(r.get("year") or "n.d."),
            "territory": r.get("territory") or "unspecified",
            "n": r["n"],
            "per_10k": r.get("per_10k"),
        }
        for r in rows
    ]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": title,
        "data": {"values": values},
        "mark": "rect",
        "encoding": {
            "x": {"field": "year", "type": "ordinal", "title": "year"},
            "y": {"field": "concept", "type": "nominal", "title": None},
            "column": {"field": "territory", "type": "nominal", "title": "territory"},
            "color": {
                "field": "n",
                "type": "quantitative",
                "title": "mentions",
                "scale": {"scheme": "blues"},
            },
            "tooltip": [
                {"field": "territory"},
                {"field": "year"},
                {"field": "concept"},
                {"field": "n", "title": "mentions"},
                {"field": "per_10k", "title": "per 10,000 characters"},
            ],
        },
        "resolve": {"scale": {"x": "independent"}},
    }


def write_heatmap(rows: list[dict[str, Any]], path: Path) -> None:
    """Write the heatmap: .json (the spec), .html (self-contained, offline), .svg or .png."""
    if rows and ("territory" not in rows[0] or "doc_id" in rows[0]):
        raise BadQuery(
            "the chart needs counts by territory and year",
            column="by",
            hint="use --by territory_year with --chart",
        )
    spec = heatmap_spec(rows)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".html", ".svg", ".png"):
        raise BadQuery(f"unknown chart format {suffix!r}", column="chart", hint="use .html, .svg, .png or .json")
    if suffix == ".json":
        path.write_text(json.dumps(spec, ensure_ascii=False, indent=2), encoding="utf-8")
        return
    import vl_convert as vlc

    if suffix == ".html":
        path.write_text(vlc.vegalite_to_html(spec, bundle=True), encoding="utf-8")
    elif suffix == ".svg":
        path.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
    else:
        path.write_bytes(vlc.vegalite_to_png(spec, scale=2))
