"""The import engine every importer shares: one SQL insert per layout inside one transaction.

Fast path: DuckDB reads the (UTF-8) files and inserts cleaned rows straight into ``observation``;
a row that breaks any check is inserted with a marker note. Only when marked rows exist does the
engine re-read the offending file into a numbered stage to name the line, column and fix of each
problem, then either raises (the transaction rolls back: nothing is written) or, with
``--on-error skip``, writes the rows to a side file and deletes them before committing.
"""

from __future__ import annotations

import csv
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from ..errors import NorthwardError, Problem
from ..store.batches import find_done, new_batch_id, record_batch, sha256_file
from ..store.connection import Store
from .problems import CellProblem, CsvStructureProblem, EmptyFile, EncodingProblem
from .result import FileResult, ImportResult

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
        try:
            with self.store.transaction():
                for plan in plans:
                    self._run_plan(plan, result, started)
                _pause_if_asked()
        finally:
            self.con.execute(f"SET memory_limit = {sql_str(str(previous))}")
        return result

    def _run_plan(self, plan: Plan, result: ImportResult, started: datetime) -> None:
        con = self.con
        for p in plan.files:
            p.batch_id = new_batch_id(self.store)
            self._insert_source(plan.importer, p)
        names = list(plan.file_columns)
        temp_table(con, "_nw_file", {"read_path": "VARCHAR", "batch_id": "BIGINT", "source_id": "VARCHAR",
                                     "line_offset": "BIGINT", **plan.file_columns},
                   [[path, p.batch_id, f"import-{p.batch_id}", offset, *[p.values.get(n) for n in names]]
                    for p in plan.files for path, offset in p.parts()])
        bad_any = " OR ".join(f"coalesce({c.bad}, false)" for c in plan.checks) or "false"
        exprs = ", ".join(plan.select[c] for c in OBS_COLUMNS)
        sql = (f"INSERT INTO observation ({', '.join(OBS_COLUMNS)}, batch_id, source_id, note) "
               f"SELECT {exprs}, f.batch_id, f.source_id, CASE WHEN {bad_any} THEN '{MARK}' END "
               f"FROM {plan.reader([path for p in plan.files for path, _ in p.parts()])} AS r "
               f"JOIN _nw_file AS f ON r.filename = f.read_path {plan.joins} WHERE {plan.where}")
        try:
            con.execute(sql)
        except duckdb.Error as exc:
            raise translate_duckdb_error(exc, plan.files) from exc
        mine = "o.batch_id IN (SELECT batch_id FROM _nw_file)"
        marked = dict(con.execute(f"SELECT o.batch_id, count(*) FROM observation o WHERE {mine} AND o.note = ? "
                                  "GROUP BY 1", [MARK]).fetchall())
        if marked:
            self._handle_rejects(plan, marked, result)
        counts = dict(con.execute(f"SELECT o.batch_id, count(*) FROM observation o WHERE {mine} GROUP BY 1").fetchall())
        for p in plan.files:
            rows = int(counts.get(p.batch_id, 0))
            fr = next((f for f in result.files if f.file == str(p.path) and f.batch_id == p.batch_id), None)
            if fr is None:
                fr = FileResult(str(p.path), p.sha256, "imported", p.batch_id)
                result.files.append(fr)
            fr.rows = rows
            fr.notes.extend(p.notes)
            if rows == 0 and not fr.rejected:
                raise EmptyFile("the file has a header and no data rows", file=str(p.path), line=2)
            record_batch(self.store, p.batch_id, plan.importer, str(p.path), p.sha256, rows, started, p.options,
                         message=f"{fr.rejected} rows rejected to {fr.rejects_file}" if fr.rejected else None)
        con.execute("DROP TABLE IF EXISTS _nw_file")

    def _insert_source(self, importer: str, p: Planned) -> None:
        self.con.execute(
            "INSERT INTO source (source_id, kind, title, publisher, accessed, note, batch_id, grade) "
            "VALUES (?, 'import', ?, ?, ?, ?, ?, ?)",
            [f"import-{p.batch_id}", p.path.name, p.options.get("publisher"), date.today().isoformat(),
             f"sha256 {p.sha256}; imported by northward import {importer} from {p.path}", p.batch_id,
             p.options.get("grade")])

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

    def _handle_rejects(self, plan: Plan, marked: dict[int, int], result: ImportResult) -> None:
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
            self.con.execute("DELETE FROM observation WHERE batch_id = ? AND note = ?", [p.batch_id, MARK])
            result.files.append(FileResult(str(p.path), p.sha256, "imported", p.batch_id,
                                           rejected=len(found), rejects_file=str(out)))

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
    change nothing, whatever the file is called now.
    """
    sha = sha256_file(path)
    key = (sha, repr(sorted(options.items())))
    done = find_done(store, importer, sha, options)
    if done is not None or key in seen:
        result.files.append(FileResult(str(path), sha, "already_imported", done.batch_id if done else None))
        return None
    seen.add(key)
    return sha
