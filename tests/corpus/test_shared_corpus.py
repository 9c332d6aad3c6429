"""Real text: the 72 national government work reports from ../shared/corpus (skipped if absent)."""

from __future__ import annotations

import re
from pathlib import Path

from northward.corpus import api
from northward.corpus.db import CorpusDB
from northward.corpus.normalize import normalise


def _paragraphs_with(reports: list[dict], term: str) -> int:
    return sum(1 for r in reports for line in r["content"].split("\n") if term in normalise(line.strip()))


def test_all_reports_imported_with_years(shared_home: Path, shared_reports: list[dict]) -> None:
    docs = [d for d in api.list_documents(shared_home) if d["has_text"]]
    assert len(docs) == len(shared_reports) == 72
    dated = [r for r in shared_reports if r["year"] or re.search(r"(19|20)\d\d年", r["title"] + r["content"])]
    with CorpusDB(shared_home) as db:
        # a year comes from the record, else from its title or text; the two undated resolutions stay undated
        assert db.scalar("SELECT COUNT(*) FROM document WHERE norm_text IS NOT NULL AND year IS NOT NULL") == len(dated) >= 70
        assert db.scalar("SELECT SUM(chars) FROM document") > 1_000_000


def test_border_ports_found_and_highlighted(shared_home: Path, shared_reports: list[dict]) -> None:
    hits = api.search(shared_home, "口岸", limit=100)
    expected = _paragraphs_with(shared_reports, "口岸")
    assert expected >= 9
    assert len(hits) == expected  # every paragraph that mentions 口岸, and nothing else
    for h in hits:
        assert "<mark>口岸</mark>" in h.snippet_html
        assert h.issuer == "国务院" and h.citation.endswith(f"para. {h.paragraph} [{h.doc_id}]")
    years = {int(h.published) for h in hits}
    assert 2009 in years and 2015 in years


def test_towards_russia_word_and_substring(shared_home: Path) -> None:
    # The only 对俄 in these reports is 对俄国人民 (1955): word search rightly misses it,
    # KWIC (exact substring) finds it, with its citation.
    assert api.search(shared_home, "对俄") == []
    lines = api.kwic(shared_home, "对俄", width=10)
    assert len(lines) == 1
    line = lines[0]
    assert line.keyword == "对俄" and line.right.startswith("国人民") and line.published == "1955"
    assert "1955年中华人民共和国国务院政府工作报告" in line.citation
    russia = api.search(shared_home, "俄罗斯", limit=100)
    assert len(russia) >= 5 and all("<mark>俄罗斯</mark>" in h.snippet_html for h in russia)


def test_phrase_and_boolean_on_real_text(shared_home: Path, shared_reports: list[dict]) -> None:
    both = api.search(shared_home, "一带一路 AND 口岸", limit=50)
    assert both and all("一带一路" in h.snippet_text or "口岸" in h.snippet_text for h in both)
    for h in both:
        doc = api.show_document(shared_home, h.doc_id)
        para = normalise(doc["text"][h.paragraph - 1])
        assert "一带一路" in para and "口岸" in para


def test_concept_counts_are_exact_substrings(shared_home: Path, shared_reports: list[dict]) -> None:
    rows = api.concept_counts(shared_home, by="territory_year", concept="border_port")
    total = sum(r["n"] for r in rows)
    assert total == sum(normalise(r["content"]).count("口岸") for r in shared_reports)
    assert {r["territory"] for r in rows} == {"CN"}
    bri = api.concept_counts(shared_home, by="document", concept="belt_and_road")
    assert bri and min(r["year"] for r in bri) >= 2014
