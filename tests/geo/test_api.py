"""The library API the CLI, the report and the web dashboard call."""

from __future__ import annotations

import pytest

from northward.errors import GeoError, NoData
from northward.geo import api
from northward.geo.geometry import Box
from northward.store import memory_store


def test_list_places_filters(geo_store):
    hl = api.list_places(geo_store, kind="border_crossing", territory="CN-HL")
    assert len(hl) >= 17 and {p["territory"] for p in hl} == {"CN-HL"}
    assert all(p["kind"] == "border_crossing" for p in hl)
    operating = api.list_places(geo_store, kind="crossings", territory=["CN-HL"], status="operating")
    assert operating and all(p["status"] == "operating" for p in operating)
    zones = api.list_places(geo_store, kind="zones")
    assert {p["kind"] for p in zones} == {"ftz", "ftz_area", "ecommerce_zone", "development_zone"}
    assert [p["place_id"] for p in api.list_places(geo_store, query="绥芬河")][:1]
    assert api.list_places(geo_store, query="no such name at all") == []
    mongolia = api.list_places(geo_store, kind="crossings", partner="MN")
    assert mongolia and {p["territory"] for p in mongolia} == {"CN-NM"}


def test_get_place_shows_children_figures_and_sources(geo_store):
    detail = api.get_place(geo_store, "Маньчжурия")
    assert detail["place"]["place_id"] == "manzhouli"
    assert {c["place_id"] for c in detail["children"]} >= {
        "manzhouli-road",
        "manzhouli-rail",
        "ecz-manzhouli",
    }
    assert any(o["indicator"] == "china_europe_trains" and o["value"] == 5001 for o in detail["observations"])
    assert "manzhouli-zabaikalsk" in detail["corridors"]
    ids = [s["source_id"] for s in detail["sources"]]
    assert "geo-geonames" in ids and "geo-cctv-manzhouli-2023" in ids
    ftz = api.get_place(geo_store, "Heilongjiang FTZ")
    assert ftz["place"]["area_km2"] == 119.85
    assert sum(c["area_km2"] for c in ftz["children"]) == pytest.approx(119.85)
    assert ftz["territory_observations"] == []  # the core data is not in this store


def test_an_ftz_shows_the_province_level_figures_about_it(geo_store):
    insert = (
        "INSERT INTO observation (indicator, territory, period_start, period_end, freq, unit, value, status, "
        "source_id, primary_source_id) VALUES (?, ?, DATE '2024-01-01', DATE '2024-12-31', 'A', 'percent', ?, "
        "'final', 'larin2025', 'larin2025-s20')"
    )
    geo_store.con.execute(insert, ["ftz_trade_share_pct", "CN-HL", 20.8])
    geo_store.con.execute(insert, ["ftz_trade_share_pct", "CN-LN", 1.0])
    geo_store.con.execute(insert, ["gdp_growth_pct", "CN-HL", 2.7])
    try:
        ftz = api.get_place(geo_store, "黑龙江自贸区")
        assert [(o["indicator"], o["value"]) for o in ftz["territory_observations"]] == [("ftz_trade_share_pct", 20.8)]
        assert "larin2025-s20" in [s["source_id"] for s in ftz["sources"]]
        assert api.get_place(geo_store, "hl-ftz-harbin")["territory_observations"] == []
    finally:
        geo_store.con.execute("DELETE FROM observation WHERE place_id IS NULL")


def test_corridors(geo_store):
    rows = {c["corridor_id"]: c for c in api.list_corridors(geo_store)}
    assert rows["tongjiang-nizhneleninskoye"]["modes"] == "rail" and rows["tongjiang-nizhneleninskoye"]["km_complete"]
    assert rows["primorye-2"]["route"] == "Changchun → Hunchun → Makhalino → Zarubino"
    assert not rows["primorye-2"]["km_complete"]
    nsr = api.get_corridor(geo_store, "Севморпуть")
    assert nsr["corridor_id"] == "northern-sea-route" and nsr["km_great_circle"] > 4000
    with pytest.raises(GeoError):
        api.get_corridor(geo_store, "nowhere")


def test_geojson_exports(geo_store):
    places = api.to_geojson(geo_store, "crossings", territory="CN-HL")
    assert places["type"] == "FeatureCollection" and places["features"]
    for f in places["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert Box(121.0, 135.2, 43.3, 53.6).contains(lon, lat)
        assert f["properties"]["kind"] == "border_crossing"
    assert "hulin" in places["unmapped"]
    lines = api.to_geojson(geo_store, "corridors")
    primorye = next(f for f in lines["features"] if f["id"] == "primorye-2")
    assert primorye["properties"]["unmapped_nodes"] == ["makhalino"]
    assert len(primorye["geometry"]["coordinates"]) == 1  # Changchun–Hunchun; the line breaks at Makhalino
    countries = api.to_geojson(geo_store, "boundaries")
    assert {f["properties"]["iso_a3"] for f in countries["features"]} == {
        "CHN",
        "RUS",
        "MNG",
        "PRK",
        "KOR",
        "JPN",
    }
    with pytest.raises(GeoError):
        api.to_geojson(geo_store, "rivers")


def test_empty_store_says_build_first():
    with pytest.raises(NoData) as info:
        api.list_places(memory_store())
    assert "northward build" in info.value.hint
