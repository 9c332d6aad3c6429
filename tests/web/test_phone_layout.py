"""Phone layout: at 390 px no page is wider than the screen, and a figure table's value, unit and
source stay visible (the rows collapse to cards)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
# Every page kind, on the shipped store (real figures, places) and on the web test store (documents).
SHIPPED_PAGES = ["/", "/territories", "/territories/CN-HL", "/territories/NEC",
                 "/explorer", "/explorer?territory=CN-HL&partner=RU&flow=total&period=2019..2024",
                 "/map", "/places/manzhouli-rail", "/sources", "/sources/larin2025", "/audit", "/docs",
                 "/no-such-page", "/territories/CN-HJ"]
TEST_PAGES = ["/documents", "/documents?q=口岸", "/documents?kw=口岸"]


@pytest.fixture()
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


def overflow(page: Any) -> dict[str, Any]:
    """How much wider than the screen the page is, and the widest elements that make it so."""
    return page.evaluate("""() => {
        const w = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')].filter(e => {
            const r = e.getBoundingClientRect();
            return r.right > w + 1 && getComputedStyle(e).position !== 'fixed' && !e.closest('.scroll');
        }).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
        return {scroll: document.documentElement.scrollWidth, client: w, wide};
    }""")


def check_page(page: Any, url: str) -> None:
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)  # let charts lay out
    o = overflow(page)
    assert o["scroll"] <= o["client"] <= PHONE["width"], f"{url}: {o}"


@pytest.mark.parametrize("path", SHIPPED_PAGES)
def test_no_shipped_page_is_wider_than_a_phone(phone: Any, shipped_server: str, path: str) -> None:
    check_page(phone, shipped_server + path)


@pytest.mark.parametrize("path", TEST_PAGES)
def test_no_document_page_is_wider_than_a_phone(phone: Any, live_server: str, path: str) -> None:
    check_page(phone, live_server + path)


def test_figure_rows_show_value_unit_and_source_on_a_phone(phone: Any, shipped_server: str) -> None:
    phone.goto(shipped_server + "/territories/CN-HL")
    cells = phone.evaluate("""() => [...document.querySelectorAll('table.figures tbody tr')].slice(0, 20)
        .map(tr => ['value', 'unit', 'source'].map(k => {
            const td = tr.querySelector(`td[data-label="${k}"]`);
            const r = td.getBoundingClientRect();
            return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth;
        }))""")
    assert cells and all(all(row) for row in cells), cells
