"""`northward audit`: formats, exit codes, stdin; the renderers share one set of findings."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from northward.audit.api import audit_text
from northward.audit.render import render, rows, to_html
from northward.cli import app

runner = CliRunner()
BAD = "Exports rose by 3.7 times (from 10.7 billion to 37.3 billion yuan).\n"
GOOD = "Exports grew by 7.6 times (from 2.7 billion to 20.4 billion yuan).\n"


def test_exit_codes_and_formats(tmp_path: Path, home: Path) -> None:
    bad, good = tmp_path / "bad.txt", tmp_path / "good.md"
    bad.write_text(BAD, encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    r = runner.invoke(app, ["audit", str(bad), "--format", "json"])
    assert r.exit_code == 1, r.output
    data = json.loads(r.stdout)
    assert data["has_inconsistent"] and data["findings"][0]["verdict"] == "inconsistent"
    assert data["findings"][0]["recomputed_interval"][1] < 3.65
    r = runner.invoke(app, ["audit", str(good)])
    assert r.exit_code == 0 and "consistent" in r.stdout
    r = runner.invoke(app, ["audit", str(bad), "-f", "md", "--only", "inconsistent"])
    assert r.exit_code == 1 and "| ✗ inconsistent |" in r.stdout
    out = tmp_path / "report.html"
    r = runner.invoke(app, ["audit", str(bad), "-f", "html", "-o", str(out)])
    assert r.exit_code == 1 and "<table" in out.read_text(encoding="utf-8")


def test_stdin_and_no_store_note(home: Path) -> None:
    r = runner.invoke(app, ["audit", "-", "-f", "json"], input=BAD)
    assert r.exit_code == 1 and json.loads(r.stdout)["source"] == "<stdin>"
    assert "no store used" in r.stderr


def test_errors_exit_2(tmp_path: Path, home: Path) -> None:
    r = runner.invoke(app, ["audit", str(tmp_path / "missing.txt")])
    assert r.exit_code == 2 and "NW701" in r.stderr
    r = runner.invoke(app, ["audit", str(tmp_path), "--format", "json"])
    assert r.exit_code == 2


def test_renderers_share_findings_and_escape_html() -> None:
    rep = audit_text("<b>Exports</b> rose by 3.7 times (from 10.7 billion to 37.3 billion yuan).", source_name="t")
    d = rep.to_dict()
    assert d["counts"]["inconsistent"] == 1 and d["claims"][0]["kind"] == "multiple"
    assert rows(rep)[0]["verdict"] == "inconsistent"
    html = to_html(rep)
    assert ("<b>" not in html and "&lt;b&gt;" not in html) or "&lt;" in html
    assert json.loads(render(rep, "json"))["findings"] == d["findings"]
    assert "3.7 times" in render(rep, "md")


def test_report_section(monkeypatch, tmp_path: Path) -> None:
    from northward.audit.report import report_section
    from northward.store import memory_store

    (tmp_path / "seed").mkdir()
    (tmp_path / "seed" / "larin-2025-giant-tree.txt").write_text(BAD, encoding="utf-8")
    monkeypatch.setenv("NORTHWARD_SHARED", str(tmp_path))
    section = report_section(memory_store())
    assert section is not None and section.key == "audit" and "inconsistent" in section.html
    monkeypatch.setenv("NORTHWARD_SHARED", str(tmp_path / "missing"))
    assert report_section(memory_store()) is None
