"""What the full report says about the test figures: gaps as gaps, computed multiples and shares."""

from __future__ import annotations

import json
import re

import pytest
import vl_convert
from bs4 import BeautifulSoup, Tag

from northward.report import gdp
from northward.report.data import Point


@pytest.fixture(scope="module")
def soup(report_page: str) -> BeautifulSoup:
    return BeautifulSoup(report_page, "html.parser")


def row_cells(table: Tag, code: str) -> list[Tag]:
    for tr in table.select("tbody tr"):
        cells = tr.find_all("td")
        if f"({code})" in cells[0].get_text():
            return cells[1:]
    raise AssertionError(f"no row for {code}")


def test_gdp_chart_keeps_gaps_as_gaps(soup: BeautifulSoup):
    spec = json.loads(soup.select_one("#gdp-growth div.vl-chart")["data-spec"])
    rows = {(r["code"], r["year"]): r for r in spec["data"]["values"]}
    assert len(rows) == 30
    assert rows[("CN-HL", "2021")]["growth"] is None and rows[("CN-HL", "2021")]["missing"]
    assert all(rows[("CN-NM", str(y))]["missing"] for y in range(2019, 2025))
    assert rows[("CN-JL", "2022")]["growth"] == -1.9  # the revised release beats the preliminary one


def test_gdp_table_marks_every_gap(soup: BeautifulSoup):
    table = soup.select_one("#gdp-growth table")
    hl = row_cells(table, "CN-HL")
    assert [c.get_text() for c in hl][2] == "no confirmed figure" and "gap" in hl[2]["class"]
    assert sum("gap" in c.get("class", []) for c in row_cells(table, "CN-NM")) == 6
    assert row_cells(table, "CN-JL")[3].get_text() == "-1.9"
    assert "test-bulletin" in soup.select_one("#gdp-growth p.footnote").get_text()


def test_a_gap_breaks_the_line_instead_of_joining_it():
    points = {("CN", y): Point("CN", y, v, "percent", "final", "s") for y, v in
              ((2019, 6.0), (2020, 2.2), (2022, 3.0), (2023, 5.2))}
    svg = vl_convert.vegalite_to_svg(gdp.chart_spec(gdp.chart_rows(points, {})))
    line = re.search(r'class="mark-line role-mark[^"]*".*?<path[^>]*\sd="([^"]+)"', svg, re.S)
    assert line is not None
    assert line.group(1).count("M") == 2  # two pieces: 2019-2020 and 2022-2023, nothing across 2021


def test_trade_levels_multiples_and_gaps(soup: BeautifulSoup):
    levels = soup.select("#trade-russia table")[0]
    hl = [c.get_text() for c in row_cells(levels, "CN-HL")]
    assert hl[:3] == ["10.7 bn CNY", "37.3 bn CNY", "×3.49"]
    assert hl[3:] == ["50.0 bn CNY", "197.0 bn CNY", "×3.94"]
    jl = row_cells(levels, "CN-JL")
    assert jl[3].get_text() == "no confirmed figure" and jl[4].get_text() == "3.0 bn CNY"
    assert jl[5].get_text() == "cannot compute" and jl[5]["title"]
    assert row_cells(levels, "NEC")[2].get_text() == "×3.99"


def test_trade_shares_are_computed_from_the_store(soup: BeautifulSoup):
    shares = soup.select("#trade-russia table")[1]
    hl = [c.get_text() for c in row_cells(shares, "CN-HL")]
    assert hl[:3] == ["33.7 %", "75.1 %", "4.7 %"]   # 60.7/180, 234.3/312, 37.3/800
    assert [c.get_text() for c in row_cells(shares, "NEC")][:2] == ["15.5 %", "22.3 %"]
    assert row_cells(shares, "CN-JL")[0].get_text() == "cannot compute"
    notes = soup.select("#trade-russia p.footnote")
    assert len(notes) == 2 and all("test-customs" in n.get_text() for n in notes)


def test_overview_key_figures(soup: BeautifulSoup):
    text = soup.select_one("#overview").get_text(" ")
    assert "93.0 bn CNY" in text and "312.7 bn CNY" in text and "+236.2 %" in text
    assert re.search(r"\d+ observations", text)


def test_findings_show_the_inconsistent_multiple(soup: BeautifulSoup):
    table = soup.select_one("#findings table")
    first = table.select_one("tbody tr")
    assert "inconsistent" in first.get_text() and "3.7 times" in first.get_text()
    assert first.select_one("td.sev-error") is not None
    note = soup.select_one("#findings p.footnote").get_text()
    assert "test-article" in note and "test-customs" in note


def test_every_chart_and_table_has_a_footnote_and_every_cited_source_is_listed(soup: BeautifulSoup):
    for block in soup.select("main figure.chart, main table"):
        nxt = block.find_next_sibling()
        assert nxt is not None and "footnote" in nxt.get("class", []), block.get("class")
    cited = {a["href"][len("#src-"):] for a in soup.select("p.footnote a[href^='#src-']")}
    listed = {li["id"][len("src-"):] for li in soup.select("#sources ol.sources li")}
    assert cited == listed == {"test-bulletin", "test-customs", "test-article"}
    assert "https://example.org/test-customs" in soup.select_one("#src-test-customs").get_text()
