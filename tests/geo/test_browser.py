"""The HTML map in a real browser: it renders with no network request and its legend filters by mode."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from northward.geo import api, maps

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_html_map_renders_offline_and_is_interactive(geo_store, tmp_path: Path, browser):
    page_file = tmp_path / "map.html"
    page_file.write_bytes(maps.render(api.map_spec(geo_store), "html"))
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri())
    page.wait_for_selector("svg path", timeout=15_000)
    assert page.locator("svg path").count() > 50
    page.locator("g.role-legend-label text", has_text="rail").last.click()
    page.wait_for_timeout(300)
    context.close()
    assert not errors
    assert [u for u in requests if not u.startswith("file:")] == []
