"""The build's seed loader (DuckDB `document` and `concept`) and the report section."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from northward.corpus.importer import add_paths
from northward.corpus.registry import data_dir
from northward.corpus.report import report_section
from northward.corpus.seed import load
from northward.errors import ValidationError
from northward.ingest.context import SeedContext
from northward.store import memory_store

from .conftest import FIXTURES


def _source_ids() -> set[str]:
    corpus = {s["source_id"] for s in yaml.safe_load((data_dir() / "sources" / "corpus.yaml").read_text("utf-8"))}
    return corpus | {"larin2025"} | {f"larin2025-s{n:02d}" for n in range(1, 36)}


def test_seed_loader_writes_documents_and_concepts() -> None:
    store = memory_store()
    ctx = SeedContext(con=store.con, data_dir=data_dir(), source_ids=_source_ids(), territories={})
    with store.transaction():
        counts = load(ctx)
    assert counts["document"] == 35 and counts["concept"] >= 40
    assert ctx.used_sources == _source_ids()
    row = store.query("SELECT * FROM document WHERE doc_id = 'nm-gwr-2025'")[0]
    assert row["source_id"] == "larin2025-s24" and row["territory"] == "CN-NM"
    concept = store.query("SELECT * FROM concept WHERE concept_id = 'cmr_corridor'")[0]
    assert concept["zh"] == "中蒙俄经济走廊" and "corpus-gl-yidaiyilu-cmr-2016" in concept["source_ids"]


def test_seed_loader_refuses_unknown_sources() -> None:
    store = memory_store()
    ctx = SeedContext(con=store.con, data_dir=data_dir(), source_ids={"larin2025"}, territories={})
    with pytest.raises(ValidationError) as info:
        load(ctx)
    assert info.value.problem.code == "NW218" and len(info.value.problems) > 35


def test_seed_loader_skips_a_data_folder_without_corpus(tmp_path: Path) -> None:
    store = memory_store()
    ctx = SeedContext(con=store.con, data_dir=tmp_path, source_ids=set(), territories={})
    assert load(ctx) == {"document": 0, "concept": 0}


def test_report_section(home: Path) -> None:
    store = SimpleNamespace(path=home / "northward.duckdb")
    assert report_section(store) is None  # no corpus yet
    assert not (home / "corpus.sqlite").exists()  # and the report did not create one
    from northward.corpus.api import list_documents

    assert len(list_documents(home)) == 35
    assert report_section(store) is None  # registered documents, none with text
    add_paths(home, [FIXTURES / "hl-ports.html", FIXTURES / "ln-traditional.txt"])
    section = report_section(store)
    assert section is not None and section.key == "corpus-concepts"
    assert 'class="vl-chart"' in section.html and "<table>" in section.html
    assert section.html.count("<nw-footnote") == 2  # under the chart and under the table
    assert "中蒙俄经济走廊" in section.html and "CN-LN" in section.html
