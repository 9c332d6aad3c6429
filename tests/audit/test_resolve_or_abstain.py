"""Issue 11, item 1: a store check needs a sure subject and period, else the claim is unverifiable.

The store here is test data (clearly named test sources), so the tests do not move when the shipped
dataset grows.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from northward.audit.api import AuditReport, audit_text
from northward.audit.period_words import find, to_period
from northward.store import Store, memory_store


def add_obs(store: Store, indicator: str, territory: str, start: date, end: date, freq: str, unit: str, value: float,
            *, flow: str = "total", partner: str = "WLD", source_id: str = "test-trade") -> None:
    """Test data: one observation under a clearly named test source."""
    if not store.query("SELECT 1 FROM source WHERE source_id = ?", [source_id]):
        store.con.execute("INSERT INTO source(source_id, kind, title) VALUES (?, 'news', ?)", [source_id, f"test {source_id}"])
    store.con.execute(
        "INSERT INTO observation(indicator, territory, partner, product, flow, period_start, period_end, freq, unit, "
        "value, status, source_id) VALUES (?, ?, ?, 'TOTAL', ?, ?, ?, ?, ?, ?, 'final', ?)",
        [indicator, territory, partner, flow, start, end, freq, unit, value, source_id],
    )


@pytest.fixture
def trade_store() -> Iterator[Store]:
    """Test data: Heilongjiang's trade for January-May of 2022 and 2023 and for the whole of 2022 and 2023."""
    store = memory_store()
    add_obs(store, "trade_value", "CN-HL", date(2023, 1, 1), date(2023, 5, 31), "YTD", "CNY", 118.8e9)
    add_obs(store, "trade_value", "CN-HL", date(2022, 1, 1), date(2022, 5, 31), "YTD", "CNY", 100.4e9)
    add_obs(store, "trade_value", "CN-HL", date(2023, 1, 1), date(2023, 12, 31), "A", "CNY", 297.83e9)
    add_obs(store, "trade_value", "CN-HL", date(2022, 1, 1), date(2022, 12, 31), "A", "CNY", 265.15e9)
    yield store
    store.close()


def verdicts(report: AuditReport, fragment: str) -> list[tuple[str, str]]:
    return [(f.verdict, f.reason) for f in report.findings if fragment in f.claim_text and f.check == "store"]


@pytest.mark.parametrize(
    ("words", "label"),
    [
        ("in the first five months of 2023", "2023-01..2023-05"),
        ("from January to November 2024", "2024-01..2024-11"),
        ("Jan-Nov 2024", "2024-01..2024-11"),
        ("в июне 2024 г.", "2024-06"),
        ("за январь-ноябрь 2023 года", "2023-01..2023-11"),
        ("за первое полугодие 2024 года", "2024-01..2024-06"),
        ("2024年1-5月", "2024-01..2024-05"),
        ("2023年上半年", "2023-01..2023-06"),
        ("前三季度", "2024-01..2024-09"),
        ("in the second quarter", "2024-Q2"),
    ],
)
def test_period_words_become_the_datasets_periods(words: str, label: str) -> None:
    pw = find(words)[0]
    period = to_period(pw, pw.year or 2024)
    assert period is not None and period.label == label


def test_the_base_of_a_comparison_is_not_the_period() -> None:
    assert [p.relative for p in find("up 5% over the same period last year")] == []
    assert find("比去年同期增长5%") == []


def test_a_part_year_figure_is_checked_against_the_same_months(trade_store: Store) -> None:
    text = "Heilongjiang's foreign trade reached 118.8 billion yuan in the first five months of 2023, up 18.3 percent."
    rep = audit_text(text, store=trade_store)
    assert verdicts(rep, "118.8 billion") == [("consistent", "")]
    assert verdicts(rep, "18.3 percent") == [("consistent", "")]  # 118.8 / 100.4 = +18.3%, never 118.8 / 265.15
    wrong = audit_text(text.replace("118.8", "181.8"), store=trade_store)
    assert verdicts(wrong, "181.8 billion") == [("inconsistent", "")]


def test_anaphora_carries_the_period(trade_store: Store) -> None:
    text = ("Heilongjiang's trade grew 18.3 percent to 118.8 billion yuan in the first five months of 2023. "
            "During this period, its trade rose 18.3 percent.")
    rep = audit_text(text, store=trade_store)
    second = [c for c in rep.claims if c.sentence.startswith("During")]
    assert second and second[0].context.period is not None and second[0].context.period.label == "2023-01..2023-05"


