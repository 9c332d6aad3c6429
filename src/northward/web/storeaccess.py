"""The web app's hold on the store: opened read-only once, one cursor per request."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..store import Store, open_store


class StoreAccess:
    """Opens the store read-only on first use and hands each request its own cursor.

    DuckDB connections are not thread-safe, but cursors of one connection are independent:
    each request gets ``con.cursor()`` wrapped as a read-only :class:`Store`.
    """

    def __init__(self, home: Path) -> None:
        self.home = home
        self._store: Store | None = None
        self._lock = threading.Lock()

    def base(self) -> Store:
        """The shared read-only store; raises StoreMissing with a fix when there is none."""
        with self._lock:
            if self._store is None:
                self._store = open_store(self.home, read_only=True)
            return self._store

    @contextmanager
    def cursor(self) -> Iterator[Store]:
        base = self.base()
        with self._lock:
            con = base.con.cursor()
        store = Store(base.path, con, read_only=True)
        try:
            yield store
        finally:
            con.close()

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
