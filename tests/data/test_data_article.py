"""The article's key figures are stored as stated, and every stored number is in the article's text."""

from __future__ import annotations

import re

import pytest
from dataset_files import base_value, find

KEY = [
    # indicator, territory, partner, flow, period, unit, base value
    ("trade_value", "CN-HL", "RU", "export", "2019", "CNY", 10.7e9),
    ("trade_value", "CN-HL", "RU", "export", "2024", "CNY", 37.3e9),
    ("trade_multiple", "CN-HL", "RU", "export", "2019..2024", "times", 3.7),
    ("trade_value", "CN-JL", "RU", "export", "2019", "CNY", 1.7e9),
    ("trade_value", "CN-JL", "RU", "export", "2024", "CNY", 18.3e9),
    ("trade_multiple", "CN-JL", "RU", "export", "2019..2024", "times", 12),
    ("trade_value", "CN-LN", "RU", "export", "2019", "CNY", 7.9e9),
    ("trade_value", "CN-NM", "RU", "export", "2024", "CNY", 20.4e9),
    ("trade_value", "NEC", "RU", "total", "2019", "CNY", 175.3e9),
    ("trade_value", "NEC", "RU", "total", "2024", "CNY", 334.1e9),
    ("trade_growth_pct", "NEC", "RU", "total", "2019..2024", "percent", 90.6),
    ("trade_partner_share_pct", "NEC", "RU", "total", "2024", "percent", 22.9),
    ("trade_value", "NEC", "WLD", "export", "2024", "CNY", 618e9),
    ("trade_value", "NEC", "WLD", "export", "2020", "CNY", 418e9),
    ("trade_growth_pct", "NEC", "WLD", "export", "2020..2024", "percent", 48),
    ("trade_value", "NEC", "WLD", "export", "2020", "USD", 107.5e9),
    ("trade_value", "NEC", "WLD", "export", "2024", "USD", 200e9),
    ("trade_value", "CN-HL", "RU", "export", "2024", "USD", 5.24e9),
    ("trade_value", "CN-HL", "RU", "import", "2024", "USD", 27.7e9),
    ("trade_value", "CN-HL", "RU", "import", "2024", "CNY", 197e9),
    ("trade_rank", "CN-HL", "RU", "export", "2024", "rank", 7),
    ("trade_rank", "CN-NM", "RU", "import", "2024", "rank", 10),
    ("trade_national_share_pct", "CN-HL", "RU", "import", "2024", "percent", 21.4),
    ("trade_growth_pct", "CN-HL", "WLD", "total", "2020..2024", "percent", 103.2),
    ("gdp_growth_pct", "CN-NM", "2023", "", "2023", "percent", 7.4),
    ("border_length", "NEC", "RU", "", "2025", "km", 4210),
    ("ftz_new_enterprises", "CN-HL", "", "", "2024", "count", 8367),
    ("ecommerce_pilot_zones", "CN", "", "", "2020", "count", 46),
    ("ecommerce_countries", "CN-HL", "", "", "@2024-02-18", "count", 104),
    ("border_ports", "CN-HL", "RU", "", "2024", "count", 19),
    ("border_ports_operating", "CN-HL", "RU", "", "2024", "count", 15),
    ("population", "NEC", "", "", "@2024-12-31", "persons", 119e6),
    ("fdi_inward_stock", "CN", "RU", "", "@2023-12-31", "USD", 1.15e9),
]


@pytest.mark.parametrize(
    "indicator,territory,partner,flow,period,unit,expected",
    KEY,
    ids=[f"{k[0]}-{k[1]}-{k[3] or 'x'}-{k[4]}-{k[5]}" for k in KEY],
)
def test_key_figure(article_rows, indicator, territory, partner, flow, period, unit, expected):
    key = {"indicator": indicator, "territory": territory, "period": period, "unit": unit}
    if indicator != "gdp_growth_pct":
        key |= {"partner": partner, "flow": flow}
    rows = find(article_rows, **key)
    assert len(rows) == 1, (key, rows)
    assert base_value(rows[0]) == pytest.approx(expected, rel=1e-9)
    assert rows[0]["status"] == "final"


def test_jilin_peak_and_imports_from_russia(article_rows):
    peak = find(article_rows, indicator="trade_value", territory="CN-JL", partner="RU", flow="export", period="2023")
    assert [base_value(r) for r in peak] == [20.4e9]
    assert find(article_rows, indicator="trade_multiple", territory="CN-HL", flow="import")[0]["value"] == "2.3"


def test_ambiguous_share_is_stored_as_stated_with_a_note(article_rows):
    rows = find(article_rows, indicator="trade_partner_share_pct", territory="CN-HL", partner="RU", flow="export")
    assert len(rows) == 1 and rows[0]["value"] == "4.5"
    assert "own exports" in rows[0]["stated"] and "Ambiguous" in rows[0]["note"]


def test_ranges_are_two_rows(article_rows):
    rows = find(article_rows, indicator="pop_age_0_14_pct", territory="NEC")
    assert sorted((r["qualifier"], r["value"]) for r in rows) == [("range_high", "14"), ("range_low", "10")]


def test_results_figures_name_customs_statistics(article_rows):
    rows = find(article_rows, indicator="trade_growth_pct", period="2020..2024", territory="CN-HL")
    assert rows[0]["primary_source_id"] == "larin2025-fn5"


_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUM.findall(text)}


def test_every_stated_number_is_in_the_article(article_rows, article_text):
    in_article = _numbers(article_text)
    missing = []
    for r in article_rows:
        stated = _numbers(r["stated"])
        if not stated:
            # a figure in words ("one-fifth", "three regions", "main counterparty")
            continue
        if not stated <= in_article:
            missing.append((r["_where"], r["stated"], stated - in_article))
        value = r["value"].lstrip("-")
        if value not in stated and value.rstrip("0").rstrip(".") not in stated:
            missing.append((r["_where"], r["stated"], f"value {r['value']} not in stated"))
    assert not missing, missing


def test_article_text_figures_are_all_stored(article_rows, article_text):
    """Every number with a unit in the article's body is stored (dates, years and footnote marks aside)."""
    body = article_text.split("REFERENCES")[0]
    stored = set()
    for r in article_rows:
        stored |= _numbers(r["stated"]) | {r["value"].lstrip("-")}
    wanted = re.findall(
        r"(\d[\d,]*(?:\.\d+)?)\s*(?:%|trillion|billion|million|km|times|th place|nd\b|th\b|border|of which|"
        r"cities|countries|new enterprises|enterprises)",
        body,
    )
    missing = sorted({w.replace(",", "") for w in wanted} - stored)
    assert not missing, missing
