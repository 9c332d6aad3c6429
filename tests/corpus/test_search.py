"""Search: two-character terms, the corridor, booleans, phrases, filters, BM25, highlights, citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from northward.corpus import api
from northward.corpus.errors import BadQuery


def _ids(hits: list[api.Hit]) -> set[tuple[str, int]]:
    return {(h.doc_id, h.paragraph) for h in hits}


def test_two_character_terms(corpus_home: Path) -> None:
    hits = api.search(corpus_home, "对俄")
    assert _ids(hits) == {
        ("hl-ports-test", 1),
        ("hl-ports-test", 2),
        ("hl-ports-test", 4),
        ("hl-ports-test", 5),
        ("ln-transport-test", 2),
        ("jl-measures", 2),
        ("reports-001", 2),
    }
    for h in hits:
        assert "<mark>对俄</mark>" in h.snippet_html or "<mark>對俄</mark>" in h.snippet_html
    ports = api.search(corpus_home, "口岸", limit=50)
    assert ("hl-ports-test", 3) in _ids(ports) and ("nm-transport-gb18030", 2) in _ids(ports)
    assert all("口岸" in h.snippet_text or "口岸" in h.snippet_html for h in ports)


def test_corridor_found_in_simplified_and_traditional_text(corpus_home: Path) -> None:
    hits = api.search(corpus_home, "中蒙俄经济走廊")
    assert _ids(hits) == {
        ("hl-ports-test", 4),
        ("ln-transport-test", 2),
        ("nm-transport-gb18030", 2),
        ("reports-001", 3),
    }
    trad = next(h for h in hits if h.doc_id == "ln-transport-test")
    # the snippet shows the document as written (traditional), with the match marked
    assert "<mark>中蒙俄經濟走廊</mark>" in trad.snippet_html
    assert api.search(corpus_home, "中蒙俄經濟走廊")[0].doc_id in {h.doc_id for h in hits}


def test_highlight_is_on_the_original_text_and_escaped(home: Path, tmp_path: Path) -> None:
    from northward.corpus.importer import add_paths

    f = tmp_path / "x.txt"
    f.write_text("<b>口岸</b> & 對俄口岸。", encoding="utf-8")
    add_paths(home, [f])
    hit = api.search(home, "口岸")[0]
    assert hit.snippet_html == "&lt;b&gt;<mark>口岸</mark>&lt;/b&gt; &amp; 對俄<mark>口岸</mark>。"
    assert hit.snippet_text == "<b>【口岸】</b> & 對俄【口岸】。"


def test_boolean_queries_and_phrases(corpus_home: Path) -> None:
    both = _ids(api.search(corpus_home, "口岸 AND 对俄"))
    assert both == {
        ("hl-ports-test", 1),
        ("hl-ports-test", 2),
        ("hl-ports-test", 4),
        ("ln-transport-test", 2),
        ("reports-001", 2),
    }
    assert _ids(api.search(corpus_home, "口岸 对俄")) == both
    without = _ids(api.search(corpus_home, "对俄 NOT 口岸"))
    assert without == {("hl-ports-test", 5), ("jl-measures", 2)}
    either = _ids(api.search(corpus_home, "冰上丝绸之路 OR 跨境人民币"))
    assert either == {("hl-ports-test", 5), ("jl-measures", 2)}
    grouped = _ids(api.search(corpus_home, "(冰上丝绸之路 OR 跨境人民币) NOT 哈尔滨"))
    assert grouped == {("jl-measures", 2)}
    assert _ids(api.search(corpus_home, '"对俄 贸易"')) == {
        ("hl-ports-test", 4),
        ("jl-measures", 2),
        ("reports-001", 2),
    }


def test_filters(corpus_home: Path) -> None:
    assert {h.doc_id for h in api.search(corpus_home, "口岸", territory="CN-HL")} == {"hl-ports-test"}
    assert {h.doc_id for h in api.search(corpus_home, "口岸", doc_type="transport_plan")} == {"ln-transport-test"}
    assert {h.doc_id for h in api.search(corpus_home, "口岸", year=2020)} == {"reports-001"}
    assert {h.doc_id for h in api.search(corpus_home, "口岸", year="2020..2021")} == {
        "reports-001",
        "ln-transport-test",
    }
    with pytest.raises(BadQuery):
        api.search(corpus_home, "口岸", year="20x")


def test_bm25_ranks_denser_paragraphs_first(corpus_home: Path) -> None:
    hits = api.search(corpus_home, "口岸", territory="CN-HL")
    assert hits[0].paragraph == 3  # six mentions in one paragraph
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_citation(corpus_home: Path) -> None:
    hit = api.search(corpus_home, "向北开放")[0]
    assert hit.citation == "测试海关, 《黑龙江省对俄口岸情况（测试样本）》, 2024-07-04, para. 2 [hl-ports-test]"
    assert hit.to_dict()["url"] == "http://example.test/hl-ports"


@pytest.mark.parametrize("query", ['"口岸', "NOT 口岸", "口岸 AND", "(口岸", "口岸)", "()", "。，", ""])
def test_bad_queries_are_clear_errors(corpus_home: Path, query: str) -> None:
    with pytest.raises(BadQuery) as info:
        api.search(corpus_home, query)
    assert info.value.problem.code == "NW520" and info.value.hint


def test_english_words_in_chinese_text(corpus_home: Path) -> None:
    hits = api.search(corpus_home, "northern sea route")
    assert [h.doc_id for h in hits] == ["transport-note"]
    assert "<mark>Northern</mark> <mark>Sea</mark> <mark>Route</mark>" in hits[0].snippet_html
    phrase = api.search(corpus_home, '"northern sea route"')
    assert "<mark>Northern Sea Route</mark>" in phrase[0].snippet_html


def test_parts_and_nesting_of_glossary_terms(home: Path, tmp_path: Path) -> None:
    from northward.corpus.importer import add_paths

    f = tmp_path / "terms.txt"
    f.write_text("推进中蒙俄经济走廊建设。\n建设跨境电子商务综合试验区。\n扩大对俄贸易。\n对俄罗斯出口增长。", encoding="utf-8")
    add_paths(home, [f])
    assert [h.paragraph for h in api.search(home, "经济走廊")] == [1]  # a part of a glossary term
    assert [h.paragraph for h in api.search(home, "跨境电子商务")] == [2]  # a term nested in a longer one
    assert [h.paragraph for h in api.search(home, "电子商务")] == [2]
    assert [h.paragraph for h in api.search(home, '"对俄贸易"')] == [3]  # a term inside a phrase
    assert [h.paragraph for h in api.search(home, "对俄")] == [3]  # by word: not 对俄罗斯
    assert "<mark>对俄贸易</mark>" in api.search(home, '"对俄贸易"')[0].snippet_html
