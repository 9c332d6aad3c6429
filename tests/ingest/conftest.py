"""Shared fixtures for the importer tests: a temporary home, the fixture folders, a CLI runner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CUSTOMS = FIXTURES / "customs"
COMTRADE = FIXTURES / "comtrade"
TABLE = FIXTURES / "table"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("NORTHWARD_HOME", str(h))
    return h


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
