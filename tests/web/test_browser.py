"""Browser tests in headless chromium: every page opens, charts draw marks, nothing leaves localhost."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

import pytest

from .conftest import needs, screenshots_dir

pytestmark = pytest.mark.browser

CHART_TIMEOUT_MS = 30_000


@pytest.fixture()
def page(browser: Any, live_server: str) -> Iterator[Any]:
    """A fresh page that records every request it makes and every console error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.requests = []  # type: ignore[attr-defined]
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def assert_local(page: Any) -> None:
    outside = [u for u in page.requests
               if urlparse(u).scheme not in ("data", "blob", "about") and urlparse(u).hostname != "127.0.0.1"]
    assert outside == [], f"requests left localhost: {outside}"
    assert page.errors == [], f"JavaScript errors: {page.errors}"


def wait_for_charts(page: Any, minimum: int = 1) -> int:
    """Wait until every chart on the page rendered, and check each drew SVG marks."""
    page.wait_for_function(
        "() => { const c = document.querySelectorAll('.vl-chart');"
        " return c.length > 0 && [...c].every(e => e.hasAttribute('data-rendered')); }",
        timeout=CHART_TIMEOUT_MS)
    states = page.eval_on_selector_all(".vl-chart", "els => els.map(e => e.getAttribute('data-rendered'))")
    assert states and all(s == "ok" for s in states), states
    marks = page.eval_on_selector_all(
        ".vl-chart svg", "svgs => svgs.map(s => s.querySelectorAll('g.mark-line path, g.mark-symbol path, "
        "g.mark-rect path, g.mark-symbol, g.mark-shape path').length)")
    assert len(marks) >= minimum and all(m > 0 for m in marks), marks
    return len(marks)


def shot(page: Any, name: str) -> None:
    """Save the page's screenshot where `screenshots_dir` says (nowhere on an ordinary test run)."""
    folder = screenshots_dir()
    if folder is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=False)


def test_overview_draws_small_charts(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    assert "key indicators" in page.inner_text("h1")
    assert wait_for_charts(page, minimum=5) >= 5
    assert "Хэйлунцзян" in page.inner_text("main")
    shot(page, "overview")
    assert_local(page)


def test_territory_page_charts_and_names(page: Any, live_server: str) -> None:
    page.goto(live_server + "/territories/CN-HL")
    text = page.inner_text("h1")
    assert "Heilongjiang" in text and "黑龙江省" in text and "Хэйлунцзян" in text
    assert wait_for_charts(page, minimum=3) >= 3
    shot(page, "territory")
    assert_local(page)


def test_trade_explorer_filters_and_permalink(page: Any, live_server: str) -> None:
    page.goto(live_server + "/explorer")
    page.select_option("#f-territory", "CN-HL")
    page.select_option("#f-partner", "RU")
    page.select_option("#f-flow", "total")
    page.fill("#f-period", "2019..2023")
    page.click("#explorer-form button[type=submit]")
    page.wait_for_load_state()
    wait_for_charts(page)
    rows = page.eval_on_selector_all("#trade-table tbody tr", "rs => rs.map(r => r.innerText)")
    assert len(rows) == 5 and all("CN-HL" in r and "RU" in r for r in rows), rows
    shot(page, "explorer")
    permalink = page.get_attribute("#permalink", "href")
    assert "territory=CN-HL" in permalink and "partner=RU" in permalink and "period=2019..2023" in permalink
    page.goto(live_server + permalink)
    assert page.input_value("#f-territory") == "CN-HL"
    assert page.input_value("#f-partner") == "RU"
    assert page.input_value("#f-period") == "2019..2023"
    assert page.eval_on_selector_all("#trade-table tbody tr", "rs => rs.length") == 5
    assert_local(page)


def test_every_page_opens_without_leaving_localhost(page: Any, live_server: str) -> None:
    for path in ("/territories", "/sources", "/sources/web-test-customs", "/audit", "/docs"):
        response = page.goto(live_server + path)
        assert response is not None and response.status == 200, path
    page.goto(live_server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=CHART_TIMEOUT_MS)  # Swagger UI ran, offline
    assert page.eval_on_selector_all(".opblock", "ops => ops.length") >= 15
    page.goto(live_server + "/sources")
    shot(page, "sources")
    assert_local(page)


@needs("northward.corpus.api")
def test_document_search_highlights(page: Any, live_server: str) -> None:
    page.goto(live_server + "/documents")
    page.fill("#f-q", "向北开放")
    page.fill("#f-kw", "口岸")
    page.click("#search-form button[type=submit]")
    page.wait_for_load_state()
    assert page.eval_on_selector_all("#hits li.hit", "hs => hs.length") == 3
    assert page.eval_on_selector_all("#hits mark", "ms => ms.map(m => m.textContent)") == ["向北开放"] * 3
    wait_for_charts(page)  # the concept trends
    shot(page, "documents")
    assert_local(page)


@needs("northward.audit.api")
def test_audit_a_pasted_text(page: Any, live_server: str) -> None:
    page.goto(live_server + "/audit")
    page.fill("#f-text", "Exports to Russia grew 3.7 times, from 10.7 billion yuan in 2019 "
                         "to 37.3 billion yuan in 2024.")
    page.click("#audit-form button[type=submit]")
    page.wait_for_selector("#audit-report")
    verdicts = page.eval_on_selector_all("#findings .verdict", "vs => vs.map(v => v.textContent)")
    assert "inconsistent" in verdicts
    shot(page, "audit")
    assert_local(page)


@needs("northward.geo.api")
def test_map_renders(page: Any, shipped_server: str) -> None:
    page.goto(shipped_server + "/map")
    wait_for_charts(page)
    shot(page, "map")
    assert_local(page)


def test_overview_over_the_shipped_data(page: Any, shipped_server: str) -> None:
    page.goto(shipped_server + "/")
    wait_for_charts(page, minimum=5)
    assert "larin2025" in page.inner_text("main")
    shot(page, "overview-shipped")
    page.goto(shipped_server + "/territories/CN-HL")
    wait_for_charts(page, minimum=2)
    shot(page, "territory-shipped")
    assert_local(page)
