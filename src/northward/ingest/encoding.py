"""Text encodings of downloaded files: detect GB18030/GBK/UTF-8(-BOM) and transcode in streaming chunks.

DuckDB reads UTF-8 only (its other encodings come from an extension downloaded at run time), so a
GB18030 download is decoded chunk by chunk with Python's incremental decoder into a UTF-8 temp file:
memory stays at one chunk whatever the file's size.
"""

from __future__ import annotations

import codecs
import itertools
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
        return encoding_of(fh.read(SAMPLE))


def encoding_of(head: bytes) -> str:
    """``detect_encoding`` on the first bytes of a file already read."""
    head = head[:SAMPLE]
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
        return first_line(fh.readline(1 << 20), encoding, path)


def first_line(head: bytes, encoding: str, path: Path) -> str:
    """The header line of a file's first bytes, decoded (BOM removed)."""
    end = head.find(b"\n")
    raw = head[: end + 1] if end >= 0 else head[: 1 << 20]
    try:
        return raw.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise EncodingProblem(f"the header is not valid {encoding}: {exc.reason}", file=str(path),
                              line=1) from exc


def transcode_to_utf8(src: Path, dst: Path, encoding: str, progress: Callable[[int], None] | None = None,
                      start: int = 0, end: int | None = None, prefix: bytes = b"") -> int:
    """Copy ``src`` (or its bytes ``start``..``end``) decoded from ``encoding`` into ``dst`` as UTF-8, one
    chunk at a time, after ``prefix``; return the number of newlines read (for line numbers)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    newlines = 0
    left = None if end is None else end - start
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        fin.seek(start)
        fout.write(prefix)
        while True:
            block = fin.read(CHUNK if left is None else min(CHUNK, left))
            if left is not None:
                left -= len(block)
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
                return newlines


def split_points(path: Path, pieces: int) -> list[tuple[int, int]]:
    """Byte ranges cutting the file after a newline (a newline byte is never inside a GB18030 character)."""
    size = path.stat().st_size
    cuts = [0]
    with open(path, "rb") as fh:
        for k in range(1, pieces):
            fh.seek(max(size * k // pieces, cuts[-1]))
            fh.readline()
            pos = fh.tell()
            if cuts[-1] < pos < size:
                cuts.append(pos)
    cuts.append(size)
    return list(itertools.pairwise(cuts))


Job = tuple[Path, Path, str, int, int | None, bytes]


def _transcode_job(job: tuple[str, str, str, int, int | None, bytes]) -> tuple[int, str | None, int | None]:
    """Worker side of ``transcode_many``: (newlines, error message, error line); errors come back as data."""
    src, dst, encoding, start, end, prefix = job
    try:
        return transcode_to_utf8(Path(src), Path(dst), encoding, None, start, end, prefix), None, None
    except EncodingProblem as exc:
        return 0, exc.message, exc.problem.line


def transcode_many(jobs: list[Job], progress: Callable[[int], None] | None = None) -> list[int]:
    """Run transcoding jobs on all cores when there is enough to do (the codec holds the GIL).

    Jobs over the same file are its consecutive pieces; an error's line is counted from the file's start.
    Returns the newlines each job read.
    """
    from concurrent.futures import ProcessPoolExecutor

    workers = min(os.cpu_count() or 1, len(jobs))
    args = [(str(a), str(b), e, s, t, pre) for a, b, e, s, t, pre in jobs]
    results: Iterator[tuple[int, str | None, int | None]]
    sizes = [(t if t is not None else a.stat().st_size) - s for a, _, _, s, t, _ in jobs]
    if workers <= 1 or sum(sizes) < (8 << 20):
        results = map(_transcode_job, args)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(_transcode_job, args, chunksize=1 if len(jobs) < 16 else 4)
    counts: list[int] = []
    before: dict[Path, int] = {}
    try:
        for job, size, (newlines, failed, line) in zip(jobs, sizes, results, strict=True):
            src = job[0]
            if failed is not None:
                raise EncodingProblem(failed, file=str(src), line=before.get(src, 0) + (line or 0))
            before[src] = before.get(src, 0) + newlines
            counts.append(newlines)
            if progress is not None:
                progress(size)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return counts
