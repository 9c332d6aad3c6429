"""Issue 11, precision on real texts: a true figure is never called false on a guessed whole, subject,
period or source. Sentences are written for these tests (no excerpt of the evaluation set)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from northward.audit.api import AuditReport, audit_text
from northward.store import Store, memory_store

from .test_resolve_or_abstain import add_obs


def share_verdicts(report: AuditReport) -> list[str]:
    shares = {c.claim_id for c in report.claims if c.kind == "share"}
    return [f.verdict for f in report.findings if f.check == "arithmetic" and f.claim_id in shares]


# --- a share's whole inferred from an earlier total -------------------------------------------------


def test_a_repeated_part_is_never_its_own_whole() -> None:
    text = (
        "In the first quarter of 2022, Jilin's trade with Japan reached 8.8 billion yuan. "
        "Trade with Japan amounted to 8.8 billion yuan, or 37.5% of the province's trade in the quarter."
    )
    assert "inconsistent" not in share_verdicts(audit_text(text, lang="en"))


def test_another_subjects_total_is_not_the_whole() -> None:
    # the earlier total is of private firms; the part is of state firms: the whole (all firms) is not stated
    text = "2021年3月,吉林省民营企业进出口50.0亿元,占同期全省进出口的55.0%。国有企业进出口30.0亿元,占33.0%。"
    assert "inconsistent" not in share_verdicts(audit_text(text, lang="zh"))


def test_another_periods_total_is_not_the_whole() -> None:
    text = (
        "Товарооборот Ляонина с Японией вырос с 70,0 млрд юаней в 2015 году до 90,0 млрд юаней в 2020 году. "
        "В первом полугодии 2021 года экспорт составил 20,0 млрд юаней, или 45,0% товарооборота."
    )
    assert "inconsistent" not in share_verdicts(audit_text(text, lang="ru"))


def test_the_one_total_of_the_same_subject_and_period_still_decides() -> None:
    text = (
        "In 2021, Jilin's foreign trade was 150.0 billion yuan. "
        "Its imports were 90.0 billion yuan, accounting for 70.0% of it."
    )
    assert share_verdicts(audit_text(text, lang="en")) == ["inconsistent"]  # 90 / 150 = 60%


def test_a_whole_named_by_its_subject_is_the_total_of_that_subject() -> None:
    # the share names the zone: the zone's total, not the province's, is its whole
    text = (
        "2022年,黑龙江省外贸进出口2000.0亿元,其中自贸区进出口400.0亿元。"
        "自贸区对俄进出口300.0亿元,占自贸区进出口总值的60.0%。"
    )
    assert share_verdicts(audit_text(text, lang="zh")) == ["inconsistent"]  # 300 / 400 = 75%


def test_two_totals_of_one_flow_none_fitting_leave_the_share_open() -> None:
    text = (
        "In 2020, Liaoning's trade was 650.0 billion yuan and its trade with Japan 100.0 billion yuan. "
        "Exports to Japan were 45.0 billion yuan, accounting for 20.0% of the total."
    )
    report = audit_text(text, lang="en")
    assert share_verdicts(report) == ["unverifiable"]  # 45 / 650 = 6.9%, 45 / 100 = 45%: which whole?
    assert any("not stated" in f.explanation for f in report.findings)


# --- what a store check needs from the claim's own words ---------------------------------------------


def contexts(text: str, lang: str) -> dict[str, dict[str, object]]:
    """Each figure's context, by the figure's text (an ``order`` claim carries its first figure's context for both)."""
    from northward.audit.extract import extract_claims

    out: dict[str, dict[str, object]] = {}
    for c in extract_claims(text, lang):
        for q in c.roles.values() if c.kind != "order" else ():
            out.setdefault(q.text.strip(), c.context.to_dict())
    return out


def test_that_country_is_the_partner_named_before() -> None:
    text = (
        "In 2021, Jilin's trade with Japan grew quickly. "
        "Jilin's exports to that country came to 9.1 billion yuan, up 11.0 percent."
    )
    assert contexts(text, "en")["9.1 billion yuan"]["partner"] == "JP"


def test_that_country_with_no_country_before_is_unresolved() -> None:
    ctx = contexts("In 2021, Jilin's exports to that country rose 11.0 percent.", "en")["11.0 percent"]
    assert "partner" in str(ctx.get("unresolved"))


def test_a_rate_after_a_clause_naming_two_flows_has_no_sure_flow() -> None:
    text = "In 2021, Jilin's exports made up 9.1 billion yuan of its imports and exports, an increase of 11.0 percent."
    assert "flow is unclear" in str(contexts(text, "en")["11.0 percent"].get("unresolved"))


def test_a_rate_of_another_measure_in_the_clause_before_is_not_trade() -> None:
    text = "В 2021 году провинция Цзилинь привлекла иностранный капитал на 1,5 млрд долларов, рост составил 12,0%."
    ctx = contexts(text, "ru")
    assert any("капитал" in str(c.get("other_measure")) for c in ctx.values())


def test_the_subject_comes_with_a_territory_borrowed_from_the_sentence_before() -> None:
    text = "2021年,吉林省珲春市外贸进出口快速增长。全年进出口增长12.0%。"
    assert "珲春" in str(contexts(text, "zh")["12.0%"].get("unresolved"))


# --- the store check's policy: authority and open keys (a test store, in three languages) ----------


@pytest.fixture
def graded_store() -> Iterator[Store]:
    """Test data: Heilongjiang's trade in 2023 (297.83 bn yuan) and with Russia (150.0 bn yuan) under a
    test source whose grade each test sets."""
    store = memory_store()
    add_obs(store, "trade_value", "CN-HL", date(2023, 1, 1), date(2023, 12, 31), "A", "CNY", 297.83e9)
    add_obs(store, "trade_value", "CN-HL", date(2023, 1, 1), date(2023, 12, 31), "A", "CNY", 150.0e9, partner="RU")
    yield store
    store.close()


def store_verdicts(report: AuditReport) -> list[tuple[str, str]]:
    return [(f.verdict, f.reason) for f in report.findings if f.check == "store"]


@pytest.mark.parametrize(
    ("grade", "expected"),
    [
        ("official_original", ("inconsistent", "")),
        ("official_copy", ("inconsistent", "")),
        ("reputable_media", ("inconsistent", "")),
        ("secondary", ("unverifiable", "low_grade")),
        ("unverified_copy", ("unverifiable", "low_grade")),
    ],
)
def test_only_an_authoritative_source_can_make_a_text_wrong(graded_store: Store, grade: str, expected: tuple[str, str]) -> None:
    graded_store.con.execute("UPDATE source SET grade = ? WHERE source_id = 'test-trade'", [grade])
    report = audit_text("In 2023, Heilongjiang's foreign trade reached 250.0 billion yuan.", store=graded_store, lang="en")
    assert store_verdicts(report) == [expected]
    if grade == "secondary":
        assert "secondary" in report.findings[0].explanation  # the difference is still reported, with its grade


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        ("In 2023, Heilongjiang's trade with that country reached 250.0 billion yuan.", "en", "subject_unresolved"),
        ("В 2023 году товарооборот Хэйлунцзяна с этой страной составил 250,0 млрд юаней.", "ru", "subject_unresolved"),
        ("2023年,黑龙江省对该国进出口2500.0亿元。", "zh", "subject_unresolved"),
        ("In 2023, Heilongjiang's exports made up 99.0 billion yuan of its imports and exports, up 5.0 percent.", "en",
         "subject_unresolved"),
    ],
)
def test_an_open_key_leaves_the_claim_unverifiable(graded_store: Store, text: str, lang: str, reason: str) -> None:
    graded_store.con.execute("UPDATE source SET grade = 'official_original' WHERE source_id = 'test-trade'")
    found = store_verdicts(audit_text(text, store=graded_store, lang=lang))
    assert found and all(v == "unverifiable" for v, _r in found)
    assert reason in {r for _v, r in found}


