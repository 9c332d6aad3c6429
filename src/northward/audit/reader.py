"""Reading the text to audit from txt, md, html, pdf or docx files, or stdin.

Bad input never crashes the audit: an empty, binary or unreadable file gives an empty text and a
note saying why; a huge file is cut at ``MAX_CHARS`` with a note. Only a missing path is an error.
"""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AuditError

MAX_CHARS = 2_000_000
MAX_BYTES = 50_000_000


@dataclass
class Document:
    """The text to audit, where it came from, and notes about reading it."""

    text: str
    name: str
    fmt: str
    notes: list[str] = field(default_factory=list)


def read_document(path: str | Path) -> Document:
    """Read a file (by extension: .txt .md .html .htm .pdf .docx; others as text) or '-' for stdin."""
    if str(path) == "-":
        return _from_bytes(sys.stdin.buffer.read(), "<stdin>", "txt")
    p = Path(path)
    if not p.exists():
        raise AuditError(
            f"no file at {p}",
            file=str(p),
            code="NW701",
            hint="check the path, or pass '-' to read the text from stdin",
        )
    if p.is_dir():
        raise AuditError(
            f"{p} is a folder, not a file",
            file=str(p),
            code="NW701",
            hint="pass one file (txt, md, html, pdf or docx)",
        )
    size = p.stat().st_size
    notes: list[str] = []
    with p.open("rb") as fh:
        data = fh.read(MAX_BYTES)
    if size > MAX_BYTES:
        notes.append(f"file is {size} bytes: only the first {MAX_BYTES} were read")
    fmt = p.suffix.lower().lstrip(".") or "txt"
    doc = _from_bytes(data, str(p), fmt)
    doc.notes[:0] = notes
    return doc


def _from_bytes(data: bytes, name: str, fmt: str) -> Document:
    if not data.strip():
        return Document("", name, fmt, ["the file is empty: nothing to audit"])
    early_notes: list[str] = []
    try:
        text: str | None
        if fmt == "pdf":
            text = _pdf(data)
        elif fmt == "docx":
            text = _docx(data)
        else:
            text, decode_note = _decode(data)
            if decode_note:
                early_notes.append(decode_note)
            if text is None:
                return Document(
                    "",
                    name,
                    fmt,
                    ["binary content, not text: nothing to audit (convert it to txt, md, html, pdf or docx)"],
                )
            if fmt in ("html", "htm", "xhtml"):
                text = _html(text)
    except Exception as exc:  # a broken pdf/docx/html is a note, never a crash
        return Document("", name, fmt, [f"could not read the {fmt} file: {type(exc).__name__}: {exc}"])
    notes = early_notes
    if len(text) > MAX_CHARS:
        notes.append(f"text has {len(text)} characters: only the first {MAX_CHARS} were audited")
        text = text[:MAX_CHARS]
    if not text.strip():
        notes.append(f"no text found in the {fmt} file: nothing to audit")
    return Document(text, name, fmt, notes)


def _decode(data: bytes) -> tuple[str | None, str]:
    """The text of the bytes (UTF-8, UTF-16 with a BOM, GB18030), or None for binary content."""
    sample = data[:4096]
    bom16 = sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff")
    if b"\x00" in sample and not bom16:
        return None, ""
    for enc in ("utf-8-sig", "utf-16", "gb18030"):
        if enc == "utf-16" and not bom16:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return (None, "") if _mostly_controls(text) else (text, "")
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(8, len(text) // 50) and not _mostly_controls(text):
        return text, f"{bad} undecodable byte(s) replaced"
    return None, ""


def _mostly_controls(text: str) -> bool:
    head = text[:4096]
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > 0.05 * max(1, len(head))


def _html(text: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "lxml")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    blocks = [
        el.get_text(" ", strip=True) for el in soup.find_all(["p", "li", "h1", "h2", "h3", "h4", "td", "th", "blockquote", "pre"])
    ]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else soup.get_text("\n", strip=True)


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n\n".join((page.extract_text() or "") for page in reader.pages)


def _docx(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    return "\n\n".join(p.text for p in d.paragraphs if p.text.strip())
