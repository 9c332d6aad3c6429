"""Paths and settings: where the store and the corpus live. Imports nothing from the package."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_HOME = "NORTHWARD_HOME"
DEFAULT_HOME = Path("~/.northward")
STORE_FILE = "northward.duckdb"
CORPUS_FILE = "corpus.sqlite"


@dataclass(frozen=True)
class Settings:
    """Resolved locations of one northward home folder."""

    home: Path

    @property
    def store_path(self) -> Path:
        return self.home / STORE_FILE

    @property
    def corpus_path(self) -> Path:
        return self.home / CORPUS_FILE

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    @property
    def reports_dir(self) -> Path:
        return self.home / "reports"

    def ensure(self) -> Settings:
        self.home.mkdir(parents=True, exist_ok=True)
        return self


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    """The home folder: the explicit argument, else $NORTHWARD_HOME, else ~/.northward."""
    raw = home if home is not None else os.environ.get(ENV_HOME) or DEFAULT_HOME
    return Path(raw).expanduser().resolve()


def settings(home: str | os.PathLike[str] | None = None) -> Settings:
    return Settings(resolve_home(home))
