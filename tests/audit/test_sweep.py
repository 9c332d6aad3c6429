"""The precision sweep (benchmarks/audit_sweep.py): sets, halves, triage and the count of alarms."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks import audit_sweep as sw

WRONG = "Exports were 30 bn yuan and imports 20 bn yuan, so trade came to 60 bn yuan."
RIGHT = "Exports were 30 bn yuan and imports 20 bn yuan, so trade came to 50 bn yuan."


def _write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "set.yaml"
    p.write_text(body, encoding="utf-8")
    return p


def _entry(doc_id: str, text: str) -> str:
    return (
        f"- id: {doc_id}\n  lang: en\n  published: 2024-05-01\n  publisher: Test Agency\n  title: t\n"
        f"  url: https://example.org/{doc_id}\n  accessed: 2026-12-01\n  text: {text}\n"
    )


def test_yaml_set_loads_and_names_the_missing_field(tmp_path: Path) -> None:
    texts = sw.load_yaml_set(_write(tmp_path, _entry("a", RIGHT) + _entry("b", WRONG)))
    assert [t.id for t in texts] == ["a", "b"] and texts[0].published == "2024-05-01"
    with pytest.raises(ValueError, match="entry 1 lacks url"):
        sw.load_yaml_set(
            _write(
                tmp_path,
                "- id: a\n  lang: en\n  published: null\n  publisher: p\n  title: t\n  accessed: 2026-12-01\n  text: x\n",
            )
        )
    with pytest.raises(ValueError, match="repeats the id 'a'"):
        sw.load_yaml_set(_write(tmp_path, _entry("a", RIGHT) + _entry("a", WRONG)))


def test_halves_are_stable_and_hold_about_a_third() -> None:
    ids = [f"doc-{i}" for i in range(600)]
    held = [i for i in ids if sw.half_of(i) == "hold"]
    assert 150 < len(held) < 250
    assert held == [i for i in ids if sw.half_of(i) == "hold"]
    texts = [sw.SweepText(i, "en", None, "") for i in ids]
    assert len(sw.pick(texts, "tune")) + len(sw.pick(texts, "hold")) == len(sw.pick(texts, "all")) == 600
    with pytest.raises(ValueError):
        sw.pick(texts, "half")


def test_an_error_is_an_alarm_until_triage_confirms_it(tmp_path: Path) -> None:
    texts = sw.load_yaml_set(_write(tmp_path, _entry("a", RIGHT) + _entry("b", WRONG)))
    res = sw.sweep(texts, None, [])
    assert res.texts == 2 and [a.doc for a in res.alarms] == ["b"] and len(res.unconfirmed) == 1
    triage = [{"doc": "b", "quote": "60 bn", "status": "real_error", "note": "30 + 20 = 50, not 60"}]
    res = sw.sweep(texts, None, triage)
    assert res.alarms[0].confirmed and res.unconfirmed == []
    assert "1 confirmed, 0 unconfirmed" in sw.report_lines("set", "all", res, 1.0)[-1]


def test_the_shipped_triage_file_is_well_formed() -> None:
    for entry in sw.load_triage():
        assert entry["status"] in {"real_error", "false_alarm"}
