"""Fixtures for the shipped default dataset's tests: its files read with csv and yaml only.

These tests run without the store or the loader, so they guard the data files on their own.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

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


@pytest.fixture(scope="session")
def sources() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted((DATA / "sources").glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            entry["_file"] = path.name
            out.setdefault(entry["source_id"], entry)
    return out


@pytest.fixture(scope="session")
def own_sources(sources: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The sources this area ships: article.yaml and statistics.yaml."""
    return {k: v for k, v in sources.items() if v["_file"] in ("article.yaml", "statistics.yaml")}


@pytest.fixture(scope="session")
def observations() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted((DATA / "observations").glob("*.csv")):
        rows.extend(read_csv(path))
    return rows


@pytest.fixture(scope="session")
def article_rows() -> list[dict[str, str]]:
    return read_csv(DATA / "observations" / "article.csv")


@pytest.fixture(scope="session")
def territories() -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in read_csv(DATA / "territories.csv")}


@pytest.fixture(scope="session")
def indicators() -> dict[str, dict[str, Any]]:
    return {i["name"]: i for i in yaml.safe_load((DATA / "indicators.yaml").read_text(encoding="utf-8"))}


@pytest.fixture(scope="session")
def products() -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in read_csv(DATA / "products.csv")}


@pytest.fixture(scope="session")
def article_text() -> str:
    path = shared_dir() / "seed" / "larin-2025-giant-tree.txt"
    if not path.exists():
        pytest.skip(f"the seed article is not at {path} (set NORTHWARD_SHARED to the shared/ folder)")
    return path.read_text(encoding="utf-8")


def find(rows: list[dict[str, str]], **key: str) -> list[dict[str, str]]:
    """Rows whose columns equal every given value (missing keys match anything)."""
    return [r for r in rows if all(r[k] == v for k, v in key.items())]
