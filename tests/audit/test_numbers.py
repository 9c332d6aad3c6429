"""Figures in text: digits, words, scales, currencies, decimal commas, 亿/万, hedges."""

from __future__ import annotations

import pytest

from northward.audit.hedges import hedge_before
from northward.audit.numbers import NumberParseError, parse_number, scan


def kinds(text: str, lang: str = "en") -> list[tuple[str, str, float, str | None]]:
    return [(q.text, q.kind, q.value, q.currency) for q in scan(text, lang)]


@pytest.mark.parametrize(
    "raw,lang,value,decimals",
    [
        ("1,234.5", "en", 1234.5, 1),
        ("3,7", "ru", 3.7, 1),
        ("1 234,5", "ru", 1234.5, 1),
        ("297.83", "en", 297.83, 2),
        ("12", "en", 12.0, 0),
        ("10.70", "en", 10.7, 2),
    ],
)
def test_parse_number(raw: str, lang: str, value: float, decimals: int) -> None:
    assert parse_number(raw, lang) == (value, decimals)


def test_parse_number_rejects_garbage() -> None:
    with pytest.raises(NumberParseError):
        parse_number("1.2.3")


def test_scales_and_currencies_en() -> None:
    got = kinds("from $ 107.5 billion to 618 billion yuan, US$1.2bn, 42 billion U.S. dollars, 21.4% and 3.7 times")
    assert ("$ 107.5 billion", "amount", 107.5e9, "USD") in got
    assert ("618 billion yuan", "amount", 618e9, "CNY") in got
    assert ("US$1.2bn", "amount", 1.2e9, "USD") in got
    assert ("42 billion U.S. dollars", "amount", 42e9, "USD") in got
    assert ("21.4%", "percent", 21.4, None) in got
    assert ("3.7 times", "multiple", 3.7, None) in got


def test_russian_and_chinese_figures() -> None:
    ru = kinds("достиг 117,2 млрд юаней (~17,98 млрд долл. США), что составило 70,1%, в 2,2 раза, вдвое", "ru")
    assert ("117,2 млрд юаней", "amount", 117.2e9, "CNY") in ru
    assert ("17,98 млрд долл. США", "amount", 17.98e9, "USD") in ru
    assert ("70,1%", "percent", 70.1, None) in ru
    assert ("2,2 раза", "multiple", 2.2, None) in ru
    assert ("вдвое", "multiple", 2.0, None) in ru
    zh = kinds("对俄贸易实现26.7亿美元,同比增长41.8%,高于平均增幅12.5个百分点,1.5万亿元,翻了两番,居第2位", "zh")
    assert ("26.7亿美元", "amount", 26.7e8, "USD") in zh
    assert ("12.5个百分点", "pp", 12.5, None) in zh
    assert ("1.5万亿元", "amount", 1.5e12, "CNY") in zh
    assert ("翻了两番", "multiple", 4.0, None) in zh
    assert any(k == "rank" and v == 2 for _t, k, v, _c in zh)


def test_words_fractions_years_and_identifiers() -> None:
    got = kinds("doubled, twelve times, one-fifth of trade, in 2024, COVID-19 and ranked 2nd")
    assert ("doubled", "multiple", 2.0, None) in got
    assert ("twelve times", "multiple", 12.0, None) in got
    assert any(t == "one-fifth" and k == "percent" and abs(v - 20) < 1e-9 for t, k, v, _ in got)
    assert ("2024", "year", 2024.0, None) in got
    assert not any(t == "19" for t, *_ in got)
    assert any(k == "rank" and v == 2 for _t, k, v, _c in got)


def test_rounding_interval_follows_decimals() -> None:
    q = scan("37.3 billion", "en")[0]
    iv = q.interval()
    assert iv.lo == pytest.approx(37.25e9) and iv.hi == pytest.approx(37.35e9)
    doubled = scan("doubled", "en")[0].interval()
    assert doubled.lo == pytest.approx(1.9) and doubled.hi == pytest.approx(2.1)


@pytest.mark.parametrize(
    "prefix,kind",
    [
        ("reaching nearly ", "nearly"),
        ("more than ", "over"),
        ("(about ", "about"),
        ("почти ", "nearly"),
        ("超过", "over"),
        ("около ", "about"),
        ("rose to ", "exact"),
        ("вырос на 15% до ", "exact"),
        ("imports from Russia went up to ", "exact"),  # the level reached, not a bound
        ("shipments of up to ", "under"),
    ],
)
def test_hedges(prefix: str, kind: str) -> None:
    assert hedge_before(prefix).kind == kind


