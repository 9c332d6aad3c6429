"""Document pages and API: filters, a page per document, hits that open their paragraph, trends with gaps."""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any

from .conftest import needs

pytestmark = needs("northward.corpus.api")


def test_search_filters_by_territory_type_and_year(client: Any) -> None:
    hl = client.get("/api/documents/search", params={"q": "向北开放", "territory": "CN-HL"}).json()["rows"]
    assert hl and {r["territory"] for r in hl} == {"CN-HL"}
    assert client.get("/api/documents/search", params={"q": "向北开放", "territory": "CN-JL"}).json()["rows"] == []
    y2022 = client.get("/api/documents/search", params={"q": "向北开放", "year": "2022"}).json()["rows"]
    assert {r["published"] for r in y2022} == {"2022"}
    assert client.get("/api/documents/search", params={"q": "向北开放", "type": "plan"}).json()["rows"] == []
    bad = client.get("/api/documents/search", params={"q": "向北开放", "year": "twenty"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "NW520"


def test_a_hit_links_to_its_paragraph(client: Any) -> None:
    html = client.get("/documents", params={"q": "口岸", "territory": "CN-HL", "year": "2021..2023"}).text
    links = re.findall(r'class="doc-link" href="([^"]+)"', html)
    assert links
    path, anchor = unescape(links[0]).split("#")
    page = client.get(path)
    assert page.status_code == 200
    para = re.search(rf'<p id="{anchor}">(.*?)</p>', page.text, re.S)
    assert para is not None and "<mark>口岸</mark>" in para.group(1)
    assert 'id="doc-meta"' in page.text and "测试政府" in page.text


def test_document_page_and_api(client: Any) -> None:
    docs = client.get("/api/documents").json()["rows"]
    doc_id = next(d["doc_id"] for d in docs if d["has_text"])
    body = client.get(f"/api/documents/{doc_id}").json()
    assert body["doc_id"] == doc_id and body["text"]
    html = client.get(f"/documents/{doc_id}").text
    assert html.count('<p id="p') == len(body["text"])
    missing = client.get("/documents/no-such-doc")
    assert missing.status_code == 404 and "no-such-doc" in missing.text
    assert client.get("/api/documents/no-such-doc").json()["error"]["code"] == "NW510"


def test_trend_for_picked_concepts(client: Any) -> None:
    body = client.get("/api/documents/trend", params={"concept": ["opening_north", "border_port"]}).json()
    assert [c["id"] for c in body["concepts"]] == ["opening_north", "border_port"]
    assert body["years"] == [2021, 2022, 2023] and body["gaps"] == []
    assert {(r["concept_id"], r["year"]) for r in body["rows"]} == {
        (c, y) for c in ("opening_north", "border_port") for y in (2021, 2022, 2023)}
    unknown = client.get("/api/documents/trend", params={"concept": ["opening_nort"]})
    assert unknown.status_code == 422 and unknown.json()["error"]["nearest"] == "opening_north"
    html = client.get("/documents", params={"concept": ["border_port"]}).text
    assert 'id="concept-trend"' in html and "Sources: none" not in html
    assert re.search(r'id="trend-sources">Sources: the texts of 3 documents', html)


def test_trend_on_the_default_corpus_has_gaps_not_zeros(shipped_client: Any) -> None:
    body = shipped_client.get("/api/documents/trend", params={"concept": ["towards_russia"]}).json()
    assert 1961 in body["gaps"] and 1961 not in body["years"]
    assert all(r["year"] not in body["gaps"] for r in body["rows"])
    y1955 = next(r for r in body["rows"] if r["year"] == 1955)
    assert y1955["n"] == 0  # 对俄国人民 in the 1955 report is not 对俄
    html = shipped_client.get("/documents", params={"concept": ["towards_russia"]}).text
    spec = json.loads(unescape(re.search(r'data-spec="([^"]+)"', html).group(1)))
    gap_layer, line_layer = spec["layer"]
    assert gap_layer["mark"]["type"] == "rect" and {v["year"] for v in gap_layer["data"]["values"]} == set(body["gaps"])
    assert line_layer["encoding"]["x"]["type"] == "quantitative"
    assert "国务院" in html and "Chinese Wikisource" in html


def test_mentions_api(shipped_client: Any) -> None:
    rows = shipped_client.get("/api/documents/mentions", params={"alias": ["东北"], "limit": 3}).json()["rows"]
    assert len(rows) == 3 and all("【东北】" in r["snippet"] for r in rows)
    years = [r["year"] for r in rows]
    assert years == sorted(years, reverse=True)
