"""Mentions of places and instruments, and counting on word boundaries of the tokenizer."""

from __future__ import annotations

from pathlib import Path

from northward.corpus import api
from northward.corpus.db import CorpusDB
from northward.corpus.extract import Extracted
from northward.corpus.importer import put_document
from northward.corpus.registry import DocMeta
from northward.corpus.tokenizer import boundaries


def _add(home: Path, doc_id: str, text: str, year: str = "2020", territory: str = "CN-HL") -> None:
    with CorpusDB(home) as db, db.transaction():
        meta = DocMeta(doc_id=doc_id, title=f"测试 {doc_id}", issuer="测试机关", territory=territory,
                       doc_type="plan", published=year)
        put_document(db, meta, Extracted(text, "txt", "utf-8"), "test")


def test_towards_russia_is_not_counted_inside_russian_people(tmp_path: Path) -> None:
    # 1955: 对俄国人民 is 对 / 俄国 / 人民; a raw substring count would find 对俄 there
    _add(tmp_path, "y1955", "我们对俄国人民的帮助表示感谢。", "1955")
    _add(tmp_path, "y2020", "扩大对俄贸易，深化对俄合作。\n\n我们对俄国人民怀有友谊。", "2020")
    rows = {r["doc_id"]: r["n"] for r in api.concept_counts(tmp_path, by="document", concept="towards_russia")}
    assert "y1955" not in rows
    assert rows["y2020"] == 2


def test_boundaries_include_dictionary_subwords(tmp_path: Path) -> None:
    with CorpusDB(tmp_path) as db:
        text = "黑河市和绥芬河市"
        bounds = boundaries(db.tok, text)
    assert {0, 2, 3, 4, 8} <= bounds  # 黑河 inside 黑河市


def test_mentions_give_paragraph_context_and_citation(tmp_path: Path) -> None:
    _add(tmp_path, "hl-2019", "第一段没有地名。\n\n支持黑河市建设跨境合作区。\n\n绥芬河口岸扩容。", "2019")
    _add(tmp_path, "hl-2023", "黑河口岸和黑河大桥。", "2023")
    found = api.mentions(["黑河", "黑河市", "黑河"], limit=10, home=tmp_path)
    assert [(m.doc_id, m.paragraph) for m in found] == [("hl-2023", 1), ("hl-2019", 2)]  # newest first
    first, second = found
    assert first.count == 2 and first.keyword == "黑河" and first.year == 2023
    assert second.keyword == "黑河市" and second.left == "支持" and second.right.startswith("建设")
    assert second.citation == "测试机关, 《测试 hl-2019》, 2019, para. 2 [hl-2019]"
    assert second.to_dict()["snippet"] == "支持【黑河市】建设跨境合作区。"
    assert api.mentions(["黑河"], limit=1, home=tmp_path)[0].doc_id == "hl-2023"
    assert api.mentions(["黑河"], limit=10, home=tmp_path, year=2019)[0].doc_id == "hl-2019"
    assert api.mentions([], limit=10, home=tmp_path) == []
    assert api.mentions(["满洲里"], limit=10, home=tmp_path) == []


def test_mentions_match_traditional_aliases_and_skip_partial_words(tmp_path: Path) -> None:
    _add(tmp_path, "t1", "綏芬河口岸。")
    _add(tmp_path, "t2", "我们对俄国人民表示感谢。")
    assert [m.doc_id for m in api.mentions(["綏芬河"], limit=5, home=tmp_path)] == ["t1"]
    assert api.mentions(["对俄"], limit=5, home=tmp_path) == []
