"""Fixtures of the corpus tests: a corpus of the fixture documents, the shared reports (`home` is the suite's)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ..conftest import REPO, shared_dir

FIXTURES = REPO / "tests" / "fixtures" / "docs"

SHARED_JSONL = shared_dir() / "corpus" / "national-government-work-reports.jsonl"


@pytest.fixture(scope="session")
def _fixture_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with every good fixture document imported once (copied per test that uses it)."""
    from northward.corpus.importer import add_paths

    h = tmp_path_factory.mktemp("fixture-corpus")
    names = [
        "hl-ports.html",
        "ln-traditional.txt",
        "jl-measures.docx",
        "nm-transport-gb18030.txt",
        "reports.jsonl",
        "transport-note.pdf",
    ]
    report = add_paths(h, [FIXTURES / n for n in names])
    assert not report.failures, report.failures
    return h


@pytest.fixture
def corpus_home(_fixture_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    shutil.copytree(_fixture_corpus, h)
    monkeypatch.setenv("NORTHWARD_HOME", str(h))
    return h


@pytest.fixture(scope="session")
def shared_reports() -> list[dict]:
    if not SHARED_JSONL.is_file():
        pytest.skip(f"shared corpus not found at {SHARED_JSONL} (set NORTHWARD_SHARED to the shared/ folder)")
    return [json.loads(line) for line in SHARED_JSONL.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def shared_home(shared_reports: list[dict], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home holding the 72 national government work reports (built once per session; read only)."""
    from northward.corpus.importer import add_paths

    h = tmp_path_factory.mktemp("shared-corpus")
    report = add_paths(
        h,
        [SHARED_JSONL],
        meta={
            "doc_id": "cn-gwr",
            "territory": "CN",
            "doc_type": "government_work_report",
            "issuer": "国务院",
        },
    )
    assert not report.failures, report.failures
    assert len(report.results) == len(shared_reports)
    return h
