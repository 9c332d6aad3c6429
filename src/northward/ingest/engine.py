"""The import engine every importer shares: one Parquet write per layout, one catalogue transaction.

Fast path: DuckDB reads the (UTF-8) files and writes cleaned rows straight into the lake's Parquet
files (``store/lake.py``), all files of a layout in one COPY partitioned by batch and year; a row
that breaks any check is written with a marker note. Only when marked rows exist does the engine
re-read the offending file into a numbered stage to name the line, column and fix of each problem,
then either raises (the transaction rolls back and the staged files are deleted: nothing is
visible) or, with ``--on-error skip``, writes the rows to a side file and rewrites the batch
without them. The catalogue commit (batch, source and ``lake_file`` rows) is the switch.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from ..errors import NorthwardError, Problem
from ..store.batches import record_batches, sha256_file
from ..store.connection import Store
from ..store.lake import (
    HIVE_TYPES,
    PARTITIONS,
    lake_of,
    observation_columns,
    record_files,
    refresh_view,
    require_writable,
    sweep_orphans,
)
from .problems import CellProblem, CsvStructureProblem, EmptyFile, EncodingProblem
from .result import FileResult, ImportResult
from .scan import Imported

MARK = "\x00nw-rejected"
PAUSE_ENV = "NORTHWARD_INGEST_PAUSE"  # test seam: touch this file and wait before COMMIT
MAX_PROBLEMS = 20
MEMORY_ENV = "NORTHWARD_IMPORT_MEMORY"  # DuckDB memory limit during an import (default 1GB)

OBS_COLUMNS = ("indicator", "territory", "partner", "product", "flow", "period_start", "period_end", "freq",
               "unit", "value", "status", "trade_mode", "quantity", "quantity_unit", "quantity2",
               "quantity2_unit", "partner_code")


@dataclass(frozen=True)
class Check:
    """One rule on raw rows: ``bad`` is SQL over ``r`` (raw row) and ``f`` (file row), true when broken."""

    column: str
    field: str
    bad: str
    expected: str
    hint: str


@dataclass
class Planned:
    """One input file: where DuckDB reads it, its checksum, options and per-file values."""

    path: Path
    read_path: str
    sha256: str
    options: dict[str, Any]
    values: dict[str, Any] = field(default_factory=dict)
    batch_id: int = 0
    notes: list[str] = field(default_factory=list)
    # a big file transcoded on several cores is read as pieces: (path, line offset of the piece)
    pieces: list[tuple[str, int]] = field(default_factory=list)

    def parts(self) -> list[tuple[str, int]]:
        return self.pieces or [(self.read_path, 0)]


@dataclass
class Plan:
    """Files of one layout and how their raw rows become observations."""

    importer: str
    files: list[Planned]
    reader: Callable[[list[str]], str]
    file_columns: dict[str, str]
    select: dict[str, str]
    checks: list[Check]
    raw_fields: list[str]
    joins: str = ""
    where: str = "true"  # rows outside it are not part of the import (not rejected either)


def sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def sql_list(items: list[str]) -> str:
    return "[" + ", ".join(sql_str(i) for i in items) + "]"


def translate_duckdb_error(exc: duckdb.Error, files: list[Planned]) -> NorthwardError:
    """A DuckDB reading error as a northward error naming the user's file and line (bugs stay bugs)."""
    if isinstance(exc, (duckdb.BinderException, duckdb.CatalogException, duckdb.ParserException)):
        raise exc
    msg = str(exc)
    found = [(p, off) for p in files for path, off in p.parts() if path in msg]
    target, offset = found[0] if found else (files[0] if len(files) == 1 else None, 0)
    name = str(target.path) if target else None
    m = re.search(r"[Ll]ine:? (\d+)", msg)
    line = int(m.group(1)) + offset if m else None
    first = msg.strip().splitlines()[0][:300]
    if "unicode" in msg.lower() or "utf-8" in msg.lower():
        return EncodingProblem(f"the file is not valid UTF-8 ({first})", file=name, line=line)
    return CsvStructureProblem(f"the CSV cannot be read: {first}", file=name, line=line)


