"""Maps of the region as Vega-Lite specs, rendered offline to SVG, PNG or interactive HTML.

Layers: country fills and province / federal-subject outlines (Natural Earth), corridors (a line
through each corridor's ordered nodes, coloured by mode), zones (squares), border crossings
(coloured by mode, shaped by status), corridor towns, and labels placed so that none collide
(``labels``: the projection is explicit, so label boxes are known in pixels before rendering).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import GeoError
from ..report.vega import VEGA_LITE_SCHEMA
from .boundaries import admin1_features, attribution, country_features
from .geometry import Box
from .labels import Label, Placed, Projection, inner_points, place_labels
from .models import ZONE_KINDS

FORMATS = ("svg", "png", "html")
CORRIDOR_SCOPES = ("region", "all", "none")
CHINA_TERRITORIES = ("CN", "CN-HL", "CN-JL", "CN-LN", "CN-NM")
MODE_COLOURS = {
    "road": "#d95f02",
    "rail": "#1b9e77",
    "river": "#386cb0",
    "ice_road": "#80b1d3",
    "sea": "#1f78b4",
    "pipeline": "#e7298a",
    "air": "#a6761d",
    "unknown": "#9e9e9e",
}
STATUS_SHAPES = {
    "operating": "circle",
    "seasonal": "triangle-up",
    "suspended": "diamond",
    "planned": "square",
    "unconfirmed": "cross",
}
ZONE_COLOURS = {
    "ftz": "#6a3d9a",
    "ftz_area": "#cab2d6",
    "ecommerce_zone": "#ff7f00",
    "development_zone": "#b15928",
}
COUNTRY_FILL = {
    "CHN": "#f4efe1",
    "RUS": "#e6eef5",
    "MNG": "#eef3e4",
    "PRK": "#f1e9ee",
    "KOR": "#f1e9ee",
    "JPN": "#f1e9ee",
}


COUNTRY_LABELS = {
    "RUS": "RUSSIA",
    "MNG": "MONGOLIA",
    "CHN": "CHINA",
    "PRK": "DPRK",
    "KOR": "REP. OF KOREA",
    "JPN": "JAPAN",
}
SUBJECT_NAMES = {"RU-YEV": "Jewish AO"}  # Natural Earth's name_en is just "Jewish"
FOCUS = ("CN-HL", "CN-JL", "CN-LN", "CN-NM")
LABEL_STYLE: dict[str, dict[str, Any]] = {
    "country": {"fontSize": 13, "fontWeight": "bold", "color": "#7d7d7d", "letterSpacing": 2},
    "province": {"fontSize": 10.5, "fontStyle": "italic", "color": "#8a7f6a"},
    "subject": {"fontSize": 9.5, "fontStyle": "italic", "color": "#8e9aa6"},
    "town": {"fontSize": 10, "color": "#222222"},
}

LONLAT: dict[str, Any] = {
    "longitude": {"field": "lon", "type": "quantitative"},
    "latitude": {"field": "lat", "type": "quantitative"},
}


def _scale(mapping: dict[str, str], rows: list[dict[str, Any]] | None = None, field: str = "") -> dict[str, Any]:
    """A fixed colour/shape scale, limited to the values present so legends stay short."""
    present = {r.get(field) for r in rows} if rows is not None else set(mapping)
    keys = [k for k in mapping if k in present] or list(mapping)
    return {"domain": keys, "range": [mapping[k] for k in keys]}


def _corridors_in_scope(
    corridors: list[dict[str, Any]], scope: str, territories: Sequence[str], places_by_id: dict[str, str]
) -> list[dict[str, Any]]:
    if scope == "none":
        return []
    if scope == "all":
        return corridors
    wanted = set(territories) or set(CHINA_TERRITORIES)
    return [c for c in corridors if any(places_by_id.get(n["place_id"]) in wanted for n in c["nodes"])]


def build_map_spec(
    places: list[dict[str, Any]],
    corridors: list[dict[str, Any]],
    territory: Sequence[str] = (),
    corridor_scope: str = "region",
    width: int = 820,
    height: int = 620,
    title: str | None = None,
    territories_of: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The Vega-Lite spec for these places and corridors (already filtered by the caller)."""
    if corridor_scope not in CORRIDOR_SCOPES:
        raise GeoError(
            f"unknown corridor scope {corridor_scope!r}",
            code="NW606",
            hint=f"use one of {', '.join(CORRIDOR_SCOPES)}",
        )
    of = territories_of or {}
    of.update({p["place_id"]: p["territory"] for p in places})
    lines = _corridors_in_scope(corridors, corridor_scope, territory, of)
    mapped = [p for p in places if p["lat"] is not None]
    crossings = [_mark_row(p) for p in mapped if p["kind"] == "border_crossing"]
    zones = [_mark_row(p) for p in mapped if p["kind"] in ZONE_KINDS]
    line_rows, towns = _line_rows(lines)
    points = [(r["lon"], r["lat"]) for r in (*crossings, *zones, *line_rows)]
    box = Box.around(points)
    if box is None:
        raise GeoError(
            "nothing to draw: no place with coordinates matches the filters",
            code="NW607",
            hint="widen --territory / --kind, or check `northward places` for unmapped places",
        )
    box = box.padded(0.08, minimum=1.5)
    proj = Projection.fit(box, width, height)
    countries = country_features(box)
    subjects = admin1_features(box)
    markers = [(r["lon"], r["lat"]) for r in (*crossings, *zones, *towns)]
    placed = place_labels(_labels(towns, subjects, countries), proj, width, height, markers)
    layers: list[dict[str, Any]] = [_countries_layer(countries), _admin1_layer(subjects)]
    if line_rows:
        layers.append(_corridor_layer(line_rows))
        layers.append(_town_layer(towns))
    if zones:
        layers.append(_zone_layer(zones))
    if crossings:
        layers.append(_crossing_layer(crossings))
    layers += _label_layers(placed)
    for layer, name in zip(layers, _layer_names(layers), strict=True):
        layer["name"] = name
    return {
        "$schema": VEGA_LITE_SCHEMA,
        "title": {"text": title or _title(territory), "subtitle": _subtitle(mapped, places)},
        "width": width,
        "height": height,
        "projection": {**proj.vega(), "clipExtent": [[0, 0], [width, height]]},
        "layer": layers,
        "resolve": {"scale": {"color": "independent", "shape": "independent", "size": "independent"}},
        "config": {"view": {"stroke": "#cccccc"}, "legend": {"orient": "right"}},
        "usermeta": {
            "attribution": attribution(),
            "extent": box.__dict__,
            "labels": [{**p.row(), "box": p.box.__dict__, "leader": p.leader is not None} for p in placed],
        },
    }


