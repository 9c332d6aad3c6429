"""Maps render offline: PNG of a sensible size and not blank, SVG with shapes, HTML with Vega inlined."""

from __future__ import annotations

import pytest

from northward.errors import GeoError
from northward.geo import api, maps

from .pngcheck import png_size_and_pixels


def test_spec_layers_and_filters(geo_store):
    spec = api.map_spec(geo_store)
    marks = [layer.get("mark", {}).get("type") for layer in spec["layer"]]
    assert marks[0] == "geoshape" and "line" in marks and "point" in marks
    crossing_layer = spec["layer"][-1]
    assert crossing_layer["encoding"]["shape"]["field"] == "status"
    assert {r["territory"] for r in crossing_layer["data"]["values"]} >= {"CN-HL", "CN-JL", "CN-NM"}
    hl = api.map_spec(geo_store, territory="CN-HL", kind="border_crossing", corridors=False)
    rows = hl["layer"][-1]["data"]["values"]
    assert rows and {r["territory"] for r in rows} == {"CN-HL"}
    assert all(layer.get("mark", {}).get("type") != "line" for layer in hl["layer"])
    everything = api.map_spec(geo_store, corridor_scope="all")
    assert everything["usermeta"]["extent"]["lon_min"] < 40  # reaches Murmansk
    assert spec["usermeta"]["extent"]["lon_min"] > 95  # the default stays on the region (Ceke is at 101°E)


def test_nothing_to_draw_is_an_error(geo_store):
    with pytest.raises(GeoError) as info:
        api.map_spec(geo_store, territory="CN-HL", kind="station", corridors=False)
    assert info.value.problem.code == "NW607"


def test_png_has_size_and_is_not_blank(geo_store):
    data = maps.render(api.map_spec(geo_store, territory="CN-HL"), "png")
    width, height, pixels = png_size_and_pixels(data)
    assert width >= 800 and height >= 600
    assert len(set(pixels)) > 50  # many colours: outlines, fills, points, text
    assert len(data) > 50_000


def test_svg_and_offline_html(geo_store):
    spec = api.map_spec(geo_store)
    svg = maps.render(spec, "svg").decode()
    assert svg.startswith("<svg") and svg.count("<path") > 20
    html = maps.render(spec, "html").decode()
    assert "vegaEmbed" in html or "vega-embed" in html
    assert "cdn.jsdelivr" not in html and "unpkg.com" not in html and '<script src="http' not in html
    assert len(html) > 300_000  # the Vega bundle is inlined


def test_format_from_suffix(tmp_path):
    assert maps.format_of(tmp_path / "a.PNG") == "png"
    with pytest.raises(GeoError):
        maps.format_of(tmp_path / "a.pdf")


def test_provinces_are_labelled_points(geo_store):
    spec = api.map_spec(geo_store)
    labels = next(layer for layer in spec["layer"] if layer.get("mark", {}).get("fontStyle") == "italic")
    assert {r["territory"] for r in labels["data"]["values"]} == {"CN-HL", "CN-JL", "CN-LN", "CN-NM"}
    hl = api.map_spec(geo_store, territory="CN-HL", kind="border_crossing", corridors=False)
    shown = [layer for layer in hl["layer"] if layer.get("mark", {}).get("fontStyle") == "italic"]
    assert all(r["territory"] in ("CN-HL", "CN-JL") for layer in shown for r in layer["data"]["values"])
