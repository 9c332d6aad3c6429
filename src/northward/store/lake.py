"""The lake: imported detail rows as a hive-partitioned Parquet dataset beside the DuckDB catalogue.

Layout: ``<lake>/observation/batch_id=<n>/year=<yyyy>/<run>-<i>.parquet``. The catalogue table
``lake_file`` lists the files of every committed batch (paths relative to the lake root, so a lake
can move or live at an ``s3://`` / ``hdfs://`` address). Readers see only catalogued files: an
import writes its files aside, publishes them under names no other run uses, and lists them in the
same transaction as its batch rows; that commit is the switch. Files left by a killed import are
listed nowhere, so nothing reads them; the next import sweeps them away.

Every connection sees ONE relation ``observation``: when the lake has files it is a temporary view
(curated table ∪ lake files) that shadows the stored table of the same name, so every existing
query, Ibis table and join keeps working. Code that writes curated rows addresses the stored table
through ``curated_table`` (or calls ``hide_lake`` first, as the build does).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import duckdb

from ..errors import StoreError

LAKE_ENV = "NORTHWARD_LAKE"
DATASET = "observation"
PARTITIONS = ("batch_id", "year")
HIVE_TYPES = "{'batch_id': 'BIGINT', 'year': 'INTEGER'}"
STAGING = "_staging"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@dataclass(frozen=True)
class Lake:
    """Where the Parquet dataset lives: a local folder or a URI both engines read (s3://, hdfs://)."""

    root: str

    @property
    def local(self) -> bool:
        return urlparse(self.root).scheme in ("", "file") or len(urlparse(self.root).scheme) == 1

    @property
    def local_root(self) -> Path:
        return Path(urlparse(self.root).path if self.root.startswith("file:") else self.root)

    def uri(self, rel: str) -> str:
        """The address of a catalogued file (relative path) as DuckDB and Spark read it."""
        if self.local:
            return str(self.local_root / rel)
        return self.root.rstrip("/") + "/" + rel

    def dataset_uri(self) -> str:
        return self.uri(DATASET)

    def staging_dir(self, workdir: Path | None = None) -> Path:
        """A fresh local folder to write a run's files into (on the lake's disk, so publishing is a rename)."""
        base = self.local_root / STAGING if self.local else Path(workdir or tempfile.gettempdir()) / "northward-lake"
        base.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix="run-", dir=base))

    def publish(self, staged: Path) -> list[tuple[str, int, int]]:
        """Move a run's staged batch folders to their place in the dataset; (relative path, batch id,
        bytes) of each file.

        A batch's folder moves in one rename (its id is new: the sweep before the run removed any
        folder a killed run left under it, and a rename never replaces a folder that has files);
        until the catalogue lists the files, no reader sees them.
        """
        out = []
        for folder in sorted(staged.glob("*/batch_id=*")):
            batch = int(folder.name.split("=", 1)[1])
            files = sorted(folder.rglob("*.parquet"))
            rels = [f"{DATASET}/{f.relative_to(folder.parent).as_posix()}" for f in files]
            sizes = [f.stat().st_size for f in files]
            if self.local:
                target = self.local_root / DATASET / folder.name
                target.parent.mkdir(parents=True, exist_ok=True)
                os.rename(folder, target)
            else:  # pragma: no cover - needs a cluster
                for f, rel in zip(files, rels, strict=True):
                    self._filesystem().copy_file(str(f), self._fs_path(rel))
            out += [(rel, batch, size) for rel, size in zip(rels, sizes, strict=True)]
        return out

    def delete(self, rels: Iterable[str]) -> None:
        """Remove files (already out of the catalogue) and the partition folders they leave empty."""
        for rel in rels:
            if self.local:
                path = self.local_root / rel
                path.unlink(missing_ok=True)
                for parent in (path.parent, path.parent.parent):
                    if parent != self.local_root and parent.exists() and not any(parent.iterdir()):
                        parent.rmdir()
            else:  # pragma: no cover - needs a cluster
                self._filesystem().delete_file(self._fs_path(rel))

    def present(self) -> set[str]:
        """Relative paths of every Parquet file in the dataset folder (catalogued or not)."""
        if self.local:
            folder = self.local_root / DATASET
            if not folder.exists():
                return set()
            return {p.relative_to(self.local_root).as_posix() for p in folder.rglob("*.parquet")}
        from pyarrow import fs  # pragma: no cover - needs a cluster

        infos = self._filesystem().get_file_info(fs.FileSelector(self._fs_path(DATASET), recursive=True))
        return {i.path.split(self._fs_path(""), 1)[-1] for i in infos if i.path.endswith(".parquet")}

    def _filesystem(self) -> Any:  # pragma: no cover - needs a cluster
        from pyarrow import fs

        return fs.FileSystem.from_uri(self.root)[0]

    def _fs_path(self, rel: str) -> str:  # pragma: no cover - needs a cluster
        from pyarrow import fs

        return fs.FileSystem.from_uri(self.root)[1].rstrip("/") + "/" + rel


def lake_of(store: Any) -> Lake:
    """The store's lake: $NORTHWARD_LAKE, else ``lake/`` beside the store file (a temporary folder
    for an in-memory store, removed with it)."""
    lake = store.memo.get("lake")
    if lake is None:
        if os.environ.get(LAKE_ENV):
            lake = Lake(os.environ[LAKE_ENV])
        elif str(store.path) == ":memory:":
            folder = tempfile.mkdtemp(prefix="northward-lake-")
            weakref.finalize(store, shutil.rmtree, folder, True)
            lake = Lake(folder)
        else:
            lake = Lake(str(Path(store.path).parent / "lake"))
        store.memo["lake"] = lake
    return lake


