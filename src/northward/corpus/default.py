"""The default corpus shipped inside the package: the national government work reports.

``data/national-government-work-reports.jsonl.xz`` holds one document a line, with its metadata
(id, title, issuer, territory, type, date, Wikisource address, licence basis) and its text. It
is made from the shared collection by ``python -m northward.corpus.default SRC.jsonl`` (`pack`),
and loaded into a home's corpus by `northward build` (`load_default`): once per home and file
version, in one transaction; a second build, or a build of another home in the same process,
costs a file copy or nothing.

Licence: official documents of state organs (resolutions, decisions and other documents of a
legislative or administrative nature) are outside copyright under Article 5 of the PRC Copyright
Law; Wikisource hosts these transcriptions as public domain on that basis. Each document records
that basis and where it was read (Chinese Wikisource); the issuer stays the original publisher.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import os
import re
import shutil
import sys
import tempfile
import threading
from importlib import resources
from pathlib import Path
from typing import Any

from ..config import settings
from .db import CorpusDB
from .extract import Extracted
from .importer import put_document
from .normalize import clean
from .registry import meta_from_dict

FILE_NAME = "national-government-work-reports.jsonl.xz"
# The licence notices Wikisource appends to the texts are cut from the text; the basis each
# states is recorded per document (first matching phrase of the notice wins).
_NOTICE = re.compile(r"\n本作品(?:是|来自)\s*中华人民共和国")
NOTICES = (
    ("全国人民代表大会", "Public domain: PRC Copyright Law art. 5, decision or resolution of the National People's "
     "Congress (Wikisource's notice on the page)"),
    ("具有立法、行政、司法性质的文件", "Public domain: PRC Copyright Law art. 5(1), official document of a state "
     "organ (Wikisource's notice on the page; it adds that official speeches are not always such documents)"),
    ("", "Public domain: PRC Copyright Law art. 5 (Wikisource's notice on the page: a law or official "
     "document of the PRC)"),
)
NO_NOTICE = (
    "Public domain: PRC Copyright Law art. 5, resolution of the National People's Congress, a state "
    "organ (the Wikisource page carries no notice)"
)
VIA = "Chinese Wikisource (zh.wikisource.org)"
META_KEY = "default_corpus"

_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_REPORT = re.compile(r"^((?:19|20)\d\d)年中华人民共和国国务院政府工作报告(（摘要）)?$")
_RESOLUTION = re.compile(r"^第(.+)届全国人民代表大会第(.+)次会议关于政府工作报告的决议$")
_DATE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
_TRAILER = re.compile(r"(?:\n+(?:Public domain|false|true))+\s*$")

_lock = threading.Lock()
_built: dict[str, Path] = {}  # file digest -> a corpus.sqlite holding only the default corpus


def data_file() -> Path:
    return Path(str(resources.files("northward.corpus") / "data" / FILE_NAME))


def file_digest(path: Path | None = None) -> str:
    return hashlib.sha256((path or data_file()).read_bytes()).hexdigest()[:16]


def records(path: Path | None = None) -> list[dict[str, Any]]:
    """The shipped documents: metadata fields and ``content``, in file order."""
    with lzma.open(path or data_file(), "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# -- making the shipped file (a maintainer's step) ---------------------------------------------------


def _chinese_number(text: str) -> int | None:
    """一 .. 九十九 as an int (届 and 次 of the National People's Congress), else None."""
    if text == "十":
        return 10
    if "十" in text:
        tens, _, units = text.partition("十")
        t = _NUMERALS.get(tens, 1 if tens == "" else 0)
        u = _NUMERALS.get(units, 0) if units else 0
        return t * 10 + u if t else None
    return _NUMERALS.get(text)


def describe(rec: dict[str, Any]) -> dict[str, Any] | None:
    """Metadata for one record of the shared collection, or None if its title is not recognised.

    A work report: ``gwr-YYYY``, issued by the State Council, dated by the delivery date its text
    states near the top, else by the year of its title. An NPC resolution on a report:
    ``npc-RR-S-gwr-resolution`` (congress, session), dated only by a date its text states; no year
    is guessed.
    """
    title = rec["title"].strip()
    content = rec.get("content") or ""
    dated = _DATE.search(content[:400])
    date = f"{dated.group(1)}-{int(dated.group(2)):02d}-{int(dated.group(3)):02d}" if dated else None
    if m := _REPORT.match(title):
        year = m.group(1)
        return {
            "doc_id": f"gwr-{year}",
            "title": title,
            "title_en": f"Report on the Work of the Government, {year}" + (" (abstract)" if m.group(2) else ""),
            "issuer": "国务院",
            "territory": "CN",
            "doc_type": "government_work_report",
            "published": date if date and date.startswith(year) else year,
        }
    if m := _RESOLUTION.match(title):
        congress, session = _chinese_number(m.group(1)), _chinese_number(m.group(2))
        if congress is None or session is None:
            return None
        return {
            "doc_id": f"npc-{congress:02d}-{session}-gwr-resolution",
            "title": title,
            "title_en": f"Resolution of the {congress}th National People's Congress, session {session}, "
            "on the Report on the Work of the Government",
            "issuer": "全国人民代表大会",
            "territory": "CN",
            "doc_type": "decision",
            "published": date,
        }
    return None


def split_notice(text: str) -> tuple[str, str]:
    """The text without Wikisource's licence notice at its end, and the licence basis it states."""
    m = _NOTICE.search(text, max(0, len(text) - 1000))
    if m is None:
        return text, NO_NOTICE
    notice = re.sub(r"\s+", "", text[m.start() :])
    licence = next(basis for phrase, basis in NOTICES if phrase in notice)
    return text[: m.start()].rstrip(), licence


def pack(src: Path, dest: Path) -> int:
    """Write the shipped file from the shared collection; every record must be recognised."""
    out = []
    for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        meta = describe(rec)
        if meta is None:
            raise ValueError(f"{src}:{n}: unrecognised title {rec.get('title')!r}")
        text, licence = split_notice(_TRAILER.sub("", clean(rec["content"])))
        out.append({**meta, "language": "zh", "url": rec["url"], "licence": licence, "via": VIA,
                    "content": text})
    ids = [r["doc_id"] for r in out]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{src}: duplicate document ids")
    # oldest first: the index adds them in this order, and a capped search ranks the newest matches
    out.sort(key=lambda r: ((r["published"] or "0000")[:4], r["doc_id"]))
    payload = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in out)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with lzma.open(dest, "wt", encoding="utf-8", preset=9 | lzma.PRESET_EXTREME) as fh:
        fh.write(payload)
    return len(out)


