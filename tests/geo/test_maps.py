"""Maps render offline: PNG of a sensible size and not blank, SVG with shapes, HTML with Vega inlined."""

from __future__ import annotations

import pytest

from northward.errors import GeoError
from northward.geo import api, maps

from .pngcheck import png_size_and_pixels


def layer(spec, name):
    return next(layer for layer in spec["layer"] if layer.get("name") == name)


def test_spec_layers_and_filters(geo_store):
    spec = api.map_spec(geo_store)
    marks = [layer.get("mark", {}).get("type") for layer in spec["layer"]]
    assert marks[0] == "geoshape" and "line" in marks and "point" in marks
    crossing_layer = layer(spec, "crossings")
    assert crossing_layer["encoding"]["shape"]["field"] == "status"
    assert {r["territory"] for r in crossing_layer["data"]["values"]} >= {"CN-HL", "CN-JL", "CN-NM"}
    hl = api.map_spec(geo_store, territory="CN-HL", kind="border_crossing", corridors=False)
    rows = layer(hl, "crossings")["data"]["values"]
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


def test_province_and_subject_outlines_are_drawn(geo_store):
    spec = api.map_spec(geo_store)
    outlines = layer(spec, "provinces")
    codes = {f["properties"]["code"] for f in outlines["data"]["values"]}
    assert {"CN-HL", "CN-JL", "CN-LN", "CN-NM", "RU-AMU", "RU-PRI", "RU-ZAB"} <= codes
    assert all(f["geometry"]["type"] == "MultiPolygon" and f["geometry"]["coordinates"] for f in outlines["data"]["values"])
    assert outlines["mark"] == {"type": "geoshape", "filled": False}


def test_countries_and_provinces_are_labelled(geo_store):
    spec = api.map_spec(geo_store)
    countries = {r["text"] for r in layer(spec, "labels-country")["data"]["values"]}
    assert {"RUSSIA", "MONGOLIA", "DPRK", "CHINA"} <= countries
    provinces = {r["text"] for r in layer(spec, "labels-province")["data"]["values"]}
    assert provinces == {"HEILONGJIANG", "JILIN", "LIAONING", "INNER MONGOLIA"}


def test_corridors_run_through_their_ordered_nodes(geo_store):
    spec = api.map_spec(geo_store)
    rows = [r for r in layer(spec, "corridors")["data"]["values"] if r["segment"].startswith("eastern-passage/")]
    assert [r["seq"] for r in rows] == sorted(r["seq"] for r in rows)
    assert len(rows) >= 6  # Dalian, Shenyang, Changchun, Harbin, Qiqihar, Hailar, Manzhouli, Zabaikalsk
    assert layer(spec, "corridors")["encoding"]["order"]["field"] == "seq"


def test_spec_declares_the_bundled_vega_lite_version(geo_store):
    import vl_convert

    spec = api.map_spec(geo_store)
    major = vl_convert.get_vegalite_versions()[-1].split(".")[0]
    assert spec["$schema"].endswith(f"/v{major}.json")
