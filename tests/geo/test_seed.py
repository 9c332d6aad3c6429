"""The seed loader writes places, aliases, corridors, legs and place figures in the build's transaction."""

from __future__ import annotations

import json
import shutil

import pytest

from northward.errors import ValidationError
from northward.geo.seed import load
from northward.ingest.context import SeedContext
from northward.store import memory_store

from .conftest import DATA, FIXTURES, known_source_ids, territory_codes


def _load(store, data_dir):
    with store.transaction() as con:
        ctx = SeedContext(
            con=con,
            data_dir=data_dir,
            source_ids=known_source_ids(),
            territories=territory_codes(),
            batch_id=7,
        )
        counts = load(ctx)
    return counts, ctx


def test_load_writes_every_table():
    store = memory_store()
    counts, ctx = _load(store, DATA)
    assert counts["place"] == store.scalar("SELECT count(*) FROM place") >= 70
    assert counts["corridor"] == 7 and counts["corridor_node"] == store.scalar("SELECT count(*) FROM corridor_node")
    assert counts["place_alias"] > counts["place"] * 3
    assert counts["place_observation"] == store.scalar("SELECT count(*) FROM observation WHERE batch_id = 7")
    assert "geo-geonames" in ctx.used_sources and "larin2025-s17" in ctx.used_sources
    row = store.query("SELECT * FROM place WHERE place_id = 'mishan'")[0]
    assert (row["mode"], row["status"], row["counterpart"], row["coord_precision"]) == (
        "road",
        "operating",
        "Turiy Rog",
        "checkpoint",
    )
    assert json.loads(row["details"])["counterpart"]["name_ru"] == "Турий Рог"
    obs = store.query("SELECT * FROM observation WHERE place_id = 'manzhouli-rail' AND indicator = 'china_europe_trains'")[0]
    assert obs["value"] == 5001 and obs["unit"] == "trains" and str(obs["period_start"]) == "2023-01-01"
    assert store.scalar("SELECT unit FROM indicator WHERE name = 'china_europe_trains'") == "trains"


def test_legs_have_great_circle_lengths_or_none():
    store = memory_store()
    _load(store, DATA)
    legs = store.query(
        "SELECT seq, place_id, mode_to_next, km_to_next FROM corridor_node WHERE corridor_id = 'primorye-2' ORDER BY seq"
    )
    assert [leg["place_id"] for leg in legs] == ["changchun", "hunchun", "makhalino", "zarubino"]
    assert 400 < legs[0]["km_to_next"] < 450  # Changchun–Hunchun
    assert legs[1]["km_to_next"] is None  # Makhalino has no confirmed coordinates
    assert legs[-1]["mode_to_next"] is None


def test_loading_twice_gives_the_same_rows():
    store = memory_store()
    first, _ = _load(store, DATA)
    with store.transaction() as con:
        con.execute("DELETE FROM observation WHERE batch_id = 7")  # what `northward build` does between runs
    second, _ = _load(store, DATA)
    assert first == second
    assert store.scalar("SELECT count(*) FROM place_alias") == first["place_alias"]


def test_invalid_registry_writes_nothing(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA / "geo", data / "geo")
    shutil.copy(FIXTURES / "bad" / "geo" / "places.yaml", data / "geo" / "places.yaml")
    store = memory_store()
    with pytest.raises(ValidationError):
        _load(store, data)
    assert store.scalar("SELECT count(*) FROM place") == 0
    assert store.scalar("SELECT count(*) FROM observation") == 0


def test_a_data_folder_without_geo_registries_loads_nothing(tmp_path):
    store = memory_store()
    counts, _ = _load(store, tmp_path)
    assert counts == {"place": 0, "place_alias": 0, "corridor": 0, "corridor_node": 0, "place_observation": 0,
                      "instrument_event": 0}