# -- loading it into a home -------------------------------------------------------------------------


def load_default(home: str | os.PathLike[str] | None = None) -> dict[str, int]:
    """Put the shipped documents' texts into the home's corpus (idempotent; one transaction).

    Returns ``{"document_text": n}``, n being how many documents were written now (0 when the
    corpus already holds this version of the file).
    """
    digest = file_digest()
    corpus_path = settings(home).ensure().corpus_path
    with CorpusDB(home) as db:
        if db._meta(META_KEY) == digest:
            return {"document_text": 0}
        empty = not db.scalar("SELECT COUNT(*) FROM document WHERE sha256 IS NOT NULL")
    with _lock:
        cached = _built.get(digest)
        if empty and cached is not None and cached.is_file():
            _copy_db(cached, corpus_path)
            return {"document_text": len(records())}
        n = _import(home, digest)
        if empty:
            keep = Path(tempfile.mkdtemp(prefix="northward-default-corpus-")) / "corpus.sqlite"
            _copy_db(corpus_path, keep)
            _built[digest] = keep
    return {"document_text": n}


def _import(home: str | os.PathLike[str] | None, digest: str) -> int:
    n = 0
    with CorpusDB(home) as db, db.transaction():
        for rec in records():
            fields = {k: v for k, v in rec.items() if k != "content" and v is not None}
            meta = meta_from_dict(fields, rec["doc_id"], FILE_NAME)
            result = put_document(db, meta, Extracted(rec["content"], "jsonl", "utf-8"), f"{FILE_NAME}:{rec['doc_id']}")
            n += result.status != "unchanged"
        db._set_meta(META_KEY, digest)
    return n


def _copy_db(src: Path, dest: Path) -> None:
    """Copy a closed SQLite database (its WAL is checkpointed on close) over another."""
    for suffix in ("-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    tmp = dest.with_suffix(".copying")
    shutil.copyfile(src, tmp)
    os.replace(tmp, dest)


if __name__ == "__main__":  # pragma: no cover - maintainer's step
    source = Path(sys.argv[1])
    count = pack(source, Path(__file__).parent / "data" / FILE_NAME)
    print(f"{count} documents packed into data/{FILE_NAME}")