def _layer_names(layers: list[dict[str, Any]]) -> list[str]:
    """Stable names for the layers (tests and the web pick layers by name, not position)."""
    names = ["countries", "provinces"]
    for layer in layers[2:]:
        names.append(layer.pop("_name", "layer"))
    return names


def _labels(
    towns: list[dict[str, Any]], subjects: list[dict[str, Any]], countries: list[dict[str, Any]]
) -> list[Label]:
    """What to label, in order of precedence: corridor towns (at their points), the four
    provinces, neighbouring federal subjects, then countries (each at a point deep inside)."""
    out = [Label(f"town:{t['id']}", t["name"], "town", 10, [(t["lon"], t["lat"])]) for t in towns]
    ordered = sorted(subjects, key=lambda f: (f["properties"]["code"] not in FOCUS, f["properties"]["code"]))
    for f in ordered:
        p = f["properties"]
        focus = p["code"] in FOCUS
        if not focus and not p["code"].startswith("RU-"):
            continue
        name = SUBJECT_NAMES.get(p["code"], p["name_en"])
        # English only: the offline renderer has no CJK font (Chinese names are in the tooltips)
        text = name.upper() if focus else name
        kind = "province" if focus else "subject"
        size = LABEL_STYLE[kind]["fontSize"]
        out.append(Label(f"{kind}:{p['code']}", text, kind, size, inner_points(f["geometry"]["coordinates"]), point=False))
    for f in countries:
        code = f["properties"]["iso_a3"]
        if code in COUNTRY_LABELS:
            anchors = inner_points(f["geometry"]["coordinates"])
            size = LABEL_STYLE["country"]["fontSize"]
            out.append(Label(f"country:{code}", COUNTRY_LABELS[code], "country", size, anchors, point=False))
    return out


