"""Text encodings of downloaded files: detect GB18030/GBK/UTF-8(-BOM) and transcode in streaming chunks.

DuckDB reads UTF-8 only (its other encodings come from an extension downloaded at run time), so a
GB18030 download is decoded chunk by chunk with Python's incremental decoder into a UTF-8 temp file:
memory stays at one chunk whatever the file's size.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from .problems import EncodingProblem

KNOWN = {"gb18030": "gb18030", "gbk": "gbk", "gb2312": "gbk", "utf-8": "utf-8", "utf8": "utf-8",
         "utf-8-sig": "utf-8-sig", "utf8-sig": "utf-8-sig"}
CHUNK = 4 << 20
SAMPLE = 1 << 16


def normalise_encoding(name: str) -> str:
    key = name.strip().lower().replace("_", "-")
    if key not in KNOWN:
        raise EncodingProblem(f"unknown encoding {name!r}",
                              hint="use one of gb18030, gbk, utf-8, utf-8-sig")
    return KNOWN[key]


def detect_encoding(path: Path) -> str:
    """utf-8-sig when the file starts with a BOM, utf-8 when the first 64 KiB decode as UTF-8, else gb18030.

    GB18030 is a superset of GBK and GB2312, so it reads all three.
    """
    with open(path, "rb") as fh:
        head = fh.read(SAMPLE)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def read_first_line(path: Path, encoding: str) -> str:
    """The header line, decoded (BOM removed). A newline byte is never part of a GB18030 character."""
    with open(path, "rb") as fh:
        raw = fh.readline(1 << 20)
    try:
        return raw.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise EncodingProblem(f"the header is not valid {encoding}: {exc.reason}", file=str(path),
                              line=1) from exc


def transcode_to_utf8(src: Path, dst: Path, encoding: str,
                      progress: Callable[[int], None] | None = None) -> None:
    """Copy ``src`` decoded from ``encoding`` into ``dst`` as UTF-8, one chunk at a time."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    newlines = 0
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while True:
            block = fin.read(CHUNK)
            final = not block
            try:
                text = decoder.decode(block, final=final)
            except UnicodeDecodeError as exc:
                raise EncodingProblem(
                    f"bytes {block[exc.start:exc.start + 4]!r} are not valid {encoding}",
                    file=str(src), line=newlines + block[: exc.start].count(b"\n") + 1) from exc
            if text:
                fout.write(text.encode("utf-8"))
            newlines += block.count(b"\n")
            if progress is not None and block:
                progress(len(block))
            if final:
                break


def _transcode_job(job: tuple[str, str, str]) -> tuple[str, int | None] | None:
    """Worker side of ``transcode_many``: errors come back as data (exceptions pickle badly)."""
    src, dst, encoding = job
    try:
        transcode_to_utf8(Path(src), Path(dst), encoding)
    except EncodingProblem as exc:
        return exc.message, exc.problem.line
    return None


def transcode_many(jobs: list[tuple[Path, Path, str]], progress: Callable[[int], None] | None = None) -> None:
    """Transcode many files, on all cores when there are several (the codec holds the GIL)."""
    from concurrent.futures import ProcessPoolExecutor

    workers = min(os.cpu_count() or 1, len(jobs))
    args = [(str(a), str(b), e) for a, b, e in jobs]
    results: Iterator[tuple[str, int | None] | None]
    if workers <= 1 or sum(a.stat().st_size for a, _, _ in jobs) < (8 << 20):
        results = map(_transcode_job, args)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(_transcode_job, args, chunksize=4)
    try:
        for (src, _, _enc), failed in zip(jobs, results, strict=True):
            if failed is not None:
                raise EncodingProblem(failed[0], file=str(src), line=failed[1])
            if progress is not None:
                progress(src.stat().st_size)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
