"""What a file is, from its first bytes: so a spreadsheet, a zip or a Comtrade file given to the wrong
importer is told what it is and which command reads it, instead of failing on an encoding or a header.

Every importer calls :func:`check_door` on each input (through ``inputs.expand_inputs``).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from .problems import IngestError

SNIFF_BYTES = 64 * 1024

# Header words that identify a China Customs download (Chinese or English platform) or Comtrade data.
CUSTOMS_WORDS = ("数据年月", "商品编码", "贸易伙伴编码", "贸易伙伴名称", "贸易方式编码", "注册地编码", "人民币", "美元",
                 "commodity code", "trading partner code", "date of data", "us dollar", "renminbi yuan")
COMTRADE_WORDS = ("reporteriso", "partneriso", "cmdcode", "flowcode", "freqcode", "primaryvalue", "refyear")


class WrongDoor(IngestError):
    """A file that is not what the importer reads (a workbook, an archive, an empty file ...)."""

    code = "NW326"


@dataclass(frozen=True)
class FileKind:
    """``kind``: empty, xlsx, xls, docx, zip, gzip, parquet, pdf, html, customs_csv, comtrade_csv, csv,
    binary. ``what`` says it for people."""

    kind: str
    what: str


KINDS = {
    "empty": "an empty file", "xlsx": "an Excel workbook (.xlsx)", "xls": "an old Excel workbook (.xls)",
    "docx": "a Word document", "zip": "a zip archive", "gzip": "a gzip-compressed file",
    "parquet": "a Parquet file", "pdf": "a PDF document", "html": "a web page (HTML)",
    "customs_csv": "a China Customs download (CSV)", "comtrade_csv": "a UN Comtrade CSV",
    "csv": "a text table (CSV)", "binary": "a binary file, not text",
}


def sniff(path: Path) -> FileKind:
    """The kind of file at ``path``, from its magic bytes and, for text, its header line."""
    with open(path, "rb") as fh:
        head = fh.read(SNIFF_BYTES)
    kind = _kind(path, head)
    return FileKind(kind, KINDS[kind])


def _kind(path: Path, head: bytes) -> str:
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        return "empty"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    for magic, kind in ((b"\xd0\xcf\x11\xe0", "xls"), (b"PAR1", "parquet"), (b"%PDF", "pdf"),
                        (b"\x1f\x8b", "gzip")):
        if head.startswith(magic):
            return kind
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    text = _decode(head)
    start = text.lstrip("\ufeff \t\r\n").lower()
    if start.startswith(("<!doctype html", "<html", "<?xml")):
        return "html"
    first = start.split("\n", 1)[0]
    if sum(w in first for w in COMTRADE_WORDS) >= 3:
        return "comtrade_csv"
    if any(w in first for w in CUSTOMS_WORDS):
        return "customs_csv"
    return "csv"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return "zip"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("word/") for n in names):
        return "docx"
    return "zip"


def _decode(head: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return head.decode(enc)
        except UnicodeDecodeError as exc:
            if exc.start > len(head) - 4:  # cut inside a character at the end of the sample
                return head[: exc.start].decode(enc, errors="replace")
    return head.decode("latin-1")


# What each importer reads, and for the rest, what to do instead.
READS = {"customs": {"customs_csv", "csv"}, "comtrade": {"comtrade_csv", "csv"},
         "table": {"csv", "customs_csv", "comtrade_csv", "xlsx", "parquet"}}


def _advice(kind: str, door: str, path: Path) -> str:
    name = str(path)
    if kind == "empty":
        return "the file has no bytes (or only blanks): download or export it again"
    if kind == "comtrade_csv":
        return f"import it with `northward import comtrade {name}`"
    if kind == "customs_csv":
        return f"import it with `northward import customs {name} --flow export|import`"
    if kind == "xlsx":
        if door == "customs":
            return ("save the sheet as CSV from Excel and run `northward import customs` on it, or import the "
                    f"workbook as a tidy table: `northward import table {name} --map FIELD=COLUMN`")
        return f"import it as a tidy table: `northward import table {name} --map FIELD=COLUMN`"
    if kind in ("zip", "gzip"):
        return f"extract it first (e.g. `unzip {name}`), then import the files inside"
    if kind == "xls":
        return "open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that"
    if kind == "parquet":
        return f"import it as a tidy table: `northward import table {name} --map FIELD=COLUMN`"
    if kind in ("pdf", "docx", "html"):
        return (f"a document, not a table: add it to the corpus with `northward docs add {name}`, or check "
                f"its figures with `northward audit {name}`")
    return "check that this is the file you meant; importers read CSV, Excel (.xlsx) and Parquet tables"


def check_door(path: Path, door: str) -> FileKind:
    """The file's kind; raise WrongDoor naming it and the command to use when ``door`` cannot read it."""
    found = sniff(path)
    if found.kind in READS.get(door, {found.kind}):
        return found
    raise WrongDoor(f"{found.what}, not what `northward import {door}` reads", file=str(path),
                    hint=_advice(found.kind, door, path))

