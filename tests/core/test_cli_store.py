"""Every store command from the command line, on the fixture dataset."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from openpyxl import load_workbook
from typer.testing import CliRunner

from northward.cli import app

from ..conftest import FIXTURES

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_build_then_build_again(home: Path) -> None:
    code, out = run("build", "--data", str(FIXTURES / "seed" / "good"))
    assert code == 0 and "built" in out
    code, out = run("build", "--data", str(FIXTURES / "seed" / "good"))
    assert code == 0 and "nothing to do" in out


def test_build_error_exits_2_with_code_and_fix(home: Path, tmp_path: Path) -> None:
    import shutil

    bad = tmp_path / "bad"
    shutil.copytree(FIXTURES / "seed" / "good", bad)
    (bad / "sources" / "x.yaml").write_text("- source_id: a\n  kind: nonsense\n  title: t\n", encoding="utf-8")
    code, out = run("build", "--data", str(bad))
    assert code == 2
    assert "NW215" in out and "fix:" in out


def test_commands_without_store_say_build_first(home: Path) -> None:
    code, out = run("show")
    assert code == 2 and "northward build" in out


def test_show_formats(fixture_home: Path, tmp_path: Path) -> None:
    code, out = run("show", "-t", "CN-HL", "-p", "RU", "--flow", "export", "-f", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["period"] for r in rows} == {"2019", "2024", "2019..2024"}
    assert all(r["source_id"] == "test-article" for r in rows)
    code, out = run("show", "-i", "trade_value", "--period", "2019", "-f", "json")
    data = json.loads(out)
    assert data and all(r["period"] == "2019" for r in data)
    assert run("show", "-f", "parquet", "-o", str(tmp_path / "o.parquet"))[0] == 0
    assert pq.read_table(tmp_path / "o.parquet").num_rows > 10
    assert run("show", "-t", "CN-HL", "-f", "xlsx", "-o", str(tmp_path / "o.xlsx"))[0] == 0
    wb = load_workbook(tmp_path / "o.xlsx")
    assert wb.sheetnames == ["Observations", "sources"]
    assert {c.value for c in wb["sources"]["A"][1:]} == {"test-article", "test-bulletin"}
    code, out = run("show", "-f", "xlsx")
    assert code == 2 and "--out" in out
    code, out = run("show", "--period", "last year")
    assert code == 2 and "NW403" in out


def test_show_prefers_revised_unless_all_releases(fixture_home: Path) -> None:
    out = json.loads(run("show", "-i", "gdp_growth_pct", "-f", "json")[1])
    assert [r["value"] for r in out] == [2.2]
    out = json.loads(run("show", "-i", "gdp_growth_pct", "--all-releases", "-f", "json")[1])
    assert sorted(r["value"] for r in out) == [2.2, 2.3]


def test_indicator_json_prints_value_and_lineage(fixture_home: Path) -> None:
    code, out = run("indicator", "multiple", "--territory", "CN-HL", "--partner", "RU", "--flow", "export",
                    "--start", "2019", "--end", "2024", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["rounded"] == 3.49
    assert len(data["lineage"]["inputs"]) == 2 and data["lineage"]["sources"][0]["source_id"] == "test-article"
    code, out = run("indicator", "growth", "-t", "NEC", "-p", "RU", "--flow", "total", "--start", "2019", "--end", "2024")
    assert code == 0 and "growth = 90.6%" in out and "test-article" in out  # humanize: one decimal


def test_indicator_errors(fixture_home: Path) -> None:
    code, out = run("indicator", "median")
    assert code == 2 and "NW410" in out
    code, out = run("indicator", "growth", "-t", "CN-HL", "-p", "KP", "--flow", "export", "--start", "2019", "--end", "2024")
    assert code == 2 and "NW401" in out


def test_check_lists_contradicted_figures(fixture_home: Path) -> None:
    code, out = run("check", "-f", "json")
    assert code == 1
    findings = json.loads(out)
    multiples = {(f["territory"], f["stated"]): f for f in findings if f["indicator"] == "trade_multiple"}
    assert multiples[("CN-HL", "3.7 times")]["recomputed"] == 3.486
    assert ("CN-JL", "12 times") in multiples
    assert any(f["verdict"] == "conflict" and f["territory"] == "CN-LN" for f in findings)
    assert not any(f["verdict"] == "consistent" for f in findings)
    code, out = run("check", "--all", "-f", "json")
    assert any(f["verdict"] == "consistent" and f["stated"] == "90.6%" for f in json.loads(out))


def test_sources_lists_and_filters(fixture_home: Path) -> None:
    out = json.loads(run("sources", "-f", "json")[1])
    assert {s["source_id"] for s in out} == {"test-article", "test-bulletin", "test-fx"}
    out = json.loads(run("sources", "--kind", "article", "-f", "json")[1])
    assert [s["source_id"] for s in out] == ["test-article"]
    out = json.loads(run("sources", "--search", "communiqué", "-f", "json")[1])
    assert [s["source_id"] for s in out] == ["test-fx"]


def test_batches_and_drop_batch(fixture_home: Path) -> None:
    code, out = run("batches", "-f", "json")
    assert code == 0 and json.loads(out)[0]["importer"] == "seed"
    code, out = run("drop-batch", "1")
    assert code == 2 and "northward build" in out
    code, out = run("drop-batch", "99")
    assert code == 2 and "NW310" in out


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    names = [c.name for c in app.registered_commands] + [g.name for g in app.registered_groups]
    missing = [n for n in names if n and f"northward {n}" not in readme]
    assert not missing, f"README does not show: {missing}"


def test_demo_builds_writes_the_report_and_says_what_next(home: Path) -> None:
    code, out = run("demo")
    assert code == 0, out
    report = home / "reports" / "northward-report.html"
    assert report.exists() and report.stat().st_size > 100_000
    assert "report:" in out and "northward indicator multiple" in out and "northward serve" in out
