"""The import log: every import is one batch; batches can be listed and dropped."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import IngestError
from .connection import Store
from .lake import curated_table, forget_batch, lake_of, refresh_view


@dataclass(frozen=True)
class Batch:
    """One import: which importer read which file (by checksum), how many rows, and how it ended."""

    batch_id: int
    importer: str
    file: str | None
    sha256: str | None
    rows: int | None
    started: datetime | None
    finished: datetime | None
    status: str
    options: dict[str, Any]
    message: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        for k in ("started", "finished"):
            d[k] = d[k].isoformat(timespec="seconds") if d[k] else None
        return d


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def _row_to_batch(row: dict[str, Any]) -> Batch:
    row = dict(row)
    row["options"] = json.loads(row["options"]) if row.get("options") else {}
    return Batch(**row)


def find_done(store: Store, importer: str, sha256: str, options: dict[str, Any] | None = None) -> Batch | None:
    """The finished batch that imported this content with these options, if any (idempotence)."""
    rows = store.query("SELECT * FROM batch WHERE importer = ? AND sha256 = ? AND status = 'done' "
                       "ORDER BY batch_id", [importer, sha256])
    for row in rows:
        b = _row_to_batch(row)
        if options is None or b.options == options:
            return b
    return None


def new_batch_id(store: Store) -> int:
    return int(store.scalar("SELECT nextval('batch_id_seq')"))


def record_batch(store: Store, batch_id: int, importer: str, file: str | None, sha256: str | None,
                 rows: int, started: datetime, options: dict[str, Any], status: str = "done",
                 message: str | None = None) -> None:
    """Write the batch row; call inside the same transaction as the rows it accounts for."""
    store.con.execute(
        "INSERT INTO batch (batch_id, importer, file, sha256, rows, started, finished, status, options, "
        "message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [batch_id, importer, file, sha256, rows, started, datetime.now(), status,
         json.dumps(options, sort_keys=True, ensure_ascii=False), message])


def record_batches(store: Store, rows: Sequence[tuple[int, str, str | None, str | None, int, datetime,
                                                      dict[str, Any], str | None]]) -> None:
    """``record_batch`` for many batches in one statement: (batch id, importer, file, sha256, rows,
    started, options, message) each, status done."""
    if not rows:
        return
    now = datetime.now()
    values = [[b, imp, f, sha, n, started, now, "done", json.dumps(opts, sort_keys=True, ensure_ascii=False), msg]
              for b, imp, f, sha, n, started, opts, msg in rows]
    store.con.execute(
        "INSERT INTO batch (batch_id, importer, file, sha256, rows, started, finished, status, options, message) "
        "VALUES " + ", ".join("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" for _ in values), [v for row in values for v in row])


def list_batches(store: Store, include_dropped: bool = False) -> list[Batch]:
    sql = "SELECT * FROM batch" + ("" if include_dropped else " WHERE status <> 'dropped'") + " ORDER BY batch_id"
    return [_row_to_batch(r) for r in store.query(sql)]


def get_batch(store: Store, batch_id: int) -> Batch:
    rows = store.query("SELECT * FROM batch WHERE batch_id = ?", [batch_id])
    if not rows:
        raise IngestError(f"no batch {batch_id}", code="NW310",
                          hint="`northward batches` lists the batches in the store")
    return _row_to_batch(rows[0])


def drop_batch(store: Store, batch_id: int) -> int:
    """Remove every row a batch wrote, in one transaction, then its lake files; the batch stays
    listed as dropped."""
    batch = get_batch(store, batch_id)
    if batch.status == "dropped":
        return 0
    if batch.importer == "seed":
        raise IngestError("the default dataset is not dropped batch by batch", code="NW311",
                          hint="rebuild it with `northward build`")
    table = curated_table(store.con)
    with store.transaction() as con:
        n = con.execute(f"SELECT count(*) FROM {table} WHERE batch_id = ?", [batch_id]).fetchall()[0]
        con.execute(f"DELETE FROM {table} WHERE batch_id = ?", [batch_id])
        files, lake_rows = forget_batch(con, batch_id)
        con.execute("DELETE FROM source WHERE batch_id = ?", [batch_id])
        con.execute("UPDATE batch SET status = 'dropped', finished = ? WHERE batch_id = ?",
                    [datetime.now(), batch_id])
    # out of the catalogue, the files are invisible; removing them is housekeeping
    lake_of(store).delete(files)
    refresh_view(store)
    return (int(n[0]) if n else 0) + lake_rows
