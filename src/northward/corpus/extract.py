"""Text out of files: .txt (encoding detected), .html (main content only), .pdf, .docx, .jsonl."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import (
    BinaryDocument,
    EmptyDocument,
    ImageOnlyPdf,
    OversizeDocument,
    UnknownEncoding,
    UnreadableDocument,
)
from .normalize import clean

SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".shtml", ".pdf", ".docx", ".jsonl")
DEFAULT_MAX_MB = 50.0
_ENCODINGS = ("utf-8-sig", "gb18030", "big5")


@dataclass(frozen=True)
class Extracted:
    """The text of one file (cleaned, paragraphs on their own lines) and how it was read."""

    text: str
    kind: str
    encoding: str | None = None
    title: str | None = None


def read_bytes(path: Path, max_mb: float = DEFAULT_MAX_MB) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            raise OversizeDocument(f"{path.name} is {size / 1048576:.1f} MB, over the {max_mb:g} MB limit", file=str(path))
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"cannot read {path}: {exc.strerror or exc}", file=str(path)) from exc


def decode(data: bytes, file: str, encoding: str | None = None) -> tuple[str, str]:
    """Text and the encoding that decoded it: the one given, else UTF-8, GB18030 or Big5."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        raise BinaryDocument(f"{Path(file).name} looks binary (NUL bytes), not text", file=file)
    for enc in (encoding,) if encoding else _ENCODINGS:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text, enc
    tried = encoding or ", ".join(_ENCODINGS)
    raise UnknownEncoding(f"{Path(file).name} is not valid text in {tried}", file=file)


def _plausible(text: str) -> bool:
    """False for text decoded from the wrong encoding (lots of control or private-use characters)."""
    if not text:
        return True
    odd = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t\f") or 0xE000 <= ord(ch) <= 0xF8FF)
    return odd / len(text) < 0.01


def extract(path: Path, *, encoding: str | None = None, max_mb: float = DEFAULT_MAX_MB) -> Extracted:
    """Read one file; raise a CorpusError with a clear reason if it has no usable text."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise BinaryDocument(f"{path.name}: unsupported file type '{suffix or '(none)'}'", file=str(path))
    data = read_bytes(path, max_mb)
    if not data.strip():
        raise EmptyDocument(f"{path.name} is empty", file=str(path))
    result = extract_bytes(data, suffix, str(path), encoding=encoding)
    if not result.text.strip():
        raise EmptyDocument(f"{path.name} has no text after extraction", file=str(path))
    return result


def extract_bytes(data: bytes, suffix: str, file: str, *, encoding: str | None = None) -> Extracted:
    if suffix == ".pdf":
        return Extracted(_pdf_text(data, file), "pdf")
    if suffix == ".docx":
        return Extracted(_docx_text(data, file), "docx")
    text, enc = decode(data, file, encoding)
    if suffix in (".html", ".htm", ".shtml"):
        body, title = html_main_text(text)
        return Extracted(clean(body), "html", enc, title)
    return Extracted(clean(text), "txt", enc)


def _pdf_text(data: bytes, file: str) -> str:
    if not data.startswith(b"%PDF"):
        raise UnreadableDocument(f"{Path(file).name} is not a PDF (no %PDF header)", file=file)
    try:
        import logging

        from pypdf import PdfReader

        logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported as our error
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:
                raise UnreadableDocument(
                    f"{Path(file).name} is an encrypted PDF",
                    file=file,
                    hint="save an unencrypted copy and import that",
                ) from exc
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableDocument:
        raise
    except Exception as exc:
        raise UnreadableDocument(f"{Path(file).name} is a damaged PDF: {exc}", file=file) from exc
    text = clean("\n".join(pages))
    if not text:
        raise ImageOnlyPdf(f"{Path(file).name}: {len(pages)} page(s) but no text layer", file=file)
    return text


def _docx_text(data: bytes, file: str) -> str:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise UnreadableDocument(f"{Path(file).name} is not a readable .docx: {exc}", file=file) from exc
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" ".join(cell.text for cell in row.cells))
    return clean("\n".join(parts))


_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg")
_BLOCKS = (
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "blockquote",
    "pre",
    "table",
)
# Content containers of Chinese government sites (gov.cn, provincial portals) and generic ones.
_CONTENT_HINTS = (
    "pages_content",
    "UCAP-CONTENT",
    "TRS_Editor",
    "zoom",
    "article",
    "content",
    "main",
    "detail",
    "text",
)


def html_main_text(markup: str) -> tuple[str, str | None]:
    """The main text of an HTML page (navigation, scripts and footers removed) and its <title>."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    title = soup.title.get_text(strip=True) if soup.title else None
    for tag in soup(list(_DROP)):
        tag.decompose()
    root = _main_element(soup)
    for tag in root.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return root.get_text(), title or None


def _main_element(soup: Any) -> Any:
    for name in ("article", "main"):
        found = soup.find(name)
        if found and len(found.get_text(strip=True)) > 20:
            return found
    best, best_len = None, 0
    for tag in soup.find_all(["div", "td", "section"]):
        marks = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
        if any(h.lower() in marks.lower() for h in _CONTENT_HINTS):
            n = len(tag.get_text(strip=True))
            if n > best_len:
                best, best_len = tag, n
    if best is not None and best_len > 20:
        return best
    return soup.body or soup


@dataclass(frozen=True)
class JsonlRecord:
    line: int
    data: dict[str, Any]


def jsonl_records(path: Path, max_mb: float = 2048.0, content: str = "content") -> Iterator[JsonlRecord]:
    """Records of a JSON-lines collection (one document per line, with at least a text field)."""
    data = read_bytes(path, max_mb)
    text, _ = decode(data, str(path))
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UnreadableDocument(
                f"line {n} is not valid JSON: {exc.msg}",
                file=str(path),
                line=n,
                column=str(exc.colno),
                hint="each line must be one JSON object",
            ) from exc
        if not isinstance(obj, dict) or not isinstance(obj.get(content), str):
            raise UnreadableDocument(
                f"line {n} has no text field {content!r}",
                file=str(path),
                line=n,
                column=content,
                hint=f'each line needs {{"title": ..., "{content}": ..., "year": ...}} (or name the text field'
                " with --content-field)",
            )
        yield JsonlRecord(n, obj)
