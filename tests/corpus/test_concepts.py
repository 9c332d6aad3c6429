"""Glossary, concept counts (exact substrings), KWIC and the heatmap chart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from northward.corpus import api
from northward.corpus.charts import write_heatmap
from northward.corpus.concepts import count_forms
from northward.corpus.errors import BadQuery
from northward.corpus.registry import data_dir, load_glossary
from northward.errors import ValidationError


def test_glossary_is_trilingual_and_sourced() -> None:
    concepts = api.glossary()
    assert len(concepts) >= 40
    assert len({c.id for c in concepts}) == len(concepts)
    shipped = {s["source_id"] for s in yaml.safe_load((data_dir() / "sources" / "corpus.yaml").read_text("utf-8"))}
    for c in concepts:
        assert c.zh and c.en and c.sources, c.id
        assert set(c.sources) <= shipped | {"larin2025"}, c.id
    with_ru = [c for c in concepts if c.ru]
    assert len(with_ru) >= 20
    assert {"cmr_corridor", "border_port", "belt_and_road", "opening_north", "pilot_ftz"} <= {c.id for c in concepts}


def test_every_shipped_glossary_source_is_used() -> None:
    shipped = {s["source_id"] for s in yaml.safe_load((data_dir() / "sources" / "corpus.yaml").read_text("utf-8"))}
    used = {s for c in api.glossary() for s in c.sources}
    assert shipped <= used


def test_malformed_glossary_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "glossary.yaml"
    bad.write_text(
        "concepts:\n  - {id: a, zh: 口岸, en: port, category: nowhere, sources: [x]}\n"
        "  - {id: a, zh: 对俄, category: trade, sources: [x], colour: red}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as info:
        load_glossary(bad)
    messages = [p.message for p in info.value.problems]
    assert any("unknown category" in m for m in messages)
    assert any("'en' is missing" in m for m in messages)
    assert any("unknown field" in m for m in messages)
    assert any("duplicate id" in m for m in messages)


def test_count_forms_prefers_longer_forms_and_does_not_overlap() -> None:
    assert count_forms("自贸试验区和自由贸易试验区，自由贸易试验区提升战略", ("自由贸易试验区", "自贸试验区")) == 3
    assert count_forms("口岸口岸口岸", ("口岸",)) == 3
    assert count_forms("", ("口岸",)) == 0


def test_concept_counts_by_territory_year_and_document(corpus_home: Path) -> None:
    rows = api.concept_counts(corpus_home)
    ports = {(r["territory"], r["year"]): r["n"] for r in rows if r["concept_id"] == "border_port"}
    # hl-ports: 1 + 1 + 6 + 1 = 9 mentions in 2024 (the nav and footer are not counted)
    assert ports[("CN-HL", 2024)] == 9
    assert ports[("CN-LN", 2021)] == 1  # traditional 口岸 in the Liaoning text
    corridor = [r for r in rows if r["concept_id"] == "cmr_corridor"]
    assert {(r["territory"], r["year"]) for r in corridor} == {
        ("CN-HL", 2024),
        ("CN-LN", 2021),
        (None, 2020),
        (None, None),
    }
    hl = next(r for r in rows if r["concept_id"] == "border_port" and r["territory"] == "CN-HL")
    assert hl["per_10k"] == round(9 * 10000 / 167, 3) and hl["docs"] == 1
    per_doc = api.concept_counts(corpus_home, by="document", concept="towards_russia")
    assert {r["doc_id"]: r["n"] for r in per_doc} == {
        "hl-ports-test": 4,
        "ln-transport-test": 1,
        "jl-measures": 1,
        "reports-001": 1,
    }
    assert api.concept_counts(corpus_home, territory="CN-LN", concept="towards_russia")[0]["n"] == 1


def test_unknown_concept_and_grouping(corpus_home: Path) -> None:
    from northward.corpus.errors import BadQuery, DocumentNotFound

    with pytest.raises(DocumentNotFound):
        api.concept_counts(corpus_home, concept="nope")
    with pytest.raises(BadQuery):
        api.concept_counts(corpus_home, by="month")


def test_kwic_lines_with_context_and_citation(corpus_home: Path) -> None:
    lines = api.kwic(corpus_home, "对俄", width=4)
    assert len(lines) == 7
    first = next(x for x in lines if x.doc_id == "hl-ports-test" and x.paragraph == 2)
    assert (first.left, first.keyword, first.right) == ("边境线漫长，"[-4:], "对俄", "口岸数量")
    assert first.citation.endswith("para. 2 [hl-ports-test]")
    trad = next(x for x in lines if x.doc_id == "ln-transport-test")
    assert trad.keyword == "對俄"  # shown as written
    assert len(api.kwic(corpus_home, "對俄", limit=3)) == 3
    assert [x.doc_id for x in api.kwic(corpus_home, "口岸", territory="CN-LN")] == ["ln-transport-test"]
    assert {x.doc_id for x in api.kwic(corpus_home, "口岸", year=2020)} == {"reports-001"}


def test_heatmap_spec(corpus_home: Path, tmp_path: Path) -> None:
    rows = api.concept_counts(corpus_home)
    spec_file = tmp_path / "c.json"
    write_heatmap(rows, spec_file)
    spec = json.loads(spec_file.read_text("utf-8"))
    assert spec["mark"] == "rect" and len(spec["data"]["values"]) == len(rows)
    with pytest.raises(BadQuery):
        write_heatmap(rows, tmp_path / "c.gif")
    with pytest.raises(BadQuery, match="territory and year"):
        write_heatmap(api.concept_counts(corpus_home, by="document"), spec_file)


@pytest.mark.slow
def test_heatmap_html_is_self_contained(corpus_home: Path, tmp_path: Path) -> None:
    html_file = tmp_path / "c.html"
    write_heatmap(api.concept_counts(corpus_home), html_file)
    text = html_file.read_text("utf-8")
    assert "vega" in text and "cdn.jsdelivr" not in text and "中蒙俄经济走廊" in text