def test_a_hyphenated_percent() -> None:
    q = [x for x in scan("imports recorded a 6.3-percent decline year-on-year", "en") if x.kind == "percent"]
    assert [x.value for x in q] == [6.3]
    assert [x.kind for x in scan("a 5-10 percent range", "en")][:1] == ["amount"]


def test_hedge_sets_direction() -> None:
    over = scan("more than 30 billion yuan", "en")[0].interval()
    assert over.lo == pytest.approx(30e9) and over.hi == float("inf")
    nearly = scan("nearly 40 billion yuan", "en")[0].interval()
    assert nearly.hi == pytest.approx(40e9) and nearly.lo < 37e9
    just = scan("just under 9 trillion yuan", "en")[0].interval()
    assert just.hi == pytest.approx(9e12) and just.lo == pytest.approx(8.73e12)


def test_pc_is_percent_and_mn_t_is_tonnes() -> None:
    # "15pc", "9.4mn t": the trade press's percent and tonnes
    assert kinds("rose by 12pc to 3.5mn t") == [("12pc", "percent", 12.0, None), ("3.5mn", "amount", 3.5e6, "t")]


def test_barrels_per_day_and_kwh_are_counting_units() -> None:
    assert [q.currency for q in scan("2.1 million barrels per day, 0.8 million bpd and 4.2 billion kWh")] == [
        "bpd", "bpd", "kWh"]
    assert [q.currency for q in scan("поставлено 2,5 млрд кВт·ч и 3 млн кВт∙ч", "ru")] == ["kWh", "kWh"]


def test_a_figure_glued_to_its_verb_is_read_but_not_an_identifier() -> None:
    # a lost space in a copy of a PDF ("output was39.2 million tons"); "G20", "COVID-19" stay identifiers
    assert [q.text for q in scan("Steel output was41.3 million tons at the G20 summit after COVID-19")] == [
        "41.3 million"]


def test_percentage_points_in_words_are_points() -> None:
    assert kinds("up almost four percentage points to 60.2pc, or three percent") == [
        ("four percentage points", "pp", 4.0, None), ("60.2pc", "percent", 60.2, None), ("three percent", "percent", 3.0, None)]


def test_ships_after_four_words_are_the_count_s_unit() -> None:
    assert [q.currency for q in scan("a total of 52 inbound and outbound cargo ships")] == ["ships"]


@pytest.mark.parametrize(
    ("text", "value", "decimals", "kind"),
    [
        ("增长百分之三十七点四", 37.4, 1, "percent"),  # 点: the decimals are read, not cut at the whole part
        ("增长百分之一百二十六", 126.0, 0, "percent"),  # 百: a numeral above ninety-nine
        ("增长百分之一百零五", 105.0, 0, "percent"),
        ("增长三点六倍", 3.6, 1, "multiple"),
    ],
)
def test_chinese_numerals_with_places_and_decimals(text: str, value: float, decimals: int, kind: str) -> None:
    (q,) = [q for q in scan(text, "zh") if q.kind == kind]
    assert (q.value, q.decimals) == (pytest.approx(value), decimals)


def test_a_set_phrase_is_no_multiple() -> None:
    assert not [q for q in scan("干部群众信心百倍", "zh") if q.kind == "multiple"]
    assert [q.value for q in scan("达到百分之百", "zh") if q.kind == "percent"] == [100.0]


def test_a_chinese_numeral_amount_is_rounded_at_its_last_digit() -> None:
    # "四亿六千万吨" is written to the 千万, as 4.6亿 is to one decimal
    (q,) = [q for q in scan("货运量四亿六千万吨", "zh") if q.kind == "amount"]
    assert q.value == pytest.approx(4.6e8)
    r = q.interval()
    assert (r.lo, r.hi) == (pytest.approx(4.55e8), pytest.approx(4.65e8))
    (p,) = [q for q in scan("投资七百二十三亿元", "zh") if q.kind == "amount"]
    assert p.interval().hi - p.interval().lo == pytest.approx(1e8)  # said to the 亿


