"""Checks and verdicts: arithmetic within rounding, hedges, currency pairs, the store."""

from __future__ import annotations

from datetime import date

import pytest

from northward.audit.api import audit_text
from northward.store import Store, memory_store


def verdicts(text: str, store: Store | None = None, **kw: object) -> list[tuple[str, str, str]]:
    rep = audit_text(text, store=store, **kw)  # type: ignore[arg-type]
    return [(f.check, f.kind, f.verdict) for f in rep.findings]


@pytest.mark.parametrize(
    "kind,verdict,text",
    [
        ("multiple", "inconsistent", "It rose by 3.7 times (from 10.7 billion to 37.3 billion)."),
        ("multiple", "consistent", "It grew by 7.6 times (from 2.7 billion to 20.4 billion)."),
        ("multiple", "consistent", "Exports doubled (from 7.9 billion to 15.7 billion yuan)."),
        ("multiple", "inconsistent", "Exports doubled (from 7.9 billion to 19.7 billion yuan)."),
        ("change_pct", "consistent", "Trade increased by 90.6% (from 175.3 bn to 334.1 bn yuan)."),
        (
            "change_pct",
            "inconsistent",
            "Trade increased by 95.6% (from 175.3 bn to 334.1 bn yuan).",
        ),
        ("change_pct", "consistent", "Imports fell 20% from 50 billion yuan to 40 billion yuan."),
        ("change_pct", "inconsistent", "Imports rose 20% from 50 billion yuan to 40 billion yuan."),
        # hedges set the tolerance and its direction
        ("multiple", "consistent", "Exports were nearly doubling, from $107.5 billion to $200 billion."),
        ("multiple", "inconsistent", "Exports were nearly doubling, from $107.5 billion to $220 billion."),
        (
            "change_pct",
            "consistent",
            "Trade grew by more than 40%, from 100 bn yuan to 160 bn yuan.",
        ),
        (
            "change_pct",
            "inconsistent",
            "Trade grew by more than 70%, from 100 bn yuan to 160 bn yuan.",
        ),
        ("change_pp", "consistent", "The share rose by 7.7 percentage points, from 15.2% to 22.9%."),
        ("change_pp", "inconsistent", "The share rose by 9.7 percentage points, from 15.2% to 22.9%."),
    ],
)
def test_arithmetic_within_rounding_and_hedges(kind: str, verdict: str, text: str) -> None:
    assert ("arithmetic", kind, verdict) in verdicts(text)


def test_sum_and_share() -> None:
    text = (
        "Foreign trade reached 297.83 billion yuan in 2023. Imports rose to 221.77 billion yuan, "
        "while exports "
        "surged to 76.06 billion yuan. Trade with Belt and Road partners reached 252.58 billion yuan, "
        "accounting for 84.8 percent of the total."
    )
    got = verdicts(text)
    assert ("arithmetic", "sum", "consistent") in got and ("arithmetic", "share", "consistent") in got
    bad = verdicts(text.replace("221.77", "212.77").replace("84.8 percent", "88.4 percent"))
    assert ("arithmetic", "sum", "inconsistent") in bad and ("arithmetic", "share", "inconsistent") in bad


def test_currency_needs_a_store_and_the_year_rate(fx_store: Store) -> None:
    text = "Trade reached 29.44 billion yuan ($2.24 billion) in 2023."
    assert ("currency", "currency_pair", "unverifiable") in verdicts(text)
    rep = audit_text(text, store=fx_store)
    f = next(f for f in rep.findings if f.check == "currency")
    assert f.verdict == "inconsistent" and f.recomputed is not None and abs(f.recomputed - 4.178e9) < 0.01e9
    assert f.evidence and f.evidence[0]["source_id"] == "test-rates"
    ok = audit_text("Trade reached 297.83 billion yuan (about 42 billion U.S. dollars) in 2023.", store=fx_store)
    assert [f.verdict for f in ok.findings if f.check == "currency"] == ["consistent"]


def test_a_conversion_with_no_year_is_never_read_at_the_latest_years_rate(fx_store: Store) -> None:
    text = "Over the first eight months of the year, trade totaled 705 billion yuan (${x} billion)."
    rep = audit_text(text.format(x="100"), store=fx_store)  # 7.05 yuan a dollar: 2023's rate (the latest held)
    f = next(f for f in rep.findings if f.check == "currency")
    assert f.verdict == "unverifiable"  # some year fits, but the text names none: no guess
    bad = audit_text(text.format(x="150"), store=fx_store)  # 4.7 yuan a dollar: no year's rate
    assert [f.verdict for f in bad.findings if f.check == "currency"] == ["inconsistent"]


