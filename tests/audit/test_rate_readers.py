"""Growth and ratios read from two levels in more word orders (the eighth session's `rates` work): sentences
written for the test, a true and a wrong version of each."""

from __future__ import annotations

from northward.audit.api import audit_text
from northward.audit.numbers import scan


def verdicts(text: str, lang: str, kinds: tuple[str, ...] = ("change_pct", "multiple", "change_abs")) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind in kinds and ("from" in c.roles or "delta" in c.roles)}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_rate_then_its_levels_reached_down_from_in_the_next_sentence() -> None:
    # "export trade" is the exports; "reached X in YEAR, down from Y": the levels of the rate before
    en = ("Kazakhstan's export trade in 2019 fell {x} percent compared to the previous year. The value of Kazakh "
          "exports reached $5.70 billion in 2019, down from $6.00 billion in the previous year.")  # -5.0%
    assert verdicts(en.format(x="5.0"), "en") == ["consistent"]
    assert verdicts(en.format(x="8.0"), "en") == ["inconsistent"]


def test_a_chinese_amount_written_in_wan_then_digits() -> None:
    assert [q.value for q in scan("人均消费为15万4000卢布", "zh") if q.kind == "amount"] == [154000.0]
    assert [q.value for q in scan("出口12万吨,进口3000吨", "zh") if q.kind == "amount"] == [120000.0, 3000.0]


def test_a_base_of_the_same_period_last_year_before_or_after_the_rate() -> None:
    before = "今年8月,游客人均消费为18万6000卢布,低于去年同期的20万卢布,下滑约{x}%。"  # 186 / 200 = -7%
    assert verdicts(before.format(x="7"), "zh") == ["consistent"]
    assert verdicts(before.format(x="12"), "zh") == ["inconsistent"]
    after = "2019年一季度,该口岸接待旅客4.2万人次,同比增长{x}%,去年同期共接待旅客约2.8万人。"  # 4.2 / 2.8 = +50%
    assert verdicts(after.format(x="50"), "zh") == ["consistent"]
    assert verdicts(after.format(x="80"), "zh") == ["inconsistent"]


def test_zh_increase_n_times_from_a_to_b_with_years() -> None:
    zh = "十年来,该市进口木材增加{x}倍,从2012年的12万吨上升至2022年的60万吨。"  # 60 / 12 = 5 times, 增加4倍
    assert verdicts(zh.format(x="4"), "zh") == ["consistent"]
    assert verdicts(zh.format(x="6"), "zh") == ["inconsistent"]


def test_an_increase_said_as_an_open_bound_with_its_rate() -> None:
    zh = "全年原油加工量为1200万吨,年增量超过150万吨,增速为{x}%。"  # at least 150 / 1050 = 14.3%
    assert verdicts(zh.format(x="14.5"), "zh") == ["consistent"]
    assert verdicts(zh.format(x="10.5"), "zh") == ["inconsistent"]


def test_a_multiple_of_a_year_whose_level_the_text_gave_before() -> None:
    zh = ("1990年,全市进出口总额达到3.5亿元。多年来外贸持续发展。2020年,全市进出口总额达140.7亿元,是1990年的{x}倍;"
          "实际利用外资12.6亿元,是1990年的90倍。")  # 140.7 / 3.5 = 40.2; no 1990 level of investment is given
    assert verdicts(zh.format(x="40"), "zh") == ["consistent"]
    assert verdicts(zh.format(x="50"), "zh") == ["inconsistent"]
    en = ("In 1995, the airport served 0.8 million passengers. In 2019, the airport served 12.3 million passengers, "
          "{x} times that of 1995.")  # 12.3 / 0.8 = 15.4
    assert verdicts(en.format(x="15"), "en") == ["consistent"]
    assert verdicts(en.format(x="19"), "en") == ["inconsistent"]
    ru = ("В 2005 году завод выпустил 1,2 тыс. автомобилей. В 2015 году завод выпустил 6,1 тыс. автомобилей, "
          "в {x} раз больше, чем в 2005 году.")  # 6.1 / 1.2 = 5.1
    assert verdicts(ru.format(x="5"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="7"), "ru") == ["inconsistent"]


def test_no_base_of_another_measure_of_that_year() -> None:
    zh = "1990年,全市财政收入为0.5亿元。2020年,全市财政支出达40.2亿元,是1990年的80倍。"  # revenue is not spending
    assert verdicts(zh, "zh") == []


