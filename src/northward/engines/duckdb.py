"""DuckDB as an Ibis engine over the store's own connection (the observation view included)."""

from __future__ import annotations

from typing import Any

from .base import IbisEngine


def duckdb_engine(store: Any) -> IbisEngine:
    return IbisEngine("duckdb", store.ibis())
