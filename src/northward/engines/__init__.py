"""Where the questions about observations run: DuckDB (default) or Spark, through Ibis.

``use_engine(store, "spark")`` attaches an engine to an open store: from then on the core's row
fetch (``core.fetch.preferred_rows``) and ``show`` run their Ibis expressions (the core's one
preference rule, ``core.identity.preferred``) on that engine's backend, over the same observation
relation (curated rows ∪ the Parquet lake) and the same sources and batches. The catalogue
(territories, sources for lineage, indicator names) stays in DuckDB. Spark is an optional extra
(``pip install 'northward[spark]'``); nothing here imports it unless asked.
"""

from __future__ import annotations

import os
from typing import Any

from ..errors import UnknownValue
from .base import IbisEngine

ENGINES = ("duckdb", "spark")
ENGINE_ENV = "NORTHWARD_ENGINE"
MEMO_KEY = "engine"

__all__ = ["ENGINES", "ENGINE_ENV", "IbisEngine", "attached", "engine_name", "open_engine", "select_engine",
           "use_engine"]

_chosen = "duckdb"  # the process's engine: set by the commands that take --engine


def engine_name(name: str | None = None) -> str:
    """The engine asked for: the option, else $NORTHWARD_ENGINE, else duckdb (UnknownValue otherwise)."""
    chosen = (name or os.environ.get(ENGINE_ENV) or "duckdb").strip().lower()
    if chosen not in ENGINES:
        raise UnknownValue("engine", chosen, list(ENGINES))
    return chosen


def open_engine(store: Any, name: str) -> IbisEngine:
    """A backend with the store's observation relation, sources and batches registered."""
    if name == "spark":
        from .spark import spark_engine

        return spark_engine(store)
    from .duckdb import duckdb_engine

    return duckdb_engine(store)


def use_engine(store: Any, name: str | None = None) -> IbisEngine | None:
    """Attach the chosen engine to an open store (None for the default DuckDB path: the core's
    compiled SQL on the store's own connection, the fastest for one machine)."""
    chosen = engine_name(name)
    if chosen == "duckdb":
        store.memo.pop(MEMO_KEY, None)
        return None
    engine = open_engine(store, chosen)
    store.memo[MEMO_KEY] = engine
    return engine


def select_engine(name: str | None = None) -> str:
    """Choose the engine for the stores this process opens from now on (``--engine``, else
    $NORTHWARD_ENGINE, else duckdb); the commands `indicator`, `series` and `show` call this."""
    global _chosen
    _chosen = engine_name(name)
    return _chosen


def attached(store: Any) -> IbisEngine | None:
    """The engine this store's questions run on, None for the default DuckDB SQL path (the core's
    fetch and ``show`` ask before running SQL). Opened on first use when the process chose one."""
    memo = getattr(store, "memo", None)
    if memo is None:
        return None
    if MEMO_KEY not in memo and _chosen != "duckdb":
        memo[MEMO_KEY] = open_engine(store, _chosen)
    return memo.get(MEMO_KEY)
