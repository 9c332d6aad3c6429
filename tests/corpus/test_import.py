"""`docs add`: metadata, dedup, registered documents, JSON lines, and all-or-nothing writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from northward.corpus import api
from northward.corpus.db import CorpusDB
from northward.corpus.importer import add_paths
from northward.errors import ValidationError

from .conftest import FIXTURES


def _counts(home: Path) -> tuple[int, int, int]:
    with CorpusDB(home) as db:
        return (
            db.scalar("SELECT COUNT(*) FROM document WHERE sha256 IS NOT NULL"),
            db.scalar("SELECT COUNT(*) FROM paragraph"),
            db.scalar("SELECT COUNT(*) FROM paragraph_fts WHERE paragraph_fts MATCH '口岸'"),
        )


def test_sidecar_metadata_and_paragraphs(home: Path) -> None:
    report = add_paths(home, [FIXTURES / "hl-ports.html"])
    assert [r.status for r in report.results] == ["added"]
    doc = api.show_document(home, "hl-ports-test")
    assert doc["territory"] == "CN-HL" and doc["doc_type"] == "customs_release"
    assert doc["published"] == "2024-07-04" and doc["issuer"] == "测试海关"
    assert doc["text"][0] == "黑龙江省对俄口岸情况" and len(doc["text"]) == 5
    assert len(doc["sha256"]) == 64


def test_same_text_twice_is_a_no_op_and_a_copy_is_a_duplicate(home: Path, tmp_path: Path) -> None:
    add_paths(home, [FIXTURES / "ln-traditional.txt"])
    again = add_paths(home, [FIXTURES / "ln-traditional.txt"])
    assert again.results[0].status == "unchanged"
    copy = tmp_path / "copy.txt"
    copy.write_bytes((FIXTURES / "ln-traditional.txt").read_bytes())
    dup = add_paths(home, [copy])
    assert dup.results[0].status == "duplicate" and dup.results[0].doc_id == "ln-transport-test"
    assert _counts(home)[0] == 1


def test_traditional_is_indexed_as_simplified_and_kept_as_written(home: Path) -> None:
    add_paths(home, [FIXTURES / "ln-traditional.txt"])
    with CorpusDB(home) as db:
        row = db.rows("SELECT text, norm FROM paragraph WHERE doc_id = ? AND seq = 2", ("ln-transport-test",))[0]
    assert "對俄開放" in row["text"] and "对俄开放" in row["norm"]


def test_new_text_replaces_old_index_entries(home: Path, tmp_path: Path) -> None:
    f = tmp_path / "note.txt"
    f.write_text("加强口岸建设。", encoding="utf-8")
    add_paths(home, [f])
    f.write_text("发展冰雪经济。", encoding="utf-8")
    assert add_paths(home, [f]).results[0].status == "replaced"
    assert _counts(home) == (1, 1, 0)
    assert api.search(home, "冰雪经济")[0].doc_id == "note"


def test_text_attaches_to_a_registered_document(home: Path, tmp_path: Path) -> None:
    missing = {d["doc_id"] for d in api.list_documents(home, with_text=False)}
    assert "jl-gwr-2025" in missing and len(missing) == 35
    f = tmp_path / "jl-gwr-2025.txt"
    f.write_text("2025年吉林省政府工作报告（测试文本）\n\n推进对俄口岸建设。", encoding="utf-8")
    result = add_paths(home, [f]).results[0]
    assert (result.doc_id, result.status) == ("jl-gwr-2025", "attached")
    doc = api.show_document(home, "jl-gwr-2025")
    assert doc["source_id"] == "larin2025-s02" and doc["territory"] == "CN-JL" and doc["registered"]
    assert "jl-gwr-2025" not in {d["doc_id"] for d in api.list_documents(home, with_text=False)}


def test_registered_document_matched_by_url(home: Path, tmp_path: Path) -> None:
    f = tmp_path / "page.txt"
    f.write_text("内蒙古自治区政府工作报告（测试文本）", encoding="utf-8")
    report = add_paths(home, [f], meta={"url": "https://www.nmg.gov.cn/zwgk/zfggbg/zzq/202501/t20250123_2658993.html"})
    assert report.results[0].doc_id == "nm-gwr-2025"


def test_jsonl_collection(home: Path) -> None:
    report = add_paths(home, [FIXTURES / "reports.jsonl"], meta={"territory": "CN", "issuer": "测试"})
    assert [(r.doc_id, r.status) for r in report.results] == [
        ("reports-001", "added"),
        ("reports-002", "added"),
    ]
    doc = api.show_document(home, "reports-002")
    assert doc["published"] == "2021" and doc["territory"] == "CN" and doc["url"] == "http://example.test/r2021"


def test_broken_jsonl_leaves_nothing(home: Path) -> None:
    report = add_paths(home, [FIXTURES / "broken.jsonl"])
    assert not report.results
    failure = report.failures[0]
    assert failure["code"] == "NW501" and failure["line"] == 2
    assert _counts(home) == (0, 0, 0)


def test_bad_sidecar_reports_every_problem(home: Path) -> None:
    report = add_paths(home, [FIXTURES / "bad-meta.txt"])
    failure = report.failures[0]
    assert failure["file"].endswith("bad-meta.txt.yaml")
    messages = " ".join(p["message"] for p in failure["problems"])
    assert "doc_id" in messages and "CN-XX" in messages and "2024/01/01" in messages


def test_failure_midway_leaves_nothing_half_indexed(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from northward.corpus import db as dbmod

    original = dbmod.CorpusDB.write_concept_counts

    def boom(self: CorpusDB, doc_id: str) -> None:
        original(self, doc_id)
        raise RuntimeError("disk full")

    monkeypatch.setattr(dbmod.CorpusDB, "write_concept_counts", boom)
    with pytest.raises(RuntimeError):
        add_paths(home, [FIXTURES / "hl-ports.html"])
    monkeypatch.undo()
    assert _counts(home) == (0, 0, 0)
    with CorpusDB(home) as db:
        assert db.scalar("SELECT COUNT(*) FROM concept_count") == 0
        assert db.scalar("SELECT COUNT(*) FROM document WHERE doc_id = 'hl-ports-test'") == 0


def test_doc_id_option_with_many_files_is_refused(home: Path) -> None:
    with pytest.raises(ValidationError, match="one document"):
        add_paths(home, [FIXTURES / "hl-ports.html", FIXTURES / "ln-traditional.txt"], meta={"doc_id": "x"})
