"""The report on the shipped default dataset: every section builds, every cited source is in the store."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from northward.ingest.seed import build_store
from northward.report.build import write_report

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> BeautifulSoup:
    home = tmp_path_factory.mktemp("shipped-home")
    build_store(home)
    out = home / "report.html"
    write_report(home, out)
    return BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")


def test_every_section_builds_on_the_shipped_data(shipped: BeautifulSoup):
    keys = [s["id"] for s in shipped.select("main > section")]
    assert keys[:4] == ["overview", "gdp-growth", "trade-russia", "findings"] and keys[-1] == "sources"
    assert not [k for k in keys if k.startswith("failed-")]


def test_every_cited_source_is_listed_with_its_address_and_access_date(shipped: BeautifulSoup):
    entries = shipped.select("#sources ol.sources li")
    assert entries
    assert not [li["id"] for li in entries if "not in the store" in li.get_text()]
    # Each entry gives the address and access date, or says plainly that the store has none.
    assert not [li["id"] for li in entries if not re.search(r"Address: |DOI |No address recorded", li.get_text())]
    assert not [li["id"] for li in entries if not re.search(r"Accessed: |Access date not recorded", li.get_text())]
    assert not [li["id"] for li in entries if "Grade: " not in li.get_text()]


def test_the_gdp_chart_has_data_for_every_territory(shipped: BeautifulSoup):
    table = shipped.select_one("#gdp-growth table")
    for tr in table.select("tbody tr"):
        assert any(td.get_text().startswith(("+", "-")) for td in tr.find_all("td")[1:]), tr.get_text()
