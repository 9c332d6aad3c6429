"""The coverage page and API over the shipped store."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def shipped(shipped_client: Any) -> Any:
    return shipped_client


def test_api_coverage_json(shipped: Any) -> None:
    data = shipped.get("/api/coverage", params={"indicator": "gdp_growth_pct", "territory": "CN-NM",
                                                 "start": 2019, "end": 2024}).json()
    assert data["years"] == list(range(2019, 2025))
    (row,) = data["rows"]
    cells = {c["year"]: c for c in row["cells"]}
    # 2023: the Inner Mongolia statistics bureau's own page
    assert cells[2023]["state"] == "stated" and cells[2023]["grade"] == "official_original"
    assert "nmgtj-2024-01-19-nm-gdp-2023" in cells[2023]["sources"]
    assert cells[2024]["state"] == "gap"
    assert data["legend"]["states"]["P"] == "part-year only"


def test_api_coverage_csv_and_bad_indicator(shipped: Any) -> None:
    r = shipped.get("/api/coverage", params={"format": "csv", "indicator": "gdp", "start": 2020, "end": 2021})
    assert r.status_code == 200 and r.text.splitlines()[0].startswith("indicator,territory,partner,flow,year,state")
    bad = shipped.get("/api/coverage", params={"indicator": "gpd"})
    assert bad.status_code in (400, 404, 422) and "gdp" in bad.text


def test_coverage_page(shipped: Any) -> None:
    html = shipped.get("/coverage", params={"indicator": "trade_value gdp", "territory": "CN-HL",
                                            "start": 2019, "end": 2024}).text
    assert "Coverage" in html and "cov-part-year" in html and "cov-stated" in html
    assert "official original" in html and "/api/coverage?format=csv&indicator=trade_value&indicator=gdp" in html
