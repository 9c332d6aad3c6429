"""Frictionless Data Packages: written from rows + sources, validated by frictionless itself."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from frictionless import Package
from typer.testing import CliRunner

from northward.cli import app
from northward.export import ExportError, cited_source_ids, write_datapackage

runner = CliRunner()

ROWS = [
    {"indicator": "trade_value", "territory": "CN-HL", "period": "2024", "period_start": date(2024, 1, 1),
     "value": 37.3e9, "unit": "CNY", "rows": 1, "status": "final", "source_id": "a b", "note": None},
    {"indicator": "trade_value", "territory": "CN-HL", "period": "2019", "period_start": date(2019, 1, 1),
     "value": 10.75e9, "unit": "CNY", "rows": 2, "status": "final", "source_id": "a", "note": "a, with a comma"},
]
SOURCES = [
    {"source_id": "a", "kind": "news", "title": "标题", "title_en": "A title", "publisher": "Copy site",
     "original_publisher": "Xinhua", "retrieved_from": "http://copy.example/1", "grade": "secondary",
     "accessed": "2026-11-29", "licence": "page text © its publisher"},
    {"source_id": "b", "kind": "statistical_bulletin", "title": "Bulletin", "publisher": "Bureau",
     "url": "https://stats.example.gov.cn/1", "grade": "official_original"},
]


def _validate(folder: Path) -> Package:
    package = Package(str(folder / "datapackage.json"))
    report = package.validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    return package


def test_package_validates_and_describes_fields_and_sources(tmp_path: Path) -> None:
    result = write_datapackage(ROWS, SOURCES, tmp_path / "pkg", name="Test selection")
    _validate(tmp_path / "pkg")
    d = json.loads((tmp_path / "pkg" / "datapackage.json").read_text(encoding="utf-8"))
    assert d["name"] == "test-selection" and d["licenses"][0]["title"]
    fields = {f["name"]: f for f in d["resources"][0]["schema"]["fields"]}
    assert {k: f["type"] for k, f in fields.items()} == {
        "indicator": "string", "territory": "string", "period": "string", "period_start": "date", "value": "number",
        "unit": "string", "rows": "integer", "status": "string", "source_id": "string", "note": "string"}
    assert "base units" in fields["value"]["description"] and fields["unit"]["description"]
    src = {s["id"]: s for s in d["sources"]}
    assert src["a"]["path"] == "http://copy.example/1" and src["a"]["original_publisher"] == "Xinhua"
    assert src["a"]["grade"] == "secondary" and src["b"]["path"] == "https://stats.example.gov.cn/1"
    assert d["resources"][0]["sources"] == d["sources"] and result.rows == 2


def test_csv_round_trips(tmp_path: Path) -> None:
    write_datapackage(ROWS, SOURCES, tmp_path)
    with (tmp_path / "observations.csv").open(encoding="utf-8") as fh:
        got = list(csv.DictReader(fh))
    assert [r["value"] for r in got] == ["37300000000", "10750000000"]
    assert got[1]["note"] == "a, with a comma" and got[0]["note"] == "" and got[0]["period_start"] == "2024-01-01"
    rows = Package(str(tmp_path / "datapackage.json")).get_resource("observations").read_rows()
    assert rows[1]["value"] == 10750000000 and rows[0]["period_start"] == date(2024, 1, 1)


def test_parquet_package(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    write_datapackage(ROWS, SOURCES, tmp_path, data_format="parquet")
    d = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert d["resources"][0]["path"] == "observations.parquet"
    assert Package.validate_descriptor(d).valid
    table = pq.read_table(tmp_path / "observations.parquet")
    assert str(table.schema.field("value").type) == "double" and str(table.schema.field("period_start").type) == "date32[day]"
    assert table.column("value").to_pylist() == [37.3e9, 10.75e9]


def test_a_wrong_cell_fails_validation(tmp_path: Path) -> None:
    """The validation is real: a value that breaks the declared type is reported."""
    write_datapackage(ROWS, SOURCES, tmp_path)
    path = tmp_path / "observations.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("37300000000", "37.3 bn"), encoding="utf-8")
    assert not Package(str(tmp_path / "datapackage.json")).validate().valid


def test_bad_format_and_out(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown data format"):
        write_datapackage(ROWS, SOURCES, tmp_path, data_format="xlsx")
    (tmp_path / "f").write_text("x")
    with pytest.raises(ExportError, match="not a folder"):
        write_datapackage(ROWS, SOURCES, tmp_path / "f")


def test_cited_source_ids_in_order() -> None:
    assert cited_source_ids(ROWS) == ["a", "b"]


def test_show_writes_a_valid_package_of_its_selection(fixture_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    result = runner.invoke(app, ["show", "-t", "CN-HL", "--format", "datapackage", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and out.name in result.output
    package = _validate(out)
    shown = json.loads(runner.invoke(app, ["show", "-t", "CN-HL", "-f", "json"]).output)
    rows = package.get_resource("observations").read_rows()
    assert len(rows) == len(shown) and [float(r["value"]) for r in rows] == [float(r["value"]) for r in shown]
    cited = {i for r in shown for i in str(r["source_id"]).split()}
    assert {s["id"] for s in package.to_descriptor()["sources"]} == cited


def test_show_datapackage_needs_out(fixture_home: Path) -> None:
    result = runner.invoke(app, ["show", "--format", "datapackage"])
    assert result.exit_code == 2 and "NW910" in result.output and "--out" in result.output


def test_series_writes_a_valid_package_with_its_sources(shipped_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "series"
    result = runner.invoke(app, ["series", "--home", str(shipped_home), "-t", "CN-HL", "-t", "NEC", "-p", "RU",
                                 "--flow", "total", "--start", "2019", "--end", "2024", "--unit", "CNY",
                                 "--format", "datapackage", "--out", str(out)])
    assert result.exit_code == 0, result.output
    package = _validate(out)
    rows = package.get_resource("series").read_rows()
    assert len(rows) == 12 and {r["territory"] for r in rows} == {"CN-HL", "NEC"}
    stated = [r for r in rows if r["value"] is not None]
    assert stated and all(r["sources"] for r in stated)
    gaps = [r for r in rows if r["value"] is None]
    assert gaps and all(r["gap_reason"] for r in gaps)
    cited = {s for r in stated for s in r["sources"].split()}
    assert {s["id"] for s in package.to_descriptor()["sources"]} == cited
