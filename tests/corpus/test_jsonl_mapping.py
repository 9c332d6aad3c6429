"""`docs add --jsonl` with metadata mappings: ids, territory, type, date from the records' own keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from northward.corpus import api
from northward.corpus.importer import add_paths
from northward.errors import UnknownValue


def _collection(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [
    {"id": "hl-2024", "name": "黑龙江省政府工作报告", "prov": "CN-HL", "kind": "government_work_report",
     "date": "2024年1月25日", "body": "推进对俄口岸建设。", "link": "http://example.test/hl"},
    {"id": "jl-2024", "name": "吉林省政府工作报告", "prov": "CN-JL", "kind": "government_work_report",
     "date": "2024-01-28T09:00", "body": "建设长吉图开发开放先导区。", "link": "http://example.test/jl"},
]


def test_fields_are_taken_from_the_mapped_keys(tmp_path: Path) -> None:
    src = _collection(tmp_path / "provinces.jsonl", ROWS)
    report = add_paths(tmp_path / "home", [src], fields={
        "doc_id": "id", "title": "name", "territory": "prov", "doc_type": "kind", "published": "date",
        "url": "link", "content": "body"})
    assert not report.failures, report.failures
    docs = {d["doc_id"]: d for d in api.list_documents(tmp_path / "home")}
    assert docs["hl-2024"]["territory"] == "CN-HL" and docs["hl-2024"]["published"] == "2024-01-25"
    assert docs["jl-2024"]["published"] == "2024-01-28" and docs["jl-2024"]["url"] == "http://example.test/jl"
    hits = api.search(tmp_path / "home", "口岸", territory="CN-HL")
    assert [h.doc_id for h in hits] == ["hl-2024"]


def test_id_template_and_duplicates(tmp_path: Path) -> None:
    src = _collection(tmp_path / "c.jsonl", [{**r, "content": r["body"]} for r in ROWS])
    report = add_paths(tmp_path / "home", [src], fields={"territory": "prov"}, id_template="{prov}-{line}")
    assert [r.doc_id for r in report.results] == ["CN-HL-1", "CN-JL-2"]
    report = add_paths(tmp_path / "home2", [src], id_template="gwr-{year}")
    assert report.failures and report.failures[0]["line"] == 2 and "already given on line 1" in report.failures[0]["message"]
    assert api.list_documents(tmp_path / "home2") == [d for d in api.list_documents(tmp_path / "home2")
                                                        if d["registered"]]  # nothing half-imported
    report = add_paths(tmp_path / "home3", [src], id_template="x-{missing}")
    assert report.failures and "needs 'missing'" in report.failures[0]["message"]


def test_unknown_field_names_and_missing_text_are_clear(tmp_path: Path) -> None:
    src = _collection(tmp_path / "c.jsonl", ROWS)
    with pytest.raises(UnknownValue) as info:
        add_paths(tmp_path / "home", [src], fields={"teritory": "prov"})
    assert info.value.nearest == "territory"
    report = add_paths(tmp_path / "home", [src])
    assert report.failures and "no text field 'content'" in report.failures[0]["message"]
    assert "--content-field" in report.failures[0]["hint"]


def test_cli_mapping_options(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from northward.cli import app

    src = _collection(tmp_path / "c.jsonl", ROWS)
    result = CliRunner().invoke(app, ["docs", "add", str(src), "--home", str(tmp_path / "h"), "--id-field", "id",
                                      "--territory-field", "prov", "--type-field", "kind", "--date-field", "date",
                                      "--title-field", "name", "--content-field", "body", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert {r["doc_id"] for r in json.loads(result.output)["results"]} == {"hl-2024", "jl-2024"}