def test_the_partner_named_before_is_checked(graded_store: Store) -> None:
    text = "Trade with Russia grew fast. In 2023, Heilongjiang's trade with that country reached 150.0 billion yuan."
    assert ("consistent", "") in store_verdicts(audit_text(text, store=graded_store, lang="en"))


# --- periods the store check must not guess --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Since the beginning of 2023, Heilongjiang's foreign trade grew 9.0 percent.", "en", "9.0 percent"),
        ("С начала 2023 года товарооборот Хэйлунцзяна вырос на 9,0%.", "ru", "9,0%"),
        ("2023年年初以来,黑龙江省进出口增长9.0%。", "zh", "9.0%"),
    ],
)
def test_a_span_with_no_last_month_is_never_a_whole_year(text: str, lang: str, figure: str) -> None:
    ctx = contexts(text, lang)[figure]
    assert ctx.get("partial_period") and "period" not in ctx
    assert "names no" in str(ctx.get("unresolved"))  # no last month, or no months at all


def test_months_of_another_sentence_are_not_an_open_spans_months() -> None:
    text = (
        "In June 2023, Heilongjiang's trade was 30.0 billion yuan. "
        "Since the beginning of the year, Heilongjiang's exports came to 50.0 billion yuan."
    )
    assert "period" not in contexts(text, "en")["50.0 billion yuan"]


