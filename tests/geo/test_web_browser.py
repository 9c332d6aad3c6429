"""The timeline page and the map with outlines in headless chromium: drawn, linked, no warnings, offline."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def server(linked_home: Path) -> Iterator[str]:
    from northward.web import create_app

    from ..web.conftest import serve_in_thread

    yield from serve_in_thread(create_app(linked_home))


@pytest.fixture()
def page(server: str, browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    pg = context.new_page()
    pg.base = server
    pg.seen = {"requests": [], "errors": [], "console": []}
    pg.on("request", lambda r: pg.seen["requests"].append(r.url))
    pg.on("pageerror", lambda e: pg.seen["errors"].append(str(e)))
    pg.on("console", lambda m: pg.seen["console"].append(f"{m.type}: {m.text}"))
    yield pg
    context.close()


def _rendered(page: Any) -> None:
    page.wait_for_function(
        "() => { const c = document.querySelectorAll('.vl-chart');"
        " return c.length > 0 && [...c].every(e => e.hasAttribute('data-rendered')); }",
        timeout=TIMEOUT_MS,
    )


def _clean(page: Any) -> None:
    outside = [u for u in page.seen["requests"] if urlparse(u).scheme not in ("data", "blob", "about")
               and urlparse(u).hostname != "127.0.0.1"]
    assert outside == [] and page.seen["errors"] == []
    assert not [m for m in page.seen["console"] if "Vega-Lite" in m or m.startswith("warning")], page.seen["console"]


def test_timeline_page_draws_series_and_event_markers_that_link(page: Any, tmp_path: Path):
    page.goto(page.base + "/timeline/CN-HL")
    _rendered(page)
    lines = page.locator(".vl-chart svg g.mark-line path").count()
    markers = page.locator(".vl-chart svg g.mark-symbol path").count()
    assert lines >= 1 and markers >= 10
    page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)
    shutil.copy(tmp_path / "timeline.png", "/tmp/geo-web-timeline.png") if Path("/tmp").is_dir() else None
    _clean(page)
    page.locator("#events-table a", has_text="China (Heilongjiang) Pilot Free Trade Zone").first.click()
    page.wait_for_url("**/places/hl-ftz")
    assert page.locator("#events").count() == 1


def test_map_draws_outlines_and_labels(page: Any, tmp_path: Path):
    page.goto(page.base + "/map")
    _rendered(page)
    svg = page.locator(".vl-chart svg").first
    texts = svg.locator("g.mark-text text").all_text_contents()
    assert {"RUSSIA", "MONGOLIA", "HEILONGJIANG", "JILIN", "Zabaikalsk", "Manzhouli"} <= set(texts)
    outlines = svg.locator("g.mark-shape path").count()
    assert outlines >= 20  # country fills plus province and federal-subject outlines
    page.screenshot(path=str(tmp_path / "map.png"), full_page=True)
    shutil.copy(tmp_path / "map.png", "/tmp/geo-web-map.png") if Path("/tmp").is_dir() else None
    _clean(page)
