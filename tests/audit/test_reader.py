"""Reading texts: txt, md, html, pdf, docx, stdin; bad input becomes notes, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from northward.audit.api import audit_file
from northward.audit.reader import MAX_CHARS, read_document
from northward.errors import AuditError

from ..fixtures.docs.make_fixtures import minimal_pdf
from .conftest import FIXTURES

CLAIM = "Exports rose by 3.7 times (from 10.7 billion to 37.3 billion yuan)."


def test_txt_md_and_html(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "a.md").write_text("# Title\n\n" + CLAIM, encoding="utf-8")
    for name in ("a.txt", "a.md"):
        assert audit_file(tmp_path / name).has_inconsistent
    rep = audit_file(FIXTURES / "claims.html")
    assert rep.has_inconsistent and not rep.notes
    assert all("var x" not in c.sentence for c in rep.claims)  # scripts are not text


def test_gb18030_text(tmp_path: Path) -> None:
    (tmp_path / "zh.txt").write_bytes("出口从100亿元增长到150亿元,增长80%。".encode("gb18030"))
    assert audit_file(tmp_path / "zh.txt").has_inconsistent


def test_pdf_and_docx(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(minimal_pdf([CLAIM]))
    assert audit_file(tmp_path / "a.pdf").has_inconsistent
    import docx

    d = docx.Document()
    d.add_paragraph("A title")
    d.add_paragraph(CLAIM)
    d.save(str(tmp_path / "a.docx"))
    assert audit_file(tmp_path / "a.docx").has_inconsistent


def test_malformed_files_become_notes(tmp_path: Path) -> None:
    rep = audit_file(FIXTURES / "claims_malformed.html")
    assert rep.has_inconsistent  # the readable part is still audited
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    for name in ("bad.pdf", "bad.docx"):
        rep = audit_file(tmp_path / name)
        assert not rep.claims and rep.notes and "could not read" in rep.notes[0]


def test_empty_binary_and_huge(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert "empty" in audit_file(tmp_path / "empty.txt").notes[0]
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 20)
    rep = audit_file(tmp_path / "bin.txt")
    assert not rep.claims and "binary" in rep.notes[0]
    (tmp_path / "huge.txt").write_text(("Nothing to see. " * 20000) * 8 + CLAIM, encoding="utf-8")
    doc = read_document(tmp_path / "huge.txt")
    assert len(doc.text) == MAX_CHARS and "only the first" in doc.notes[0]


def test_unparseable_numbers_and_mixed_languages_do_not_crash() -> None:
    from northward.audit.api import audit_text

    text = (
        "Exports rose 1.2.3.4% from 1,2,3 billion to ,5 billion yuan. 出口增长了十二倍, "
        "от 1,5 до 2,5 млрд юаней, рост в 99999999999999999999 раз. 0 to 0 billion yuan grew by 5 times. "
        "Trade rose by 5 times from 0 billion yuan to 10 billion yuan."
    )
    rep = audit_text(text)
    assert all(f.verdict in ("consistent", "inconsistent", "unverifiable") for f in rep.findings)
    assert any(f.reason == "zero_base" for f in rep.findings)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(AuditError) as exc:
        read_document(tmp_path / "nope.txt")
    assert exc.value.problem.code == "NW701" and exc.value.hint


def test_long_text_without_sentence_ends_stays_linear() -> None:
    from northward.audit.api import audit_text

    text = " ".join(["exports rose by 3.7 times from 10.7 billion to 37.3 billion yuan"] * 400)
    rep = audit_text(text)
    assert rep.has_inconsistent and len(rep.claims) >= 300