def test_fx_gap_names_the_missing_year(fx_store: Store) -> None:
    rep = audit_text("In 2024 trade reached 1.74 trillion yuan ($237 billion).", store=fx_store)
    f = next(f for f in rep.findings if f.check == "currency")
    assert f.verdict == "unverifiable" and f.reason == "fx_gap" and "2024" in f.explanation


def _trade_store() -> Store:
    store = memory_store()
    store.con.execute(
        "INSERT INTO source(source_id, kind, title) VALUES ('test-customs', 'dataset', 'test'), "
        "('the-text', 'article', 'the audited text')"
    )
    for year, value, src in (
        (2022, 17.33e9, "test-customs"),
        (2023, 29.73e9, "test-customs"),
        (2023, 35.0e9, "the-text"),
    ):
        store.con.execute(
            "INSERT INTO observation(indicator, territory, partner, product, flow, period_start, "
            "period_end, freq, unit, value, status, source_id) "
            "VALUES ('trade_value', 'CN-JL', 'RU', 'TOTAL', 'total', ?, ?, 'A', "
            "'CNY', ?, 'final', ?)",
            [date(year, 1, 1), date(year, 12, 31), value, src],
        )
    return store


def test_store_checks_values_and_growth_and_skip_the_texts_own_figures() -> None:
    store = _trade_store()
    good = audit_text("In 2023, Jilin's trade with Russia reached 29.73 billion yuan, up 71.5 percent.", store=store)
    got = {(f.kind, f.verdict) for f in good.findings if f.check == "store"}
    assert ("value", "consistent") in got and ("change_pct", "consistent") in got
    bad = audit_text(
        "In 2023, Jilin's trade with Russia reached 35 billion yuan, up 90 percent.",
        store=store,
        source_name="the-text",
    )
    got = {(f.kind, f.verdict) for f in bad.findings if f.check == "store"}
    assert ("value", "inconsistent") in got and ("change_pct", "inconsistent") in got
    cited = [e["source_id"] for f in bad.findings for e in f.evidence if "source_id" in e]
    assert "the-text" not in cited and "test-customs" in cited


def test_no_store_makes_store_claims_unverifiable() -> None:
    rep = audit_text("In 2023, Jilin's trade with Russia reached 29.73 billion yuan, up 71.5 percent.")
    assert {f.reason for f in rep.findings if f.check == "store"} == {"no_store"}


def test_store_supplies_the_total_of_a_share() -> None:
    store = memory_store()
    store.con.execute("INSERT INTO source(source_id, kind, title) VALUES ('test-customs', 'dataset', 'test')")
    for territory, flow, value in (("CN", "import", 129.32e9), ("CN-HL", "import", 27.7e9), ("CN", "export", 115.49e9)):
        store.con.execute(
            "INSERT INTO observation(indicator, territory, partner, product, flow, period_start, period_end, "
            "freq, unit, value, status, source_id) VALUES ('trade_value', ?, 'RU', 'TOTAL', ?, ?, ?, 'A', "
            "'USD', ?, 'final', 'test-customs')",
            [territory, flow, date(2024, 1, 1), date(2024, 12, 31), value],
        )
    ok = audit_text("In 2024 Heilongjiang ranked 2nd ($27.7 billion and 21.4% of China's imports from Russia).", store=store)
    assert [f.verdict for f in ok.findings if f.kind == "share"] == ["consistent"]
    bad = audit_text("In 2024 Heilongjiang ranked 2nd ($27.7 billion and 31.4% of China's imports from Russia).", store=store)
    assert [f.verdict for f in bad.findings if f.kind == "share"] == ["inconsistent"]
    part = audit_text("In 2024, Heilongjiang accounted for 24.0% of Chinese imports from Russia.", store=store)
    share = next(f for f in part.findings if f.kind == "share")
    assert share.verdict == "inconsistent" and share.recomputed == pytest.approx(21.42, abs=0.01)


@pytest.mark.parametrize(
    "verdict,text",
    [
        ("inconsistent", "Экспорт Хэйлунцзяна увеличился в 3,7 раза (с 10,7 до 37,3 млрд юаней)."),
        ("consistent", "Экспорт Внутренней Монголии вырос в 7,6 раза (с 2,7 до 20,4 млрд юаней)."),
        ("inconsistent", "Экспорт Цзилиня вырос в двенадцать раз (с 1,7 до 18,3 млрд юаней)."),
        ("consistent", "Экспорт вырос почти вдвое, с 107,5 до 200 млрд долларов."),
        ("consistent", "出口从100亿元增长到400亿元,增长了3倍。"),  # 增长3倍 = ×4
        # ×3 fits only the loose reading of 增长了3倍 (strictly ×4): the text does not settle it
        ("unverifiable", "出口从100亿元增长到300亿元,增长了3倍。"),
        ("inconsistent", "出口从100亿元增长到200亿元,增长了3倍。"),  # neither ×4 nor ×3
        ("consistent", "出口从7.9亿元增长到15.7亿元,翻了一番。"),
        ("inconsistent", "贸易额从175.3亿元增长到334.1亿元,增长80.6%。"),
    ],
)
def test_russian_and_chinese_arithmetic(verdict: str, text: str) -> None:
    got = [f.verdict for f in audit_text(text).findings if f.check == "arithmetic"]
    assert got == [verdict]


