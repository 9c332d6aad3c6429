"""Shared fixtures: temporary homes, stores built from fixtures or the shipped data, the shared folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"


def shared_dir() -> Path:
    """The project's shared/ folder (beside the repository), or $NORTHWARD_SHARED."""
    return Path(os.environ.get("NORTHWARD_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty northward home, also set as NORTHWARD_HOME."""
    h = tmp_path / "home"
    monkeypatch.setenv("NORTHWARD_HOME", str(h))
    return h


@pytest.fixture
def fixture_home(home: Path) -> Path:
    """A home whose store holds the small test dataset in tests/fixtures/seed/good."""
    from northward.ingest.seed import build_store

    build_store(home, data_dir=FIXTURES / "seed" / "good")
    return home


@pytest.fixture(scope="session")
def shipped_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home built once per test session from the shipped default dataset."""
    from northward.ingest.seed import build_store

    h = tmp_path_factory.mktemp("shipped") / "home"
    build_store(h)
    return h
