"""Reading files: formats, encodings, main content of HTML, and every refusal with its code."""

from __future__ import annotations

from pathlib import Path

import pytest

from northward.corpus import errors as E
from northward.corpus.extract import extract, html_main_text

from .conftest import FIXTURES


def test_html_keeps_main_content_only() -> None:
    got = extract(FIXTURES / "hl-ports.html")
    assert got.kind == "html" and got.title == "黑龙江省对俄口岸情况（测试样本）"
    assert "对俄口岸数量较多" in got.text
    assert "导航" not in got.text and "页脚" not in got.text and "var nav" not in got.text
    assert got.text.split("\n")[0] == "黑龙江省对俄口岸情况"


def test_html_without_content_container_uses_body() -> None:
    text, title = html_main_text("<html><head><title>T</title></head><body><p>第一段。</p><p>第二段。</p></body></html>")
    assert title == "T"
    assert [line for line in text.split("\n") if line.strip()] == ["第一段。", "第二段。"]


def test_gb18030_text_is_detected() -> None:
    got = extract(FIXTURES / "nm-transport-gb18030.txt")
    assert got.encoding == "gb18030" and "中蒙俄经济走廊" in got.text


def test_explicit_encoding(tmp_path: Path) -> None:
    f = tmp_path / "big5.txt"
    f.write_bytes("對俄口岸".encode("big5"))
    assert extract(f, encoding="big5").text == "對俄口岸"


def test_docx_and_pdf() -> None:
    assert "对俄贸易" in extract(FIXTURES / "jl-measures.docx").text
    pdf = extract(FIXTURES / "transport-note.pdf")
    assert pdf.kind == "pdf" and "Northern Sea Route" in pdf.text


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("scanned-image-only.pdf", E.ImageOnlyPdf),
        ("broken.pdf", E.UnreadableDocument),
        ("broken.docx", E.UnreadableDocument),
        ("binary.txt", E.BinaryDocument),
        ("bad-encoding.txt", E.UnknownEncoding),
        ("empty.txt", E.EmptyDocument),
        ("broken.html", E.EmptyDocument),
    ],
)
def test_bad_files_are_refused_with_a_code_and_a_fix(name: str, error: type[E.CorpusError]) -> None:
    with pytest.raises(error) as info:
        extract(FIXTURES / name)
    assert info.value.problem.code == error.code
    assert info.value.problem.file and info.value.problem.file.endswith(name)
    assert info.value.hint


def test_oversize_and_unsupported_and_missing(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("口岸" * 400_000, encoding="utf-8")
    with pytest.raises(E.OversizeDocument, match="over the 1 MB limit"):
        extract(big, max_mb=1)
    img = tmp_path / "scan.png"
    img.write_bytes(b"\x89PNG\r\n")
    with pytest.raises(E.BinaryDocument, match="unsupported file type"):
        extract(img)
    with pytest.raises(E.UnreadableDocument):
        extract(tmp_path / "missing.txt")
