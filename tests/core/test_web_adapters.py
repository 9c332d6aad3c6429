"""The web as an adapter over the core: overview cards from the series, several territories at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def client(series_home: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from northward.web import create_app

    with TestClient(create_app(series_home), raise_server_exceptions=False) as c:
        yield c


def test_overview_shows_the_derived_total_and_says_so(client: Any) -> None:
    blocks = {b["code"]: b for b in client.get("/api/overview").json()["blocks"]}
    card = next(c for c in blocks["CN-HL"]["cards"] if c["title"] == "Trade with Russia")
    assert card["latest"]["period"] == "2024" and card["latest"]["value"] == pytest.approx(234.3e9)
    assert card["latest"]["unit"] == "CNY" and "export + import" in card["note"]
    html = client.get("/").text
    assert "derived: export + import" in html


def test_trade_api_takes_several_territories(client: Any) -> None:
    r = client.get("/api/trade", params=[("territory", "CN-HL"), ("territory", "CN-JL"), ("partner", "RU")])
    assert r.status_code == 200
    data = r.json()
    assert {row["territory"] for row in data["rows"]} == {"CN-HL", "CN-JL"}
    assert data["query"]["territory"] == ["CN-HL", "CN-JL"]


def test_series_api_answers_per_territory_with_gaps(client: Any) -> None:
    r = client.get("/api/series", params=[("territory", "CN-HL"), ("territory", "NEC"), ("partner", "RU"),
                                          ("flow", "export"), ("start", "2019"), ("end", "2020")])
    assert r.status_code == 200
    hl, nec = r.json()["series"]
    assert [p["value"] for p in hl["points"]] == [10.7e9, None]
    assert hl["points"][1]["gap_reason"] and nec["points"][0]["how"] == "summed_members"


def test_aggregate_page_links_each_member(client: Any) -> None:
    html = client.get("/territories/NEC").text
    assert 'href="/territories/CN-HL"' in html and "CN-HL CN-JL" not in html


def test_explorer_compares_territories_and_breaks_lines_at_gaps(client: Any) -> None:
    params = [("territory", "CN-HL"), ("territory", "CN-JL"), ("partner", "RU"), ("flow", "export")]
    assert client.get("/explorer", params=params).status_code == 200
    body = client.get("/api/trade", params=params).json()
    values = body["chart"]["spec"]["data"]["values"]
    hl = [v for v in values if "Heilongjiang" in v["series"] or v["series"] == "CN-HL"]
    assert {v["period"] for v in hl} >= {"2019", "2024"}
    # 2020-2021 are gaps for Heilongjiang here: the points after a gap are another segment of the line
    assert len({v["segment"] for v in hl}) > 1
    assert body["chart"]["spec"]["encoding"]["x"]["scale"]["domain"][0] == "2019"