def test_one_amount_in_two_units_at_a_fixed_factor() -> None:
    def conv(text: str, lang: str) -> list[str]:
        rep = audit_text(text, lang=lang)
        ids = {c.claim_id for c in rep.claims if c.kind == "unit_conversion"}
        return [f.verdict for f in rep.findings if f.claim_id in ids]

    assert conv("全县面积为3,210平方公里(1,239平方英里),最高峰海拔1,520公尺(4,987英尺)。", "zh") == ["consistent"] * 2
    assert conv("全县面积为3,210平方公里(1,539平方英里)。", "zh") == ["inconsistent"]
    assert conv("The reserve covers 1,200 km2 (463 sq mi) at 14.5 people per km² (37.6 per sq mi).", "en") == \
        ["consistent"] * 2
    assert conv("The pass lies at 2,400 metres (9,874 feet).", "en") == ["inconsistent"]
    assert conv("项目总投资约250亿美元(约1,950亿港元)。", "zh") == ["consistent"]
    assert conv("项目总投资约250亿美元(约2,950亿港元)。", "zh") == ["inconsistent"]
    assert conv("Exports reached 5 million tonnes (12 percent more).", "en") == []


def test_the_years_between_two_years_and_an_anniversary() -> None:
    def span(text: str, lang: str, doc: str | None = None) -> list[str]:
        import datetime

        rep = audit_text(text, lang=lang, doc_date=datetime.date.fromisoformat(doc) if doc else None)
        ids = {c.claim_id for c in rep.claims if c.kind == "year_span"}
        return [f.verdict for f in rep.findings if f.claim_id in ids]

    assert span(f"1905年3月,铁路通车,直到1917年,其间长达{12}年的时间由外国人管理。", "zh") == ["consistent"]
    assert span(f"1905年3月,铁路通车,直到1917年,其间长达{15}年的时间由外国人管理。", "zh") == ["inconsistent"]
    assert span("From 1961 to 1990, nearly 30 years, the border stayed closed.", "en") == ["consistent"]
    assert span("From 1961 to 1990, nearly 20 years, the border stayed closed.", "en") == ["inconsistent"]
    assert span("From 2015 to 2020, exports grew 3 years in a row.", "en") == []
    ru = "В этом году отмечается {x}-летие порта. В 1971 году порт был открыт."
    assert span(ru.format(x=55), "ru", "2026-03-01") == ["consistent"]
    assert span(ru.format(x=50), "ru", "2026-03-01") == ["inconsistent"]
    zh = "该大桥于2023年6月1日通车,截至今年6月1日已运行{x}周年。"  # an anniversary in Chinese numerals
    assert span(zh.format(x="两"), "zh", "2025-06-03") == ["consistent"]
    assert span(zh.format(x="三"), "zh", "2025-06-03") == ["inconsistent"]


def test_a_rate_told_first_then_as_a_multiple_two_sentences_on() -> None:
    def told(text: str) -> list[str]:
        rep = audit_text(text, lang="en")
        ids = {c.claim_id for c in rep.claims if c.kind == "multiple" and "rate" in c.roles}
        return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]

    text = ("Grain exports through the terminal have increased by {x}% in the first half, the operator said. "
            "Its director added that demand keeps growing. In the first half, grain exports through the terminal "
            "increased 1.8 times, to 410,000 tonnes.")
    assert told(text.format(x="80")) == ["consistent"]
    assert told(text.format(x="180")) == ["inconsistent"]


def test_a_share_halved_or_doubled_from_one_percent_to_another() -> None:
    en = "Since 2015, the share of grain in the terminal's exports has almost halved, dropping from 64% to {x}%."
    assert verdicts(en.format(x="34"), "en") == ["consistent"]
    assert verdicts(en.format(x="24"), "en") == ["inconsistent"]
    ru = "Доля угля в перевалке порта выросла в 1,5 раза, с 20% до {x}%."
    assert verdicts(ru.format(x="30"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="40"), "ru") == ["inconsistent"]


def test_a_rate_against_a_period_then_when_its_level_was() -> None:
    ru = ("В первом квартале порт перевалил 2,4 млн тонн угля. Этот объем вырос на {x}% по сравнению с прошлым годом, "
          "когда было перевалено 2,0 млн тонн.")  # 2.4 / 2.0 = +20%
    assert verdicts(ru.format(x="20"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="35"), "ru") == ["inconsistent"]
    en = "The port handled 2.4 million tonnes, up {x}% compared with 2019, when it handled 2.0 million tonnes."
    assert verdicts(en.format(x="20"), "en") == ["consistent"]
    assert verdicts(en.format(x="35"), "en") == ["inconsistent"]
    misread = "Импорт достиг 1,3 млн тонн. Этот объем вырос на 73% по сравнению с 2024 годом, когда импорт был 751,000 тонн."
    assert verdicts(misread, "ru") == []  # 751,000 read as 751: no base of +73%


def test_a_daily_average_opening_the_sentence_after_its_months_total() -> None:
    def per(text: str) -> list[str]:
        rep = audit_text(text, lang="ru")
        ids = {c.claim_id for c in rep.claims if c.kind == "per_period"}
        return [f.verdict for f in rep.findings if f.claim_id in ids]

    ru = "В апреле порт перевалил 6,1 млн тонн угля. Среднесуточный показатель составил {x} тыс. тонн."  # 6.1 m / 30
    assert per(ru.format(x="203")) == ["consistent"]
    assert per(ru.format(x="150")) == ["inconsistent"]