def _label_layers(placed: list[Placed]) -> list[dict[str, Any]]:
    """Leader lines from moved labels to their points, then one text layer per label style."""
    layers: list[dict[str, Any]] = []
    leaders = [
        {"lon": a, "lat": b, "lon2": c, "lat2": d} for p in placed if p.leader for a, b, c, d in [p.leader]
    ]
    if leaders:
        layers.append(
            {
                "_name": "leaders",
                "data": {"values": leaders},
                "mark": {"type": "rule", "color": "#555555", "strokeWidth": 0.7},
                "encoding": {
                    **LONLAT,
                    "longitude2": {"field": "lon2"},
                    "latitude2": {"field": "lat2"},
                },
            }
        )
    for kind, style in LABEL_STYLE.items():
        rows = [p.row() for p in placed if p.kind == kind]
        if rows:
            layers.append(
                {
                    "_name": f"labels-{kind}",
                    "data": {"values": rows},
                    "mark": {"type": "text", "align": "center", "baseline": "middle", **style},
                    "encoding": {**LONLAT, "text": {"field": "text"}},
                }
            )
    return layers


def _title(territory: Sequence[str]) -> str:
    return "Border crossings, zones and corridors" + (f" — {', '.join(territory)}" if territory else "")


def _subtitle(mapped: list[dict[str, Any]], places: list[dict[str, Any]]) -> list[str]:
    unmapped = len(places) - len(mapped)
    lines = [f"{len(mapped)} places drawn" + (f"; {unmapped} without confirmed coordinates not drawn" if unmapped else "")]
    lines.append(
        "Countries, provinces and federal subjects: Natural Earth (public domain). Towns: GeoNames (CC BY 4.0). "
        "Many points are town centroids, not checkpoints."
    )
    return lines


def _mark_row(p: dict[str, Any]) -> dict[str, Any]:
    mode = (p.get("mode") or "unknown").split(",")[0]
    return {
        "id": p["place_id"],
        "name": p["name_en"],
        "name_zh": p.get("name_zh") or "",
        "name_ru": p.get("name_ru") or "",
        "kind": p["kind"],
        "territory": p["territory"],
        "mode": mode,
        "modes": p.get("mode") or "unknown",
        "status": p.get("status") or "",
        "counterpart": p.get("counterpart") or "",
        "precision": p.get("coord_precision") or "",
        "lat": p["lat"],
        "lon": p["lon"],
        "sources": p.get("sources") or "",
    }


