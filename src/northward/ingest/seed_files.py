"""Parse and validate the default dataset's files (sources, territories, indicators, observations).

Everything is checked before the store is touched, and every problem names its file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..core.vocabulary import GRADES
from ..errors import Problem, ProblemList, ValidationError, nearest_match
from ..periods import PeriodSyntaxError, parse_period
from ..provenance import SOURCE_KINDS, STATUSES
from .datafiles import Entry, read_csv_rows, read_yaml_list

SOURCE_FIELDS = ("source_id", "kind", "title", "title_en", "publisher", "author", "url", "published",
                 "accessed", "language", "licence", "citation", "doi", "cited_by", "ref", "note", "grade",
                 "original_publisher", "retrieved_from")
SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
OFFICIAL_KINDS = ("statistical_bulletin", "customs_release")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

TERRITORY_COLUMNS = ("code", "level", "parent", "name_zh", "name_en", "name_ru", "iso_numeric", "members")
TERRITORY_LEVELS = ("world", "country", "province", "prefecture", "county", "aggregate", "federal_subject")

OBS_COLUMNS = ("indicator", "territory", "partner", "product", "flow", "period", "value", "scale", "unit",
               "qualifier", "status", "source_id", "primary_source_id", "stated", "note")
OBS_OPTIONAL = ("place_id",)
SCALES = {"": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "万": 10**4, "亿": 10**8, "万亿": 10**12}
UNITS = ("CNY", "USD", "RUB", "percent", "percent_points", "persons", "times", "rank", "count", "km", "km2",
         "CNY_per_USD", "trains", "TEU", "tonnes", "years")
QUALIFIERS = ("", "about", "over", "under", "nearly", "at_least", "at_most", "range_low", "range_high")
FLOWS = ("", "export", "import", "total", "balance")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


@dataclass
class SeedData:
    """The validated content of a data folder, ready to write."""

    sources: list[dict[str, Any]] = field(default_factory=list)
    territories: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    products: list[dict[str, Any]] = field(default_factory=list)
    observations: list[dict[str, Any]] = field(default_factory=list)


def load_sources(data_dir: Path, problems: ProblemList) -> list[dict[str, Any]]:
    folder = data_dir / "sources"
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    seen: dict[str, str] = {}
    out = []
    for path in files:
        for e in read_yaml_list(path):
            row = _check_source(e, problems)
            if row is None:
                continue
            sid = row["source_id"]
            if sid in seen:
                problems.add(Problem("NW211", f"duplicate source_id {sid!r} (first at {seen[sid]})",
                                     "give each source its own id", e.file, e.line, "source_id"))
                continue
            seen[sid] = f"{e.file}:{e.line}"
            out.append(row)
    return out


def _check_source(e: Entry, problems: ProblemList) -> dict[str, Any] | None:
    d = e.data
    unknown = [k for k in d if k not in SOURCE_FIELDS]
    if unknown:
        problems.add(Problem("NW212", f"unknown field(s) {', '.join(map(str, unknown))}",
                             f"allowed fields: {', '.join(SOURCE_FIELDS)}", e.file, e.line, str(unknown[0])))
        return None
    row = {k: (None if d.get(k) in (None, "") else str(d[k])) for k in SOURCE_FIELDS}
    for req in ("source_id", "kind", "title"):
        if not row[req]:
            problems.add(Problem("NW213", f"source without {req}", f"add '{req}:' to the entry", e.file,
                                 e.line, req))
            return None
    if not SOURCE_ID.match(str(row["source_id"])):
        problems.add(Problem("NW214", f"bad source_id {row['source_id']!r}",
                             "use lowercase letters, digits, '.', '_' and '-'", e.file, e.line, "source_id"))
    if str(row["kind"]) not in SOURCE_KINDS:
        problems.add(Problem("NW215", f"unknown kind {row['kind']!r}", f"use one of {', '.join(SOURCE_KINDS)}",
                             e.file, e.line, "kind"))
    for key in ("published", "accessed"):
        if row[key] and not ISO_DATE.match(str(row[key])):
            problems.add(Problem("NW216", f"{key} {row[key]!r} is not an ISO date",
                                 "write dates as YYYY-MM-DD (or YYYY-MM, YYYY)", e.file, e.line, key))
    _check_grade(e, row, problems)
    return row


def _check_grade(e: Entry, row: dict[str, Any], problems: ProblemList) -> None:
    """A known grade; an official grade never rests on a mirror copy nor a bulletin on a non-official one."""
    grade = row["grade"]
    if grade is None:
        return
    if grade not in GRADES:
        near = nearest_match(grade, GRADES)
        problems.add(Problem("NW243", f"unknown grade {grade!r}" + (f"; did you mean {near!r}?" if near else ""),
                             f"use one of {', '.join(GRADES)}", e.file, e.line, "grade"))
    elif grade.startswith("official") and row["retrieved_from"]:
        problems.add(Problem("NW244", f"grade {grade} for a text read on a copy ({row['retrieved_from']})",
                             "grade a copy on a non-official site secondary (naming original_publisher), "
                             "or read the text at the original's address", e.file, e.line, "grade"))
    elif row["kind"] in OFFICIAL_KINDS and not grade.startswith("official"):
        problems.add(Problem("NW245", f"kind {row['kind']} with grade {grade}",
                             "a bulletin or customs release must be read on an official site; give a copy "
                             "kind web_page (or news) and name the issuer in original_publisher",
                             e.file, e.line, "kind"))


def load_territories(data_dir: Path, problems: ProblemList) -> list[dict[str, Any]]:
    path = data_dir / "territories.csv"
    rows: dict[str, dict[str, Any]] = {}
    for e in read_csv_rows(path, TERRITORY_COLUMNS[:6], TERRITORY_COLUMNS[6:]):
        d = {k: (e.data.get(k) or None) for k in TERRITORY_COLUMNS}
        d["_where"] = (e.file, e.line)
        if not d["code"] or not d["name_en"]:
            problems.add(Problem("NW217", "territory without code or English name", "fill code and name_en",
                                 e.file, e.line, "code"))
            continue
        if d["level"] not in TERRITORY_LEVELS:
            problems.add(Problem("NW218", f"unknown level {d['level']!r}", f"use one of {', '.join(TERRITORY_LEVELS)}",
                                 e.file, e.line, "level"))
        if d["code"] in rows:
            problems.add(Problem("NW219", f"duplicate territory code {d['code']!r}", "keep one row per code",
                                 e.file, e.line, "code"))
        rows[d["code"]] = d
    for d in rows.values():
        file, line = d["_where"]
        if d["parent"] and d["parent"] not in rows:
            problems.add(Problem("NW220", f"unknown parent {d['parent']!r}", "use a code defined in the file",
                                 file, line, "parent"))
        for member in (d["members"] or "").split():
            if member not in rows:
                problems.add(Problem("NW220", f"unknown member {member!r}", "use codes defined in the file",
                                     file, line, "members"))
    return [{k: v for k, v in d.items() if k != "_where"} for d in rows.values()]


def load_indicators(data_dir: Path, problems: ProblemList) -> list[dict[str, Any]]:
    out, seen = [], set()
    for e in read_yaml_list(data_dir / "indicators.yaml"):
        d = e.data
        name = d.get("name")
        if not name or d.get("kind") not in ("level", "derived") or not d.get("description"):
            problems.add(Problem("NW221", f"indicator {name!r} needs name, kind (level|derived) and description",
                                 "complete the entry", e.file, e.line, "name"))
            continue
        if name in seen:
            problems.add(Problem("NW222", f"duplicate indicator {name!r}", "keep one entry", e.file, e.line, "name"))
        seen.add(name)
        out.append({"name": name, "kind": d["kind"], "unit": d.get("unit"), "description": d["description"],
                    "formula": d.get("formula")})
    return out


def load_products(data_dir: Path, problems: ProblemList) -> list[dict[str, Any]]:
    path = data_dir / "products.csv"
    if not path.exists():
        return []
    return [e.data for e in read_csv_rows(path, ("code", "name_en", "name_zh"), ("hs_codes", "note"))]


def load_observations(data_dir: Path, data: SeedData, problems: ProblemList) -> list[dict[str, Any]]:
    folder = data_dir / "observations"
    indicators = {i["name"] for i in data.indicators}
    territories = {t["code"] for t in data.territories}
    sources = {s["source_id"] for s in data.sources}
    products = {p["code"] for p in data.products} | {"TOTAL"}
    out: list[dict[str, Any]] = []
    keys: dict[tuple[Any, ...], str] = {}
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        for e in read_csv_rows(path, OBS_COLUMNS, OBS_OPTIONAL):
            row = _check_observation(e, indicators, territories, sources, products, problems)
            if row is None:
                continue
            # unit belongs to the key: a source may state one figure in yuan and in dollars (the article's
            # "37.3 billion yuan" and "$5.24 billion" for the same exports)
            key = (row["indicator"], row["territory"], row["partner"], row["product"], row["flow"],
                   row["period_start"], row["period_end"], row["unit"], row["qualifier"], row["status"],
                   row["source_id"], row["place_id"])
            if key in keys:
                problems.add(Problem("NW230", f"duplicate observation (first at {keys[key]})",
                                     "remove the repeated row, or tell the two apart (period, qualifier, source)",
                                     e.file, e.line, "indicator"))
                continue
            keys[key] = f"{Path(e.file).name}:{e.line}"
            out.append(row)
    return out


def _check_observation(e: Entry, indicators: set[str], territories: set[str], sources: set[str],
                       products: set[str], problems: ProblemList) -> dict[str, Any] | None:
    d = e.data
    bad = len(problems.problems)

    def fail(code: str, column: str, message: str, hint: str) -> None:
        problems.add(Problem(code, message, hint, e.file, e.line, column))

    if d["indicator"] not in indicators:
        fail("NW231", "indicator", f"unknown indicator {d['indicator']!r}", "add it to indicators.yaml or fix the name")
    for col in ("territory", "partner"):
        if (d[col] or col == "territory") and d[col] not in territories:
            fail("NW232", col, f"unknown territory code {d[col]!r}", "use a code from territories.csv (e.g. CN-HL, RU)")
    if d["product"] and d["product"] not in products and not d["product"].isdigit():
        fail("NW233", "product", f"unknown product {d['product']!r}", "use TOTAL, an HS code or a code from products.csv")
    if d["flow"] not in FLOWS:
        fail("NW234", "flow", f"unknown flow {d['flow']!r}", "use export, import, total, balance or leave empty")
    try:
        period = parse_period(d["period"])
    except PeriodSyntaxError as exc:
        fail("NW235", "period", str(exc),
             "write the period as 2024, 2024-03, 2024-Q1, 2024-01..2024-05, 2019..2024 or @2020-11-01")
        period = None
    value_text = d["value"].replace(",", "") if d["value"] else ""
    if d["value"] != value_text:
        fail("NW236", "value", f"value {d['value']!r} has thousands separators",
             "write digits only, e.g. 29783 not 29,783")
    value: float | None = None
    decimals: int | None = None
    if not NUMBER.match(d["value"]):
        fail("NW236", "value", f"value {d['value']!r} is not a number",
             "write the number as stated, digits and a decimal point only (no %, no units)")
    else:
        try:
            dec = Decimal(d["value"])
        except InvalidOperation:  # pragma: no cover - NUMBER guards this
            dec = Decimal(0)
        # decimals of the base-unit value: "10.7" billion is rounded to 10^8, so decimals = 1 - 9 = -8
        exponent = dec.as_tuple().exponent
        stated_decimals = max(0, -exponent) if isinstance(exponent, int) else 0
        decimals = stated_decimals - (len(str(SCALES.get(d["scale"], 1))) - 1)
    if d["scale"] not in SCALES:
        fail("NW237", "scale", f"unknown scale {d['scale']!r}", f"use one of: {', '.join(k or '(empty)' for k in SCALES)}")
    elif decimals is not None:
        value = float(Decimal(d["value"]) * SCALES[d["scale"]])
    if d["unit"] not in UNITS:
        fail("NW238", "unit", f"unknown unit {d['unit']!r}", f"use one of {', '.join(UNITS)}")
    if d["qualifier"] not in QUALIFIERS:
        allowed = ", ".join(q or "(empty)" for q in QUALIFIERS)
        fail("NW239", "qualifier", f"unknown qualifier {d['qualifier']!r}", f"use one of {allowed}")
    if d["status"] not in STATUSES:
        fail("NW240", "status", f"unknown status {d['status']!r}", f"use one of {', '.join(STATUSES)}")
    if not d["source_id"]:
        fail("NW241", "source_id", "a figure without a source", "every figure needs a source_id from sources/*.yaml")
    elif d["source_id"] not in sources:
        fail("NW242", "source_id", f"unknown source {d['source_id']!r}", "add the source to sources/*.yaml or fix the id")
    if d["primary_source_id"] and d["primary_source_id"] not in sources:
        fail("NW242", "primary_source_id", f"unknown source {d['primary_source_id']!r}",
             "add the source to sources/*.yaml or fix the id")
    if len(problems.problems) > bad or period is None:
        return None
    return {
        "indicator": d["indicator"], "territory": d["territory"], "partner": d["partner"] or None,
        "product": d["product"] or None, "flow": d["flow"] or None, "period_start": period.start,
        "period_end": period.end, "freq": period.freq, "unit": d["unit"], "value": value,
        "decimals": decimals, "qualifier": d["qualifier"] or None,
        "status": d["status"], "source_id": d["source_id"], "primary_source_id": d["primary_source_id"] or None,
        "stated": d["stated"] or None, "note": d["note"] or None, "place_id": d.get("place_id") or None,
    }


def read_seed(data_dir: Path) -> SeedData:
    """Read and validate a whole data folder; raise ValidationError listing every problem."""
    problems = ProblemList()
    data = SeedData()
    data.sources = load_sources(data_dir, problems)
    data.territories = load_territories(data_dir, problems)
    data.indicators = load_indicators(data_dir, problems)
    data.products = load_products(data_dir, problems)
    data.observations = load_observations(data_dir, data, problems)
    problems.raise_if_any(ValidationError, "the dataset has errors; the store was not changed")
    return data