def test_for_the_specified_period_points_at_the_months_before() -> None:
    text = (
        "Heilongjiang's trade rose 9.0 percent in the first five months of 2023. "
        "Heilongjiang's exports for the specified period came to 20.0 billion yuan."
    )
    assert contexts(text, "en")["20.0 billion yuan"].get("period") == "2023-01..2023-05"


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("In 2023, Heilongjiang's exports rose 64.0% compared with 2021.", "en", "64.0%"),
        ("В 2023 году экспорт Хэйлунцзяна вырос на 64,0% по сравнению с 2021 годом.", "ru", "64,0%"),
    ],
)
def test_a_rate_on_a_named_base_year_is_not_a_year_on_year_rate(text: str, lang: str, figure: str) -> None:
    ctx = contexts(text, lang)[figure]
    assert ctx.get("start_years") == [2021] and ctx.get("year") == 2023


# --- sums: parts of the same fact, levels not changes -------------------------------------------------


def sum_verdicts(report: AuditReport) -> list[str]:
    sums = {c.claim_id for c in report.claims if c.kind in ("sum", "parts")}
    return [f.verdict for f in report.findings if f.claim_id in sums]


def test_a_change_amount_is_neither_a_part_nor_a_total() -> None:
    text = (
        "В 2010 году через порт перевезено 5,0 млн т грузов. В том числе уголь 3,0 млн т, что меньше на 1,2 млн т, "
        "лес 1,5 млн т со снижением к прошлому году на 0,4 млн т."
    )
    assert "inconsistent" not in sum_verdicts(audit_text(text, lang="ru"))  # 3.0 + 1.5 ≤ 5.0; the declines are no parts


def test_a_products_flow_is_not_a_flow_part_of_total_trade() -> None:
    text = (
        "In May 2015, Jilin's crude oil imports from Russia were 3.0 billion yuan and its exports of cars 1.0 billion yuan. "
        "Jilin's trade with Russia in January-May 2015 was 40.0 billion yuan."
    )
    assert sum_verdicts(audit_text(text, lang="en")) == []


def test_a_part_in_another_months_is_not_a_part() -> None:
    text = "2015年5月,吉林省对俄出口10.0亿元,进口20.0亿元。2015年1-5月,吉林省对俄进出口100.0亿元。"
    report = audit_text(text, lang="zh")
    # May's flows are no sum of January-May's total; inside it, they may only fit within it (period_parts)
    assert [c.kind for c in report.claims if c.kind in ("sum", "parts")] == ["parts"]
    assert sum_verdicts(report) == ["consistent"]
    over = audit_text(text.replace("100.0亿元", "25.0亿元"), lang="zh")
    assert sum_verdicts(over) == ["inconsistent"]  # 10 + 20 in May alone exceed the five months' 25


def test_parts_going_on_with_their_totals_port_are_parts() -> None:
    text = (
        "2015年前5个月,经珲春口岸共开行跨境班列100列。其中,出境班列60列,进境班列50列。"
    )
    assert sum_verdicts(audit_text(text, lang="zh")) == ["inconsistent"]  # 60 + 50 = 110, not 100


