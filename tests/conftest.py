"""Shared fixtures: temporary homes, stores built from fixtures or the shipped data, the shared folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Debian chromium for the whole session, driven by Playwright (no browser download).

    Every browser test takes this one: Playwright's sync API cannot start a second time while a
    first one is running, so per-module launches fail depending on the order the tests run in."""
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    pytest.importorskip("playwright", reason="Playwright is in the test extras: pip install -e .[test]")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()
