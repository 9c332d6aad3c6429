"""`northward import comtrade`: UN Comtrade final data, from its 47-column CSV or through its API.

Comtrade areas are UN M49 codes with ISO3 labels; northward stores ISO alpha-2 (World → WLD, areas
"nes" → XX). Only rows that are totals over the second partner, the modes of transport and the
customs procedures are imported (the rest break those totals down and would count twice); the API
goes through the official ``comtradeapicall`` client, its key read from an environment variable.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry

from ..config import settings
from ..errors import NetworkError
from ..store.connection import Store, open_store
from .engine import Check, Engine, Plan, Planned, pending, sql_list, sql_str, temp_table
from .inputs import expand_inputs
from .problems import ComtradeProblem, ImportOptionError
from .result import ImportResult

IMPORTER = "comtrade"
KEY_ENV = "COMTRADE_API_KEY"
REQUIRED = ("freqCode", "refYear", "refMonth", "reporterISO", "flowCode", "partnerCode", "partnerISO", "cmdCode",
            "primaryValue")
OPTIONAL = ("partner2Code", "motCode", "customsCode", "qty", "qtyUnitAbbr", "netWgt")


@dataclass
class ComtradeOptions:
    status: str = "final"
    on_error: str = "raise"
    rejects_dir: Path | None = None


@dataclass
class ComtradeQuery:
    """One call of the final-data API (``comtradeapicall.getFinalData``)."""

    reporter: str = "156"
    partner: str | None = "643"
    period: str = "2023"
    freq: str = "A"
    flow: str = "M,X"
    cmd: str = "TOTAL"
    key_env: str = KEY_ENV

    def params(self) -> dict[str, Any]:
        return {"typeCode": "C", "freqCode": self.freq, "clCode": "HS", "period": self.period,
                "reporterCode": self.reporter, "cmdCode": self.cmd, "flowCode": self.flow,
                "partnerCode": self.partner, "partner2Code": None, "customsCode": None, "motCode": None,
                "includeDesc": True}


Fetch = Callable[[str, dict[str, Any]], Any]


def official_fetch(key: str, params: dict[str, Any]) -> Any:
    """The network seam: the official client (tests replace its HTTP pool with recorded responses)."""
    import comtradeapicall

    return comtradeapicall.getFinalData(key, **params)


def _iso3_rows() -> list[tuple[str, str]]:
    rows = [(c.alpha_3, c.alpha_2) for c in pycountry.countries]
    return [*rows, ("W00", "WLD"), ("WLD", "WLD")]


def _header(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        try:
            return [h.strip() for h in next(csv.reader(fh))]
        except (StopIteration, csv.Error, UnicodeDecodeError) as exc:
            raise ComtradeProblem("the file has no readable CSV header", file=str(path), line=1,
                                  hint="export the Comtrade query as CSV (UTF-8)") from exc


def import_comtrade(home: str | os.PathLike[str] | None, inputs: Sequence[str | Path],
                    options: ComtradeOptions) -> ImportResult:
    with open_store(home) as store:
        return import_comtrade_into(store, inputs, options)


def import_comtrade_into(store: Store, inputs: Sequence[str | Path], options: ComtradeOptions,
                         extra_options: dict[str, Any] | None = None) -> ImportResult:
    """Import Comtrade CSV files: one batch per file, all in one transaction."""
    result = ImportResult(IMPORTER)
    seen: set[tuple[str, str]] = set()
    groups: dict[tuple[str, ...], list[Planned]] = {}
    for path in expand_inputs(inputs, door="comtrade"):
        header = _header(path)
        if len(set(header)) != len(header) or "filename" in header or "" in header:
            raise ComtradeProblem("the header repeats a column name or leaves one empty", file=str(path), line=1,
                                  hint="export the Comtrade query again as CSV")
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise ComtradeProblem(f"missing Comtrade column(s) {', '.join(missing)}", file=str(path), line=1,
                                  column=missing[0], hint="export the 47-column final-data CSV, with "
                                                          "descriptions (ISO codes) included")
        opts = {"status": options.status, **(extra_options or {})}
        sha = pending(store, IMPORTER, path, opts, result, seen)
        if sha is not None:
            groups.setdefault(tuple(header), []).append(Planned(path, str(path.resolve()), sha, opts))
    temp_table(store.con, "_nw_iso3", {"iso3": "VARCHAR", "iso2": "VARCHAR"}, [list(r) for r in _iso3_rows()])
    plans = [_plan(list(h), files, options) for h, files in groups.items()]
    return Engine(store, options.on_error, options.rejects_dir).run(plans, result)


def _plan(header: list[str], files: list[Planned], options: ComtradeOptions) -> Plan:
    has = set(header)
    keep = [f"coalesce(r.{c}, '0') = '0'" for c in ("partner2Code", "motCode") if c in has]
    if "customsCode" in has:
        keep.append("coalesce(r.customsCode, 'C00') = 'C00'")
    where = " AND ".join(keep) or "true"

    columns = ", ".join(f"{sql_str(h)}: 'VARCHAR'" for h in header)

    def reader(paths: list[str]) -> str:
        return (f"read_csv({sql_list(paths)}, header=true, auto_detect=false, columns={{{columns}}}, delim=',', "
                "quote='\"', escape='\"', filename=true, nullstr=['', 'NA'], strict_mode=true)")

    num = "TRY_CAST(r.{0} AS DOUBLE)"
    month = "TRY_CAST(r.refMonth AS INTEGER)"
    year = "TRY_CAST(r.refYear AS INTEGER)"
    monthly = "r.freqCode = 'M'"
    start = f"CASE WHEN {monthly} THEN make_date({year}, {month}, 1) ELSE make_date({year}, 1, 1) END"
    end = f"CASE WHEN {monthly} THEN last_day(make_date({year}, {month}, 1)) ELSE make_date({year}, 12, 31) END"
    select = {
        "indicator": "'trade_value'", "territory": "coalesce(rep.iso2, '?')",
        "partner": "CASE WHEN r.partnerCode = '0' THEN 'WLD' ELSE coalesce(par.iso2, 'XX') END",
        "product": "coalesce(r.cmdCode, '?')",
        "flow": "CASE r.flowCode WHEN 'X' THEN 'export' WHEN 'M' THEN 'import' ELSE '?' END",
        "period_start": f"coalesce({start}, DATE '1900-01-01')", "period_end": f"coalesce({end}, DATE '1900-01-01')",
        "freq": "CASE WHEN r.freqCode = 'M' THEN 'M' ELSE 'A' END", "unit": "'USD'",
        "value": num.format("primaryValue"), "status": f"'{options.status}'", "trade_mode": "NULL", "partner_code": "NULL",
        "quantity": (f"CASE WHEN coalesce(r.qtyUnitAbbr, 'N/A') <> 'N/A' THEN {num.format('qty')} END"
                     if {"qty", "qtyUnitAbbr"} <= has else "NULL"),
        "quantity_unit": "nullif(r.qtyUnitAbbr, 'N/A')" if "qtyUnitAbbr" in has else "NULL",
        # Comtrade writes 0 where no net weight is reported
        "quantity2": f"nullif({num.format('netWgt')}, 0)" if "netWgt" in has else "NULL",
        "quantity2_unit": f"CASE WHEN nullif({num.format('netWgt')}, 0) IS NOT NULL THEN 'kg' END"
                          if "netWgt" in has else "NULL",
    }
    checks = [
        Check("reporterISO", "reporterISO", "rep.iso2 IS NULL", "an ISO 3166 alpha-3 reporter code such as CHN",
              "export the CSV with descriptions so that reporterISO is filled"),
        Check("flowCode", "flowCode", "r.flowCode NOT IN ('X', 'M')", "X (export) or M (import)",
              "re-exports and re-imports (RX, RM) are not imported: filter them out of the query"),
        Check("freqCode", "freqCode", "r.freqCode NOT IN ('A', 'M')", "A or M", "query annual or monthly data"),
        Check("refYear", "refYear", f"{start} IS NULL", "a year (and refMonth for monthly data)",
              "the period columns must hold numbers"),
        Check("primaryValue", "primaryValue", f"r.primaryValue IS NULL OR {num.format('primaryValue')} IS NULL",
              "a value in US dollars", "the value column must hold a number"),
        Check("cmdCode", "cmdCode", "r.cmdCode IS NULL", "TOTAL or an HS code", "keep the commodity column"),
    ]
    if "qty" in has:
        checks.append(Check("qty", "qty", f"r.qty IS NOT NULL AND {num.format('qty')} IS NULL", "a number",
                            "correct the quantity"))
    joins = ("LEFT JOIN _nw_iso3 AS rep ON rep.iso3 = r.reporterISO "
             "LEFT JOIN _nw_iso3 AS par ON par.iso3 = r.partnerISO")
    return Plan(IMPORTER, files, reader, {}, select, checks, [h for h in header if h.isidentifier()], joins,
                where)


def fetch_to_csv(query: ComtradeQuery, folder: Path, fetch: Fetch | None = None,
                 environ: dict[str, str] | None = None) -> Path:
    """Call the API once and keep the response as an immutable CSV snapshot named by its checksum."""
    env = os.environ if environ is None else environ
    key = env.get(query.key_env)
    if not key:
        raise ImportOptionError(f"no Comtrade API key in ${query.key_env}",
                                hint=f"export {query.key_env}=<your subscription key> (comtradedeveloper.un.org)")
    try:
        frame = (fetch or official_fetch)(key, query.params())
    except Exception as exc:  # the client raises whatever its HTTP stack raises
        raise NetworkError(f"the Comtrade API call failed: {exc}", hint="check the network and the key") from exc
    if frame is None:
        raise NetworkError("the Comtrade API returned no data (an HTTP error or a bad key)",
                           hint="check the key and the query; the client printed the server's answer")
    if len(frame) == 0:
        raise ComtradeProblem("the Comtrade API found no rows for this query",
                              hint="check reporter, partner, period and flow codes (M49, e.g. 156 China)")
    buf = io.StringIO()
    frame.to_csv(buf, index=False)
    data = buf.getvalue().encode("utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"comtrade-{hashlib.sha256(data).hexdigest()[:16]}.csv"
    out.write_bytes(data)
    return out


def import_comtrade_api(home: str | os.PathLike[str] | None, query: ComtradeQuery, options: ComtradeOptions,
                        fetch: Fetch | None = None) -> ImportResult:
    """Fetch one query through the official client, snapshot it, and import the snapshot as a batch."""
    snapshot = fetch_to_csv(query, settings(home).ensure().cache_dir / "comtrade", fetch)
    with open_store(home) as store:
        params = {k: v for k, v in query.params().items() if v is not None}
        return import_comtrade_into(store, [snapshot], options, {"api": json.dumps(params, sort_keys=True)})