def test_a_dateline_city_is_not_the_subject() -> None:
    text = "HARBIN, June 3 (Xinhua) -- Heilongjiang's foreign trade rose 9.0 percent in 2015."
    assert "unresolved" not in contexts(text, "en")["9.0 percent"]
    zh = "新华社哈尔滨6月3日电 2015年,黑龙江省进出口增长9.0%。"
    assert "unresolved" not in contexts(zh, "zh")["9.0%"]


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("In 2023, Heilongjiang's trade with Russia's Far East rose 9.0 percent.", "en", "9.0 percent"),
        ("В 2023 году товарооборот Хэйлунцзяна с Приморьем вырос на 9,0%.", "ru", "9,0%"),
        ("2023年,黑龙江省对俄罗斯滨海边疆区进出口增长9.0%。", "zh", "9.0%"),
    ],
)
def test_a_region_of_the_partner_is_not_the_partner(text: str, lang: str, figure: str) -> None:
    unresolved = str(contexts(text, lang)[figure].get("unresolved"))
    assert "region or crossing" in unresolved or "does not key" in unresolved


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the first half of 2023, Inner Mongolia's GDP grew 7.4 percent year on year.", "en"),
        ("2023年上半年,内蒙古地区生产总值同比增长7.4%。", "zh"),
    ],
)
def test_a_part_year_gdp_rate_is_never_checked_against_the_annual_rate(text: str, lang: str) -> None:
    store = memory_store()
    add_obs(store, "gdp_growth_pct", "CN-NM", date(2023, 1, 1), date(2023, 12, 31), "A", "percent", 6.0)
    try:
        found = store_verdicts(audit_text(text, store=store, lang=lang))
        assert found == [("unverifiable", "no_data")]
        annual = store_verdicts(audit_text("In 2023, Inner Mongolia's GDP grew 7.4 percent.", store=store, lang="en"))
        assert annual == [("inconsistent", "")]
    finally:
        store.close()


def test_a_part_year_rank_is_never_checked_against_the_years_rank() -> None:
    store = memory_store()
    add_obs(store, "trade_rank", "CN-HL", date(2023, 1, 1), date(2023, 12, 31), "A", "rank", 3.0, partner="RU")
    try:
        h1 = "In the first half of 2023, Heilongjiang ranked first in trade with Russia among the provinces."
        assert "inconsistent" not in [v for v, _r in store_verdicts(audit_text(h1, store=store, lang="en"))]
        year = "In 2023, Heilongjiang ranked first in trade with Russia among the provinces."
        assert store_verdicts(audit_text(year, store=store, lang="en")) == [("inconsistent", "")]
    finally:
        store.close()


def test_a_part_year_share_of_gdp_is_never_of_the_years_gdp() -> None:
    store = memory_store()
    add_obs(store, "gdp", "CN", date(2023, 1, 1), date(2023, 12, 31), "A", "CNY", 126.0e12)
    try:
        text = "In the first half of 2023, the trade was 3.0 trillion yuan, or 5.0% of GDP."
        assert "inconsistent" not in [v for v, _r in store_verdicts(audit_text(text, store=store, lang="en"))]
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "lang", "figure", "narrower"),
    [
        ("In 2023, Heilongjiang's exports of labor-intensive products rose 9.0 percent.", "en", "9.0 percent", True),
        ("2023年,黑龙江省劳动密集型产品出口增长9.0%。", "zh", "9.0%", True),
        ("In 2023, Heilongjiang's imports of Russian products rose 9.0 percent.", "en", "9.0 percent", False),
    ],
)
def test_a_named_kind_of_products_is_narrower_than_all_goods(text: str, lang: str, figure: str, narrower: bool) -> None:
    assert ("the subject" in str(contexts(text, lang)[figure].get("unresolved"))) is narrower


