"""The one place that opens DuckDB: stores are opened, migrated and closed here."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from ..config import settings
from ..errors import StoreError, StoreLocked, StoreMissing
from .lake import Lake, attach_lake
from .schema import current_version, latest_version, migrate

T = TypeVar("T")


class Store:
    """An open evidence store: a DuckDB connection plus helpers for transactions and Ibis."""

    def __init__(self, path: Path, con: duckdb.DuckDBPyConnection, read_only: bool,
                 memo: dict[Any, Any] | None = None) -> None:
        self.path = path
        self.con = con
        self.read_only = read_only
        self._ibis: Any = None
        # memo for look-ups that repeat within a computation: per connection, or shared by the cursors
        # of one immutable snapshot (the web server's; see web.storeaccess)
        self.memo: dict[Any, Any] = {} if memo is None else memo

    def memoised(self, key: Any, compute: Callable[[], T]) -> T:
        """``compute()`` once per read-only store (kept in its memo: a read-only store cannot change
        under it); a writable store computes every time. Callers copy what they hand out mutable."""
        if not self.read_only:
            return compute()
        if key in self.memo:
            found: T = self.memo[key]
            return found
        value = compute()
        self.memo[key] = value
        return value

    def transaction(self) -> Any:
        return _transaction(self.con)

    def ibis(self) -> Any:
        """An Ibis backend over this same connection (indicators are Ibis expressions)."""
        if self._ibis is None:
            import ibis

            self._ibis = ibis.duckdb.from_connection(self.con)
        return self._ibis

    def table(self, name: str) -> Any:
        return self.ibis().table(name)

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a parameterised query as dicts (never build SQL from user input)."""
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description or []]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        # fetchall: a result streamed from Parquet (the lake) stays open after fetchone in DuckDB 2
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0][0] if rows else None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


LOCK_WAIT_ENV = "NORTHWARD_LOCK_WAIT"
LOCK_WAIT_DEFAULT = 10.0  # seconds: longer than the dashboard's snapshot copy, shorter than an import


def _lock_wait(wait: float | None) -> float:
    if wait is not None:
        return wait
    try:
        return max(0.0, float(os.environ.get(LOCK_WAIT_ENV, LOCK_WAIT_DEFAULT)))
    except ValueError:
        return LOCK_WAIT_DEFAULT


def _connect(db_path: Path, read_only: bool, wait: float | None) -> duckdb.DuckDBPyConnection:
    """Connect, retrying while another process holds the file's lock (a writer, or a dashboard copying
    its snapshot) for up to ``wait`` seconds (default $NORTHWARD_LOCK_WAIT, else 10)."""
    deadline = time.monotonic() + _lock_wait(wait)
    delay = 0.02
    while True:
        try:
            return duckdb.connect(str(db_path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise StoreError(f"cannot open the store {db_path}: {exc}",
                                 hint="check the path and its permissions") from exc
            if time.monotonic() >= deadline:
                raise StoreLocked(f"the store {db_path} is in use by another process",
                                  hint="another northward command (an import or a build) is writing to it; "
                                       f"wait for it to finish, or set {LOCK_WAIT_ENV}=SECONDS to wait longer "
                                       "(a running `northward serve` does not hold the store)") from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def open_store(home: str | os.PathLike[str] | None = None, *, read_only: bool = False,
               path: str | os.PathLike[str] | None = None, wait: float | None = None,
               lake: str | None = None) -> Store:
    """Open (and, when writable, create and migrate) the store under the home folder.

    Read-only opens need an existing store of the current schema; writable opens apply migrations.
    ``wait``: seconds to retry while another process holds the store (default $NORTHWARD_LOCK_WAIT or 10).
    ``lake``: where the store's lake is, when the file was moved away from it (a server's snapshot copy).
    """
    db_path = Path(path) if path is not None else settings(home).store_path
    if read_only and not db_path.exists():
        raise StoreMissing(f"no store at {db_path}")
    if not read_only:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    con = _connect(db_path, read_only, wait)
    if read_only:
        have = current_version(con)
        if have < latest_version():
            con.close()
            raise StoreError(f"the store {db_path} has schema version {have}, this northward needs "
                             f"{latest_version()}", hint="run `northward build` to upgrade it")
    else:
        migrate(con)
    store = Store(db_path, con, read_only)
    if lake is not None:
        store.memo["lake"] = Lake(lake)
    attach_lake(store)
    return store


def memory_store() -> Store:
    """A migrated in-memory store, for tests and for computations on files without a home."""
    con = duckdb.connect(":memory:")
    migrate(con)
    return Store(Path(":memory:"), con, False)
