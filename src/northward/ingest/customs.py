"""`northward import customs`: CSV downloads of China Customs' online statistics platform.

The files are what the platform gives: every field quoted, a trailing comma on every line, GB18030
(or GBK / UTF-8 / UTF-8 with BOM), ``?`` for missing, thousands separators, Chinese or English headers,
columns depending on the query. The flow is never in the file and the period often is not: they
come from options or a file-name pattern, never guessed.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import settings
from ..provenance import STATUSES
from ..store.connection import Store, open_store
from .codes import customs_partners, customs_regions, partner_name_rows, region_name_rows
from .customs_layout import CustomsLayout, parse_header
from .encoding import Job, encoding_of, first_line, normalise_encoding, read_first_line, split_points, transcode_many
from .engine import Check, Engine, Plan, Planned, sql_list, take, temp_table
from .inputs import NoProgress, Progress, expand_inputs
from .periods import NamePattern, PeriodSpec, parse_flow, parse_period
from .problems import ImportOptionError
from .result import ImportResult
from .scan import Imported, scan_files

IMPORTER = "customs"
SPLIT_BYTES = 64 << 20  # a file this big is transcoded in pieces, one per core
UNIT_WORD = {"CNY": "yuan", "USD": "US dollars"}


@dataclass
class CustomsOptions:
    """What the file does not say, and how to treat bad rows."""

    flow: str | None = None
    period: str | None = None
    cumulative: bool = False
    name_pattern: str | None = None
    encoding: str | None = None
    currency: str | None = None
    status: str = "final"
    on_error: str = "raise"
    rejects_dir: Path | None = None
    pad_hs: bool = False

    def validate(self) -> None:
        if self.status not in STATUSES:
            raise ImportOptionError(f"unknown status {self.status!r}", hint=f"use one of {', '.join(STATUSES)}")
        if self.on_error not in ("raise", "skip"):
            raise ImportOptionError(f"unknown --on-error {self.on_error!r}", hint="use raise or skip")
        if self.currency is not None:
            self.currency = self.currency.upper()
            if self.currency not in ("CNY", "USD"):
                raise ImportOptionError(f"unknown currency {self.currency!r}", hint="use CNY or USD")
        if self.rejects_dir is not None:
            self.rejects_dir = Path(self.rejects_dir)
        if self.flow is not None:
            self.flow = parse_flow(self.flow)
        if self.period is not None:
            parse_period(self.period, self.cumulative)
        if self.name_pattern is not None:
            NamePattern(self.name_pattern).regex()


def import_customs(home: str | os.PathLike[str] | None, inputs: Sequence[str | Path], options: CustomsOptions,
                   progress: Progress | None = None) -> ImportResult:
    """Import customs downloads (files, folders, globs) into the store under ``home``, atomically."""
    with open_store(home) as store:
        return import_customs_into(store, inputs, options, progress,
                                   workdir=settings(home).ensure().cache_dir)


def import_customs_into(store: Store, inputs: Sequence[str | Path], options: CustomsOptions,
                        progress: Progress | None = None, workdir: Path | None = None) -> ImportResult:
    """Import into an open store: one batch per file, all files in one transaction."""
    options.validate()
    progress = progress or NoProgress()
    files = expand_inputs(inputs, door="customs")
    result = ImportResult(IMPORTER)
    if workdir is not None:
        workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="northward-import-", dir=workdir) as tmp:
        groups: dict[str, tuple[CustomsLayout, list[Planned]]] = {}
        seen: set[tuple[str, str]] = set()
        jobs: list[Job] = []
        split: list[tuple[Planned, int]] = []  # files cut into pieces, and where their jobs start
        scanned = scan_files(files)  # one read per file: checksum, size, header bytes
        progress.start(sum(sc.size for sc in scanned), "reading customs files")
        imported = Imported(store, IMPORTER, [sc.sha256 for sc in scanned])  # one query for all
        for n, sc in enumerate(scanned):
            path = sc.path
            layout, opts, values, encoding = _describe(path, options, sc.head)
            if not take(imported, path, sc.sha256, opts, result, seen):
                progress.advance(sc.size)
                continue
            planned = Planned(path, str(path.resolve()), sc.sha256, opts, values, notes=[f"encoding {encoding}"])
            if encoding.startswith("utf-8"):
                progress.advance(sc.size)
            elif sc.size >= SPLIT_BYTES and (os.cpu_count() or 1) > 1:
                split.append((planned, len(jobs)))
                header = read_first_line(path, encoding).encode("utf-8")
                for k, (start, end) in enumerate(split_points(path, os.cpu_count() or 1)):
                    piece = (Path(tmp) / f"{n:06d}-{k:03d}.csv").resolve()
                    planned.pieces.append((str(piece), 0))
                    jobs.append((path, piece, encoding, start, end, header if k else b""))
            else:
                planned.read_path = str((Path(tmp) / f"{n:06d}.csv").resolve())
                jobs.append((path, Path(planned.read_path), encoding, 0, None, b""))
            groups.setdefault(layout.signature(), (layout, []))[1].append(planned)
        newlines = transcode_many(jobs, progress.advance)
        for planned, first in split:
            # a piece's first row is the line after the newlines of the pieces before it
            offsets = [0] + [sum(newlines[first:first + k]) - 1 for k in range(1, len(planned.pieces))]
            planned.pieces = [(path, off) for (path, _), off in zip(planned.pieces, offsets, strict=True)]
        _create_code_tables(store)
        plans = [_plan(layout, planned, options) for layout, planned in groups.values()]
        Engine(store, options.on_error, options.rejects_dir).run(plans, result)
    return result


def _describe(path: Path, options: CustomsOptions, head: bytes) -> tuple[CustomsLayout, dict[str, Any], dict[str, Any],
                                                                           str]:
    """Encoding, header, flow and period of one file (from its first bytes): what the import will
    record as its options."""
    encoding = normalise_encoding(options.encoding) if options.encoding else encoding_of(head)
    layout = parse_header(first_line(head, encoding, path), str(path), options.currency)
    from_name = NamePattern(options.name_pattern).match(path.name) if options.name_pattern else {}
    flow_text = options.flow or from_name.get("flow")
    if not flow_text:
        raise ImportOptionError("the flow (export or import) is not in customs files", file=str(path),
                                hint="pass --flow export or --flow import, or --name-pattern with {flow}")
    flow = parse_flow(flow_text)
    period_text = options.period or from_name.get("period")
    spec: PeriodSpec | None = parse_period(period_text, options.cumulative) if period_text else None
    monthly = layout.has("yearmonth") or layout.has("year")
    if spec is None and not monthly:
        raise ImportOptionError("the file has no 数据年月 (Date of data) column and no period was given",
                                file=str(path), hint="pass --period 2024-03 (or a span, with --cumulative for "
                                                     "Jan–N totals), or --name-pattern with {period}")
    opts: dict[str, Any] = {"flow": flow, "currency": layout.currency, "status": options.status,
                            "cumulative": options.cumulative, "period": spec.label() if spec else None,
                            "pad_hs": options.pad_hs}
    values = {"flow": flow, "period_start": spec.start if spec else None,
              "period_end": spec.end if spec else None, "freq": spec.freq if spec else None}
    return layout, opts, values, encoding


def _create_code_tables(store: Store) -> None:
    pair = {"code": "VARCHAR", "iso": "VARCHAR"}
    temp_table(store.con, "_nw_partner", pair, [[c, e.iso] for c, e in customs_partners().items()])
    temp_table(store.con, "_nw_region", pair, [[c, e.iso] for c, e in customs_regions().items()])
    named = {"name": "VARCHAR", "iso": "VARCHAR"}
    temp_table(store.con, "_nw_partner_name", named, [list(x) for x in dict(partner_name_rows()).items()])
    temp_table(store.con, "_nw_region_name", named, [list(x) for x in dict(region_name_rows()).items()])


def _reader(layout: CustomsLayout) -> Any:
    cols = ", ".join(f"'{n or '_trail'}': 'VARCHAR'" for n in layout.names)

    def reader(paths: list[str]) -> str:
        return (f"read_csv({sql_list(paths)}, header=true, auto_detect=false, columns={{{cols}}}, delim=',', "
                "quote='\"', escape='\"', nullstr=['?', ''], filename=true, strict_mode=true)")
    return reader


def _plan(layout: CustomsLayout, files: list[Planned], options: CustomsOptions) -> Plan:
    """How rows of this layout become observations, and the rules each row must meet."""
    checks: list[Check] = []
    joins: list[str] = []
    if layout.names[-1] == "":
        checks.append(Check("(end of row)", "_trail", "r._trail IS NOT NULL",
                            f"{len(layout.names) - 1} fields and a trailing comma, as in the header",
                            "a field was added or a comma left unquoted: re-download the file"))

    def col(field: str) -> str:
        return layout.header_of(field)

    num = "TRY_CAST(replace(r.{0}, ',', '') AS DOUBLE)"
    word = UNIT_WORD[layout.currency]
    select: dict[str, str] = {"indicator": "'trade_value'", "flow": "f.flow", "unit": f"'{layout.currency}'",
                              "status": f"'{options.status}'", "value": num.format("value")}
    checks.append(Check(col("value"), "value", f"r.value IS NULL OR {num.format('value')} IS NULL",
                        f"an amount in whole {word}, like 5,848,714",
                        "the value column must hold a number in every row"))
    if layout.has("region"):
        joins.append("LEFT JOIN _nw_region AS rg ON rg.code = r.region")
        select["territory"] = "coalesce(rg.iso, '?')"
        checks.append(Check(col("region"), "region", "rg.iso IS NULL",
                            "a 2-digit region of registration code (GB/T 2260 prefix, e.g. 23 = 黑龙江)",
                            "the codes are in northward's data/customs/regions.csv"))
    elif layout.has("region_name"):
        joins.append("LEFT JOIN _nw_region_name AS rg ON rg.name = trim(r.region_name)")
        select["territory"] = "coalesce(rg.iso, '?')"
        checks.append(Check(col("region_name"), "region_name", "rg.iso IS NULL",
                            "a province name such as 黑龙江省", "download the file with 注册地编码 too"))
    else:
        select["territory"] = "'CN'"
    if layout.has("partner"):
        joins.append("LEFT JOIN _nw_partner AS pc ON pc.code = r.partner")
        select["partner"] = "coalesce(pc.iso, '?')"
        checks.append(Check(col("partner"), "partner", "pc.iso IS NULL",
                            "a China Customs partner code (e.g. 344 = Russia; these are not UN M49 codes)",
                            "the codes are in northward's data/customs/partners.csv; add a missing one there"))
    elif layout.has("partner_name"):
        joins.append("LEFT JOIN _nw_partner_name AS pc ON pc.name = lower(trim(r.partner_name)) "
                     "OR pc.name = trim(r.partner_name)")
        select["partner"] = "coalesce(pc.iso, '?')"
        checks.append(Check(col("partner_name"), "partner_name", "pc.iso IS NULL",
                            "a partner name from the customs list, such as 俄罗斯联邦",
                            "download the file with 贸易伙伴编码 too"))
    else:
        select["partner"] = "'WLD'"
    if layout.has("hs"):
        pattern = "[0-9]{1,8}" if options.pad_hs else "[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{8}"
        select["product"] = ("CASE WHEN length(r.hs) % 2 = 1 THEN '0' || r.hs ELSE r.hs END" if options.pad_hs
                             else "coalesce(r.hs, '?')")
        checks.append(Check(col("hs"), "hs", f"r.hs IS NULL OR NOT regexp_full_match(r.hs, '{pattern}')",
                            "an HS code of 2, 4, 6 or 8 digits, leading zeros kept (e.g. 01012100)",
                            "if a spreadsheet dropped leading zeros, re-download the file or pass --pad-hs"))
    else:
        select["product"] = "'TOTAL'"
    _period(layout, options, select, checks)
    select["trade_mode"] = "r.mode" if layout.has("mode") else "NULL"
    select["partner_code"] = "r.partner" if layout.has("partner") else "NULL"
    if layout.has("mode"):
        checks.append(Check(col("mode"), "mode", "NOT regexp_full_match(r.mode, '[0-9]{2}')",
                            "a 2-digit trade mode code (e.g. 10 = 一般贸易)", "keep the code column as downloaded"))
    for q, u, target in (("qty1", "unit1", ""), ("qty2", "unit2", "2")):
        select[f"quantity{target}"] = num.format(q) if layout.has(q) else "NULL"
        select[f"quantity{target}_unit"] = f"r.{u}" if layout.has(u) else "NULL"
        if layout.has(q):
            checks.append(Check(col(q), q, f"r.{q} IS NOT NULL AND {num.format(q)} IS NULL",
                                "a quantity (a number, or ? when there is none)", "correct the quantity"))
    raw = [n for n in layout.names if n]
    return Plan(IMPORTER, files, _reader(layout),
                {"flow": "VARCHAR", "period_start": "DATE", "period_end": "DATE", "freq": "VARCHAR"},
                select, checks, raw, " ".join(joins))


def _period(layout: CustomsLayout, options: CustomsOptions, select: dict[str, str], checks: list[Check]) -> None:
    """Per-row periods from 数据年月 (monthly, or YTD with --cumulative), else the file's period."""
    if layout.has("yearmonth"):
        ym = "TRY_STRPTIME(r.yearmonth, '%Y%m')::DATE"
        start = f"date_trunc('year', {ym})::DATE" if options.cumulative else ym
        freq = f"CASE WHEN month({ym}) = 12 THEN 'A' ELSE 'YTD' END" if options.cumulative else "'M'"
        select.update(period_start=f"coalesce({start}, DATE '1900-01-01')",
                      period_end=f"coalesce(last_day({ym}), DATE '1900-01-01')", freq=freq)
        checks.append(Check(layout.header_of("yearmonth"), "yearmonth",
                            f"{ym} IS NULL OR (f.period_start IS NOT NULL AND {ym} NOT BETWEEN "
                            "date_trunc('month', f.period_start) AND f.period_end)",
                            "a month as YYYYMM (e.g. 202403), within --period when one is given",
                            "correct the month, or widen --period"))
    elif layout.has("year"):
        y = "TRY_CAST(r.year AS INTEGER)"
        select.update(period_start=f"coalesce(make_date({y}, 1, 1), DATE '1900-01-01')",
                      period_end=f"coalesce(make_date({y}, 12, 31), DATE '1900-01-01')", freq="'A'")
        checks.append(Check(layout.header_of("year"), "year", f"{y} IS NULL OR {y} NOT BETWEEN 1980 AND 2100",
                            "a year such as 2024", "correct the year"))
    else:
        select.update(period_start="f.period_start", period_end="f.period_end", freq="f.freq")