def test_a_recomputed_rate_resting_on_one_secondary_level_is_not_an_error() -> None:
    store = memory_store()
    add_obs(store, "trade_value", "CN-HL", date(2022, 1, 1), date(2022, 12, 31), "A", "CNY", 265.0e9, source_id="test-a")
    add_obs(store, "trade_value", "CN-HL", date(2023, 1, 1), date(2023, 12, 31), "A", "CNY", 298.0e9, source_id="test-b")
    store.con.execute("UPDATE source SET grade = 'official_original' WHERE source_id = 'test-a'")
    store.con.execute("UPDATE source SET grade = 'secondary' WHERE source_id = 'test-b'")
    try:
        report = audit_text("In 2023, Heilongjiang's foreign trade grew 50.0 percent.", store=store, lang="en")
        assert store_verdicts(report) == [("unverifiable", "low_grade")]
        assert "test-b" in report.findings[0].explanation
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("In 2023, Inner Mongolia's trade with Russia and Mongolia rose 9.0 percent.", "en", "9.0 percent"),
        ("В 2023 году товарооборот Внутренней Монголии с Россией и Монголией вырос на 9,0%.", "ru", "9,0%"),
        ("2023年,内蒙古对俄罗斯和蒙古国进出口增长9.0%。", "zh", "9.0%"),
    ],
)
def test_a_figure_of_two_partners_together_is_neither_partners(text: str, lang: str, figure: str) -> None:
    assert "several partners" in str(contexts(text, lang)[figure].get("unresolved"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Over the past five years, Heilongjiang's foreign trade totalled 900.0 billion yuan, the customs said in 2023.", "en"),
        ("2019年至2023年,黑龙江省累计实现进出口9000.0亿元。", "zh"),
        ("За последние пять лет товарооборот Хэйлунцзяна вырос на 45,0%, сообщила таможня в 2023 году.", "ru"),
    ],
)
def test_a_figure_over_several_years_is_never_one_years(graded_store: Store, text: str, lang: str) -> None:
    found = store_verdicts(audit_text(text, store=graded_store, lang=lang))
    assert found and all(v == "unverifiable" for v, _r in found)


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("In 2023, Heilongjiang's service trade grew 20.0 percent.", "en", "20.0 percent"),
        ("In 2023, Heilongjiang's small and medium-sized enterprises' trade grew 20.0 percent.", "en", "20.0 percent"),
        ("In 2023, trade through Heilongjiang's ports grew 20.0 percent.", "en", "20.0 percent"),
        ("В 2023 году приграничная торговля Хэйлунцзяна выросла на 30,0%.", "ru", "30,0%"),
        ("2023年,黑龙江省服务贸易增长30.0%。", "zh", "30.0%"),
    ],
)
def test_a_narrower_subject_before_or_after_the_territory_in_its_clause(text: str, lang: str, figure: str) -> None:
    assert "the subject" in str(contexts(text, lang)[figure].get("unresolved"))


@pytest.mark.parametrize(
    ("text", "lang", "figure", "why"),
    [
        ("In 2023, Jilin's trade grew 9.0 percent, higher than the 0.2 percent growth of the country.", "en", "0.2 percent",
         "comparison"),
        ("In 2023, Jilin's trade grew 9.0 percent, compared with 5.2 percent in 2022.", "en", "5.2 percent", "comparison"),
        ("2023年,吉林省进出口增长9.0%,高于全国0.2%。", "zh", "0.2%", "comparison"),
        ("В 2023 году товарооборот Цзилиня вырос на 9,0%, тогда как ожидается рост на 5,0%.", "ru", "5,0%", "forecast"),
        ("In 2023, Jilin's trade grew 9.0 percent, and it is expected to grow 8.0 percent in 2024.", "en", "8.0 percent",
         "forecast"),
        ("2023年,吉林省进出口增长9.0%,预计2024年增长8.0%。", "zh", "8.0%", "forecast"),
        ("In 2023, Jilin's trade grew 9.0 percent, contributing 30.0 percent to the growth.", "en", "30.0 percent",
         "contribution"),
    ],
)
def test_a_rate_that_is_not_the_subjects_own_result(text: str, lang: str, figure: str, why: str) -> None:
    assert why in str(contexts(text, lang)[figure].get("unresolved"))


