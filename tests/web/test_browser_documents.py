"""Browser: a search hit opens its document at the paragraph; the trend draws with gaps shaded."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import needs
from .test_browser import assert_local, page, wait_for_charts

pytestmark = [pytest.mark.browser, needs("northward.corpus.api")]
__all__ = ["page"]  # the fixture, shared with test_browser


def test_a_search_hit_opens_its_paragraph(page: Any, live_server: str) -> None:
    page.goto(live_server + "/documents")
    page.fill("#f-q", "口岸")
    page.select_option("#f-territory", "CN-HL")
    page.fill("#f-year", "2021..2023")
    page.click("#search-form button[type=submit]")
    page.wait_for_selector("#hits a.doc-link")
    first = page.eval_on_selector("#hits a.doc-link", "a => a.getAttribute('href')")
    anchor = first.split("#")[1]
    page.click("#hits a.doc-link >> nth=0")
    page.wait_for_selector("#doc-text")
    assert page.url.endswith("#" + anchor)
    target = page.eval_on_selector(":target", "e => e.id")
    assert target == anchor
    assert page.eval_on_selector_all(f"#{anchor} mark", "ms => ms.map(m => m.textContent)")[0] == "口岸"
    assert "测试政府" in page.inner_text("#doc-meta")
    assert_local(page)


def test_concept_trend_for_picked_concepts(page: Any, live_server: str) -> None:
    page.goto(live_server + "/documents")
    page.select_option("#f-concept", ["border_port", "opening_north"])
    page.click("#search-form button[type=submit]")
    page.wait_for_selector("#concept-trend")
    wait_for_charts(page)
    assert "Sources: the texts of 3 documents" in page.inner_text("#trend-sources")
    assert_local(page)
