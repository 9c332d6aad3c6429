"""The commands, end to end: build a store from a data folder, then places, corridors and map."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from northward.cli import app

from .conftest import make_data_dir
from .pngcheck import png_size_and_pixels

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A home built once for the module from the test core files plus the shipped geo data."""
    home = tmp_path_factory.mktemp("home")
    data = make_data_dir(tmp_path_factory.mktemp("data"))
    result = runner.invoke(app, ["build", "--data", str(data), "--home", str(home)])
    assert result.exit_code == 0, result.output
    assert "place" in result.output
    return str(home)


def run(*args: str, home: str):
    return runner.invoke(app, [*args, "--home", home])


def test_heilongjiang_crossings_as_json(built):
    result = run("places", "--kind", "border_crossing", "--territory", "CN-HL", "--format", "json", home=built)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) >= 17
    for row in rows:
        assert row["territory"] == "CN-HL" and row["kind"] == "border_crossing"
        assert {"mode", "status", "counterpart"} <= set(row)
    heihe = next(r for r in rows if r["place_id"] == "heihe-bridge")
    assert (heihe["mode"], heihe["status"]) == ("road", "operating")
    assert heihe["counterpart"].startswith("Blagoveshchensk")


def test_one_place_in_three_languages(built):
    outputs = [run("places", name, home=built) for name in ("Маньчжурия", "Manzhouli", "满洲里")]
    assert all(r.exit_code == 0 for r in outputs)
    assert outputs[0].output == outputs[1].output == outputs[2].output
    text = outputs[0].output
    assert "china_europe_trains 2023: 5,001 trains" in text and "geo-cctv-manzhouli-2023" in text


def test_places_csv_geojson_and_errors(built, tmp_path):
    csv_out = run("places", "--kind", "zones", "--format", "csv", home=built)
    assert csv_out.exit_code == 0 and csv_out.output.splitlines()[0].startswith("place_id,")
    out = tmp_path / "crossings.geojson"
    result = run("places", "--kind", "crossings", "--format", "geojson", "--out", str(out), home=built)
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    missing = run("places", "Atlantis", home=built)
    assert missing.exit_code == 2 and "NW601" in missing.output
    bad = run("places", "--format", "yaml", home=built)
    assert bad.exit_code == 2 and "NW609" in bad.output


def test_corridors_list_and_one(built):
    listing = run("corridors", "--format", "json", home=built)
    assert listing.exit_code == 0
    assert {c["corridor_id"] for c in json.loads(listing.output)} >= {"primorye-2", "northern-sea-route"}
    one = run("corridors", "Primorye-2", home=built)
    assert one.exit_code == 0 and "Changchun → Hunchun: rail" in one.output and "length unknown" in one.output


def test_map_png(built, tmp_path):
    out = tmp_path / "hl.png"
    result = run("map", "--out", str(out), "--territory", "CN-HL", "--kind", "border_crossing", home=built)
    assert result.exit_code == 0, result.output
    width, height, pixels = png_size_and_pixels(out.read_bytes())
    assert width > 600 and height > 400 and len(set(pixels)) > 50
    wrong = run("map", "--out", str(tmp_path / "x.gif"), home=built)
    assert wrong.exit_code == 2 and "NW608" in wrong.output


def test_without_a_build_the_commands_say_so(home):
    result = runner.invoke(app, ["places"])
    assert result.exit_code == 2 and "northward build" in result.output


def test_every_geo_command_is_documented():
    from .conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- section:geo -->")[1].split("<!-- /section:geo -->")[0]
    for command in ("places", "corridors", "map"):
        assert f"### `northward {command}`" in section
        assert f"northward {command} " in section  # with an example