@pytest.mark.parametrize(
    ("text", "lang", "figure", "year", "start"),
    [
        ("In 2023, Jilin's trade was 150.0 billion yuan, 1.5 times that of 2020.", "en", "1.5 times", 2023, [2020]),
        ("In 2023, Jilin's trade grew 9.0 percent after a fall of 3.0 percent in 2022.", "en", "3.0 percent", 2022, None),
    ],
)
def test_the_year_a_rate_is_of(text: str, lang: str, figure: str, year: int, start: list[int] | None) -> None:
    ctx = contexts(text, lang)[figure]
    assert ctx.get("year") == year and ctx.get("start_years") == start


def test_a_month_before_a_dash_is_still_the_month() -> None:
    ctx = contexts("В 2023 году товарооборот Цзилиня вырос на 9,0%, в том числе в декабре - на 25,0%.", "ru")["25,0%"]
    assert ctx.get("period") == "2023-12"


def test_a_month_inside_a_quarter_with_no_year_is_other_months() -> None:
    text = (
        "In the first quarter, Jilin's trade was 40.0 billion yuan. "
        "In March alone, exports were 5.0 billion yuan and imports 10.0 billion yuan."
    )
    report = audit_text(text, lang="en")
    # March's flows are no sum of the quarter's trade: at most parts that fit within it (period_parts)
    assert "sum" not in [c.kind for c in report.claims]
    assert sum_verdicts(report) in ([], ["consistent"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jilin's trade in 2023 was 170.0 billion yuan, of which trade with Russia 30.0 billion yuan, 17.6 percent of the "
         "total, and trade with Japan 25.0 billion yuan.", "en"),
        ("В 2023 году товарооборот Цзилиня составил 170,0 млрд юаней. Торговля с Россией составила 30,0 млрд юаней, или 17,6% "
         "от общего объема, экспорт в Россию - 10,0 млрд юаней.", "ru"),
    ],
)
def test_an_amount_in_the_next_clause_is_not_the_shares_whole(text: str, lang: str) -> None:
    assert "inconsistent" not in share_verdicts(audit_text(text, lang=lang))


def test_a_rate_across_a_semicolon_belongs_to_its_own_pair() -> None:
    from northward.audit.extract import extract_claims

    text = "2023年,吉林省出口由2022年的500.0亿元增至600.0亿元,增长20.0%;进口由1000.0亿元增至1100.0亿元,增长10.0%。"
    pairs = [c for c in extract_claims(text, "zh") if c.kind == "change_pct" and "from" in c.roles]
    # each rate stays with its own pair; "由2022年的500.0亿元" is a pair's start, its year between
    assert [(c.roles["from"].text, c.roles["change"].text) for c in pairs] == [("500.0亿元", "20.0%"),
                                                                              ("1000.0亿元", "10.0%")]
    assert [c.context.year for c in pairs] == [2023, 2023]  # "由2022年的" is the start's year


@pytest.mark.parametrize(
    ("text", "lang", "figure", "partner"),
    [
        ("В 2023 году товарооборот России и Китая составил 240,0 млрд долларов, а товарооборот Китая с США - 664,0 млрд "
         "долларов.", "ru", "664,0 млрд", "US"),
        ("In 2023, China's trade with Russia was $240.0 billion, and its trade with the U.S. $664.0 billion.", "en",
         "$664.0 billion", "US"),
        ("Экспорт составил 1,7 млрд долларов США.", "ru", "1,7 млрд долларов США", None),
    ],
)
def test_another_partner_in_the_figures_clause(text: str, lang: str, figure: str, partner: str | None) -> None:
    from northward.audit.context import resolve
    from northward.audit.text import split_sentences

    sentences = split_sentences(text, lang)
    s = next(x for x in sentences if figure in x.text)
    assert resolve(sentences, s, s.text.index(figure)).partner == partner


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("In 2023, China's trade with Russia rose 26.0 percent, and its trade with Brazil grew 6.0 percent.", "en",
         "6.0 percent"),
        ("2023年,中国对俄贸易增长26.0%,对巴西贸易增长6.0%。", "zh", "6.0%"),
    ],
)
def test_a_country_the_audit_does_not_key_is_never_russia(text: str, lang: str, figure: str) -> None:
    assert "another country" in str(contexts(text, lang)[figure].get("unresolved"))