def curated_table(con: duckdb.DuckDBPyConnection) -> str:
    """The stored observation table by its full name (the view of the same name shadows it)."""
    db = con.execute("SELECT current_database()").fetchall()[0][0]
    return f'"{db}".main.observation'


def _columns(con: duckdb.DuckDBPyConnection, relation: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in con.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall()]


def observation_columns(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, type) of every observation column, as the stored table has them."""
    return _columns(con, curated_table(con))


def has_catalogue(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'lake_file' "
                      "AND database_name = current_database()").fetchall()
    return bool(row and row[0][0])


def catalogued(con: duckdb.DuckDBPyConnection, batch_id: int | None = None) -> list[str]:
    """Relative paths of the committed lake files (of one batch)."""
    if not has_catalogue(con):
        return []
    where, params = ("WHERE batch_id = ?", [batch_id]) if batch_id is not None else ("", [])
    return [r[0] for r in con.execute(f"SELECT path FROM lake_file {where} ORDER BY batch_id, path", params).fetchall()]


def read_sql(lake: Lake, rels: list[str], union_by_name: bool = False) -> str:
    """A DuckDB table function reading these lake files with their partition columns."""
    files = "[" + ", ".join(_quote(lake.uri(r)) for r in rels) + "]"
    union = ", union_by_name=true" if union_by_name else ""
    return f"read_parquet({files}, hive_partitioning=true, hive_types={HIVE_TYPES}{union})"


def view_sql(con: duckdb.DuckDBPyConnection, lake: Lake, rels: list[str]) -> str:
    """The observation relation: the curated table, and the lake files under the same columns.

    Every file holds the table's columns of its day; a column added later is missing from older
    files, and only then are all footers read to align them by name (binding a view over thousands
    of files otherwise costs seconds at every start)."""
    cols = observation_columns(con)
    base = curated_table(con)
    names = ", ".join(f'"{c}"' for c, _ in cols)
    if not rels:
        return f"SELECT {names} FROM {base}"
    first, last = (dict(_columns(con, read_sql(lake, [r]))) for r in (rels[0], rels[-1]))
    source = read_sql(lake, rels, union_by_name=first != last)
    have = set(first) & set(last) if first == last else {c for c, _ in _columns(con, source)}
    lake_cols = ", ".join(f'"{c}"' if c in have else f'CAST(NULL AS {t}) AS "{c}"' for c, t in cols)
    return f"SELECT {names} FROM {base} UNION ALL SELECT {lake_cols} FROM {source}"


def refresh_view(store: Any) -> None:
    """(Re)define ``observation`` for this connection: the curated table alone while the lake is
    empty (so the name still denotes the table), else curated ∪ lake."""
    con = store.con
    rels = catalogued(con)
    store.memo.pop("preferred_relation", None)
    if not rels:
        con.execute("DROP VIEW IF EXISTS temp.main.observation")
        return
    con.execute(f"CREATE OR REPLACE TEMP VIEW observation AS {view_sql(con, lake_of(store), rels)}")


def hide_lake(store: Any) -> None:
    """Make ``observation`` denote the stored (curated) table again on this connection, for writers."""
    store.con.execute("DROP VIEW IF EXISTS temp.main.observation")


def attach_lake(store: Any) -> None:
    """Called when a store opens: define the observation relation over the catalogued files."""
    if has_catalogue(store.con) and catalogued(store.con):
        refresh_view(store)


def sweep_orphans(store: Any) -> list[str]:
    """Delete lake files no committed batch lists (left by a killed import) and stale staging folders.

    Only a writer calls this: DuckDB lets one process write a store, so no import is in flight.
    """
    lake = lake_of(store)
    orphans = sorted(lake.present() - set(catalogued(store.con)))
    lake.delete(orphans)
    if lake.local and (lake.local_root / DATASET).exists():
        for folder in (lake.local_root / DATASET).glob("batch_id=*"):
            if not any(folder.rglob("*.parquet")):
                shutil.rmtree(folder, ignore_errors=True)
    staging = lake.local_root / STAGING
    if lake.local and staging.exists():
        shutil.rmtree(staging, ignore_errors=True)
    return orphans


def record_files(con: duckdb.DuckDBPyConnection, lake: Lake, files: list[tuple[str, int, int]]) -> None:
    """List published files in the catalogue (inside the import's transaction), with their row counts."""
    if not files:
        return
    rows = dict(con.execute(
        "SELECT file_name, num_rows FROM parquet_file_metadata("
        + "[" + ", ".join(_quote(lake.uri(r)) for r, _, _ in files) + "])").fetchall())
    values = [[rel, batch, int(rows.get(lake.uri(rel), 0)), size] for rel, batch, size in files]
    placeholders = ", ".join("(?, ?, ?, ?)" for _ in values)
    con.execute(f"INSERT INTO lake_file (path, batch_id, rows, bytes) VALUES {placeholders}",
                [v for row in values for v in row])


def forget_batch(con: duckdb.DuckDBPyConnection, batch_id: int) -> tuple[list[str], int]:
    """Remove a batch's files from the catalogue (in the caller's transaction): their paths and rows."""
    if not has_catalogue(con):
        return [], 0
    rows = con.execute("SELECT path, rows FROM lake_file WHERE batch_id = ?", [batch_id]).fetchall()
    con.execute("DELETE FROM lake_file WHERE batch_id = ?", [batch_id])
    return [r[0] for r in rows], sum(int(r[1] or 0) for r in rows)


def require_writable(lake: Lake) -> None:
    if lake.local:
        try:
            lake.local_root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the lake folder {lake.local_root}: {exc}",
                             hint=f"check the path and its permissions, or set {LAKE_ENV}") from exc