def test_a_part_year_figure_never_meets_the_annual_total(trade_store: Store) -> None:
    """The store has no January-July figure: the claim is unverifiable, not compared with the year."""
    rep = audit_text("Heilongjiang's foreign trade reached 167.04 billion yuan from January to July 2023.", store=trade_store)
    found = verdicts(rep, "167.04")
    assert found and {v for v, _ in found} == {"unverifiable"}


def test_a_part_year_without_its_year_needs_the_document_date(trade_store: Store) -> None:
    text = "Heilongjiang's foreign trade reached 118.8 billion yuan in the first five months of this year."
    assert not [v for v, _ in verdicts(audit_text(text, store=trade_store), "118.8") if v != "unverifiable"]
    dated = audit_text(text, store=trade_store, doc_date="2023-06-20")
    assert verdicts(dated, "118.8") == [("consistent", "")]


def test_last_year_is_read_against_the_document_date(trade_store: Store) -> None:
    text = "Heilongjiang's foreign trade reached 297.83 billion yuan last year."
    rep = audit_text(text, store=trade_store, doc_date="2024-03-01")
    assert verdicts(rep, "297.83") == [("consistent", "")]
    assert audit_text(text, store=trade_store, doc_date="2025-03-01").claims[0].context.year == 2024


def test_a_partner_group_is_not_the_provinces_total(trade_store: Store) -> None:
    text = "In 2023, Heilongjiang's trade with Belt and Road countries reached 252.58 billion yuan, up 12.9 percent."
    rep = audit_text(text, store=trade_store)
    assert {r for v, r in verdicts(rep, "12.9 percent")} == {"subject_unresolved"}


def test_a_city_is_not_its_province_but_a_customs_district_speaks_for_it(trade_store: Store) -> None:
    rep = audit_text("In 2023, Suifenhe's foreign trade in Heilongjiang rose 12.3 percent.", store=trade_store)
    assert all(v == "unverifiable" for v, _ in verdicts(rep, "12.3"))
    rep = audit_text("In 2023, Heilongjiang's foreign trade rose 12.3 percent, Harbin Customs said.", store=trade_store)
    assert verdicts(rep, "12.3") == [("consistent", "")]  # 297.83 / 265.15 = +12.3%


def test_northeast_china_is_the_region() -> None:
    rep = audit_text("Northeast China's exports rose 5% in 2024.")
    assert rep.claims[0].context.territory == "NEC"
    rep = audit_text("Экспорт Северо-Восточного Китая вырос на 5% в 2024 году.")
    assert rep.claims[0].context.territory == "NEC"


def test_a_decline_is_not_a_share() -> None:
    rep = audit_text("Товарооборот Хэйлунцзяна в 2023 году составил 297,83 млрд юаней, снижение составило 0,8%.")
    change = [c for c in rep.claims if "0,8" in c.text]
    assert change and change[0].kind == "change_pct" and change[0].direction == -1


def test_yuan_denominated_rates_are_not_checked_against_dollar_figures(trade_store: Store) -> None:
    add_obs(trade_store, "trade_value", "CN-HL", date(2023, 1, 1), date(2023, 12, 31), "A", "USD", 42.0e9)
    add_obs(trade_store, "trade_value", "CN-HL", date(2022, 1, 1), date(2022, 12, 31), "A", "USD", 39.4e9)
    rep = audit_text("In 2023, Heilongjiang's yuan-denominated trade grew 12.3 percent.", store=trade_store)
    assert verdicts(rep, "12.3") == [("consistent", "")]
    assert "CNY" in rep.findings[0].explanation or "yuan" in rep.findings[0].explanation


def test_a_conversion_is_not_a_published_level(trade_store: Store) -> None:
    rep = audit_text("Heilongjiang's trade reached 297.83 billion yuan ($55 billion) in 2023.", store=trade_store)
    assert not [c for c in rep.claims if c.kind == "value" and "$55" in c.text]


def test_a_russian_span_of_months_with_s_po() -> None:
    pw = find("в период с января по май 2022 года")[0]
    period = to_period(pw, pw.year or 0)
    assert period is not None and period.label == "2022-01..2022-05"


def test_a_month_before_to_and_a_figure_is_the_month() -> None:
    # "fell 2% in April to 20.6 million tons": April, not the start of a range ("in April to June")
    from northward.audit import period_words

    assert [(p.first, p.last) for p in period_words.find("exports fell 2% in April to 20.6 million tons")] == [(4, 4)]
    assert [(p.first, p.last) for p in period_words.find("in April to June 2020")] == [(4, 6)]