def test_a_sentence_after_last_year_is_of_that_year() -> None:
    from datetime import date as day

    from northward.audit.extract import extract_claims

    text = (
        "Jilin's trade fell 5.0 percent in 2020. Last year, Jilin's trade grew 20.0 percent to 150.0 billion yuan. "
        "Its trade with Russia hit 30.0 billion yuan, accounting for 20.0 percent of the total."
    )
    claims = extract_claims(text, "en", day(2022, 1, 20))
    share = next(c for c in claims if c.kind == "share")
    assert share.context.year == 2021


def test_the_period_a_figure_follows_is_not_its_own() -> None:
    from northward.audit.period_words import find

    assert find("继10月增长9%后,11月进口增长6%。")[0].first == 11
    assert [p.first for p in find("After rising 9 percent in October, imports grew 6 percent in November.")] == [11]


def test_a_chinese_dateline_day_is_not_a_months_period() -> None:
    ctx = contexts("新华社长春1月20日电 2023年,吉林省外贸进出口增长9.0%。", "zh")["9.0%"]
    assert ctx.get("year") == 2023 and "period" not in ctx and not ctx.get("partial_period")
    span = contexts("2023年1月1日至5月31日,吉林省外贸进出口增长9.0%。", "zh")["9.0%"]
    assert span.get("partial_period") and "period" not in span


def test_a_published_rate_of_unknown_currency_never_contradicts_a_yuan_figures_rate() -> None:
    store = memory_store()
    add_obs(store, "trade_growth_pct", "CN-HL", date(2023, 1, 1), date(2023, 12, 31), "A", "percent", 2.0)
    try:
        text = "In 2023, Heilongjiang's foreign trade rose 12.3 percent to 297.8 billion yuan."
        assert "inconsistent" not in [v for v, _r in store_verdicts(audit_text(text, store=store, lang="en"))]
        agreeing = "In 2023, Heilongjiang's foreign trade rose 2.0 percent to 297.8 billion yuan."
        assert ("consistent", "") in store_verdicts(audit_text(agreeing, store=store, lang="en"))
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jilin's trade with Russia grew from 5.0 billion yuan in 2013 to 30.0 billion yuan in 2023, while its trade "
         "with Japan grew 20.0 percent.", "en"),
        ("В 2023 году товарооборот Цзилиня с Россией вырос с 20,0 до 30,0 млрд юаней, а с Японией - на 5,0%.", "ru"),
        ("From 2013 to 2023, trade between Jilin and Russia grew from 5.0 billion to 30.0 billion yuan, and exports 3 times.",
         "en"),
    ],
)
def test_a_rate_of_another_subject_after_a_pair_is_not_the_pairs(text: str, lang: str) -> None:
    report = audit_text(text, lang=lang)
    assert "inconsistent" not in [f.verdict for f in report.findings]


def test_an_amount_after_from_is_last_years_level_not_this_years() -> None:
    from northward.audit.extract import extract_claims

    claims = extract_claims("In 2022, Jilin's trade was 155.0 billion yuan, up 5.0 percent from 147.0 billion yuan.", "en")
    assert [c.roles["value"].text for c in claims if c.kind == "value"] == ["155.0 billion yuan"]


def test_a_share_of_another_measure_is_no_share_of_the_trade_total() -> None:
    # the part is investment; the only total before it is trade: its whole (all investment) is not stated
    text = (
        "Jilin's trade with Mongolia came to $6.1 billion in 2019, up 4 percent. Its investment in Mongolia "
        "reached $410 million, some {x} percent of the nation's investment there."
    )
    report = audit_text(text.format(x="21.5"), lang="en")
    assert "inconsistent" not in share_verdicts(report)
    # a share of the same measure still takes the earlier total: 410 / 6,100 is 6.7%
    text = "Jilin's trade with Mongolia came to $6.1 billion in 2019. Exports to Mongolia reached $410 million, or {x} percent."
    assert share_verdicts(audit_text(text.format(x="6.7"), lang="en")) == ["consistent"]
    assert share_verdicts(audit_text(text.format(x="21.5"), lang="en")) == ["inconsistent"]
    # foreign-invested firms' trade is trade: its share is of the trade total
    text = ("Jilin's trade came to 61.0 billion yuan. Foreign-invested firms recorded an import and export value of "
            "4.1 billion yuan, accounting for {x} percent of the total.")
    assert share_verdicts(audit_text(text.format(x="6.7"), lang="en")) == ["consistent"]
    assert share_verdicts(audit_text(text.format(x="7.6"), lang="en")) == ["inconsistent"]


