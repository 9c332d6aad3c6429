"""Links between layers: events and mentions of a place, the timeline of a territory or instrument."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from northward.cli import app
from northward.errors import UnknownValue
from northward.geo import api
from northward.geo.links import aliases_of, events, mentions_of
from northward.geo.timeline import DESCRIPTIVE, build_timeline
from northward.geo.timeline_chart import timeline_spec

runner = CliRunner()


@pytest.fixture(scope="module")
def home(linked_home):
    return linked_home


def test_events_of_a_territory_are_dated_and_sourced(home):
    with api.opened(home) as store:
        hl = events(store, territory="CN-HL")
        assert [e.on_date for e in hl] == sorted(e.on_date for e in hl)
        ftz = [e for e in hl if e.subject_id == "hl-ftz" and e.kind == "approval"]
        assert ftz and ftz[0].on_date == "2019-08-02" and "larin2025-s16" in ftz[0].sources
        assert all(e.territory == "CN-HL" or e.subject_type == "corridor" for e in hl)
        assert not [e for e in hl if e.subject_id == "ln-ftz"]


def test_aliases_leave_out_ids_and_pinyin(home):
    with api.opened(home) as store:
        names = aliases_of(store, "suifenhe")
        assert "绥芬河" in names and "Суйфэньхэ" in names
        assert "suifenhe" not in names and "suifenheshi" not in names


def test_mentions_give_keyword_in_context_with_citation(home):
    with api.opened(home) as store:
        found = mentions_of(store, home, ["suifenhe", "heihe", "manzhouli"])
    assert "manzhouli" not in found or not found["manzhouli"]
    m = found["suifenhe"][0]
    assert m.doc_id == "hl-ports-test" and m.keyword == "绥芬河" and m.paragraph == 3
    assert "口岸" in m.left + m.right and "hl-ports-test" in m.citation
    assert found["heihe"][0].keyword == "黑河"


def test_place_shows_events_and_mentions(home):
    detail = api.get_place(home, "Suifenhe")
    assert any(e["subject_id"] == "suifenhe-road" and e["kind"] == "reopening" for e in detail["events"])
    assert detail["mentions"] and detail["mentions"][0]["doc_id"] == "hl-ports-test"
    assert "geo-runews24-2020-crossings" in {s["source_id"] for s in detail["sources"]}
    result = runner.invoke(app, ["places", "绥芬河", "--home", str(home)])
    assert result.exit_code == 0, result.output
    assert "Events:" in result.output and "Mentioned in:" in result.output
    assert "【绥芬河】" in result.output and "2020-04-08 reopening" in result.output


def test_territory_timeline_has_series_with_gaps_events_and_windows(home):
    tl = build_timeline(home, "CN-HL")
    world = next(s for s in tl.series if s.partner == "WLD")
    values = {p.year: p.value for p in world.points}
    assert values[2017] == 100e9 and values[2018] == 110e9 and values[2020] == 150e9
    assert values[2019] is None and values[2016] is None  # gaps stay gaps
    assert next(p for p in world.points if p.year == 2020).sources == ["larin2025-s02"]
    window = next(w for w in tl.windows if w["subject_id"] == "hl-ftz")
    assert window["label"] == DESCRIPTIVE and "not causal" in window["label"].lower()
    row = next(r for r in window["rows"] if r["series"] == world.label)
    cells = {c["offset"]: c["value"] for c in row["cells"]}
    assert cells == {-3: None, -2: 1e11, -1: 1.1e11, 0: None, 1: 1.5e11, 2: None, 3: None}
    assert row["gaps"] == 4
    assert {"larin2025-s01", "larin2025-s02", "larin2025-s16"} <= {s["source_id"] for s in tl.sources}


def test_place_timeline_includes_its_family_and_documents(home):
    tl = build_timeline(home, "绥芬河")
    assert tl.subject_id == "suifenhe" and tl.territory == "CN-HL"
    assert {"suifenhe-road", "suifenhe-rail"} <= {e.subject_id for e in tl.events}
    assert tl.mentions["suifenhe"][0].doc_id == "hl-ports-test"


def test_unknown_subject_names_the_nearest(home):
    with pytest.raises(UnknownValue) as info:
        build_timeline(home, "CN-HX")
    assert info.value.nearest == "CN-HL"


def test_timeline_chart_marks_events_and_breaks_lines_at_gaps(home):
    tl = build_timeline(home, "CN-HL").to_dict()
    spec = timeline_spec(tl)
    lines, rules, markers = spec["layer"]
    values = lines["data"]["values"]
    assert any(v["year"] == 2019 and v["value"] is None for v in values)  # a gap, not an interpolation
    assert any(e["href"] == "/places/hl-ftz" for e in markers["data"]["values"])
    assert markers["encoding"]["href"] == {"field": "href"}
    assert rules["mark"]["type"] == "rule"


def test_timeline_command_table_and_json(home):
    result = runner.invoke(app, ["timeline", "CN-HL", "--home", str(home)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Events:" in out and "2019-08-02 approval" in out and "Descriptive, not causal" in out
    assert "gaps: 2010–2016, 2019" in out
    data = json.loads(runner.invoke(app, ["timeline", "hl-ftz", "--format", "json", "--home", str(home)]).output)
    assert data["subject_type"] == "place" and data["windows"] and data["events"]
    bad = runner.invoke(app, ["timeline", "CN-HX", "--home", str(home)])
    assert bad.exit_code == 2 and "CN-HL" in bad.output


def test_territory_timeline_lists_documents_naming_the_instruments_towns(home):
    tl = build_timeline(home, "CN-HL")
    assert tl.mentions["suifenhe"][0].doc_id == "hl-ports-test"  # town of suifenhe-road and suifenhe-rail
    assert "hl-ftz" not in tl.mentions  # nothing names the FTZ in the fixture corpus


def test_territory_by_name_in_any_language(home):
    for name in ("Heilongjiang", "黑龙江", "cn-hl"):
        assert build_timeline(home, name).subject_id == "CN-HL"