def _line_rows(corridors: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows, towns = [], {}
    for c in corridors:
        segment = 0
        nodes = c["nodes"]
        for i, n in enumerate(nodes):
            if n["lat"] is None:
                segment += 1  # unmapped node: break the line rather than invent a path
                continue
            mode = n["mode_to_next"] or (nodes[i - 1]["mode_to_next"] if i else "unknown")
            rows.append(
                {
                    "corridor": c["name_en"],
                    "segment": f"{c['corridor_id']}/{segment}",
                    "seq": n["seq"],
                    "mode": mode,
                    "lon": n["lon"],
                    "lat": n["lat"],
                    "km": c.get("km_great_circle"),
                }
            )
            towns[n["place_id"]] = {"id": n["place_id"], "name": n["name_en"], "lon": n["lon"], "lat": n["lat"]}
    return rows, list(towns.values())


def _countries_layer(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "data": {"values": features},
        "mark": {"type": "geoshape", "stroke": "#8c8c8c", "strokeWidth": 0.6},
        "encoding": {
            "color": {
                "field": "properties.iso_a3",
                "type": "nominal",
                "scale": _scale(COUNTRY_FILL),
                "legend": None,
            },
            "tooltip": [{"field": "properties.name_en", "title": "country"}],
        },
    }


def _admin1_layer(features: list[dict[str, Any]]) -> dict[str, Any]:
    """Province and federal-subject outlines: the four territories stronger than their neighbours."""
    for f in features:
        f["properties"]["focus"] = f["properties"]["code"] in FOCUS
    return {
        "data": {"values": features},
        "mark": {"type": "geoshape", "filled": False},
        "encoding": {
            "stroke": {
                "condition": {"test": "datum.properties.focus", "value": "#7a6a4f"},
                "value": "#a7b4c2",
            },
            "strokeWidth": {"condition": {"test": "datum.properties.focus", "value": 1.1}, "value": 0.6},
            "tooltip": [
                {"field": "properties.name_en", "title": "province / subject"},
                {"field": "properties.name_zh", "title": "中文"},
                {"field": "properties.code", "title": "code"},
            ],
        },
    }


def _corridor_layer(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "_name": "corridors",
        "data": {"values": rows},
        "mark": {"type": "line", "strokeWidth": 2.5, "opacity": 0.8},
        "encoding": {
            **LONLAT,
            "detail": {"field": "segment", "type": "nominal"},
            "order": {"field": "seq", "type": "quantitative"},
            "color": {
                "field": "mode",
                "type": "nominal",
                "scale": _scale(MODE_COLOURS, rows, "mode"),
                "title": "corridor leg",
            },
            "tooltip": [
                {"field": "corridor"},
                {"field": "mode"},
                {"field": "km", "title": "great-circle km"},
            ],
        },
    }


def _town_layer(towns: list[dict[str, Any]]) -> dict[str, Any]:
    """Corridor towns as dots; their names are placed with the other labels."""
    return {
        "_name": "towns",
        "data": {"values": towns},
        "mark": {"type": "circle", "size": 18, "color": "#333333"},
        "encoding": {**LONLAT, "tooltip": [{"field": "name"}]},
    }


TOOLTIP_FIELDS = (
    "name",
    "name_zh",
    "name_ru",
    "kind",
    "modes",
    "status",
    "counterpart",
    "precision",
    "sources",
)


def _nominal(field: str, mapping: dict[str, str], rows: list[dict[str, Any]], title: str) -> dict[str, Any]:
    return {"field": field, "type": "nominal", "scale": _scale(mapping, rows, field), "title": title}


def _point_layer(rows: list[dict[str, Any]], mark: dict[str, Any], **encoding: Any) -> dict[str, Any]:
    tooltip = [{"field": f} for f in TOOLTIP_FIELDS]
    return {
        "data": {"values": rows},
        "mark": {"type": "point", "filled": True, **mark},
        "encoding": {**LONLAT, **encoding, "tooltip": tooltip},
    }


def _zone_layer(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"_name": "zones"} | _point_layer(
        rows,
        {"shape": "square", "size": 150, "opacity": 0.55},
        color=_nominal("kind", ZONE_COLOURS, rows, "zone"),
    )


def _crossing_layer(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Crossings; in the HTML map a click on a mode in the legend highlights that mode."""
    layer = _point_layer(
        rows,
        {"size": 70, "stroke": "#222222", "strokeWidth": 0.5},
        color=_nominal("mode", MODE_COLOURS, rows, "crossing mode"),
        shape=_nominal("status", STATUS_SHAPES, rows, "crossing status"),
    )
    layer["_name"] = "crossings"
    layer["params"] = [{"name": "pick_mode", "select": {"type": "point", "fields": ["mode"]}, "bind": "legend"}]
    layer["encoding"]["opacity"] = {"condition": {"param": "pick_mode", "value": 1}, "value": 0.15}
    return layer


def render(spec: dict[str, Any], fmt: str) -> bytes:
    """SVG, PNG or self-contained HTML (Vega bundled inline, no network) for a spec."""
    import vl_convert as vlc

    if fmt == "svg":
        return str(vlc.vegalite_to_svg(spec)).encode("utf-8")
    if fmt == "png":
        return bytes(vlc.vegalite_to_png(spec, scale=1.5))
    if fmt == "html":
        return str(vlc.vegalite_to_html(spec, bundle=True)).encode("utf-8")
    raise GeoError(f"unknown map format {fmt!r}", code="NW608", hint=f"use one of {', '.join(FORMATS)}")


def format_of(out: Path) -> str:
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise GeoError(
            f"cannot tell the map format from {out.name!r}",
            code="NW608",
            hint="end the file name with .svg, .png or .html",
        )
    return fmt


def write_map(
    store: Any,
    out: str | os.PathLike[str],
    territory: Sequence[str] | str | None = None,
    kind: Sequence[str] | str | None = None,
    corridors: str = "region",
    width: int = 820,
    height: int = 620,
) -> Path:
    """Draw the map for these filters into ``out`` (.svg, .png or .html) and return its path."""
    from .api import map_spec

    path = Path(out)
    fmt = format_of(path)
    spec = map_spec(
        store,
        territory=territory,
        kind=kind,
        corridors=corridors != "none",
        corridor_scope=corridors,
        width=width,
        height=height,
    )
    data = render(spec, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