def test_an_increase_on_the_previous_month_is_measured_on_the_level_not_on_the_yearly_increase() -> None:
    # "同比增加A ...;环比增加B, 增长P%": B's level is the month's figure, never A (another change)
    text = "9月份,该口岸进口粮食为{level}万吨,同比增加40.2万吨,增长50.0%;环比增加30.5万吨,增长{p}%。"
    report = audit_text(text.format(level="120.6", p="33.9"), lang="zh")
    verdicts = report.claim_verdicts()
    assert sorted(verdicts[c.claim_id] for c in report.claims if c.kind == "change_abs") == ["consistent", "consistent"]
    report = audit_text(text.format(level="120.6", p="43.9"), lang="zh")
    verdicts = report.claim_verdicts()
    assert sorted(verdicts[c.claim_id] for c in report.claims if c.kind == "change_abs") == ["consistent", "inconsistent"]


def test_last_years_surplus_after_a_balance_is_no_total_of_trade() -> None:
    text = (
        "In the third week of May, exports came to US$ 2.410 billion and imports to US$ 1.930 billion. "
        "So far this year the trade surplus is US$ 9.870 billion, well below the same period of 2019, which was "
        "US$ 14.020 billion."
    )
    report = audit_text(text, lang="en")
    assert not report.inconsistent() and not [c for c in report.claims if c.kind == "sum"]


def test_export_turnover_is_exports_not_the_total_of_trade() -> None:
    text = (
        "Export turnover reached 120.50 billion USD, up 4.0 percent. The private sector's export value was 40.20 "
        "billion USD, up 9.0 percent. Import value reached 110.30 billion USD, up 2.5 percent."
    )
    report = audit_text(text, lang="en")
    assert not report.inconsistent() and not [c for c in report.claims if c.kind in ("sum", "sum_growth")]
    both = audit_text("Import-export turnover reached 60.5 billion USD, with exports of 31.0 billion USD and "
                      "imports of 29.5 billion USD.", lang="en")
    assert [f.verdict for f in both.findings if f.check == "arithmetic"] == ["consistent"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, Heilongjiang's foreign trade in yuan grew 5.0 percent.",
        "In 2023, Heilongjiang's foreign trade in rubles grew 5.0 percent.",
        "В 2023 году внешнеторговый оборот Хэйлунцзяна в рублях вырос на 5,0%.",
        "2023年,按人民币计,黑龙江省进出口增长5.0%。",
    ],
)
def test_a_rate_in_another_currency_is_not_the_published_rate(text: str) -> None:
    # the store publishes +2.0% in no named currency: a rate the text says is in yuan or rubles is another figure
    store = memory_store()
    add_obs(store, "trade_growth_pct", "CN-HL", date(2023, 1, 1), date(2023, 12, 31), "A", "percent", 2.0)
    try:
        assert "inconsistent" not in [v for v, _r in store_verdicts(audit_text(text, store=store))]
        plain = text.replace(" in yuan", "").replace(" in rubles", "").replace(" в рублях", "").replace("按人民币计,", "")
        assert "inconsistent" in [v for v, _r in store_verdicts(audit_text(plain, store=store))]
    finally:
        store.close()


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, Heilongjiang's foreign trade in volume terms grew 5.0 percent.",
        "В 2023 году внешнеторговый оборот Хэйлунцзяна в физическом выражении вырос на 5,0%.",
    ],
)
def test_a_rate_of_quantities_is_not_the_published_value_rate(text: str) -> None:
    store = memory_store()
    add_obs(store, "trade_growth_pct", "CN-HL", date(2023, 1, 1), date(2023, 12, 31), "A", "percent", 2.0)
    try:
        assert "inconsistent" not in [v for v, _r in store_verdicts(audit_text(text, store=store))]
    finally:
        store.close()
