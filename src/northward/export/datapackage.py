"""Frictionless Data Packages: a selection of figures as CSV or Parquet, with its field schema, sources
and licences in ``datapackage.json`` (https://specs.frictionlessdata.io/data-package/).

Any table of rows can be packaged (``show``'s observations, ``series``' points): the schema is inferred
from the values, described from the columns northward knows, and every source id the rows cite is
written out in full (publisher, grade, address, date read, licence).
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import NorthwardError
from ..provenance import grade_label

DATA_FORMATS = ("csv", "parquet")

# What each column northward writes means, for the field descriptions (columns not listed get none).
FIELD_DESCRIPTIONS: dict[str, str] = {
    "indicator": "Indicator id (see `northward indicator --help` and data/indicators.yaml).",
    "territory": "Territory code: ISO 3166-2 for provinces (CN-HL), ISO 3166-1 alpha-2 for countries, NEC for the "
                 "four northeastern territories together.",
    "partner": "Partner territory code (trade figures), empty when the figure has no partner.",
    "product": "Product: TOTAL, an HS code, or a category code from data/products.csv.",
    "flow": "Trade flow: export, import, total or balance.",
    "period": "Period as northward writes it: 2024 (year), 2024-03 (month), 2024-Q1, 2024-01..2024-05 "
              "(cumulative from January), @2020-11-01 (a point in time).",
    "period_start": "First day of the period.",
    "period_end": "Last day of the period.",
    "freq": "Frequency: A (year), Q (quarter), M (month), YTD (cumulative from January), P (point in time).",
    "value": "The figure in base units (yuan, not billions of yuan), in the unit of the `unit` column.",
    "unit": "Unit of `value`: CNY, USD, RUB, percent, persons, CNY_per_USD ...",
    "qualifier": "How the source qualifies the figure: about, over, under, nearly, range_low, range_high.",
    "status": "final, preliminary, revised, estimate or derived.",
    "source_id": "Id of the source stating the figure (see the package's sources).",
    "primary_source_id": "Id of the source the citing source names for the figure.",
    "stated": "The figure as the source writes it.",
    "note": "What a user must know about the figure.",
    "how": "How the value was obtained: stated, converted at a named rate, derived (export + import ...), "
           "summed from members, months or imported detail.",
    "sources": "Ids of the sources the value rests on, space-separated (see the package's sources).",
    "grade": "Grade of the weakest source the value rests on: official_original, official_copy, reputable_media, "
             "secondary, unverified_copy.",
    "gap_reason": "Why the period has no value.",
    "rate": "Exchange rate used for a conversion (CNY per USD).",
}
# Units a column's values are in when the column name says so (Frictionless allows extra field properties).
FIELD_UNITS = {"rate": "CNY_per_USD"}
LICENCE = {
    "name": "other-at",
    "title": "Figures are facts from the sources listed, each to be cited; every source keeps the rights "
             "to its own text (see each source's licence)",
}


class ExportError(NorthwardError):
    code = "NW910"


@dataclass
class DataPackage:
    """What was written: the folder, the descriptor and how many rows."""

    folder: Path
    descriptor: dict[str, Any]
    rows: int
    sources: list[str] = field(default_factory=list)

    def summary(self) -> str:
        res = self.descriptor["resources"][0]
        return (f"wrote {self.folder / 'datapackage.json'} and {self.folder / res['path']}: {self.rows} rows, "
                f"{len(res['schema']['fields'])} fields, {len(self.sources)} sources")


def write_datapackage(rows: Sequence[dict[str, Any]], sources: Sequence[dict[str, Any]], out: Path | str, *,
                      name: str = "northward-selection", title: str | None = None, description: str | None = None,
                      data_format: str = "csv", resource: str = "observations") -> DataPackage:
    """Write ``rows`` and the ``sources`` they cite as a data package in the folder ``out``."""
    if data_format not in DATA_FORMATS:
        raise ExportError(f"unknown data format {data_format!r}", hint=f"use one of {', '.join(DATA_FORMATS)}")
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file, not a folder", hint="give --out a folder (it is created if missing)")
    folder.mkdir(parents=True, exist_ok=True)
    columns = _columns(rows)
    fields = [_field(c, [r.get(c) for r in rows]) for c in columns]
    data_path = f"{_slug(resource)}.{data_format}"
    if data_format == "csv":
        _write_csv(folder / data_path, columns, fields, rows)
    else:
        _write_parquet(folder / data_path, columns, fields, rows)
    package_sources = [_source(s) for s in sources]
    res: dict[str, Any] = {
        "name": _slug(resource), "path": data_path, "profile": "tabular-data-resource",
        "format": data_format, "mediatype": "text/csv" if data_format == "csv" else "application/vnd.apache.parquet",
        "schema": {"fields": fields, "missingValues": [""]},
        "sources": package_sources,
    }
    if data_format == "csv":
        res["encoding"] = "utf-8"
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": _slug(name),
        "title": title or "A selection of figures from northward",
        "description": description or ("Figures from the northward evidence store, each row naming its source; "
                                        "the sources are listed in full below."),
        "created": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "version": "1.0.0",
        "contributors": [{"title": f"northward {__version__}", "role": "author"}],
        "licenses": [LICENCE],
        "sources": package_sources,
        "resources": [res],
    }
    (folder / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n",
                                             encoding="utf-8")
    return DataPackage(folder, descriptor, len(rows), [s["id"] for s in package_sources])


def cited_source_ids(rows: Iterable[dict[str, Any]],
                     columns: Sequence[str] = ("source_id", "primary_source_id", "sources")) -> list[str]:
    """Every source id the rows cite, in order of first citation (a cell may hold several, space-separated)."""
    out: dict[str, None] = {}
    for r in rows:
        for c in columns:
            for sid in str(r.get(c) or "").split():
                out.setdefault(sid, None)
    return list(out)


def _columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    cols: dict[str, None] = {}
    for r in rows:
        for k in r:
            cols.setdefault(k, None)
    return list(cols)


def _type(values: list[Any]) -> str:
    kinds = {type(v) for v in values if v is not None and v != ""}
    if not kinds:
        return "string"
    if kinds <= {bool}:
        return "boolean"
    if kinds <= {int}:
        return "integer"
    if kinds <= {int, float}:
        return "number"
    if kinds <= {date}:
        return "date"
    if kinds <= {datetime}:
        return "datetime"
    return "string"


def _field(name: str, values: list[Any]) -> dict[str, Any]:
    f: dict[str, Any] = {"name": name, "type": _type(values)}
    if name in FIELD_DESCRIPTIONS:
        f["description"] = FIELD_DESCRIPTIONS[name]
    if name in FIELD_UNITS:
        f["unit"] = FIELD_UNITS[name]
    return f


def _cell(value: Any, ftype: str) -> Any:
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        if ftype == "number" and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if ftype != "string" else str(value)


def _write_csv(path: Path, columns: list[str], fields: list[dict[str, Any]], rows: Sequence[dict[str, Any]]) -> None:
    types = [f["type"] for f in fields]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(r.get(c), t) for c, t in zip(columns, types, strict=True)])
    tmp.replace(path)


def _write_parquet(path: Path, columns: list[str], fields: list[dict[str, Any]],
                   rows: Sequence[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(),
             "date": pa.date32(), "datetime": pa.timestamp("s")}
    schema = pa.schema([(f["name"], arrow[f["type"]]) for f in fields])
    data = {c: [_arrow_value(r.get(c), f["type"]) for r in rows] for c, f in zip(columns, fields, strict=True)}
    tmp = path.with_suffix(path.suffix + ".tmp")
    pq.write_table(pa.table(data, schema=schema), tmp)
    tmp.replace(path)


def _arrow_value(value: Any, ftype: str) -> Any:
    if value is None or value == "":
        return None
    if ftype == "number":
        return float(value)
    if ftype == "string":
        return value.isoformat() if isinstance(value, (date, datetime)) else str(value)
    return value


def _source(s: dict[str, Any]) -> dict[str, Any]:
    """A source as Frictionless lists it (title, path, publisher), plus northward's provenance fields."""
    out: dict[str, Any] = {"id": s["source_id"], "title": s.get("title_en") or s.get("title") or s["source_id"]}
    path = s.get("url") or s.get("retrieved_from")
    if path:
        out["path"] = path
    extra = {"publisher": s.get("publisher"), "original_publisher": s.get("original_publisher"),
             "retrieved_from": s.get("retrieved_from"), "grade": s.get("grade"),
             "grade_label": grade_label(s.get("grade")), "kind": s.get("kind"), "original_title": s.get("title"),
             "published": s.get("published"), "accessed": s.get("accessed"), "licence": s.get("licence"),
             "citation": s.get("citation"), "doi": s.get("doi")}
    out.update({k: v for k, v in extra.items() if v not in (None, "")})
    return out


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-._")
    return slug or "northward"
