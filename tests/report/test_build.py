"""Writing the report file: one self-contained page, written whole or not at all."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from northward.errors import StoreMissing
from northward.report import build, gdp, pdf
from northward.report.errors import ChromiumMissing, PdfFailed, ReportError
from northward.report.section import ReportSection, footnote_marker
from northward.report.vega import chart_div, javascript_bundle

SPEC = {"data": {"values": [{"x": 1, "y": 2}, {"x": 2, "y": 3}]}, "mark": "line",
        "encoding": {"x": {"field": "x", "type": "quantitative"},
                     "y": {"field": "y", "type": "quantitative"}}}


def chart_section(store):
    return ReportSection(key="c", title="A chart", html=chart_div(SPEC) + footnote_marker(["test-customs"]),
                         source_ids=["test-customs"])


def plain_section(store):
    return ReportSection(key="p", title="Plain & simple", html="<p>text</p>", source_ids=["test-bulletin"])


def external_references(page: str) -> list[str]:
    """Addresses the page would load (scripts, styles, images, frames), not links a reader may follow.

    Script bodies are left out (the Vega bundle holds HTML snippets in strings); the browser test
    records what the page really requests.
    """
    page = re.sub(r"(<script\b[^>]*>).*?(</script>)", r"\1\2", page, flags=re.S | re.I)
    loads = re.findall(r"<(?:script|img|iframe|source|embed)\b[^>]*\bsrc=[\"']?([^\"'\s>]+)", page, re.I)
    loads += re.findall(r"<link\b[^>]*\bhref=[\"']?([^\"'\s>]+)", page, re.I)
    loads += re.findall(r"@import\s+(?:url\()?[\"']?([^\"')\s;]+)", page)
    return [u for u in loads if not u.startswith(("data:", "#"))]


def test_page_inlines_bundle_once_numbers_footnotes_and_lists_sources(store):
    page = build.render_report(store, builders=[chart_section, plain_section])
    assert page.count(javascript_bundle()) == 1
    assert external_references(page) == []
    assert 'id="fn-1"' in page and 'id="fn-2"' in page  # the plain section got a footnote of its own
    assert 'id="src-test-customs"' in page and "https://example.org/test-customs" in page
    assert "Accessed: 2026-01-03" in page
    assert "Plain &amp; simple" in page
    assert '<div class="vl-static"><svg' in page
    assert "@media print" in page


def test_a_page_without_charts_carries_no_bundle(store):
    assert "vegaEmbed" not in build.render_report(store, builders=[plain_section])


def test_write_report_writes_the_whole_file(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(build, "collect_sections",
                        lambda store, builders=None: [chart_section(store), plain_section(store)])
    out = tmp_path / "sub" / "r.html"
    old = os.umask(0o022)
    try:
        written = build.write_report(home, out)
    finally:
        os.umask(old)
    assert written == [out.resolve()]
    assert out.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert out.stat().st_mode & 0o777 == 0o644  # as the umask allows, not private like a temp file
    assert not list(out.parent.glob(".northward-report-*"))


def test_write_report_needs_a_store(tmp_path: Path):
    with pytest.raises(StoreMissing):
        build.write_report(tmp_path / "empty-home", tmp_path / "r.html")


def test_an_out_path_that_is_a_folder_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ReportError) as err:
        build.write_text_atomic(tmp_path, "<html></html>")
    assert err.value.problem.code == "NW903"


def test_pdf_without_chromium_says_how_to_get_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(pdf.ENV_CHROMIUM, raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ChromiumMissing) as err:
        pdf.print_pdf(tmp_path / "r.html", tmp_path / "r.pdf")
    assert "apt-get install chromium" in err.value.hint
    monkeypatch.setenv(pdf.ENV_CHROMIUM, str(tmp_path / "nope"))
    with pytest.raises(ChromiumMissing):
        pdf.find_chromium()


def test_a_failing_print_leaves_no_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\nexit 0\n")
    fake.chmod(0o755)
    monkeypatch.setenv(pdf.ENV_CHROMIUM, str(fake))

    class Done:
        returncode, stderr = 1, "some failure\nlast line"

    seen: list[list[str]] = []
    with pytest.raises(PdfFailed) as err:
        pdf.print_pdf(tmp_path / "r.html", tmp_path / "r.pdf",
                      runner=lambda cmd: seen.append(list(cmd)) or Done())  # type: ignore[func-returns-value]
    assert "last line" in err.value.message
    assert not (tmp_path / "r.pdf").exists()
    assert "--headless" in seen[0] and seen[0][-1].startswith("file://")


def test_cli_writes_the_report_and_says_where(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from typer.testing import CliRunner

    from northward.cli import app

    monkeypatch.setattr(build, "collect_sections", lambda store, builders=None: [plain_section(store)])
    out = tmp_path / "cli.html"
    result = CliRunner().invoke(app, ["report", "--home", str(home), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out.resolve()}" in result.output.replace("\n", "")
    assert "test-bulletin" in out.read_text(encoding="utf-8")


def test_cli_reports_a_missing_store_as_an_error(tmp_path: Path):
    from typer.testing import CliRunner

    from northward.cli import app

    result = CliRunner().invoke(app, ["report", "--home", str(tmp_path / "none"),
                                      "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert "NW101" in result.output
    assert not (tmp_path / "r.html").exists()


def test_an_html_name_ending_in_pdf_is_refused_with_pdf(home: Path, tmp_path: Path):
    with pytest.raises(ReportError) as err:
        build.write_report(home, tmp_path / "r.pdf", pdf=True)
    assert "report.html" in err.value.hint
    assert not (tmp_path / "r.pdf").exists()


def test_text_from_the_store_is_escaped(home: Path):
    from northward.store import open_store

    with open_store(home) as store:
        store.con.execute("UPDATE source SET title = '<script>alert(1)</script> & co' "
                          "WHERE source_id = 'test-bulletin'")
        store.con.execute("UPDATE territory SET name_en = '<b>Heilongjiang</b>' WHERE code = 'CN-HL'")
    with open_store(home, read_only=True) as store:
        page = build.render_report(store, builders=[plain_section, gdp.report_section])
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert "<b>Heilongjiang</b>" not in page
