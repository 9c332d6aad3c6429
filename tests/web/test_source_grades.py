"""Source grades on the web: the list filters by grade, every source page names its grade and copy."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def shipped(shipped_client: Any) -> Any:
    return shipped_client


def test_api_filters_sources_by_grade(shipped: Any) -> None:
    rows = shipped.get("/api/sources", params={"grade": "unverified_copy"}).json()["rows"]
    assert rows and {r["grade"] for r in rows} == {"unverified_copy"}
    assert "1kucc-jl-gdp-2024" in {r["source_id"] for r in rows}
    official = shipped.get("/api/sources", params={"grade": "official_original"}).json()["rows"]
    assert official and not [r for r in official if r["retrieved_from"]]


def test_unknown_grade_is_a_clear_error(shipped: Any) -> None:
    r = shipped.get("/api/sources", params={"grade": "oficial_original"})
    assert r.status_code in (400, 422) and "official_original" in r.text


def test_sources_page_shows_grades(shipped: Any) -> None:
    html = shipped.get("/sources", params={"grade": "reputable_media"}).text
    assert "reputable media" in html and "unverified copy" not in html.split("<tbody>")[1]


def test_source_page_names_grade_original_and_copy(shipped: Any) -> None:
    html = shipped.get("/sources/geo-xinhua-ecommerce-2023").text
    assert "secondary" in html and "Xinhua" in html
    assert "retrieved from" in html and "sharepointconcepts.com" in html