def test_no_multiple_of_a_share_named_after_it() -> None:
    zh = "五年来,科研经费增长2.1倍,占地区生产总值的比重从1.2%提高到1.9%。"  # 2.1倍 is the funds', not the share's
    assert verdicts(zh, "zh") == []


def test_one_flow_exceeding_the_other_by_an_amount() -> None:
    def gap(text: str, lang: str) -> list[str]:
        rep = audit_text(text, lang=lang)
        ids = {c.claim_id for c in rep.claims if c.kind == "balance"}
        return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]

    en = ("The region's trade turnover reached 7.3 billion dollars in 2021. Exports were 4.2 billion dollars, and "
          "exports exceeded imports by about {x} billion dollars.")  # 4.2 - (7.3 - 4.2) = 1.1
    assert gap(en.format(x="1.1"), "en") == ["consistent"]
    assert gap(en.format(x="2.1"), "en") == ["inconsistent"]
    ru = "Экспорт составил 3,4 млрд долларов, импорт — 2,1 млрд долларов, то есть экспорт превысил импорт на {x} млрд долларов."
    assert gap(ru.format(x="1,3"), "ru") == ["consistent"]
    assert gap(ru.format(x="1,9"), "ru") == ["inconsistent"]


def test_a_percent_said_as_the_change_of_two_percents_is_points_or_relative() -> None:
    def pp(text: str, lang: str) -> list[str]:
        rep = audit_text(text, lang=lang)
        ids = {c.claim_id for c in rep.claims if c.kind == "change_pp"}
        return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]

    en = "The port's share of the region's grain exports fell by {x}% to 31.5% from 35.0% in 2022."
    assert pp(en.format(x="3.5"), "en") == ["consistent"]  # 3.5 points
    assert pp(en.format(x="10"), "en") == ["consistent"]  # 31.5 / 35.0 = -10%
    assert pp(en.format(x="6.5"), "en") == ["inconsistent"]  # neither
    ru = "Доля угля в перевозках выросла с 40,0% до 44,0%, или на {x}%."
    assert pp(ru.format(x="10"), "ru") == ["consistent"]
    assert pp(ru.format(x="25"), "ru") == ["inconsistent"]


def test_a_multiple_written_apart_then_told_as_a_rate() -> None:
    def told(text: str) -> list[str]:
        rep = audit_text(text, lang="ru")
        ids = {c.claim_id for c in rep.claims if c.kind == "multiple" and "rate" in c.roles}
        return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]

    text = ("Число грузовиков на переходе увеличилось почти в двое. Таможня сравнила данные за март с мартом прошлого "
            "года. Так, количество грузовиков, прошедших через переход, увеличилось на {x}%.")
    assert told(text.format(x="92,4")) == ["consistent"]
    assert told(text.format(x="54,6")) == ["inconsistent"]  # ×1.55 is not almost double


def test_a_sum_said_after_its_parts_and_their_rates_said_annually() -> None:
    def growth(text: str) -> list[str]:
        rep = audit_text(text, lang="en")
        ids = {c.claim_id for c in rep.claims if c.kind == "sum_growth"}
        return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]

    text = ("In January - June 2024, grain shipments through the terminals stood at 12.0 mln metric tons (+20.0% "
            "annually) for the northern terminal and 8.0 mln metric tons for the southern one (-{x}% annually). "
            "In total, 20.0 mln metric tons of grain were shipped, which is {y}% more than in the like period of "
            "the last year.")  # last year 10.0 + 10.0 = 20.0 at -20%: +0.0%; at -10% 10.0 + 8.89 = 18.89: +5.9%
    assert growth(text.format(x="10.0", y="5.9")) == ["consistent"]
    assert growth(text.format(x="10.0", y="9.5")) == ["inconsistent"]


def test_slightly_over_bounds_a_base_on_both_sides() -> None:
    from northward.audit.numbers import scan

    for text, lang in (("去年同期共接待游客略超过3.1万人", "zh"), ("в прошлом году — немногим более 166 тысяч", "ru"),
                       ("a year earlier, slightly over 3.1 million", "en")):
        q = next(q for q in scan(text, lang) if q.kind == "amount")
        iv = q.interval()
        assert q.hedge.kind == "just_over" and iv.lo >= q.value * 0.98 and iv.hi <= q.value * 1.05
    zh = "2016年上半年,该区共接待团体游客5.8万人次,同比增长{x}%,去年同期共接待游客略超过3.1万人。"  # 5.8 / 3.1 = +87%
    assert verdicts(zh.format(x="85"), "zh") == ["consistent"]
    assert verdicts(zh.format(x="58"), "zh") == ["inconsistent"]
