"""The report in a real headless Chromium, offline: charts render, tables show, nothing is requested."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from northward.report import build, pdf

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed "
                       "(apt-get install chromium)"),
]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def open_offline(browser, path: Path, javascript: bool = True):
    """Open the file with every non-file request recorded and refused; return page, requests, errors."""
    context = browser.new_context(java_script_enabled=javascript, offline=True)
    page = context.new_page()
    outside: list[str] = []
    errors: list[str] = []

    def guard(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("request",
            lambda req: None if req.url.startswith(("file://", "data:")) else outside.append(req.url))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(f"{msg.type}: {msg.text}") if msg.type == "error" else None)
    page.goto(path.as_uri(), wait_until="load")
    return page, outside, errors


def test_report_renders_offline_with_marks_and_tables(browser, report_file: Path, tmp_path: Path):
    page, outside, errors = open_offline(browser, report_file)
    charts = page.locator("div.vl-chart")
    assert charts.count() >= 1
    page.wait_for_function("document.querySelectorAll('div.vl-chart[data-rendered=\"true\"]').length"
                           " === document.querySelectorAll('div.vl-chart').length", timeout=20000)
    assert page.locator("div.vl-chart .vl-static").count() == 0  # live charts replaced the fallbacks
    gdp = page.locator("#gdp-growth div.vl-chart svg")
    assert gdp.locator(".mark-line path").count() >= 3      # one line per territory with data
    assert gdp.locator(".mark-symbol path").count() >= 10   # points on the lines and gap crosses
    assert page.locator("#gdp-growth td.gap").count() >= 1
    assert page.locator("#trade-russia table").count() == 2
    assert page.locator("#sources ol.sources li").count() >= 2
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert outside == [] and errors == []


def test_without_javascript_the_static_charts_show(browser, report_file: Path):
    page, outside, _ = open_offline(browser, report_file, javascript=False)
    static = page.locator("#gdp-growth div.vl-static svg")
    assert static.count() == 1 and static.is_visible()
    assert static.locator(".mark-line path").count() >= 3
    assert outside == []


def test_pdf_is_printed_with_chromium(report_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(pdf.ENV_CHROMIUM, CHROMIUM)
    written = pdf.print_pdf(report_file, tmp_path / "r.pdf")
    data = written.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    assert not list(tmp_path.glob(".*.tmp"))


def test_write_report_with_pdf_writes_both(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(pdf.ENV_CHROMIUM, CHROMIUM)
    monkeypatch.setattr(build, "collect_sections", lambda store, builders=None: [])
    written = build.write_report(home, tmp_path / "r.html", pdf=True)
    assert [p.suffix for p in written] == [".html", ".pdf"]
    assert written[1].read_bytes().startswith(b"%PDF")
