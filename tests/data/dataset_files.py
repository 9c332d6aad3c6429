"""Helpers for the default dataset's tests: paths, columns, and csv/yaml readers (no store, no loader)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "northward" / "data"
OBS_COLUMNS = [
    "indicator",
    "territory",
    "partner",
    "product",
    "flow",
    "period",
    "value",
    "scale",
    "unit",
    "qualifier",
    "status",
    "source_id",
    "primary_source_id",
    "stated",
    "note",
]
SCALES = {
    "": 1,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "万": 10**4,
    "亿": 10**8,
    "万亿": 10**12,
}


def shared_dir() -> Path:
    return Path(os.environ.get("NORTHWARD_SHARED", REPO.parent / "shared")).resolve()


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for i, r in enumerate(rows, start=2):
        r["_where"] = f"{path.name}:{i}"
    return rows


def base_value(row: dict[str, str]) -> float:
    """The stated value in base units (value x scale)."""
    return float(row["value"]) * SCALES[row["scale"]]


def find(rows: list[dict[str, str]], **key: str) -> list[dict[str, str]]:
    """Rows whose columns equal every given value (missing keys match anything)."""
    return [r for r in rows if all(r[k] == v for k, v in key.items())]
