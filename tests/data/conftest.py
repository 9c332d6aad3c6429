"""Fixtures for the shipped default dataset's tests: its files read with csv and yaml only.

These tests run without the store or the loader, so they guard the data files on their own.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from dataset_files import DATA, read_csv, shared_dir


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
