"""Fixtures of the geo tests: the shipped registries, a store built from them, the known source ids."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from northward.ingest.context import SeedContext
from northward.store import Store, memory_store

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "northward" / "data"
FIXTURES = REPO / "tests" / "fixtures" / "geo"


def geo_source_ids() -> set[str]:
    return {s["source_id"] for s in yaml.safe_load((DATA / "sources" / "geo.yaml").read_text(encoding="utf-8"))}


def known_source_ids() -> set[str]:
    """Geo sources plus the article's ids, which the core dataset ships."""
    stand_ins = yaml.safe_load((FIXTURES / "seed" / "sources" / "stand-ins.yaml").read_text(encoding="utf-8"))
    return geo_source_ids() | {s["source_id"] for s in stand_ins}


def territory_codes() -> dict[str, dict[str, str]]:
    lines = (FIXTURES / "seed" / "territories.csv").read_text(encoding="utf-8").splitlines()[1:]
    return {line.split(",")[0]: {} for line in lines}


@pytest.fixture(scope="session")
def geo_store() -> Store:
    """An in-memory store holding the shipped registries (loaded once for the session)."""
    from northward.geo.seed import load

    store = memory_store()
    with store.transaction() as con:
        ctx = SeedContext(con=con, data_dir=DATA, source_ids=known_source_ids(), territories=territory_codes(), batch_id=1)
        load(ctx)
    return store


def make_data_dir(folder: Path) -> Path:
    """A complete data folder for `northward build --data`: test core files plus the shipped geo data."""
    d = folder / "data"
    shutil.copytree(FIXTURES / "seed", d)
    shutil.copytree(DATA / "geo", d / "geo")
    shutil.copy(DATA / "sources" / "geo.yaml", d / "sources" / "geo.yaml")
    return d


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    monkeypatch.setenv("NORTHWARD_HOME", str(h))
    return h


@pytest.fixture(scope="session")
def linked_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home built from the test core files, the shipped geo data and stand-in trade figures
    (tests/fixtures/geo/timeline), with one fixture document naming 绥芬河, 黑河, 抚远 and 哈尔滨."""
    from typer.testing import CliRunner

    from northward.cli import app
    from northward.corpus.api import add

    h = tmp_path_factory.mktemp("linked-home")
    data = make_data_dir(tmp_path_factory.mktemp("linked-data"))
    (data / "observations").mkdir(exist_ok=True)
    shutil.copy(FIXTURES / "timeline" / "trade.csv", data / "observations" / "trade.csv")
    result = CliRunner().invoke(app, ["build", "--data", str(data), "--home", str(h)])
    assert result.exit_code == 0, result.output
    report = add(h, [REPO / "tests" / "fixtures" / "docs" / "hl-ports.html"])
    assert not report.failures
    return h
