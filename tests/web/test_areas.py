"""Pages and API over the other areas: places and map (geo), documents (corpus), claims audit."""

from __future__ import annotations

from typing import Any

from .conftest import needs


@needs("northward.corpus.api")
def test_document_search_highlights_hits(client: Any) -> None:
    body = client.get("/api/documents/search", params={"q": "向北开放"}).json()
    assert body["count"] == 3
    assert all("<mark>向北开放</mark>" in h["snippet_html"] for h in body["rows"])
    html = client.get("/documents", params={"q": "向北开放"}).text
    assert html.count("<mark>向北开放</mark>") >= 3 and "测试政府, 《2021年测试工作报告》" in html


@needs("northward.corpus.api")
def test_keyword_in_context_and_concepts(client: Any) -> None:
    lines = client.get("/api/documents/kwic", params={"q": "口岸"}).json()["rows"]
    assert len(lines) == 4 and all(line["keyword"] == "口岸" for line in lines)
    concepts = client.get("/api/documents/concepts", params={"territory": "CN-HL"}).json()["rows"]
    by_key = {(r["concept_id"], r["year"]): r["n"] for r in concepts}
    assert by_key[("opening_north", 2022)] == 1 and by_key[("border_port", 2022)] == 2
    html = client.get("/documents", params={"kw": "口岸"}).text
    assert "Concept trends" in html and 'class="kwic list"' in html
    csv_text = client.get("/api/documents/kwic", params={"q": "口岸", "format": "csv"}).text
    assert csv_text.splitlines()[0].startswith("doc_id,")


@needs("northward.corpus.api")
def test_bad_search_query_is_a_clear_error(client: Any) -> None:
    r = client.get("/api/documents/search", params={"q": "x" * 201})
    assert r.status_code == 422 and r.json()["error"]["code"] == "NW422"


@needs("northward.audit.api")
def test_audit_finds_an_inconsistent_multiple(client: Any) -> None:
    text = "Exports grew 3.7 times, from 10.7 billion yuan in 2019 to 37.3 billion yuan in 2024."
    body = client.post("/api/audit", json={"text": text}).json()
    assert body["claims"]
    verdicts = {f["verdict"] for f in body["findings"]}
    assert "inconsistent" in verdicts
    html = client.post("/audit", data={"text": text}).text
    assert 'verdict-inconsistent' in html and "3.7 times" in html
    for r in (client.post("/api/audit", params={"format": "csv"}, json={"text": text}),
              client.post("/audit.csv", data={"text": text})):
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        header, *lines = r.text.splitlines()
        assert header.startswith("claim_id,verdict,kind") and any(",inconsistent," in line for line in lines)


@needs("northward.audit.api")
def test_audit_upload(client: Any) -> None:
    text = "Trade rose from 100 to 150 billion yuan, an increase of 50%."
    r = client.post("/api/audit/file", files={"file": ("note.txt", text.encode("utf-8"), "text/plain")})
    assert r.status_code == 200 and r.json()["claims"]
    r = client.post("/audit", files={"file": ("note.txt", text.encode("gb18030"), "text/plain")})
    assert r.status_code == 200 and 'id="audit-report"' in r.text
