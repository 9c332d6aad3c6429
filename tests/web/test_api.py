"""The JSON/CSV API over a store built from tests/web/data/seed (test figures, not real statistics)."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest


def test_territories_have_three_names(client: Any) -> None:
    rows = {r["code"]: r for r in client.get("/api/territories").json()["rows"]}
    assert rows["CN-HL"]["name_zh"] == "黑龙江省"
    assert rows["CN-HL"]["name_en"] == "Heilongjiang"
    assert rows["CN-HL"]["name_ru"] == "Хэйлунцзян"


def test_overview_computes_russia_share_with_lineage(client: Any) -> None:
    body = client.get("/api/overview").json()
    blocks = {b["code"]: b for b in body["blocks"]}
    assert list(blocks) == ["NEC", "CN-HL", "CN-JL", "CN-LN", "CN-NM"]
    cards = {c["title"]: c for c in blocks["CN-HL"]["cards"]}
    # 2023: 2200亿 with Russia of 3000亿 in all = 73.33 %
    assert cards["Russia's share of trade"]["latest"]["value"] == pytest.approx(73.333, abs=1e-3)
    assert cards["Foreign trade"]["latest"]["value"] == pytest.approx(3000e8)
    assert cards["Foreign trade"]["source_ids"] == ["web-test-customs"]
    assert cards["Population"]["latest"]["value"] == pytest.approx(3062e4)
    assert {s["source_id"] for s in body["sources"]} == {"web-test-customs", "web-test-bulletin"}


def test_territory_profile_lists_share_per_year(client: Any) -> None:
    body = client.get("/api/territories/CN-HL").json()
    shares = {s["period"]: round(s["value"], 2) for s in body["share"]}
    assert shares == {"2019": 66.67, "2020": 68.75, "2021": 65.0, "2022": 69.23, "2023": 73.33}
    titles = [c["title"] for c in body["charts"]]
    assert titles[0].startswith("Trade by partner")
    assert all(c["source_ids"] for c in body["charts"])


def test_observations_filter_and_csv(client: Any) -> None:
    params = {"territory": "CN-HL", "partner": "RU", "flow": "total", "period": "2019..2023",
              "indicator": "trade_value"}
    body = client.get("/api/observations", params=params).json()
    assert body["count"] == 5
    assert [r["period"] for r in body["rows"]] == ["2019", "2020", "2021", "2022", "2023"]
    r = client.get("/api/observations", params={**params, "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["x-northward-sources"] == "web-test-customs"
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 5 and float(rows[-1]["value"]) == 2200e8


def test_observations_excel_has_sources_sheet(client: Any) -> None:
    from openpyxl import load_workbook

    r = client.get("/api/observations", params={"territory": "CN-HL", "format": "xlsx"})
    assert r.status_code == 200
    wb = load_workbook(io.BytesIO(r.content))
    assert wb.sheetnames == ["observations", "sources"]
    ids = {row[0] for row in wb["sources"].iter_rows(min_row=2, values_only=True)}
    assert ids == {"web-test-customs", "web-test-bulletin", "web-test-article"}


def test_trade_explorer_hs_level_sums_codes(client: Any) -> None:
    body = client.get("/api/trade", params={"territory": "CN-HL", "hs_level": 2}).json()
    products = {r["product"]: r["value"] for r in body["rows"]}
    assert products == {"27": pytest.approx(1050e8), "44": pytest.approx(60e8)}
    assert body["series"] == "product"
    assert body["chart"]["spec"]["data"]["values"]


def test_trade_explorer_charts_one_unit_and_says_so(client: Any) -> None:
    body = client.get("/api/trade", params={"territory": "CN-HL", "partner": "WLD"}).json()
    assert body["unit"] == "CNY" and body["freq"] == "A"
    assert body["total_rows"] == 7  # five years in yuan, one in dollars, one cumulative half-year
    assert body["notes"] and "series resolver" in body["notes"][0]  # one unit, one frequency, gaps break lines
    years = [v["period"] for v in body["chart"]["spec"]["data"]["values"]]
    assert years == sorted(set(years))  # one figure per year: the cumulative half-year is not charted
    csv_text = client.get("/api/trade", params={"territory": "CN-HL", "partner": "WLD", "format": "csv"}).text
    assert len(csv_text.strip().splitlines()) == 8


def test_indicator_growth_with_lineage(client: Any) -> None:
    params = {"territory": "CN-HL", "partner": "RU", "flow": "total", "start": "2019", "end": "2023"}
    body = client.get("/api/indicators/growth", params=params).json()
    assert body["value"] == pytest.approx(120.0)
    assert [s["source_id"] for s in body["lineage"]["sources"]] == ["web-test-customs"]


def test_sources_count_their_figures(client: Any) -> None:
    rows = {r["source_id"]: r for r in client.get("/api/sources").json()["rows"]}
    assert rows["web-test-unused"]["figures"] == 0
    assert rows["web-test-customs"]["figures"] > 50
    used = {r["source_id"] for r in client.get("/api/sources", params={"used": True}).json()["rows"]}
    assert "web-test-unused" not in used
    one = client.get("/api/sources/web-test-article").json()
    assert one["source"]["title"] == "A test article about the North"
    assert {r["indicator"] for r in one["rows"]} == {"trade_value", "trade_partner_share_pct"}


def test_sources_csv(client: Any) -> None:
    r = client.get("/api/sources", params={"format": "csv"})
    header = r.text.splitlines()[0].split(",")
    assert header[:4] == ["source_id", "kind", "grade", "title"] and "figures" in header


def test_page_share_agrees_with_the_indicator_layer(client: Any) -> None:
    share = client.get("/api/territories/CN-HL").json()["share"][-1]
    recomputed = client.get(share["lineage_url"]).json()
    assert recomputed["indicator"] == "share"
    assert recomputed["value"] == pytest.approx(share["value"], abs=1e-6)
