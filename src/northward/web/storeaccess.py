"""The web app's hold on the store: a snapshot copy, swapped when the store changes.

DuckDB lets one process write a database file only while no other process has it open, even
read-only. So the server never keeps the store itself open: it copies the file (under a brief
read-only open, which waits for no one and makes the copy consistent) and serves the copy. On a
request at most every ``CHECK_EVERY`` seconds it looks at the store file; when an import or a build
changed it, it copies it again and swaps, and the answer caches are emptied. While an import runs,
the server keeps answering from the last snapshot; after the import commits, the next request
shows the new batch.

A snapshot is immutable while served, so what the core computes from it is kept with it (and goes
with it at a swap): the preference rule's relations, filled once into tables of the snapshot copy
(``nw_snapshot``, written before it is opened read-only; every request's cursor sees them), and the
core's memo of preferred rows per key (:class:`SnapshotMemo`), shared by the snapshot's cursors.
Answers are still computed per request from those rows; the HTTP response cache is apart.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..config import settings
from ..core import identity
from ..errors import StoreLocked, StoreMissing
from ..store import Store, open_store
from ..store.lake import catalogued, hide_lake, lake_of

CHECK_EVERY = 1.0  # seconds between looks at the store file
SNAPSHOT_PREFIX = "web-snapshot-"
MEMO_SCHEMA = "nw_snapshot"
MEMO_LIMIT = 20_000  # entries a snapshot's memo keeps (oldest dropped first)
MEMO_ROWS = 200_000  # rows (of memoised lists) it keeps in all; a longer list is not kept


class SnapshotMemo(dict[Any, Any]):
    """The core's memo for one snapshot, shared by its cursors: bounded in entries and in rows,
    safe across request threads."""

    def __init__(self, limit: int = MEMO_LIMIT, rows: int = MEMO_ROWS) -> None:
        super().__init__()
        self.limit, self.max_rows, self.rows = limit, rows, 0
        self._sizes: dict[Any, int] = {}
        self._lock = threading.Lock()

    def __setitem__(self, key: Any, value: Any) -> None:
        size = len(value) if isinstance(value, list) else 0
        if size > self.max_rows:
            return  # computed again when asked again
        with self._lock:
            self.rows += size - self._sizes.get(key, 0)
            self._sizes[key] = size
            super().__setitem__(key, value)
            while len(self) > self.limit or self.rows > self.max_rows:
                oldest = next(iter(self))
                self.rows -= self._sizes.pop(oldest, 0)
                super().__delitem__(oldest)


class StoreAccess:
    """Hands each request its own read-only cursor on the current snapshot of the store.

    DuckDB connections are not thread-safe, but cursors of one connection are independent: each
    request gets ``con.cursor()`` wrapped as a read-only :class:`Store`. A replaced snapshot is
    closed (and its file removed) once the last request using it is done.
    """

    def __init__(self, home: Path, on_swap: Callable[[], None] | None = None, memo: bool = True) -> None:
        """``memo`` False: no per-snapshot memo (each request's cursor starts empty), for comparisons."""
        self.home = home
        self.memo = memo
        conf = settings(home)
        self.source = conf.store_path
        self.folder = conf.cache_dir / "web"
        self.on_swap = on_swap
        self.generation = 0
        self._store: Store | None = None
        self._signature: tuple[int, ...] | None = None
        self._checked = 0.0
        self._users: dict[int, int] = {}
        self._retired: list[Store] = []
        self._lock = threading.Lock()

    def _stat(self) -> tuple[int, ...]:
        """What changes when a writer commits: size and modification time of the file and its WAL."""
        try:
            st = self.source.stat()
        except FileNotFoundError:
            raise StoreMissing(f"no store at {self.source}") from None
        wal = self.source.with_name(self.source.name + ".wal")
        wst = wal.stat() if wal.exists() else None
        return (st.st_size, st.st_mtime_ns, wst.st_size if wst else -1, wst.st_mtime_ns if wst else -1)

    def refresh(self, force: bool = False) -> int:
        """Swap in a new snapshot if the store changed (looked at most every CHECK_EVERY seconds);
        returns the generation, which grows by one at each swap."""
        with self._lock:
            now = time.monotonic()
            if not force and self._store is not None and now - self._checked < CHECK_EVERY:
                return self.generation
            self._checked = now
            signature = self._stat()
            if signature == self._signature and self._store is not None:
                return self.generation
            try:
                fresh = self._copy()
            except StoreLocked:
                if self._store is None:
                    raise
                return self.generation  # a writer is at work: keep serving the last snapshot
            old, self._store, self._signature = self._store, fresh, signature
            self.generation += 1
            if old is not None:
                self._retire(old)
        if old is not None and self.on_swap is not None:
            self.on_swap()
        return self.generation

    def _copy(self) -> Store:
        """Copy the store while holding it read-only (no writer can be mid-transaction), open the copy."""
        self.folder.mkdir(parents=True, exist_ok=True)
        _remove_stale(self.folder)
        # the process id first (see _remove_stale), then this access: two apps of one process never share a file
        target = self.folder / f"{SNAPSHOT_PREFIX}{os.getpid()}-{id(self):x}-{self.generation + 1}.duckdb"
        # with a snapshot to serve, never wait for a writer; without one, wait as the CLI does
        with open_store(self.home, read_only=True, wait=0.0 if self._store is not None else None) as original:
            # a checkpointed copy: the snapshot then needs no WAL of its own
            shutil.copyfile(original.path, target)
            wal = original.path.with_name(original.path.name + ".wal")
            if wal.exists():
                shutil.copyfile(wal, target.with_name(target.name + ".wal"))
            lake = lake_of(original).root
        _inline_lake(target, lake)
        return _open_snapshot(target) if self.memo else open_store(read_only=True, path=target)

    def _retire(self, old: Store) -> None:
        if self._users.get(id(old), 0) == 0:
            _close_and_remove(old)
        else:
            self._retired.append(old)

    def base(self) -> Store:
        """The current snapshot; raises StoreMissing with a fix when there is no store."""
        self.refresh()
        with self._lock:
            assert self._store is not None
            return self._store

    @contextmanager
    def cursor(self) -> Iterator[Store]:
        self.refresh()
        with self._lock:
            base = self._store
            assert base is not None
            con = base.con.cursor()
            self._users[id(base)] = self._users.get(id(base), 0) + 1
        store = Store(base.path, con, read_only=True, memo=base.memo if self.memo else None)
        try:
            yield store
        finally:
            con.close()
            with self._lock:
                self._users[id(base)] -= 1
                if self._users[id(base)] == 0:
                    del self._users[id(base)]
                    if base in self._retired:
                        self._retired.remove(base)
                        _close_and_remove(base)

    def close(self) -> None:
        with self._lock:
            for store in [*self._retired, *([self._store] if self._store is not None else [])]:
                _close_and_remove(store)
            self._retired, self._store, self._signature = [], None, None


def _inline_lake(path: Path, lake: str) -> None:
    """Make the snapshot copy stand alone: the lake's committed rows become rows of its observation
    table and its file list is emptied. Every cursor then sees imported rows (a temporary view would be
    one connection's only), and a `drop-batch` that deletes files cannot break the snapshot in use."""
    with open_store(path=path, wait=0.0, lake=lake) as own:
        if not catalogued(own.con):
            return
        own.con.execute("CREATE TABLE main.nw_observation_all AS SELECT * FROM observation")
        hide_lake(own)
        own.con.execute("DROP TABLE main.observation")
        own.con.execute("ALTER TABLE main.nw_observation_all RENAME TO observation")
        own.con.execute("DELETE FROM lake_file")
        own.con.execute("CHECKPOINT")


def _open_snapshot(path: Path) -> Store:
    """Open a snapshot copy for serving, read-only, with the preference rule materialised into it.

    The copy is the server's own file: it is opened writable once to fill ``nw_snapshot._preferred``
    and ``_candidates`` (tables of the copy, so every cursor sees them), then closed and opened
    read-only; the memo it hands to every request's cursor names those tables."""
    memo = SnapshotMemo()
    with open_store(path=path, wait=0.0) as own:
        writable = Store(path, own.con, read_only=False, memo=memo)
        writable.con.execute(f"CREATE SCHEMA IF NOT EXISTS {MEMO_SCHEMA}")
        identity.materialise(writable, MEMO_SCHEMA)
        writable.con.execute("CHECKPOINT")
    snapshot = open_store(read_only=True, path=path)
    return Store(path, snapshot.con, read_only=True, memo=memo)


def _close_and_remove(store: Store) -> None:
    store.close()
    for path in (store.path, store.path.with_name(store.path.name + ".wal")):
        with contextlib.suppress(OSError):
            path.unlink()


def _remove_stale(folder: Path) -> None:
    """Snapshots left by servers that were killed (their process is gone)."""
    for path in folder.glob(f"{SNAPSHOT_PREFIX}*.duckdb*"):
        pid = path.name[len(SNAPSHOT_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                path.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
