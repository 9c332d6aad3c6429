"""`northward import table`: tidy CSV, Excel or Parquet files, one observation per row.

``--map field=Column`` says which column holds which observation field; ``--set field=value`` gives a
field one value for the whole file (e.g. ``--set indicator=trade_value --set unit=CNY``). Periods may be
2024, 2024-03 / 202403, 2024Q1 or a date; the frequency follows from the form unless set.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import duckdb

from ..config import settings
from ..provenance import STATUSES
from ..store.connection import Store, open_store
from .engine import Check, Engine, Plan, Planned, pending, sql_list, sql_str, translate_duckdb_error
from .inputs import expand_inputs
from .problems import CsvStructureProblem, MappingProblem
from .result import ImportResult

IMPORTER = "table"
FIELDS = ("indicator", "territory", "partner", "product", "flow", "period", "period_start", "period_end", "freq",
          "unit", "value", "status", "trade_mode", "quantity", "quantity_unit")
REQUIRED = ("indicator", "territory", "unit", "value")
SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".parquet", ".pq")
FLOWS = ("export", "import", "total", "balance")


@dataclass
class TableOptions:
    mapping: dict[str, str] = field(default_factory=dict)    # field → column name
    constants: dict[str, str] = field(default_factory=dict)  # field → value
    sheet: str | None = None
    on_error: str = "raise"
    rejects_dir: Path | None = None
    grade: str | None = None  # the source's grade (README: Which figure wins); none: unverified_copy

    def validate_names(self) -> None:
        """What can be checked before reading a file: field names, the grade, constants."""
        if self.grade is not None:
            from ..core.vocabulary import parse_grade

            self.grade = parse_grade(self.grade)
        for name in [*self.mapping, *self.constants]:
            if name not in FIELDS:
                raise MappingProblem(f"unknown field {name!r}", hint=f"fields are: {', '.join(FIELDS)}")
        both = set(self.mapping) & set(self.constants)
        if both:
            raise MappingProblem(f"{', '.join(sorted(both))} both mapped and set", hint="use --map or --set, not both")
        self._validate_constants()

    def validate(self) -> None:
        """Every field has a column or a value (after ``with_columns`` for a file)."""
        self.validate_names()
        given = set(self.mapping) | set(self.constants)
        missing = [f for f in REQUIRED if f not in given]
        if "period" not in given and not {"period_start", "period_end"} <= given:
            missing.append("period")
        if missing:
            raise MappingProblem(f"no column or value for {', '.join(missing)}",
                                 hint="add --map FIELD=COLUMN or --set FIELD=VALUE for each (a column named "
                                      "after a field is mapped without --map)")

    def with_columns(self, columns: Sequence[str]) -> TableOptions:
        """These options plus the file's columns already named as fields (``territory``, ``Period`` ...),
        for every field neither mapped nor set."""
        given = set(self.mapping) | set(self.constants)
        by_name = {c.strip().lower(): c for c in reversed(columns)}
        auto = {f: by_name[f] for f in FIELDS if f not in given and f in by_name
                and by_name[f] not in self.mapping.values()}
        if "period" in auto and ({"period_start", "period_end"} & given):
            del auto["period"]
        if not auto:
            return self
        return replace(self, mapping={**self.mapping, **auto})

    def _validate_constants(self) -> None:
        rules = {"status": (lambda v: v in STATUSES, f"one of {', '.join(STATUSES)}"),
                 "flow": (lambda v: v.lower() in FLOWS, "export, import, total or balance"),
                 "freq": (lambda v: v.upper() in ("A", "Q", "M", "YTD", "P", "R"), "A, Q, M, YTD, P or R"),
                 "value": (_is_number, "a number"), "quantity": (_is_number, "a number"),
                 "period": (lambda v: bool(re.fullmatch(r"\d{4}(-?\d{2}|-?Q[1-4]|-\d{2}-\d{2})?", v)),
                            "2024, 2024-03, 202403, 2024Q1 or a date")}
        for name, value in self.constants.items():
            ok, expected = rules.get(name, (lambda v: bool(v), "a value"))
            if not ok(value):
                raise MappingProblem(f"--set {name}={value!r}: expected {expected}", column=name,
                                     hint=f"give {name} as {expected}")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def parse_pairs(items: Sequence[str], what: str) -> dict[str, str]:
    """``["value=Amount", "territory=Region"]`` → {"value": "Amount", ...}; commas also separate pairs."""
    out: dict[str, str] = {}
    for item in items:
        for part in item.split(",") if what == "--map" else [item]:
            if "=" not in part:
                raise MappingProblem(f"{what} {part!r} is not FIELD=VALUE", hint=f"write e.g. {what} value=Amount")
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def import_table(home: str | os.PathLike[str] | None, inputs: Sequence[str | Path],
                 options: TableOptions) -> ImportResult:
    with open_store(home) as store:
        return import_table_into(store, inputs, options, settings(home).ensure().cache_dir)


def _excel_to_csv(path: Path, sheet: str | None, out: Path) -> None:
    """Stream one worksheet into a UTF-8 CSV (DuckDB's Excel reader is an extension it downloads)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, ValueError ... on broken files
        raise CsvStructureProblem(f"not a readable Excel workbook ({type(exc).__name__})", file=str(path),
                                  hint="save the file again from Excel as .xlsx") from exc
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise MappingProblem(f"no sheet {sheet!r}", file=str(path), hint=f"sheets: {', '.join(wb.sheetnames)}")
        ws = wb[sheet] if sheet else wb.worksheets[0]
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            for row in ws.iter_rows(values_only=True):
                w.writerow(["" if v is None else (v.isoformat() if hasattr(v, "isoformat") else v) for v in row])
    finally:
        wb.close()


def _reader_for(kind: str) -> object:
    def read_csv(paths: list[str]) -> str:
        return f"read_csv({sql_list(paths)}, header=true, all_varchar=true, filename=true, nullstr=[''])"

    def read_parquet(paths: list[str]) -> str:
        return f"read_parquet({sql_list(paths)}, filename=true)"
    return read_parquet if kind == "parquet" else read_csv


def _columns(store: Store, reader: object, p: Planned) -> list[str]:
    try:
        rows = store.con.execute(f"DESCRIBE SELECT * FROM {reader([p.read_path])}").fetchall()  # type: ignore[operator]
    except duckdb.Error as exc:
        raise translate_duckdb_error(exc, [p]) from exc
    return [r[0] for r in rows if r[0] != "filename"]


def import_table_into(store: Store, inputs: Sequence[str | Path], options: TableOptions,
                      workdir: Path | None = None) -> ImportResult:
    """Import tidy files: one batch per file, all in one transaction."""
    import tempfile

    options.validate_names()  # before reading any file; each file's columns complete the mapping below
    result = ImportResult(IMPORTER)
    seen: set[tuple[str, str]] = set()
    plans: list[Plan] = []
    if workdir is not None:
        workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="northward-table-", dir=workdir) as tmp:
        for n, path in enumerate(expand_inputs(inputs, SUFFIXES, door="table")):
            opts: dict[str, Any] = {"map": options.mapping, "set": options.constants, "sheet": options.sheet}
            if options.grade:
                opts["grade"] = options.grade
            sha = pending(store, IMPORTER, path, opts, result, seen)
            if sha is None:
                continue
            suffix = path.suffix.lower()
            kind = "parquet" if suffix in (".parquet", ".pq") else "csv"
            read_path = str(path.resolve())
            if suffix in (".xlsx", ".xlsm"):
                read_path = str(Path(tmp) / f"{n:06d}.csv")
                _excel_to_csv(path, options.sheet, Path(read_path))
            planned = Planned(path, read_path, sha, opts)
            reader = _reader_for(kind)
            columns = _columns(store, reader, planned)
            file_options = options.with_columns(columns)
            try:
                file_options.validate()
            except MappingProblem as exc:
                exc.problem.file = exc.problem.file or str(path)
                raise
            for fld, col in options.mapping.items():
                if col not in columns:
                    raise MappingProblem(f"--map {fld}={col}: the file has no column {col!r}", file=str(path), line=1,
                                         column=col, hint=f"columns are: {', '.join(columns)}")
            plans.append(_plan(file_options, [planned], reader))
        return Engine(store, options.on_error, options.rejects_dir).run(plans, result)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _plan(options: TableOptions, files: list[Planned], reader: object) -> Plan:
    def raw(fld: str) -> str:
        if fld in options.mapping:
            return f"nullif(trim(CAST(r.{_ident(options.mapping[fld])} AS VARCHAR)), '')"
        if fld in options.constants:
            return sql_str(options.constants[fld])
        return "NULL"

    checks: list[Check] = []

    def check(fld: str, bad: str, expected: str, hint: str) -> None:
        if fld in options.mapping:
            col = options.mapping[fld]
            checks.append(Check(col, _ident(col), bad, expected, hint))

    num = "TRY_CAST({0} AS DOUBLE)"
    p = raw("period")
    month = f"TRY_STRPTIME(replace({p}, '-', ''), '%Y%m')::DATE"
    quarter = f"regexp_extract({p}, '^([0-9]{{4}})-?Q([1-4])$', ['y', 'q'])"
    dated = f"TRY_CAST({p} AS DATE)"
    freq_raw = raw("freq")
    if "period" in options.mapping or "period" in options.constants:
        start = (f"CASE WHEN regexp_full_match({p}, '[0-9]{{4}}') THEN make_date(CAST({p} AS INTEGER), 1, 1) "
                 f"WHEN regexp_full_match({p}, '[0-9]{{4}}-?[0-9]{{2}}') THEN "
                 f"(CASE WHEN {freq_raw} = 'YTD' THEN date_trunc('year', {month})::DATE ELSE {month} END) "
                 f"WHEN {quarter}.q <> '' THEN make_date(CAST({quarter}.y AS INTEGER), "
                 f"CAST({quarter}.q AS INTEGER) * 3 - 2, 1) ELSE {dated} END")
        end = (f"CASE WHEN regexp_full_match({p}, '[0-9]{{4}}') THEN make_date(CAST({p} AS INTEGER), 12, 31) "
               f"WHEN regexp_full_match({p}, '[0-9]{{4}}-?[0-9]{{2}}') THEN last_day({month}) "
               f"WHEN {quarter}.q <> '' THEN last_day(make_date(CAST({quarter}.y AS INTEGER), "
               f"CAST({quarter}.q AS INTEGER) * 3, 1)) ELSE {dated} END")
        freq = (f"coalesce({freq_raw}, CASE WHEN regexp_full_match({p}, '[0-9]{{4}}') THEN 'A' "
                f"WHEN regexp_full_match({p}, '[0-9]{{4}}-?[0-9]{{2}}') THEN 'M' WHEN {quarter}.q <> '' THEN 'Q' "
                "ELSE 'P' END)")
        check("period", f"{start} IS NULL", "a period: 2024, 2024-03, 202403, 2024Q1 or a date",
              "write periods in one of these forms")
    else:
        start, end = f"TRY_CAST({raw('period_start')} AS DATE)", f"TRY_CAST({raw('period_end')} AS DATE)"
        freq = f"coalesce({freq_raw}, 'R')"
        for fld, expr in (("period_start", start), ("period_end", end)):
            check(fld, f"{expr} IS NULL", "a date (YYYY-MM-DD)", "write dates as YYYY-MM-DD")
    select = {
        "indicator": f"coalesce({raw('indicator')}, '?')", "territory": f"coalesce({raw('territory')}, '?')",
        "partner": raw("partner"), "product": raw("product"), "flow": f"lower({raw('flow')})",
        "period_start": f"coalesce({start}, DATE '1900-01-01')", "period_end": f"coalesce({end}, DATE '1900-01-01')",
        "freq": f"upper({freq})", "unit": f"coalesce({raw('unit')}, '?')", "value": num.format(raw("value")),
        "status": f"coalesce({raw('status')}, 'final')", "trade_mode": raw("trade_mode"), "partner_code": "NULL",
        "quantity": num.format(raw("quantity")), "quantity_unit": raw("quantity_unit"), "quantity2": "NULL",
        "quantity2_unit": "NULL",
    }
    check("value", f"{raw('value')} IS NOT NULL AND {num.format(raw('value'))} IS NULL",
          "a number (or an empty cell for a gap)", "write plain numbers: 1234.5, no thousands separators")
    for fld in ("indicator", "territory", "unit"):
        check(fld, f"{raw(fld)} IS NULL", f"a {fld}", f"every row needs a {fld}")
    check("flow", f"{raw('flow')} IS NOT NULL AND lower({raw('flow')}) NOT IN {tuple(FLOWS)}",
          "export, import, total or balance", "write the flow in English")
    check("status", f"{raw('status')} IS NOT NULL AND {raw('status')} NOT IN {tuple(STATUSES)}",
          f"one of {', '.join(STATUSES)}", "or leave the status empty for final")
    check("freq", f"{freq_raw} IS NOT NULL AND upper({freq_raw}) NOT IN ('A', 'Q', 'M', 'YTD', 'P', 'R')",
          "A, Q, M, YTD, P or R", "correct the frequency")
    check("quantity", f"{raw('quantity')} IS NOT NULL AND {num.format(raw('quantity'))} IS NULL", "a number",
          "correct the quantity")
    return Plan(IMPORTER, files, reader, {}, select, checks,  # type: ignore[arg-type]
                [_ident(c) for c in dict.fromkeys(options.mapping.values())])
