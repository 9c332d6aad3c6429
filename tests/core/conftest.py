"""Fixtures of the core's tests: the fixture dataset with figures the resolver must combine."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from northward.store import open_store


def _add(store: Any, indicator: str, territory: str, partner: str | None, flow: str | None, start: date, end: date,
         freq: str, unit: str, value: float, source: str = "test-series") -> None:
    store.con.execute(
        "INSERT INTO observation (indicator, territory, partner, product, flow, period_start, period_end, freq, unit, "
        "value, status, source_id) VALUES (?, ?, ?, 'TOTAL', ?, ?, ?, ?, ?, ?, 'final', ?)",
        [indicator, territory, partner, flow, start, end, freq, unit, value, source])


@pytest.fixture
def series_home(fixture_home: Path) -> Path:
    """The fixture dataset plus: Heilongjiang's 2024 imports from Russia (yuan), its 2023 exports in
    dollars only with a market rate for 2023, January–May figures for 2022 and 2024, and twelve
    months of 2022 (test values, not real figures)."""
    with open_store(fixture_home) as store:
        store.con.execute("INSERT INTO source (source_id, kind, title) VALUES ('test-series', 'dataset', 'Test')")
        store.con.execute("INSERT INTO indicator (name, kind, unit, description) VALUES ('fx_cny_per_usd_market', 'level', "
                          "'CNY_per_USD', 'test') ON CONFLICT DO NOTHING")
        y = lambda n: (date(n, 1, 1), date(n, 12, 31))  # noqa: E731
        _add(store, "trade_value", "CN-HL", "RU", "import", *y(2024), "A", "CNY", 197.0e9)
        _add(store, "trade_value", "CN-HL", "RU", "export", *y(2023), "A", "USD", 2.0e9)
        _add(store, "fx_cny_per_usd_market", "CN", None, None, *y(2023), "A", "CNY_per_USD", 7.0)
        _add(store, "trade_value", "CN-HL", "RU", "export", date(2024, 1, 1), date(2024, 5, 31), "YTD", "CNY", 15e9)
        _add(store, "trade_value", "CN-HL", "RU", "export", date(2022, 1, 1), date(2022, 5, 31), "YTD", "CNY", 4e9)
        for m in range(1, 13):
            _add(store, "trade_value", "CN-HL", "RU", "export", date(2022, m, 1),
                 date(2022, m, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31), "M", "CNY", 1e9)
    return fixture_home