def temp_table(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, str], rows: list[list[Any]]) -> None:
    """(Re)create a temporary table from Python rows in one statement (executemany is slow in DuckDB)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} ({', '.join(f'{k} {v}' for k, v in columns.items())})")
    if rows:
        width = len(columns)
        values = ", ".join("(" + ", ".join("?" * width) + ")" for _ in rows)
        con.execute(f"INSERT INTO {name} VALUES {values}", [v for r in rows for v in r])


class Engine:
    """Runs plans against an open store in one transaction and fills an ImportResult."""

    def __init__(self, store: Store, on_error: str = "raise", rejects_dir: Path | None = None) -> None:
        self.store = store
        self.con = store.con
        self.on_error = on_error
        self.rejects_dir = rejects_dir

    def run(self, plans: list[Plan], result: ImportResult) -> ImportResult:
        started = datetime.now()
        plans = [p for p in plans if p.files]
        if not plans:
            return result
        self.con.execute("SET enable_progress_bar = false")  # it would print into the command's output
        previous = self.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]  # type: ignore[index]
        # DuckDB keeps what it wrote cached up to its limit (80% of RAM); an import needs far less
        self.con.execute(f"SET memory_limit = {sql_str(os.environ.get(MEMORY_ENV, '1GB'))}")
        lake = lake_of(self.store)
        require_writable(lake)
        sweep_orphans(self.store)
        staged = lake.staging_dir()
        try:
            with self.store.transaction():
                for k, plan in enumerate(plans):
                    self._run_plan(plan, result, started, staged / f"p{k}")
                # the files go to their place under names no other run uses; listing them in the
                # catalogue, in this transaction, is what makes them visible
                record_files(self.con, lake, lake.publish(staged))
                _pause_if_asked()
        finally:
            self.con.execute(f"SET memory_limit = {sql_str(str(previous))}")
            shutil.rmtree(staged, ignore_errors=True)
        refresh_view(self.store)
        return result

    def _copy_sql(self, plan: Plan, target: Path) -> str:
        """One COPY writing every file of the plan as Parquet, partitioned by batch and year."""
        bad_any = " OR ".join(f"coalesce({c.bad}, false)" for c in plan.checks) or "false"
        # ids above 2^32 × the plan's first batch id: unique (no run writes 2^32 rows; curated ids come
        # from obs_id_seq, far below) and cheap (a streaming row number; nextval costs ~15%)
        first = min(p.batch_id for p in plan.files)
        special = {"obs_id": f"({int(first)}::BIGINT << 32) + row_number() OVER ()", "batch_id": "f.batch_id",
                   "source_id": "f.source_id", "note": f"CASE WHEN {bad_any} THEN '{MARK}' END"}
        exprs = []
        for name, typ in observation_columns(self.con):
            # every plan selects OBS_COLUMNS (a KeyError here is a bug in the importer); the rest are NULL
            expr = special.get(name) or (plan.select[name] if name in OBS_COLUMNS else "NULL")
            exprs.append(f'CAST({expr} AS {typ}) AS "{name}"')
        exprs.append(f"year(CAST({plan.select['period_start']} AS DATE)) AS year")
        query = (f"SELECT {', '.join(exprs)} "
                 f"FROM {plan.reader([path for p in plan.files for path, _ in p.parts()])} AS r "
                 f"JOIN _nw_file AS f ON r.filename = f.read_path {plan.joins} WHERE {plan.where}")
        return (f"COPY ({query}) TO {sql_str(str(target))} (FORMAT parquet, PARTITION_BY ({', '.join(PARTITIONS)}), "
                "FILENAME_PATTERN 'part-{i}', OVERWRITE_OR_IGNORE true)")

    def _staged_counts(self, target: Path) -> dict[int, tuple[int, int]]:
        """batch id → (rows, rows marked as rejected) of the files staged under ``target``."""
        if not any(target.rglob("*.parquet")):
            return {}
        rows = self.con.execute(
            f"SELECT batch_id, count(*), count(*) FILTER (WHERE note = ?) "
            f"FROM read_parquet({sql_str(str(target / '**' / '*.parquet'))}, hive_partitioning=true, "
            f"hive_types={HIVE_TYPES}) GROUP BY 1", [MARK]).fetchall()
        return {int(b): (int(n), int(m)) for b, n, m in rows}

    def _run_plan(self, plan: Plan, result: ImportResult, started: datetime, target: Path) -> None:
        con = self.con
        ids = con.execute("SELECT nextval('batch_id_seq') FROM range(?)", [len(plan.files)]).fetchall()
        for p, (batch_id,) in zip(plan.files, ids, strict=True):
            p.batch_id = int(batch_id)
        self._insert_sources(plan.importer, plan.files)
        names = list(plan.file_columns)
        temp_table(con, "_nw_file", {"read_path": "VARCHAR", "batch_id": "BIGINT", "source_id": "VARCHAR",
                                     "line_offset": "BIGINT", **plan.file_columns},
                   [[path, p.batch_id, f"import-{p.batch_id}", offset, *[p.values.get(n) for n in names]]
                    for p in plan.files for path, offset in p.parts()])
        target.mkdir(parents=True, exist_ok=True)
        try:
            con.execute(self._copy_sql(plan, target))
        except duckdb.Error as exc:
            raise translate_duckdb_error(exc, plan.files) from exc
        staged = self._staged_counts(target)
        marked = {b: m for b, (_, m) in staged.items() if m}
        if marked:
            self._handle_rejects(plan, marked, result, target)
            staged = self._staged_counts(target)
        known = {(f.file, f.batch_id): f for f in result.files}
        batches = []
        for p in plan.files:
            rows = staged.get(p.batch_id, (0, 0))[0]
            fr = known.get((str(p.path), p.batch_id))
            if fr is None:
                fr = FileResult(str(p.path), p.sha256, "imported", p.batch_id)
                result.files.append(fr)
            fr.rows = rows
            fr.notes.extend(p.notes)
            if rows == 0 and not fr.rejected:
                raise EmptyFile("the file has a header and no data rows", file=str(p.path), line=2)
            batches.append((p.batch_id, plan.importer, str(p.path), p.sha256, rows, started, p.options,
                            f"{fr.rejected} rows rejected to {fr.rejects_file}" if fr.rejected else None))
        record_batches(self.store, batches)
        con.execute("DROP TABLE IF EXISTS _nw_file")

    def _insert_sources(self, importer: str, files: list[Planned]) -> None:
        """The source row of every file (one statement for all of them)."""
        today = date.today().isoformat()
        temp_table(self.con, "_nw_source", {"source_id": "VARCHAR", "title": "VARCHAR", "publisher": "VARCHAR",
                                            "accessed": "VARCHAR", "note": "VARCHAR", "batch_id": "BIGINT",
                                            "grade": "VARCHAR"},
                   [[f"import-{p.batch_id}", p.path.name, p.options.get("publisher"), today,
                     f"sha256 {p.sha256}; imported by northward import {importer} from {p.path}", p.batch_id,
                     p.options.get("grade")]
                    for p in files])
        self.con.execute("INSERT INTO source (source_id, kind, title, publisher, accessed, note, batch_id, grade) "
                         "SELECT source_id, 'import', title, publisher, accessed, note, batch_id, grade FROM _nw_source")
        self.con.execute("DROP TABLE _nw_source")

    def _diagnose(self, plan: Plan, p: Planned, limit: int | None) -> dict[int, tuple[list[Problem], list[Any]]]:
        """Re-read one file into a numbered stage: line → (problems, raw fields) for each bad row."""
        found: dict[int, tuple[list[Problem], list[Any]]] = {}
        for path, offset in p.parts():
            self._diagnose_piece(plan, p, path, offset, limit, found)
            if limit and len(found) >= limit:
                break
        return found

    def _diagnose_piece(self, plan: Plan, p: Planned, path: str, offset: int, limit: int | None,
                        found: dict[int, tuple[list[Problem], list[Any]]]) -> None:
        con = self.con
        try:
            con.execute(f"CREATE OR REPLACE TEMP TABLE _nw_stage AS SELECT * FROM {plan.reader([path])}")
        except duckdb.Error as exc:
            raise translate_duckdb_error(exc, [p]) from exc
        # rowids of one CTAS are consecutive in file order (DuckDB preserves insertion order)
        base = int(con.execute("SELECT coalesce(min(rowid), 0) FROM _nw_stage").fetchone()[0])  # type: ignore[index]
        raw = ", ".join(f"r.{c}" for c in plan.raw_fields)
        for check in plan.checks:
            rows = con.execute(
                f"SELECT r._rid + 2 + f.line_offset, r.{check.field}, {raw} "
                f"FROM (SELECT rowid - {base} AS _rid, * FROM _nw_stage) AS r "
                f"JOIN _nw_file AS f ON r.filename = f.read_path {plan.joins} "
                f"WHERE {plan.where} AND coalesce({check.bad}, false) "
                f"ORDER BY r._rid" + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
            for line, value, *fields in rows:
                shown = "nothing" if value is None else repr(value)
                prob = Problem(CellProblem.code, f"expected {check.expected}, found {shown}", check.hint,
                               str(p.path), int(line), check.column)
                found.setdefault(int(line), ([], list(fields)))[0].append(prob)
        con.execute("DROP TABLE IF EXISTS _nw_stage")

    def _handle_rejects(self, plan: Plan, marked: dict[int, int], result: ImportResult, target: Path) -> None:
        bad_files = [p for p in plan.files if p.batch_id in marked]
        if self.on_error != "skip":
            problems: list[Problem] = []
            for p in bad_files:
                found = self._diagnose(plan, p, MAX_PROBLEMS)
                problems += [pr for line in sorted(found) for pr in found[line][0]]
                if len(problems) >= MAX_PROBLEMS:
                    break
            total = sum(marked.values())
            first = problems[0] if problems else Problem(CellProblem.code, "rows break the file's rules")
            raise CellProblem(f"{total:,} row(s) cannot be imported; first: {first.message}",
                              hint=first.hint + "; or pass --on-error skip to import the rest and write "
                                                "the rejected rows to a side file",
                              file=first.file, line=first.line, column=first.column, problems=problems)
        for p in bad_files:
            found = self._diagnose(plan, p, None)
            out = self._rejects_path(p.path)
            with open(out, "w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["line", "column", "problem", *plan.raw_fields])
                for line in sorted(found):
                    probs, fields = found[line]
                    w.writerow([line, "; ".join(pr.column or "" for pr in probs),
                                "; ".join(pr.message for pr in probs), *fields])
            self._drop_marked(target, p.batch_id)
            result.files.append(FileResult(str(p.path), p.sha256, "imported", p.batch_id,
                                           rejected=len(found), rejects_file=str(out)))

    def _drop_marked(self, target: Path, batch_id: int) -> None:
        """Rewrite one batch's staged files without its rejected rows."""
        folder = target / f"batch_id={batch_id}"
        clean = target.parent / f"{target.name}-clean"
        clean.mkdir(parents=True, exist_ok=True)
        self.con.execute(
            f"COPY (SELECT * FROM read_parquet({sql_str(str(folder / '**' / '*.parquet'))}, hive_partitioning=true, "
            f"hive_types={HIVE_TYPES}) WHERE note IS DISTINCT FROM ?) TO {sql_str(str(clean))} (FORMAT parquet, "
            f"PARTITION_BY ({', '.join(PARTITIONS)}), FILENAME_PATTERN 'part-{{i}}', OVERWRITE_OR_IGNORE true)",
            [MARK])
        shutil.rmtree(folder)
        for f in (clean / folder.name).rglob("*.parquet") if (clean / folder.name).exists() else []:
            dest = folder / f.parent.relative_to(clean / folder.name) / f.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(f, dest)
        shutil.rmtree(clean, ignore_errors=True)

    def _rejects_path(self, path: Path) -> Path:
        folder = Path(self.rejects_dir) if self.rejects_dir else path.parent
        if not os.access(folder if folder.exists() else folder.parent, os.W_OK):
            folder = Path.cwd()
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{path.name}.rejected.csv"


