"""The default corpus shipped in the package: metadata, licence, loaded by `northward build`."""

from __future__ import annotations

import json
import lzma
from pathlib import Path

import pytest

from northward.corpus import api
from northward.corpus.default import data_file, describe, load_default, pack, records, split_notice


@pytest.fixture(scope="module")
def shipped() -> list[dict]:
    return records()


def test_shipped_file_is_compressed_with_meaningful_ids(shipped: list[dict]) -> None:
    assert data_file().suffix == ".xz" and data_file().stat().st_size < 1_500_000
    ids = [r["doc_id"] for r in shipped]
    assert len(ids) == len(set(ids)) == 72
    by_id = {r["doc_id"]: r for r in shipped}
    gwr = by_id["gwr-2024"]
    assert (gwr["issuer"], gwr["territory"], gwr["doc_type"], gwr["published"]) == (
        "国务院", "CN", "government_work_report", "2024-03-05")
    assert gwr["url"].startswith("https://zh.wikisource.org/wiki/")
    assert by_id["npc-14-1-gwr-resolution"]["published"] == "2023-03-13"
    assert by_id["npc-14-3-gwr-resolution"]["published"] is None  # no date in its text: none guessed
    for r in shipped:
        assert r["territory"] == "CN" and r["licence"].startswith("Public domain") and "Wikisource" in r["via"]
        assert "本作品" not in r["content"][-300:] and not r["content"].endswith("false"), r["doc_id"]


def test_describe_reads_titles_and_refuses_unknown_ones() -> None:
    assert describe({"title": "1964年中华人民共和国国务院政府工作报告（摘要）", "content": ""})["title_en"].endswith(
        "(abstract)")
    res = describe({"title": "第十三届全国人民代表大会第三次会议关于政府工作报告的决议",
                    "content": "（2020年5月28日第十三届全国人民代表大会第三次会议通过）"})
    assert res is not None and (res["doc_id"], res["published"]) == ("npc-13-3-gwr-resolution", "2020-05-28")
    assert describe({"title": "某省政府工作报告", "content": ""}) is None


def test_split_notice_keeps_the_licence_basis() -> None:
    text, licence = split_notice("正文。\n本作品来自中华人民共和国全国人民代表大会及其常务委员会的决定、决议。")
    assert text == "正文。" and "National People's Congress" in licence
    assert split_notice("正文。")[0] == "正文。"


def test_pack_refuses_an_unrecognised_record(tmp_path: Path) -> None:
    src = tmp_path / "x.jsonl"
    src.write_text(json.dumps({"title": "无名文件", "url": "u", "content": "x"}, ensure_ascii=False) + "\n", "utf-8")
    with pytest.raises(ValueError, match=r"x\.jsonl:1"):
        pack(src, tmp_path / "out.jsonl.xz")
    ok = tmp_path / "ok.jsonl"
    ok.write_text(json.dumps({"title": "2020年中华人民共和国国务院政府工作报告", "url": "u",
                              "content": "——2020年5月22日在第十三届全国人民代表大会第三次会议上\n正文"},
                             ensure_ascii=False) + "\n", "utf-8")
    assert pack(ok, tmp_path / "ok.jsonl.xz") == 1
    with lzma.open(tmp_path / "ok.jsonl.xz", "rt", encoding="utf-8") as fh:
        assert json.loads(fh.readline())["published"] == "2020-05-22"


def test_build_loads_the_default_corpus_once(shipped_home: Path) -> None:
    hits = api.search(shipped_home, "东北", limit=5)
    assert hits and all(h.citation.endswith(f"[{h.doc_id}]") for h in hits)
    doc = api.show_document(shipped_home, "gwr-2024")
    assert doc["licence"].startswith("Public domain") and doc["issuer"] == "国务院" and len(doc["text"]) > 50
    assert load_default(shipped_home) == {"document_text": 0}


def test_a_second_home_gets_the_same_corpus(shipped_home: Path, tmp_path: Path) -> None:
    from northward.ingest.seed import build_store

    build_store(tmp_path / "other")
    a = {d["doc_id"]: d["paragraphs"] for d in api.list_documents(shipped_home) if d["has_text"]}
    b = {d["doc_id"]: d["paragraphs"] for d in api.list_documents(tmp_path / "other") if d["has_text"]}
    assert a == b and len(a) == 72
