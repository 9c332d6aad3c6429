"""Terminal output: tables fit 80 and 160 columns, ids are never cut, numbers read as a person writes
them, every file written is announced, the demo's next commands are never wrapped."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from northward.tables import fit_columns


def run(home: Path, columns: int, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NORTHWARD_HOME": str(home), "COLUMNS": str(columns)}
    env.pop("NORTHWARD_WIDE", None)
    return subprocess.run([sys.executable, "-m", "northward", *args], env=env, capture_output=True, text=True,
                          timeout=120, cwd=cwd)


def widest(text: str) -> int:
    return max((cell_len(line) for line in text.splitlines()), default=0)


@pytest.mark.parametrize("columns", [80, 160])
@pytest.mark.parametrize("command", [["show", "-t", "CN-HL", "-p", "RU"], ["check"], ["sources", "--used"],
                                     ["docs", "list"], ["places"], ["corridors"], ["batches"]])
def test_tables_fit_the_terminal(shipped_home: Path, columns: int, command: list[str]) -> None:
    r = run(shipped_home, columns, *command)
    assert r.returncode in (0, 1), r.stderr
    assert widest(r.stdout) <= columns, r.stdout[:2000]


def test_check_is_a_short_table_at_160_columns(shipped_home: Path) -> None:
    r = run(shipped_home, 160, "check")
    findings = run(shipped_home, 160, "check", "--format", "csv").stdout
    n = len(list(csv.DictReader(io.StringIO(findings))))
    assert len(r.stdout.splitlines()) <= 2 * n + 8  # one line a finding, some wrapped once: not hundreds


def test_ids_are_never_cut_at_80_columns(shipped_home: Path) -> None:
    ids = [row["doc_id"] for row in csv.DictReader(io.StringIO(run(shipped_home, 80, "docs", "list", "-f",
                                                                       "csv").stdout))]
    table = run(shipped_home, 80, "docs", "list").stdout
    assert ids and all(i in table for i in ids), [i for i in ids if i not in table]


def test_hidden_columns_are_named_and_wide_shows_them(shipped_home: Path) -> None:
    narrow = run(shipped_home, 80, "show", "-t", "CN-HL", "-p", "RU")
    assert "more columns" in narrow.stdout and "--wide" in narrow.stdout
    wide = run(shipped_home, 80, "show", "-t", "CN-HL", "-p", "RU", "--wide")
    assert "more columns" not in wide.stdout and "note" in wide.stdout


def test_numbers_read_as_a_person_writes_them(shipped_home: Path) -> None:
    r = run(shipped_home, 120, "indicator", "multiple", "-t", "CN-HL", "-p", "RU", "--flow", "export",
            "--start", "2019", "--end", "2024")
    assert "e+" not in r.stdout and "×3.49" in r.stdout and "37.3 bn yuan" in r.stdout
    r = run(shipped_home, 120, "indicator", "rank", "-t", "CN-HL", "-p", "RU", "--flow", "export",
            "--period", "2024")
    assert r.stdout.startswith("rank = 1\n") and "1.00 rank" not in r.stdout
    r = run(shipped_home, 160, "show", "-t", "CN-HL", "-p", "RU", "-i", "trade_value", "--period", "2024")
    assert "37.3 bn" in r.stdout and "e+" not in r.stdout


def test_every_file_written_is_announced(shipped_home: Path, tmp_path: Path) -> None:
    for args, name in ((["places", "--kind", "zones", "--format", "csv", "--out"], "zones.csv"),
                       (["corridors", "--format", "geojson", "--out"], "corridors.geojson"),
                       (["corridors", "--out"], "corridors.txt"),
                       (["show", "-t", "CN-LN", "--format", "xlsx", "--out"], "ln.xlsx")):
        r = run(shipped_home, 80, *args, str(tmp_path / name))
        assert r.returncode == 0 and "wrote" in r.stderr and name in r.stderr and (tmp_path / name).exists()


def test_concepts_chart_alone_prints_no_table(shipped_home: Path, tmp_path: Path) -> None:
    r = run(shipped_home, 80, "docs", "concepts", "--chart", str(tmp_path / "c.json"))
    assert r.returncode in (0, 2), r.stderr
    if r.returncode == 0:
        assert r.stdout.strip() == "" and "c.json" in r.stderr


def test_demo_next_commands_are_never_wrapped(tmp_path: Path) -> None:
    r = run(tmp_path / "home", 80, "demo", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    after = lines[lines.index("Try next:") + 1:]
    assert after and all(line.startswith("  .venv/bin/northward ") for line in after), after


def test_fit_drops_secondary_columns_before_essential_ones() -> None:
    rows = [{"id": "a-long-identifier", "value": 1.0, "note": "x" * 80, "title": "t" * 30}]
    kept, _ = fit_columns(rows, ["id", "value", "note", "title"], 60, essential=("title",))
    assert kept[0] == "id" and "title" in kept and "note" not in kept
