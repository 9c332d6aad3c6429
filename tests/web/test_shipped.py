"""Every page and table over the store built from the shipped dataset (real figures, real sources)."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import needs


@pytest.fixture(scope="module")
def shipped(shipped_client: Any) -> Any:
    return shipped_client


def test_every_territory_page_opens(shipped: Any) -> None:
    codes = [t["code"] for t in shipped.get("/api/territories").json()["rows"]]
    assert {"NEC", "CN-HL", "CN-JL", "CN-LN", "CN-NM", "RU"} <= set(codes)
    for code in codes:
        assert shipped.get(f"/territories/{code}").status_code == 200, code


def test_every_source_page_opens(shipped: Any) -> None:
    sources = shipped.get("/api/sources").json()["rows"]
    assert sources
    for s in sources:
        assert shipped.get(f"/sources/{s['source_id']}").status_code == 200, s["source_id"]


@pytest.mark.parametrize("path", ["/", "/explorer", "/explorer?hs_level=2", "/explorer?territory=CN-HL&partner=RU",
                                  "/sources", "/api/overview", "/api/trade", "/map", "/documents",
                                  "/documents?q=口岸&kw=口岸", "/audit"])
def test_pages_over_shipped_data(shipped: Any, path: str) -> None:
    r = shipped.get(path)
    if r.status_code == 503:  # an area missing from this build says so, with code NW904
        assert "NW904" in r.text
        return
    assert r.status_code == 200, r.text[:300]


def test_overview_cites_the_article(shipped: Any) -> None:
    body = shipped.get("/api/overview").json()
    assert "larin2025" in {s["source_id"] for s in body["sources"]}
    for block in body["blocks"]:
        for card in block["cards"]:
            if card["latest"]:
                assert card["source_ids"], (block["code"], card["title"])


@needs("northward.geo.api")
def test_map_and_every_place_page(shipped: Any) -> None:
    places = shipped.get("/api/places").json()["rows"]
    assert len(places) > 20
    assert shipped.get("/map").status_code == 200
    for p in places:
        r = shipped.get(f"/places/{p['place_id']}")
        assert r.status_code == 200 and p["name_en"] in r.text, p["place_id"]
    one = shipped.get(f"/api/places/{places[0]['place_id']}").json()
    assert one["place"]["place_id"] == places[0]["place_id"]
    assert shipped.get("/api/places/no-such-place").status_code in (400, 404)
    corridors = shipped.get("/api/corridors", params={"format": "csv"})
    assert corridors.status_code == 200 and corridors.text.startswith("corridor_id,")
