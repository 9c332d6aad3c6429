"""The concept guards (``growth_concepts``): an average annual rate is never the total change between two
levels (compounded over the span's years when both ends' years are read, else unverifiable), and a real rate
is never the change between amounts in current money (unless the amounts are at constant prices). Each
construction on a sentence written for the test, in Chinese, English and Russian."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text
from northward.audit.growth_concepts import REASON, compound_rate, rate_concept
from northward.audit.intervals import Interval
from northward.audit.numbers import scan


def arithmetic(text: str, lang: str, kinds: tuple[str, ...] = ("change_pct",)) -> list[tuple[str, str]]:
    rep = audit_text(text, lang=lang, doc_date="2024-03-05")
    ids = {c.claim_id for c in rep.claims if c.kind in kinds}
    return [(f.verdict, f.reason) for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


@pytest.mark.parametrize(
    ("text", "lang", "good", "bad"),
    [
        # 240 / 120 over five years: 2 ** (1/5) - 1 = 14.9% a year
        ("全市外贸进出口总额从2015年的120亿元增长到2020年的240亿元，年均增长{p}%。", "zh", "14.9", "100"),
        ("全省财政收入由2010年的300亿元增加到2018年的450亿元，平均每年增长{p}%。", "zh", "5.2", "50"),
        # the span said as "A年同B年相比" (the end first): 240 / 150 over five years, 9.9% a year
        ("２０２０年同２０１５年相比，全省出口由１５０亿元增加到２４０亿元，年均增长{p}%。", "zh", "9.9", "60"),
        # 64 / 40 over five years: 9.9% a year
        ("Exports rose from $40 billion in 2014 to $64 billion in 2019, an average annual growth of {p}%.", "en", "9.9",
         "60"),
        # 300 / 200 over five years: 8.4% a year
        ("В 2016–2021 годах инвестиции выросли с 200 млрд рублей до 300 млрд рублей, в среднем на {p}% в год.",
         "ru", "8,4", "50"),
    ],
)
def test_an_average_annual_rate_is_compounded_over_the_span(text: str, lang: str, good: str, bad: str) -> None:
    assert arithmetic(text.format(p=good), lang) == [("consistent", "")]
    assert arithmetic(text.format(p=bad), lang) == [("inconsistent", "")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the span's years not read: the rate is no total change, and cannot be compounded
        ("五年来，城乡居民储蓄存款从8万亿元增加到15万亿元，年均增长13.4%。", "zh"),
        ("Mining output grew from $120 billion to $180 billion, or 4.1% a year on average.", "en"),
        # real rates beside amounts in current money
        ("居民人均可支配收入由1.2万元增加到2.0万元，扣除价格因素实际增长45%。", "zh"),
        ("全省工业产值由800亿元增加到1500亿元，按可比价格计算增长60%。", "zh"),
        ("Household spending increased from $30 billion to $36 billion, or 8% in real terms.", "en"),
        ("Оборот розничной торговли увеличился с 2,0 трлн рублей до 2,4 трлн рублей, в сопоставимых ценах на 5,1%.", "ru"),
        # GDP: real by convention, its levels in current prices
        ("地区生产总值从1800亿元增加到2400亿元，增长21%。", "zh"),
    ],
)
def test_a_rate_of_another_concept_abstains(text: str, lang: str) -> None:
    assert arithmetic(text, lang) == [("unverifiable", REASON)]


def test_a_plain_or_nominal_rate_is_still_checked() -> None:
    assert arithmetic("地区生产总值按现价计算从1800亿元增加到2400亿元，名义增长33.3%。", "zh") == [("consistent", "")]
    assert arithmetic("全省出口由200亿元增加到260亿元，增长30%。", "zh") == [("consistent", "")]
    assert arithmetic("全省出口由200亿元增加到260亿元，增长40%。", "zh") == [("inconsistent", "")]


def test_amounts_at_constant_prices_keep_their_rate_checkable() -> None:
    # the note in brackets is the level's own: both the level and its increase are at constant prices
    text = "全年农业总产值为550亿元（按2010年不变价格计算），比上年增加50亿元，增长{p}%。"
    assert arithmetic(text.format(p="10"), "zh", ("change_abs",)) == [("consistent", "")]
    assert arithmetic(text.format(p="15"), "zh", ("change_abs",)) == [("inconsistent", "")]


def test_an_average_or_real_rate_beside_an_increase_or_a_count_abstains() -> None:
    text = "Retail sales reached 480 billion yuan, up 40 billion yuan, or 5% in real terms."
    assert arithmetic(text, "en", ("change_abs",)) == [("unverifiable", REASON)]
    # a count's rate fits a whole count of the year before; an average over years need not
    assert arithmetic("The fleet grew to 180 ships, or 4.1% a year on average.", "en", ("count_growth",)) == [
        ("unverifiable", REASON)]


@pytest.mark.parametrize(
    ("text", "average", "real"),
    [
        ("进出口额年均增长12.5%", True, False),
        ("去年均有增长，出口增长12.5%", False, False),  # 去年 + 均 ("all of last year's"), no average
        ("全年均增长12.5%", False, False),
        ("以每年递增12.5%的速度发展", True, False),
        ("а в среднем за год рост составил 12,5%", True, False),
        ("a compound annual growth rate of 12.5%", True, False),
        ("wages rose 12.5% in real terms", False, True),
        ("Реальные доходы выросли на 12,5%", False, True),
        ("пшеница подорожала на 12,5%", False, False),
    ],
)
def test_rate_concept_reads_the_words_of_the_rate(text: str, average: bool, real: bool) -> None:
    lang = ("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text)
            else "ru" if any("а" <= ch <= "я" for ch in text.lower()) else "en")
    qs = scan(text, lang)
    rate = next(q for q in qs if q.kind == "percent")
    concept = rate_concept(text, rate, qs)
    assert (concept.average, concept.real) == (average, real)


def test_compound_rate_carries_the_rounding() -> None:
    r = compound_rate(Interval(99.5, 100.5), Interval(199.5, 200.5), 5)
    assert r.lo < 14.87 < r.hi and r.hi - r.lo < 0.5


def test_two_growths_from_other_years_are_not_one_told_twice() -> None:
    from northward.audit.growth_concepts import other_bases

    text = ("全省棉花产量将达到九百万担；如果同一九六二年的三百万担相比，则增长二倍；"
            "同第三个五年计划的第一年——一九六六年的五百万担相比，也增长了百分之八十。")
    rep = audit_text(text, lang="zh")
    assert not [c for c in rep.claims if c.kind == "multiple" and "rate" in c.roles]
    assert other_bases((text, text.index("二倍")), (text, text.index("百分之八十")))
    # a fraction in words told twice is read as before (no multiple's role needed)
    worded = ("Экспорт зерна в 2024 году вырос более чем на треть. "
              "Отгрузки составили 120 тыс. т, это на 34,2% больше, чем в 2023 году.")
    assert [c.kind for c in audit_text(worded, lang="ru").claims if c.kind == "comparison"] == ["comparison"]
    same = "出口比2019年增长2倍；比2019年增长200%。"
    assert not other_bases((same, same.index("2倍")), (same, same.index("200%")))


def test_an_average_beside_a_level_and_its_increase_since_a_year_is_compounded() -> None:
    from northward.audit.claims import Claim
    from northward.audit.context import Context
    from northward.audit.growth_concepts import guarded_increment

    # 2018's level is 480 - 280 = 200; (480 / 200) ** (1/5) - 1 = 19.1% a year
    for rate, want in (("19.1", "consistent"), ("28.0", "inconsistent")):
        text = f"Retail sales reached 480 billion yuan in 2023, an increase of 280 billion yuan, or {rate}% a year on average."
        to, delta, change = (q for q in scan(text, "en") if q.kind in ("amount", "percent"))
        ctx = Context(year=2023, start_years=[2018])
        claim = Claim("change_abs", {"to": to, "delta": delta, "change": change}, text, 0, "en", ctx)
        f = guarded_increment(claim, "arithmetic", to, delta, change)
        assert f is not None and f.verdict == want
