"""One read per input file: its checksum, size and first bytes, for many files at once.

Importing 1,000 small downloads used to open each file three times (encoding, header, checksum)
and ask the store once per file whether it was imported already; here every file is read once,
on a few threads (hashing and reading release the GIL), and ``Imported`` answers the idempotence
question for all of them with one query.
"""

from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store.connection import Store

HEAD = 1 << 16
BLOCK = 1 << 20
THREADS = 4


@dataclass(frozen=True)
class Scanned:
    """A file as one read saw it."""

    path: Path
    sha256: str
    size: int
    head: bytes  # the first 64 KiB (the header line and enough to tell the encoding)


def scan_one(path: Path) -> Scanned:
    h = hashlib.sha256()
    head = b""
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(BLOCK):
            if not head:
                head = block[:HEAD]
            h.update(block)
            size += len(block)
    return Scanned(path, h.hexdigest(), size, head)


def scan_files(paths: list[Path]) -> list[Scanned]:
    """Scan files in order, several at a time."""
    if len(paths) < 4:
        return [scan_one(p) for p in paths]
    with ThreadPoolExecutor(max_workers=min(THREADS, (os.cpu_count() or 1) * 2)) as pool:
        return list(pool.map(scan_one, paths))


def _options_key(options: dict[str, Any]) -> str:
    return json.dumps(options, sort_keys=True, ensure_ascii=False, default=str)


class Imported:
    """Which (content, options) pairs an importer has imported: the store's done batches, asked
    once for every checksum of a run, plus the files taken earlier in the same run."""

    def __init__(self, store: Store, importer: str, shas: list[str]) -> None:
        self.done: dict[tuple[str, str], int] = {}
        self.taken: set[tuple[str, str]] = set()
        unique = sorted(set(shas))
        if unique:
            rows = store.query("SELECT sha256, options, batch_id FROM batch WHERE importer = ? AND status = 'done' "
                               "AND list_contains(?, sha256) ORDER BY batch_id", [importer, unique])
            for r in rows:
                key = (r["sha256"], _options_key(json.loads(r["options"]) if r["options"] else {}))
                self.done.setdefault(key, int(r["batch_id"]))

    def claim(self, sha: str, options: dict[str, Any]) -> tuple[bool, int | None]:
        """(True, None) when the content still needs importing with these options (and take it);
        else (False, the batch that has it, or None when an earlier file of this run does)."""
        key = (sha, _options_key(options))
        if key in self.done:
            return False, self.done[key]
        if key in self.taken:
            return False, None
        self.taken.add(key)
        return True, None