def test_full_width_and_chinese_numeral_rates_are_checked_on_their_levels() -> None:
    from northward.audit.api import audit_text

    def verdicts(text: str) -> list[str]:
        rep = audit_text(text, lang="zh")
        ids = {c.claim_id for c in rep.claims if c.kind == "change_pct"}
        return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]

    # 4.6 / 3.4 within the levels' rounding (4.55 / 3.45 .. 4.65 / 3.35): +31.9% .. +38.8%
    assert verdicts("货运量将达到四亿六千万吨，比上年的三亿四千万吨增长百分之三十五。") == ["consistent"]
    assert verdicts("货运量将达到四亿六千万吨，比上年的三亿四千万吨增长百分之五十。") == ["inconsistent"]
    assert verdicts("全省税收由１２００亿元增加到１５６０亿元，增长３０．０％。") == ["consistent"]


def test_the_yen_sign_in_a_sentence_about_japan_is_no_yuan() -> None:
    yen = scan("Japan's current account surplus narrowed to ¥1.9 trillion ($12.7 billion) in March.")
    assert [(q.text, q.currency) for q in yen] == [("¥1.9 trillion", "JPY"), ("$12.7 billion", "USD")]
    assert scan("Retail sales reached ¥3.5 trillion in May.")[0].currency == "CNY"


@pytest.mark.parametrize("period", ["the last half", "the latter half", "the previous half"])
def test_a_half_of_a_month_or_year_is_a_period_not_a_share(period: str) -> None:
    text = f"Port throughput was 3 million tonnes in {period} of March, down 4 percent."
    assert [q.text for q in scan(text) if q.kind == "percent"] == ["4 percent"]


@pytest.mark.parametrize("fy", ["2021-22", "2018/19", "2009–10"])
def test_the_second_year_of_a_fiscal_year_is_no_figure(fy: str) -> None:
    text = f"Farm output rose 3.1% in the second quarter of {fy}, from 2.4% a year earlier."
    assert [(q.text, q.kind) for q in scan(text) if q.kind != "year"] == [("3.1%", "percent"), ("2.4%", "percent")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Shipments came to 8.4 million tonnes, a 6.1 percent gain on the prior 12-month period.", "en"),
    ("Prices hit a 15-year high after output rose 2.2 percent.", "en"),
    ("В 12-месячном выражении выпуск вырос на 3,4%.", "ru"),
])
def test_a_span_of_time_written_with_a_hyphen_is_no_figure(text: str, lang: str) -> None:
    assert all(q.kind != "amount" or q.scaled for q in scan(text, lang))


def test_a_full_width_comma_groups_thousands_in_chinese() -> None:
    from northward.audit.api import audit_text

    # 2,460 / (2,460 - 310) - 1 = 14.4%: "2，460" is two thousand four hundred and sixty, not 460
    rep = audit_text("1986年全省社会商品零售总额2，460亿元，比上年增加310亿元，增长14.4％。", lang="zh")
    assert [f.verdict for f in rep.findings if f.check == "arithmetic"] == ["consistent"]


def test_a_day_of_a_month_is_no_figure() -> None:
    from northward.audit.extract import extract_claims

    text = "The company earned 1.2 billion dollars in the half ended September 30, up 14.1 percent from a year earlier."
    assert not [c for c in extract_claims(text, "en") if any(q.text == "30" for q in c.roles.values())]
    ru = "На 1 января 2024 года в реестре было 12 тыс. компаний."
    assert not [c for c in extract_claims(ru, "ru") if any(q.text.strip() == "1" for q in c.roles.values())]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("共接待12.4万外国游客", "zh", "passengers"),
        ("有8.6万中国公民入境", "zh", "passengers"),
        ("the city welcomed 2.1 million tourists", "en", "passengers"),
        ("край посетили 41 тыс. иностранцев", "ru", "passengers"),
        ("发送近86万个标准箱", "zh", "TEU"),
        ("the zone covers 21.5 sq km", "en", "km2"),
        ("面积为12.3平方公里", "zh", "km2"),
    ],
)
def test_people_by_who_they_are_teu_with_a_counter_and_areas_are_units(text: str, lang: str, unit: str) -> None:
    assert [q.currency for q in scan(text, lang) if q.kind == "amount"] == [unit]