def _pause_if_asked() -> None:
    flag = os.environ.get(PAUSE_ENV)
    if flag:
        Path(flag).write_text("paused before commit\n", encoding="utf-8")
        time.sleep(120)


def pending(store: Store, importer: str, path: Path, options: dict[str, Any], result: ImportResult,
            seen: set[tuple[str, str]]) -> str | None:
    """The file's sha256 if it still needs importing; else record it as already imported and return None.

    Idempotence is per content, importer and options: the same bytes imported the same way again
    change nothing, whatever the file is called now. (Importers of many files scan them at once
    with ``scan.scan_files`` and ``scan.Imported``; this is the one-file form.)
    """
    sha = sha256_file(path)
    return sha if take(Imported(store, importer, [sha]), path, sha, options, result, seen) else None


def take(imported: Imported, path: Path, sha: str, options: dict[str, Any], result: ImportResult,
         seen: set[tuple[str, str]] | None = None) -> bool:
    """True when the file is to be imported; else it is recorded as already imported."""
    key = (sha, repr(sorted(options.items())))
    if seen is not None and key in seen:
        result.files.append(FileResult(str(path), sha, "already_imported", None))
        return False
    new, batch = imported.claim(sha, options)
    if not new:
        result.files.append(FileResult(str(path), sha, "already_imported", batch))
        return False
    if seen is not None:
        seen.add(key)
    return True
