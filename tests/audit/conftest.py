"""Fixtures of the audit tests: a store holding test exchange rates, the shared folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from northward.store import Store, memory_store

from ..conftest import REPO, shared_dir

__all__ = ["FIXTURES", "REPO", "add_rate", "shared_dir"]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "audit"


def add_rate(store: Store, year: int, rate: float, source_id: str = "test-rates") -> None:
    """Test data: one annual average CNY/USD rate under a clearly named test source."""
    if not store.query("SELECT 1 FROM source WHERE source_id = ?", [source_id]):
        store.con.execute("INSERT INTO source(source_id, kind, title) VALUES (?, 'dataset', 'test rates')", [source_id])
    store.con.execute(
        "INSERT INTO observation(indicator, territory, period_start, period_end, freq, unit, value, status, "
        "source_id) VALUES ('fx_cny_per_usd', 'CN', ?, ?, 'A', 'CNY_per_USD', ?, 'final', ?)",
        [date(year, 1, 1), date(year, 12, 31), rate, source_id],
    )


@pytest.fixture
def fx_store() -> Iterator[Store]:
    """Test data: rates for 2019 (6.8985), 2020 (6.8974) and 2023 (7.0467); 2024 left a gap on purpose."""
    store = memory_store()
    for year, rate in ((2019, 6.8985), (2020, 6.8974), (2023, 7.0467)):
        add_rate(store, year, rate)
    yield store
    store.close()


@pytest.fixture
def seed_text() -> str:
    path = shared_dir() / "seed" / "larin-2025-giant-tree.txt"
    if not path.exists():
        pytest.skip(f"the seed article is not at {path} (set NORTHWARD_SHARED to the shared folder)")
    return path.read_text(encoding="utf-8")
