"""`northward sources --grade` on the shipped store."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from northward.cli import app

runner = CliRunner()


def test_sources_by_grade(shipped_home: Path) -> None:
    result = runner.invoke(app, ["sources", "--home", str(shipped_home), "--grade", "official_original", "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) >= 30 and {r["grade"] for r in rows} == {"official_original"}
    assert "nmgtj-2024-01-19-nm-gdp-2023" in {r["source_id"] for r in rows}
    assert not [r["source_id"] for r in rows if r["retrieved_from"]]


def test_unknown_grade_names_the_nearest(shipped_home: Path) -> None:
    result = runner.invoke(app, ["sources", "--home", str(shipped_home), "--grade", "secondry"])
    assert result.exit_code == 2 and "NW405" in result.output and "'secondary'" in result.output


def test_xlsx_sources_sheet_carries_the_grade(shipped_home: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "o.xlsx"
    result = runner.invoke(app, ["show", "--home", str(shipped_home), "-i", "gdp", "-t", "CN-JL", "-f", "xlsx",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out)["sources"]
    header = [c.value for c in sheet[1]]
    assert {"grade", "original_publisher", "retrieved_from"} <= set(header)
    grades = {row[header.index("source_id")]: row[header.index("grade")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert grades and all(grades.values())
