"""`northward series` from the command line: layouts, formats, and refused values."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from northward.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_long_layout_names_how_and_sources(series_home: Path) -> None:
    code, out = run("series", "--home", str(series_home), "-t", "CN-HL", "-p", "RU", "--flow", "total",
                    "--start", "2023", "--end", "2024", "--format", "csv")
    assert code == 0, out
    rows = {r["period"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["2024"]["how"] == "derived: export + import" and float(rows["2024"]["value"]) == 234.3e9
    assert rows["2023"]["how"] == "stated" and rows["2023"]["sources"] == "test-bulletin"


def test_wide_layout_has_a_column_per_period_and_empty_gaps(series_home: Path) -> None:
    code, out = run("series", "--home", str(series_home), "-t", "CN-HL", "-t", "NEC", "-p", "RU",
                    "--flow", "export", "--start", "2019", "--end", "2020", "--layout", "wide", "--format", "csv")
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["territory"] for r in rows] == ["CN-HL", "NEC"]
    assert float(rows[1]["2019"]) == 23.0e9 and rows[0]["2020"] == ""


def test_json_carries_lineage_and_the_rate(series_home: Path) -> None:
    code, out = run("series", "--home", str(series_home), "-t", "CN-HL", "-p", "RU", "--flow", "export",
                    "--unit", "USD", "--start", "2019", "--end", "2019", "--format", "json")
    assert code == 0, out
    (point,) = json.loads(out)[0]["points"]
    assert point["how"] == "converted" and point["rate"]["concept"] == "pboc_central_parity"
    assert point["lineage"][0]["value"] == 10.7e9


def test_parquet_out(series_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "s.parquet"
    code, out = run("series", "--home", str(series_home), "-t", "CN-HL", "-p", "RU", "--flow", "export",
                    "--format", "parquet", "--out", str(target))
    assert code == 0, out
    assert pq.read_table(target).num_rows == 6  # 2019..2024, gaps included


def test_unknown_values_are_refused_with_the_nearest(series_home: Path) -> None:
    code, out = run("series", "--home", str(series_home), "-t", "CN-HL", "--flow", "exprt")
    assert code == 2 and "NW405" in out and "export" in out
    code, out = run("series", "--home", str(series_home), "-t", "CN-HL", "--start", "2024-13")
    assert code == 2 and "NW403" in out


def test_a_territory_alone_gives_its_total_trade(series_home: Path) -> None:
    code, bare = run("series", "--home", str(series_home), "-t", "CN-HL", "--format", "csv")
    assert code == 0 and "WLD" in bare and "no rows" not in bare
    code, named = run("series", "--home", str(series_home), "-t", "CN-HL", "-p", "WLD", "--flow", "total",
                      "--format", "csv")
    assert bare == named


def test_a_terminal_gets_a_table_per_series_with_its_key_in_the_title(series_home: Path) -> None:
    code, out = run("series", "--home", str(series_home), "-t", "CN-HL", "-p", "RU", "--flow", "export",
                    "--flow", "total", "--start", "2019", "--end", "2024")
    assert code == 0, out
    assert "trade_value · CN-HL · RU · export · annual" in out and "trade_value · CN-HL · RU · total · annual" in out
    assert "partner" not in out.split("\n", 3)[2]  # the key is in the title, not repeated on every row
    assert "gap:" in out and "trade_value / CN-HL" not in out  # a gap's reason does not restate the key
