"""Helpers for the importer tests: the fixture folders, store counts, a CLI runner (`home` is in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CUSTOMS = FIXTURES / "customs"
COMTRADE = FIXTURES / "comtrade"
TABLE = FIXTURES / "table"


def store_counts(home: Path) -> dict[str, int]:
    """Rows in the tables an import writes (an absent store counts as empty)."""
    from northward.store import open_store

    if not (home / "northward.duckdb").exists():
        return {"observation": 0, "batch": 0, "source": 0}
    with open_store(home) as store:
        return {t: int(store.scalar(f"SELECT count(*) FROM {t}")) for t in ("observation", "batch", "source")}


def cli(*args: str) -> Any:
    from northward.cli import app

    return CliRunner().invoke(app, list(args), catch_exceptions=False)
