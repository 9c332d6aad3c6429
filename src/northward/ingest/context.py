"""What `northward build` hands to each loader of the default dataset."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import duckdb


@dataclass
class SeedContext:
    """The build's state: one open transaction and the codes loaders validate against.

    A loader reads its files under ``data_dir``, validates every entry (raising
    ``errors.ValidationError`` / ``DataFileError`` naming file, line or entry, and field), writes with
    ``con`` inside the build's single transaction, and adds every source id it cites to
    ``used_sources`` (a test fails on shipped sources nobody uses).
    """

    con: duckdb.DuckDBPyConnection
    data_dir: Path
    source_ids: set[str]
    territories: dict[str, dict[str, Any]]
    used_sources: set[str] = field(default_factory=set)
    batch_id: int | None = None

    def cite(self, source_id: str) -> None:
        self.used_sources.add(source_id)


class SeedLoader(Protocol):
    def __call__(self, ctx: SeedContext) -> dict[str, int]:
        """Load one part of the dataset; return rows written per table."""
        ...