def test_mixed_languages_in_one_text() -> None:
    text = (
        "Exports rose by 3.7 times (from 10.7 billion to 37.3 billion yuan).\n\n"
        "Экспорт вырос в 7,6 раза (с 2,7 до 20,4 млрд юаней).\n\n"
        "出口从100亿元增长到150亿元,增长50%。"
    )
    rep = audit_text(text)
    assert [(c.lang, v) for c, v in zip(rep.claims, rep.claim_verdicts().values(), strict=True)] == [
        ("en", "inconsistent"),
        ("ru", "consistent"),
        ("zh", "consistent"),
    ]


def test_shares_of_the_countrys_gdp_and_population() -> None:
    """Test data: China's 2024 GDP and population; the parts are in brackets after the shares."""
    store = memory_store()
    store.con.execute("INSERT INTO source(source_id, kind, title) VALUES ('test-nbs', 'dataset', 'test')")
    for indicator, freq, unit, value in (("gdp", "A", "CNY", 134.9e12), ("population", "P", "persons", 1408.28e6)):
        store.con.execute(
            "INSERT INTO observation(indicator, territory, period_start, period_end, freq, unit, value, status, "
            "source_id) VALUES (?, 'CN', ?, ?, ?, ?, ?, 'final', 'test-nbs')",
            [indicator, date(2024, 12, 31) if freq == "P" else date(2024, 1, 1), date(2024, 12, 31), freq, unit, value],
        )
    text = (
        "They account for 8% of the country's population (119 million people in 2024) and 6.1% of GDP "
        "(just under 9 trillion yuan)."
    )
    got = {f.claim_text.split(" of")[0]: f.verdict for f in audit_text(text, store=store).findings}
    assert got == {"8%": "consistent", "6.1%": "inconsistent"}


def test_gdp_growth_rates_against_the_store() -> None:
    """Test data: two sources for Inner Mongolia's 2023 growth, one of them the audited text itself."""
    store = memory_store()
    store.con.execute(
        "INSERT INTO source(source_id, kind, title) VALUES ('test-bulletin', 'statistical_bulletin', "
        "'test'), ('the-text', 'article', 'the audited text')"
    )
    for territory, year, value, src in (
        ("CN-NM", 2023, 7.3, "test-bulletin"),
        ("CN-NM", 2023, 7.4, "the-text"),
        ("CN-JL", 2022, -1.9, "test-bulletin"),
    ):
        store.con.execute(
            "INSERT INTO observation(indicator, territory, period_start, period_end, freq, unit, value, status, "
            "source_id) VALUES ('gdp_growth_pct', ?, ?, ?, 'A', 'percent', ?, 'final', ?)",
            [territory, date(year, 1, 1), date(year, 12, 31), value, src],
        )
    text = "GDP growth rates ranged from –1.9% in Jilin in 2022 to +7.4% in IMAR in 2023."
    rep = audit_text(text, store=store, source_name="the-text")
    got = {f.claim_text: f.verdict for f in rep.findings if f.kind == "rate"}
    assert got == {"1.9%": "consistent", "7.4%": "inconsistent"}
    assert "7.3" in next(f.explanation for f in rep.findings if f.verdict == "inconsistent")


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Exports to Brazil rose 250 percent, from $2.0 million to $5.0 million.", "en"),
        ("Торговля с Эстонией увеличилась на 300 процентов (с $1,5 до $4,5 миллиона).", "ru"),
    ],
)
def test_an_index_said_as_the_increase_is_named(text: str, lang: str) -> None:
    """The later level as a percent of the earlier, said as the rise, stays an error and the reader is told why."""
    found = [f for f in audit_text(text, lang=lang).findings if f.check == "arithmetic"]
    assert [f.verdict for f in found] == ["inconsistent"]
    assert "an index" in found[0].explanation


def test_a_true_increase_is_not_called_an_index() -> None:
    found = audit_text("Exports rose 150 percent, from $2.0 million to $5.0 million.", lang="en").findings
    assert [f.verdict for f in found if f.check == "arithmetic"] == ["consistent"]
    assert not any("an index" in f.explanation for f in found)
