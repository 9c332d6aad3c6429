"""The layers linked on the web: place pages with events and mentions, the timeline page and API."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def client(linked_home) -> Any:
    from fastapi.testclient import TestClient

    from northward.web import create_app

    with TestClient(create_app(linked_home), raise_server_exceptions=False) as c:
        yield c


def test_place_page_lists_events_and_the_paragraphs_naming_it(client):
    r = client.get("/places/suifenhe")
    assert r.status_code == 200
    assert 'id="events"' in r.text and "2020-04-08" in r.text and "/sources/geo-runews24-2020-crossings" in r.text
    assert 'id="mentions"' in r.text and "<mark>绥芬河</mark>" in r.text
    assert 'href="/documents/hl-ports-test#p3"' in r.text
    assert 'href="/timeline/suifenhe"' in r.text


def test_timeline_page_links_events_documents_and_sources(client):
    r = client.get("/timeline/CN-HL")
    assert r.status_code == 200
    assert 'class="vl-chart"' in r.text and 'id="events-table"' in r.text
    assert 'href="/places/hl-ftz"' in r.text and "/sources/larin2025-s16" in r.text
    assert "Descriptive, not causal" in r.text and '<span class="gap">gap</span>' in r.text


def test_timeline_api_and_unknown_subject(client):
    data = client.get("/api/timeline/hl-ftz").json()
    assert data["subject_id"] == "hl-ftz" and data["events"][0]["sources"]
    assert client.get("/api/timeline/%E7%BB%A5%E8%8A%AC%E6%B2%B3").json()["subject_id"] == "suifenhe"
    bad = client.get("/api/timeline/CN-HX")
    assert bad.status_code in (400, 404) and "CN-HL" in bad.text  # UnknownValue: the failures module picks the code


def test_map_page_links_the_timelines(client):
    r = client.get("/map")
    assert r.status_code == 200
    assert 'href="/timeline/CN-HL"' in r.text and 'href="/timeline/primorye-2"' in r.text
    assert client.get("/timeline/primorye-2").status_code == 200


def test_place_api_carries_events_and_mentions(client):
    data = client.get("/api/places/suifenhe").json()
    assert any(e["subject_id"] == "suifenhe-road" for e in data["events"])
    assert data["mentions"][0]["doc_id"] == "hl-ports-test" and data["mentions"][0]["keyword"] == "绥芬河"
