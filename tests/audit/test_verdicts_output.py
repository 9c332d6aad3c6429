"""Issue 11, items 3 and 4: basis_differs, severity order, the text's own source, readable output."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from northward.audit import evalset
from northward.audit.api import audit_text
from northward.audit.render import lines, render
from northward.checks import REVISION_LIMIT, findings_for
from northward.cli import app
from northward.store import Store, memory_store, open_store

from .test_resolve_or_abstain import add_obs


@pytest.fixture
def rate_store() -> Iterator[Store]:
    """Test data: levels whose first releases give +30.3%, and a published rate of +29.6% (revised base)."""
    store = memory_store()
    add_obs(store, "trade_value", "CN-HL", date(2021, 1, 1), date(2021, 12, 31), "A", "CNY", 199.5e9)
    add_obs(store, "trade_value", "CN-HL", date(2020, 1, 1), date(2020, 12, 31), "A", "CNY", 153.1e9)
    add_obs(store, "trade_growth_pct", "CN-HL", date(2021, 1, 1), date(2021, 12, 31), "A", "percent", 29.6,
            source_id="test-customs")
    yield store
    store.close()


def test_a_rate_on_the_revised_base_is_basis_differs_with_the_basis_named(rate_store: Store) -> None:
    rep = audit_text("In 2021, Heilongjiang's foreign trade grew 29.6 percent year on year.", store=rate_store)
    f = next(f for f in rep.findings if f.check == "store")
    assert f.verdict == "basis_differs" and "revised" in f.basis
    assert not rep.has_inconsistent
    wrong = audit_text("In 2021, Heilongjiang's foreign trade grew 26.9 percent year on year.", store=rate_store)
    assert wrong.has_inconsistent  # no basis explains 26.9%


def test_findings_come_most_severe_first(rate_store: Store) -> None:
    text = ("In 2021, Heilongjiang's foreign trade grew 29.6 percent year on year. Its trade rose 3.7 times, "
            "from 10.7 billion to 37.3 billion yuan, from 2019 to 2024.")
    rep = audit_text(text, store=rate_store)
    order = {"inconsistent": 0, "basis_differs": 1, "unverifiable": 2, "consistent": 3}
    ranks = [order[f.verdict] for f in rep.findings]
    assert ranks == sorted(ranks) and rep.findings[0].verdict == "inconsistent"
    assert lines(rep)[0].startswith("✗ inconsistent")


def test_the_texts_own_source_is_found_by_its_address_or_title(rate_store: Store) -> None:
    rate_store.con.execute(
        "INSERT INTO source(source_id, kind, title, url) VALUES ('test-own', 'news', "
        "'Heilongjiang foreign trade up in 2021', 'https://example.org/hlj-2021')")
    add_obs(rate_store, "trade_growth_pct", "CN-HL", date(2021, 1, 1), date(2021, 12, 31), "A", "percent", 26.9,
            source_id="test-own")
    text = "Read at https://example.org/hlj-2021. In 2021, Heilongjiang's foreign trade grew 26.9 percent."
    rep = audit_text(text, store=rate_store)
    assert rep.has_inconsistent and any("test-own" in n for n in rep.notes)
    titled = audit_text("Heilongjiang foreign trade up in 2021\n\nIn 2021, Heilongjiang's foreign trade grew 26.9 percent.",
                        store=rate_store)
    assert titled.has_inconsistent


def test_amounts_read_as_people_write_them() -> None:
    text = ("China's trade with Russia rose 3.7 times, from 10.7 billion to 37.3 billion yuan, from 2019 to 2024. "
            "In 2023, Heilongjiang's trade reached 297.83 billion yuan. Its exports were 76.06 billion yuan and its "
            "imports 212.77 billion yuan.")
    rep = audit_text(text)
    out = "\n".join(lines(rep)) + render(rep, "md") + render(rep, "json")
    assert not re.search(r"\de[+-]\d", out)  # no scientific notation
    assert "288.83 bn yuan" in out and "between ×3.47 and ×3.51" in out
    assert len(lines(rep)) == len(rep.claims)  # one line per claim


def test_the_cli_prints_one_line_per_claim_and_every_finding_when_verbose(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("China's trade with Russia rose 3.7 times, from 10.7 billion to 37.3 billion yuan, from 2019 to 2024.",
                   encoding="utf-8")
    runner = CliRunner()
    short = runner.invoke(app, ["audit", str(doc), "--no-store"])
    assert short.exit_code == 1 and short.stdout.count("\n") == 1 and "✗ inconsistent" in short.stdout
    long = runner.invoke(app, ["audit", str(doc), "--no-store", "--verbose", "--date", "2025-01-01"],
                         env={"COLUMNS": "250"})
    assert long.exit_code == 1 and "from the text's own figures" in long.stdout


def test_check_lists_revised_base_differences_apart_from_errors(shipped_home: Path) -> None:
    with open_store(shipped_home, read_only=True) as store:
        found = findings_for(store)
    basis = [f for f in found if f.verdict == "basis_differs"]
    errors = [f for f in found if f.verdict == "inconsistent"]
    assert basis and all("revised" in f.message for f in basis)
    assert {(f.indicator, f.territory) for f in errors} >= {("trade_multiple", "CN-HL"), ("trade_multiple", "CN-JL")}
    for f in errors:  # a growth rate stays an error only when no routine revision explains it
        if f.indicator == "trade_growth_pct" and f.recomputed is not None and f.stated_value is not None:
            assert abs((1 + f.recomputed / 100) / (1 + f.stated_value / 100) - 1) > REVISION_LIMIT
    order = [f.verdict for f in found]
    assert order.index("basis_differs") > max(i for i, v in enumerate(order) if v == "inconsistent")


def test_eval_items_carry_dates_scopes_and_labels(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    path.write_text(
        "- id: a\n  lang: en\n  source: s\n  published: 2023-06-20\n  scope: [part_year]\n  expected: consistent\n"
        "  excerpt: \"Heilongjiang's trade reached 118.8 billion yuan in the first five months of this year. Its exports "
        "were 27.01 billion yuan and its imports 91.79 billion yuan.\"\n"
        "  claims:\n  - {claim: 27.01 + 91.79 = 118.8, relation: sum, kind: period, verdict: consistent, checkable: true}\n"
        "  - {claim: 118.8 bn is the store's figure, relation: level, kind: period, verdict: consistent, checkable: true}\n",
        encoding="utf-8",
    )
    items, _ = evalset.load_items(path)
    assert items[0].date == "2023-06-20" and items[0].failures == ("part_year", "period")
    res = evalset.evaluate(items, None, "real")
    assert evalset.coverage(res.rows) == (1, 2)  # the sum is decided; the level needs a store


def test_a_share_label_without_its_percent_is_decided_by_the_part_within_its_whole(tmp_path: Path) -> None:
    path = tmp_path / "set.yaml"
    path.write_text(
        "- id: b\n  lang: en\n  source: s\n  published: 2023-04-20\n  scope: [city_port]\n  expected: consistent\n"
        "  excerpt: \"The province's ports handled 4.12 million TEU in the first quarter, of which Yingkou handled "
        "2.35 million TEU.\"\n"
        "  claims:\n  - {claim: Yingkou 2.35 of 4.12 m TEU, relation: share, kind: grammar, verdict: consistent, "
        "checkable: true}\n",
        encoding="utf-8",
    )
    items, _ = evalset.load_items(path)
    res = evalset.evaluate(items, None, "real")
    assert evalset.coverage(res.rows) == (1, 1)


def test_a_level_far_from_every_store_figure_for_its_keys_is_of_another_subject(shipped_home: Path) -> None:
    # "мороженого на $2 млн" read as China's imports from Russia: a good the words name, not the same figure
    text = "В 2024 году Китай импортировал российского {what} на ${x}."
    with open_store(shipped_home, read_only=True) as store:
        def verdicts(what: str, x: str) -> list[str]:
            rep = audit_text(text.format(what=what, x=x), store=store, lang="ru")
            return [f.verdict for f in rep.findings if f.check == "store"]

        assert verdicts("товара", "129,3 млрд") == ["consistent"]
        assert verdicts("товара", "109,3 млрд") == ["inconsistent"]
        assert verdicts("мороженого", "2,7 млн") == ["unverifiable"]
