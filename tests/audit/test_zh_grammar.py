"""Chinese grammar of the audit (simplified and traditional): units after 万, flows named from the
partner's side, fractions with a slash. Sentences written for these tests, not taken from the eval sets."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from northward.audit.api import audit_text
from northward.audit.context import flow_at
from northward.audit.numbers import scan
from northward.store import Store, memory_store


def verdicts(text: str, kind: str) -> list[str]:
    report = audit_text(text, lang="zh")
    v = report.claim_verdicts()
    return [v.get(c.claim_id, "none") for c in report.claims if c.kind == kind]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("某口岸进口货物56.2万吨", 562_000, "t"),
        ("某口岸進口貨物56.2萬噸", 562_000, "t"),  # traditional: read after simplifying
        ("出境车辆3.4万辆", 34_000, "vehicles"),
        ("集装箱12.5万标箱", 125_000, "TEU"),
    ],
)
def test_a_count_after_wan_is_an_amount_in_its_unit(text: str, value: float, unit: str) -> None:
    from northward.audit.extract import simplified

    qs = [q for q in scan(simplified(text), "zh") if q.kind == "amount"]
    assert [(round(q.value), q.currency) for q in qs] == [(value, unit)]


def test_wan_before_people_is_a_count_of_people() -> None:
    # people in 万 are counted like tonnes (their kinds and totals add up: ``test_population_parts``)
    assert [(q.value, q.currency) for q in scan("游客12万人次", "zh") if q.currency] == [(120_000, "passengers")]


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        ("某口岸货运量共60万吨,其中进口货物41.5万吨,出口货物18.5万吨。",
         "某口岸货运量共60万吨,其中进口货物41.5万吨,出口货物13.5万吨。"),
        ("某口岸貨運量共60萬噸,其中進口貨物41.5萬噸,出口貨物18.5萬噸。",
         "某口岸貨運量共60萬噸,其中進口貨物41.5萬噸,出口貨物12.5萬噸。"),
    ],
)
def test_tonnes_in_wan_add_up_like_money(good: str, bad: str) -> None:
    assert verdicts(good, "sum") == ["consistent"]
    assert verdicts(bad, "sum") == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("俄罗斯对华出口增长10%,达200亿美元", "import"),
        ("蒙古国向中国出口煤炭增长10%,达20亿美元", "import"),
        ("俄方自华进口增长8%,达150亿美元", "export"),
        ("中国对俄出口增长8%,达150亿美元", "export"),
        ("双方进出口增长8%,达350亿美元", "total"),
    ],
)
def test_a_partners_exports_to_china_are_chinas_imports(text: str, flow: str) -> None:
    assert flow_at(text, text.index("达") + 1) == flow


def test_parts_named_from_the_partners_side_add_up() -> None:
    good = "今年前两个月,中俄贸易额为300亿美元。其中,中国对俄出口120亿美元;俄罗斯对华出口180亿美元。"
    bad = good.replace("180亿美元", "108亿美元")
    assert verdicts(good, "sum") == ["consistent"]
    assert verdicts(bad, "sum") == ["inconsistent"]


def test_a_fraction_with_a_slash_is_a_share() -> None:
    qs = [q for q in scan("约占全省总量的1/3", "zh") if q.kind == "percent"]
    assert len(qs) == 1 and abs(qs[0].value - 100 / 3) < 1e-9 and qs[0].tolerance > 0


@pytest.mark.parametrize("text", ["截至2023/1/4", "比分为3/2", "第12/13期", "比例为10/20"])
def test_dates_and_scores_are_not_fractions(text: str) -> None:
    assert not [q for q in scan(text, "zh") if q.kind == "percent"]


def test_a_slash_fraction_share_is_checked_against_the_total_before_it() -> None:
    good = "2020年中俄贸易总额为1000亿美元。同年某省对俄边境贸易额为260亿美元,约占中俄贸易总额的1/4。"
    bad = good.replace("260亿美元", "420亿美元")
    assert verdicts(good, "share") == ["consistent"]
    assert verdicts(bad, "share") == ["inconsistent"]


def test_a_bare_share_is_of_the_whole_the_share_before_it_names() -> None:
    # 150 / 30% = 500, so 100 of the same whole is 20%
    good = "3月,甲类企业对俄进出口150亿元,占同期全省对俄进出口总值的30%。乙类企业进出口100亿元,增长5%,占20%。"
    bad = good.replace("占20%", "占25%")
    assert verdicts(good, "share")[-1] == "consistent"
    assert verdicts(bad, "share")[-1] == "inconsistent"


def test_a_bare_share_without_a_named_share_before_keeps_the_stated_total() -> None:
    text = "全省进出口1000亿元,其中对俄进出口300亿元,占30%。"
    report = audit_text(text, lang="zh")
    share = next(c for c in report.claims if c.kind == "share")
    assert "ref_share" not in share.roles
    assert report.claim_verdicts()[share.claim_id] == "consistent"


def test_one_product_each_way_is_not_a_part_of_the_whole_trade() -> None:
    text = (
        "今年3月,中国自俄进口商品中最主要的是原油,价值60亿元;对俄出口商品中最主要的是服装,价值20亿元。"
        "今年前3个月,中国对俄进出口900亿元。"
    )
    assert verdicts(text, "sum") == []


def test_exports_and_imports_of_the_whole_trade_still_add_up() -> None:
    text = "今年前3个月,中国对俄进出口900亿元。其中,对俄出口400亿元,自俄进口500亿元。"
    assert verdicts(text, "sum") == ["consistent"]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2019年1月至7月,某省对俄贸易", 1, 7),
        ("2019年1月到4月份,某省", 1, 4),
        ("2019年一至十月,某省", 1, 10),
        ("2019年1至11月,某省", 1, 11),
        ("2019年前十一个月,某省", 1, 11),
        ("2019年下半年,某省", 7, 12),
    ],
)
def test_chinese_month_spans(text: str, first: int, last: int) -> None:
    from northward.audit import period_words

    found = [p for p in period_words.find(text) if p.first is not None]
    assert [(p.first, p.last, p.year) for p in found] == [(first, last, 2019)]


@pytest.mark.parametrize("text", ["今年以来,某口岸进出口货物300万吨", "年初至今,某口岸进出口货物300万吨"])
def test_since_the_start_of_the_year_names_no_months(text: str) -> None:
    from datetime import date

    from northward.audit.context import resolve
    from northward.audit.text import split_sentences

    sents = [s.__class__(s.index, s.paragraph, s.start, s.text, s.lang, date(2019, 9, 1)) for s in split_sentences(text)]
    ctx = resolve(sents, sents[0], sents[0].text.index("300"))
    assert ctx.partial_period and ctx.period is None and ctx.unresolved  # no months named (and a port, 口岸)


def test_from_a_to_b_with_years_between_is_a_pair() -> None:
    good = "某省与东盟贸易值由2015年的500亿元增长到2020年的650亿元,累计增长30%。"
    assert verdicts(good, "change_pct") == ["consistent"]
    assert verdicts(good.replace("30%", "35%"), "change_pct") == ["inconsistent"]


def test_a_share_of_the_same_period_is_never_read_against_another_years_total() -> None:
    text = (
        "某省对俄贸易由2015年的100亿元增长到2020年的160亿元。"
        "今年一季度,该省民营企业对俄进出口30亿元,占同期该省对俄进出口的60%。"
    )
    report = audit_text(text, lang="zh")
    share = next(c for c in report.claims if c.kind == "share")
    assert not share.alternatives.get("whole")
    assert report.claim_verdicts()[share.claim_id] != "inconsistent"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("出口汽车6000余辆", 6000, "vehicles"),
        ("进口木材3.2万多吨", 32_000, "t"),
        ("贸易额三千多亿元", 3e11, "CNY"),
        ("贸易额1200多亿元", 1.2e11, "CNY"),
    ],
)
def test_duo_and_yu_mean_more_than(text: str, value: float, unit: str) -> None:
    q = next(q for q in scan(text, "zh") if q.kind == "amount")
    assert (q.value, q.currency, q.hedge.kind) == (value, unit, "over")


def test_yu_before_a_figure_is_no_hedge() -> None:
    q = next(q for q in scan("其余300亿元", "zh") if q.kind == "amount")
    assert q.hedge.kind == "exact"


def test_full_width_digits_are_read_with_their_period() -> None:
    text = "２０２１年１－４月，某省对俄进出口２００亿元，其中出口８０．５亿元，进口１１９．５亿元。"
    report = audit_text(text, lang="zh")
    total = next(c for c in report.claims if c.kind == "sum")
    assert total.context.period_label == "2021-01..2021-04"
    assert report.claim_verdicts()[total.claim_id] == "consistent"
    assert total.sentence == text  # the finding quotes the text as written
    assert verdicts(text.replace("１１９．５", "１９１．５"), "sum") == ["inconsistent"]


@pytest.mark.parametrize(
    "text",
    [
        "2022年,黑龙江省漠河口岸对俄进出口12.5亿元。",
        "2022年,吉林省吉林市对俄进出口12.5亿元。",
        "2022年,黑龙江省对俄远东地区进出口12.5亿元。",
        "2022年,吉林省对俄出口整车12.5亿元。",
        "2022年,黑龙江省服务贸易进出口12.5亿元。",
        "2022年,经中蒙俄经济走廊的贸易额达12.5亿美元。",
    ],
)
def test_a_port_a_russian_region_or_a_product_is_not_the_provinces_trade(text: str) -> None:
    from northward.audit.context import resolve
    from northward.audit.text import split_sentences

    s = split_sentences(text)[0]
    assert resolve([s], s, s.text.index("12.5")).unresolved.startswith("the subject is")


@pytest.mark.parametrize(
    "text",
    [
        "2020年某省地区生产总值为1000.5亿元。其中第一产业增加值200.1亿元,第二产业增加值300.2亿元,第三产业增加值500.2亿元。",
        "In 2020 the province's GDP was 100.5 billion yuan: the primary industry added 20.1 billion yuan, "
        "the secondary industry 30.2 billion yuan and the tertiary industry 50.2 billion yuan.",
    ],
)
def test_the_three_sectors_add_up_to_gdp(text: str) -> None:
    lang = "zh" if "产业" in text else "en"

    def parts(t: str) -> list[str]:
        r = audit_text(t, lang=lang)
        v = r.claim_verdicts()
        return [v[c.claim_id] for c in r.claims if c.kind == "sum" and "primary" in c.roles]

    assert parts(text) == ["consistent"]
    smaller = text.replace("500.2", "450.2").replace("50.2", "45.2")  # below the whole: a bound would pass it
    assert parts(smaller) == ["inconsistent"]


def test_sectors_of_another_total_are_not_read_against_the_first() -> None:
    text = (
        "2020年某省地区生产总值为1000亿元。2019年该省地区生产总值为900亿元。"
        "第一产业增加值200亿元,第二产业增加值300亿元,第三产业增加值400亿元。"
    )
    r = audit_text(text, lang="zh")
    totals = [c.roles["total"].value for c in r.claims if c.kind == "sum" and "primary" in c.roles]
    assert totals == [9e10]


def test_meijin_is_us_dollars() -> None:
    from northward.audit.extract import simplified

    q = next(q for q in scan(simplified("貿易額達120億美金"), "zh") if q.kind == "amount")
    assert (q.value, q.currency) == (1.2e10, "USD")


@pytest.mark.parametrize(
    ("text", "factor"),
    [("2020年某省对俄出口扩大了2倍。", 3.0), ("2020年某省对俄出口提高2倍。", 3.0), ("2020年某省对俄出口是2015年的2倍。", 2.0)],
)
def test_grown_by_n_times_is_n_plus_one(text: str, factor: float) -> None:
    report = audit_text(text, lang="zh")
    assert [c.roles["factor"].value for c in report.claims if c.kind == "multiple"] == [factor]


def test_a_share_whole_named_by_its_words_earlier_in_the_text() -> None:
    good = "2019年,某市规模以上工业实现增加值500亿元。其中,装备制造业实现增加值200亿元,占规模以上工业的40%。"
    assert verdicts(good, "share") == ["consistent"]
    assert verdicts(good.replace("的40%", "的45%"), "share") == ["inconsistent"]


def test_a_named_whole_of_another_period_is_not_taken() -> None:
    text = "2018年,某市规模以上工业实现增加值500亿元。2019年,装备制造业实现增加值200亿元,占规模以上工业的45%。"
    report = audit_text(text, lang="zh")
    share = next(c for c in report.claims if c.kind == "share")
    assert "whole" not in share.roles


def test_the_base_year_of_a_comparison_is_not_the_figures_year() -> None:
    from datetime import date

    text = "今年上半年,某省规模以上工业实现增加值500亿元,与2008年同期相比增长20%。装备制造业实现增加值200亿元,增长5%。"
    report = audit_text(text, lang="zh", doc_date=date(2010, 8, 1))
    periods = {c.context.period_label for c in report.claims}
    assert periods == {"2010-01..2010-06"}


def test_a_totals_rate_stated_alone_in_the_sentence_before() -> None:
    # last year: 100/1.25 + 200/1.0 = 280, so 300 is +7.1%
    good = (
        "今年1-6月,中俄贸易额同比增长7.1%。同期双边贸易总额为300亿美元。"
        "其中,中国对俄出口增长25%,达100亿美元;自俄进口持平,为200亿美元,增长0%。"
    )
    report = audit_text(good, lang="zh")
    v = report.claim_verdicts()
    growth = [v[c.claim_id] for c in report.claims if c.kind == "sum_growth"]
    assert growth == ["consistent"]
    report = audit_text(good.replace("7.1%", "9.1%"), lang="zh")
    v = report.claim_verdicts()
    assert [v[c.claim_id] for c in report.claims if c.kind == "sum_growth"] == ["inconsistent"]


def test_a_rate_in_the_next_sentence_is_not_the_totals() -> None:
    text = "今年1-6月,中俄贸易总额为300亿美元。其中,中国对俄出口增长25%,达100亿美元;自俄进口增长5%,达200亿美元。"
    assert verdicts(text, "sum_growth") == []


def _test_store() -> Store:
    """Test data under a clearly named test source: made-up totals of one province and of China with Russia."""
    store = memory_store()
    store.con.execute("INSERT INTO source(source_id, kind, title) VALUES ('test-customs', 'dataset', 'test')")
    for territory, partner, value in (("CN-JL", "WLD", 100e9), ("CN", "RU", 200e9)):
        store.con.execute(
            "INSERT INTO observation(indicator, territory, partner, product, flow, period_start, period_end, "
            "freq, unit, value, status, source_id) VALUES ('trade_value', ?, ?, 'TOTAL', 'total', ?, ?, 'A', "
            "'CNY', ?, 'final', 'test-customs')",
            [territory, partner, date(2021, 1, 1), date(2021, 12, 31), value],
        )
    return store


def test_a_chinese_share_of_a_named_whole_is_checked_against_the_store() -> None:
    store = _test_store()
    good = audit_text("2021年,吉林省对俄进出口25亿元,占全省外贸总值的2.5%。", store=store, lang="zh")
    assert [f.verdict for f in good.findings if f.kind == "share"] == ["consistent"]
    bad = audit_text("2021年,吉林省对俄进出口25亿元,占全省外贸总值的3.5%。", store=store, lang="zh")
    assert [f.verdict for f in bad.findings if f.kind == "share"] == ["inconsistent"]
    product = audit_text("2021年,吉林省对俄出口汽车5亿元,占全省汽车出口的50%。", store=store, lang="zh")
    assert [f.verdict for f in product.findings if f.kind == "share"] == ["unverifiable"]


def test_china_russia_trade_is_chinas_trade_with_russia() -> None:
    store = _test_store()
    good = audit_text("2021年,中俄贸易额为2000亿元。", store=store, lang="zh")
    assert [(c.context.territory, c.context.partner) for c in good.claims] == [("CN", "RU")]
    assert [f.verdict for f in good.findings if f.check == "store"] == ["consistent"]


def test_the_zhong_of_qizhong_is_not_china() -> None:
    from northward.audit.context import facts

    assert [code for _p, code in facts("其中俄罗斯占30%").territories] == []


@pytest.mark.parametrize(("text", "first", "last"), [("2019年首季度,某省", 1, 3), ("2019年第三季,某省", 7, 9)])
def test_quarters_written_shi_and_ji(text: str, first: int, last: int) -> None:
    from northward.audit import period_words

    assert [(p.first, p.last, p.year) for p in period_words.find(text) if p.first] == [(first, last, 2019)]


def test_a_conversion_naming_its_currency_first() -> None:
    report = audit_text("2023年,某省对俄进出口150亿美元(约合人民币1000亿元)。", lang="zh")
    pair = next(c for c in report.claims if c.kind == "currency_pair")
    assert (pair.roles["CNY"].value, pair.roles["USD"].value) == (1e11, 1.5e10)


def test_sectors_of_another_year_are_not_summed() -> None:
    text = "2020年某省地区生产总值为1000亿元。2019年第一产业增加值200亿元,第二产业增加值300亿元,第三产业增加值400亿元。"
    assert [c for c in audit_text(text, lang="zh").claims if c.kind == "parts"] == []


def test_a_bare_share_of_another_flow_is_not_linked() -> None:
    text = "某省对俄出口100亿元,占全省出口的40%;自俄进口200亿元,占50%。"
    share = [c for c in audit_text(text, lang="zh").claims if c.kind == "share"][-1]
    assert "ref_share" not in share.roles


def test_a_rate_of_another_period_is_not_the_totals() -> None:
    text = (
        "1-5月,中俄贸易额同比增长10%。5月当月,双边贸易总额为200亿美元。"
        "其中,中国对俄出口增长5%,达80亿美元;自俄进口增长8%,达120亿美元。"
    )
    assert verdicts(text, "sum_growth") == []


@pytest.mark.parametrize(
    "text",
    [
        "2021年,某省进出口500亿元,出口和进口分别为200亿元和300亿元。",
        "2021年,某省进出口500亿元,出口、进口分别为200、300亿元。",
        "2021年,某省对俄进出口500亿元,其中对俄出口200亿元,自俄进口300亿元,分别增长10%和20%。",
        "2021年,某口岸进出境货物500万吨,其中出境200万吨,进境300万吨。",
        "2021年,某口岸出入境班列500列,其中去程200列,回程300列。",
    ],
)
def test_respectively_lists_and_border_flows_add_up(text: str) -> None:
    assert verdicts(text, "sum") == ["consistent"]
    assert verdicts(text.replace("300", "330"), "sum") == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "value"), [("约占全国总量的三成", 30.0), ("占七成以上", 70.0), ("一成不变", None), ("完成三成", None)]
)
def test_tenths_after_a_share_word(text: str, value: float | None) -> None:
    got = [q.value for q in scan(text, "zh") if q.kind == "percent"]
    assert got == ([value] if value else [])


def test_grew_nearly_n_times_is_still_n_plus_one() -> None:
    """增长近3倍: the hedge between the verb and the multiple does not change the convention (×4)."""
    text = "某省外贸总额由2010年的100亿元增长到2020年的{x}亿元,增长近3倍。"
    assert verdicts(text.format(x="395"), "multiple") == ["consistent"]
    assert verdicts(text.format(x="300"), "multiple") == ["unverifiable"]  # ×3 only in the loose reading
    assert verdicts(text.format(x="200"), "multiple") == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某港口今年货物吞吐量首次突破五百万吨。据统计,该港口今年共完成货物吞吐量{x}万吨,同比增长8%。", None),
        ("截至10月底,某口岸累计通行货运班列{x}列,突破万列大关。", None),
        ("2022年,两省贸易额达到{x}亿美元,提前实现300亿美元的贸易目标。", None),
    ],
)
def test_a_mark_passed_or_a_target_reached_bounds_the_exact_figure(text: str, expected: None) -> None:
    low, high = {0: ("489.6", "512.4"), 1: ("9804", "10218"), 2: ("287.1", "312.6")}[
        ["吨" in text, "列" in text, "目标" in text].index(True)
    ]
    assert verdicts(text.format(x=high), "comparison") == ["consistent"]
    assert verdicts(text.format(x=low), "comparison") == ["inconsistent"]


def test_a_mark_the_whole_year_may_pass_is_a_forecast_not_a_bound() -> None:
    text = "今年前10月,两国贸易额达812.6亿美元,同比增长4.2%。如果保持这一增速,全年贸易额有望突破900亿美元。"
    assert verdicts(text, "comparison") == []


def test_a_multiple_of_a_base_written_before_it() -> None:
    # "是B的N倍": the base is the amount the words close; the other term is the amount before it
    text = "去年,该省口岸进出境货物量达到2460万吨,是2015年820万吨的{x}倍。"
    assert verdicts(text.format(x="3"), "multiple") == ["consistent"]
    assert verdicts(text.format(x="2.4"), "multiple") == ["inconsistent"]


def test_a_chinese_balance_is_exports_less_imports() -> None:
    text = "前三季度,全市出口326.4亿元,增长5%;进口411.9亿元,下降3%,贸易逆差{x}亿元。"
    assert verdicts(text.format(x="85.5"), "balance") == ["consistent"]
    assert verdicts(text.format(x="58.5"), "balance") == ["inconsistent"]


def test_a_rate_and_its_base_written_before_it() -> None:
    # "A,比B增加了P": the base after 比, the level before it
    text = "6月,该口岸日均通关车辆820辆,比5月份的640辆增加了{x}%。"
    assert verdicts(text.format(x="28.1"), "change_pct") == ["consistent"]
    assert verdicts(text.format(x="21.8"), "change_pct") == ["inconsistent"]


def test_a_product_list_after_a_semicolon_is_not_the_next_parts_subject() -> None:
    # the imports' products (钢材, 化肥) are named in their own clause; the exports after the semicolon
    # are the port's exports, a part of its total
    good = "3月份某口岸进出口货物80万吨,其中进口货物62万吨,前3位的商品有钢材、化肥、纸浆;出口货物18万吨。"
    bad = "3月份某口岸进出口货物80万吨,其中进口货物62万吨,前3位的商品有钢材、化肥、纸浆;出口货物13万吨。"
    assert verdicts(good, "sum") == ["consistent"]
    assert verdicts(bad, "sum") == ["inconsistent"]


def test_a_product_stated_just_before_a_total_is_not_its_part() -> None:
    # the road port's timber (a product) comes right before the port's total; the total's parts follow it
    text = ("5月份,经某市公路口岸进口的煤炭为3.1万吨。5月份,某市口岸进出口货物总计70.5万吨。"
            "其中进口货物达66.2万吨,出口货物为4.3万吨。")
    report = audit_text(text, lang="zh")
    sums = [c for c in report.claims if c.kind == "sum"]
    assert [round(c.roles["import"].value) for c in sums] == [662_000]
    assert verdicts(text, "sum") == ["consistent"]


def test_qizhong_after_a_source_opens_a_list_of_parts() -> None:
    # "据…称,其中…": the list's whole is the amount of the sentence before
    good = "经某口岸的出口货运量达40.5万吨。据铁路公司称,其中煤炭25.1万吨,木材15.4万吨。"
    bad = "经某口岸的出口货运量达40.5万吨。据铁路公司称,其中煤炭52.1万吨,木材15.4万吨。"
    assert verdicts(good, "parts") == ["consistent"]
    assert verdicts(bad, "parts") == ["inconsistent"]


def test_pinyin_glosses_inside_words_are_read_as_absent() -> None:
    # "進(jìn)出口": a page that glosses characters with pinyin; the words and the figures read as without it
    text = "一季度某口岸進(jìn)出口貨(huò)物共計(jì)30.5萬噸,其中進(jìn)口貨(huò)物21.3萬噸,出口貨(huò)物9.2萬噸。"
    report = audit_text(text, lang="zh")
    (c,) = [c for c in report.claims if c.kind == "sum"]
    assert report.claim_verdicts()[c.claim_id] == "consistent"
    assert c.sentence.startswith("一季度某口岸進(jìn)出口")  # the claim keeps the text's own words and offsets
    total = c.roles["total"]
    assert c.sentence[total.start : total.end].startswith("30.5萬")
    bad = text.replace("9.2萬噸", "7.2萬噸")
    assert verdicts(bad, "sum") == ["inconsistent"]


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        ("今年前三季度,黑河和同江口岸累计通行班列1250列;黑河口岸通行班列830列,同江口岸通行班列420列。",
         "今年前三季度,黑河和同江口岸累计通行班列1250列;黑河口岸通行班列830列,同江口岸通行班列240列。"),
        ("今年以来,珲春、东宁、抚远口岸进出口货物合计85.2万吨。其中,珲春口岸50.1万吨,东宁口岸30.4万吨,"
         "抚远口岸4.7万吨。",
         "今年以来,珲春、东宁、抚远口岸进出口货物合计85.2万吨。其中,珲春口岸50.1万吨,东宁口岸30.4万吨,"
         "抚远口岸7.4万吨。"),
    ],
)
def test_a_total_that_names_its_ports_is_the_sum_of_their_figures(good: str, bad: str) -> None:
    assert verdicts(good, "sum") == ["consistent"]
    assert verdicts(bad, "sum") == ["inconsistent"]


def test_a_named_port_without_its_own_figure_leaves_the_total_alone() -> None:
    # Tongjiang is named with the total but gets no figure of its own: Heihe's is not all of it
    text = "今年前三季度,黑河和同江口岸累计通行班列1250列;黑河口岸通行班列830列,运送货物5.2万标箱。"
    assert verdicts(text, "sum") == []


def test_last_month_is_not_the_month_named_before_it() -> None:
    # "继9月增长5%后,上个月…": the imports are last month's (the month of the total), never September's
    good = ("光是10月,双边贸易额就升至180亿美元。10月中国对俄出口额达到85亿美元,是9月增速的两倍。"
            "继9月增长5%后,上个月来自俄罗斯的进口增长7%,达到95亿美元。")
    bad = good.replace("达到95亿美元", "达到59亿美元")
    assert verdicts(good, "sum") == ["consistent"]
    assert verdicts(bad, "sum") == ["inconsistent"]


def test_a_whole_named_as_a_subjects_total_measure_is_found_by_its_measure() -> None:
    # "占水果出口总货值的…": the whole is the 货值 stated with 出口水果 before
    good = ("今年前10个月某口岸共出口水果12.4万吨,货值8.6亿元。其中,民营企业出口货值达7.9亿元,"
            "占水果出口总货值的91.9%。")
    bad = good.replace("91.9%", "97.9%")
    assert verdicts(good, "share") == ["consistent"]
    assert verdicts(bad, "share") == ["inconsistent"]


def test_the_whole_city_is_the_city_the_text_names_as_a_city() -> None:
    # "全市口岸…其中,黑河市口岸进境…出境…": the whole city's ports are Heihe's, so its flows are their parts
    good = ("截至9月底,全市口岸进出境货运量达到210.6万吨。其中,黑河市口岸进境货运量为150.2万吨,"
            "出境货运量为60.4万吨。")
    bad = good.replace("60.4万吨", "64.0万吨")
    assert verdicts(good, "sum") == ["consistent"]
    assert verdicts(bad, "sum") == ["inconsistent"]
    # two cities named as cities: which one the whole city is stays open, and so does the sum
    two = good.replace("其中,", "其中,黑河市和同江市的").replace("黑河市口岸进境", "口岸进境")
    assert verdicts(two, "sum") == []


@pytest.mark.parametrize(
    ("prefix", "kind"),
    [("贸易额约", "about"), ("运量突破", "over"), ("出口额超过", "over"), ("进口量逾", "over"), ("首破", "over"),
     ("总额达到近", "nearly"), ("最近", "exact"), ("附近", "exact")],
)
def test_a_chinese_hedge_needs_no_space_before_it(prefix: str, kind: str) -> None:
    from northward.audit.hedges import hedge_before

    assert hedge_before(prefix).kind == kind


def test_a_bare_wan_after_a_bound_is_ten_thousand() -> None:
    # "突破万列": passes ten thousand trains; "超亿元": over a hundred million yuan
    qs = [q for q in scan("某口岸累计开行班列突破万列大关,货值超亿元", "zh") if q.kind == "amount"]
    assert [(q.value, q.currency, q.hedge.kind) for q in qs] == [(10_000, "trains", "over"), (1e8, "CNY", "over")]


def test_a_named_port_is_the_subject_not_the_word_for_a_port() -> None:
    from northward.audit.context import resolve
    from northward.audit.text import split_sentences

    text = "中俄最大铁路口岸——黑河铁路口岸今年进口运量达到320.5万吨。"
    (s,) = split_sentences(text, "zh")
    assert resolve([s], s, text.index("320.5")).subject == ("city or port", "黑河")


def test_the_named_ports_rates_give_the_totals_rate() -> None:
    # last year's ports: 900/1.125 + 300/1.2 = 800 + 250 = 1050; 1200 / 1050 = +14.3%
    good = ("今年前三季度,黑河和同江口岸累计通行班列1200列,同比增长14.3%;黑河口岸通行班列900列,同比增长12.5%,"
            "同江口岸通行班列300列,同比增长20%。")
    bad = good.replace("同比增长14.3%", "同比增长17.3%")
    assert verdicts(good, "sum_growth") == ["consistent"]
    assert verdicts(bad, "sum_growth") == ["inconsistent"]


def test_a_named_ports_figure_above_the_total_is_an_error() -> None:
    text = "今年前三季度,黑河和同江口岸累计通行班列1250列;黑河口岸通行班列1380列,同江口岸通行班列420列。"
    assert verdicts(text, "sum") == ["inconsistent"]


def test_this_year_on_an_undated_page_is_not_a_year_named_after_the_figure() -> None:
    from dataclasses import replace

    from northward.audit.context import resolve
    from northward.audit.text import split_sentences

    text = "今年1-10月中俄贸易额达到1900亿美元,提前实现两国确定的2020年目标。"
    (s,) = split_sentences(text, "zh")
    ctx = resolve([s], s, text.index("1900"))
    assert ctx.year is None and "今年" in ctx.unresolved
    dated = replace(s, doc_date=date(2023, 12, 7))  # with the page's date, this year is its year
    assert resolve([dated], dated, text.index("1900")).period_label == "2023-01..2023-10"


def test_parts_of_the_other_flow_and_of_another_unit_stay_out_of_a_flows_whole() -> None:
    # the inbound whole's parts: coal and wood in tonnes; the sawn timber is in cubic metres, the chalk outbound
    good = ("今年以来,经该口岸入境的货物重量80.2万吨。其中,入境煤炭70.5万吨;板材3.1万立方米;木制品640吨;"
            "出口白垩5.3万吨。")
    bad = good.replace("70.5万吨", "80.5万吨")
    (c,) = [c for c in audit_text(good, lang="zh").claims if c.kind == "parts"]
    assert sorted(q.value for k, q in c.roles.items() if k != "total") == [640, 705_000]
    assert verdicts(good, "parts") == ["consistent"]
    assert verdicts(bad, "parts") == ["inconsistent"]


def test_cubic_metres_are_a_unit_of_their_own() -> None:
    qs = [q for q in scan("进口原木12.5万立方米,锯材3.2万吨", "zh") if q.kind == "amount"]
    assert [q.currency for q in qs] == ["m3", "t"]


@pytest.mark.parametrize(
    "text",
    [
        "2022年,全市进出口总值500亿元,其中对俄进出口200亿元,对蒙进出口150亿元,分别占全市进出口总值的40%和30%。",
        "2022年,全市进出口总值500亿元,其中对俄、对蒙进出口分别为200亿元和150亿元,分别占40%和30%。",
    ],
)
def test_shares_listed_with_fenbie_take_the_amounts_in_order(text: str) -> None:
    assert verdicts(text, "share") == ["consistent", "consistent"]
    assert verdicts(text.replace("和30%", "和35%"), "share") == ["consistent", "inconsistent"]


def test_a_fenbie_list_of_shares_with_too_few_amounts_names_no_part() -> None:
    text = "2022年,全市进出口总值500亿元,对俄、对蒙进出口分别占全市进出口总值的40%和30%。"
    report = audit_text(text, lang="zh")
    assert all("part" not in c.roles for c in report.claims if c.kind == "share")
    assert "inconsistent" not in verdicts(text, "share")


def test_a_named_ports_own_breakdown_does_not_hide_its_figure() -> None:
    # 黑河 gives its total and, after 其中, its imports: the member's figure is its total
    good = ("今年以来,黑河和同江口岸进出口货物合计150万吨。黑河口岸进出口货物100万吨,同比增长5%,其中进口80万吨。"
            "同江口岸进出口货物50万吨。")
    assert verdicts(good, "sum") == ["consistent"]
    assert verdicts(good.replace("同江口岸进出口货物50万吨", "同江口岸进出口货物65万吨"), "sum") == ["inconsistent"]


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        ("今年1-9月,吉林省对俄、对日贸易额分别为120亿元和80亿元,合计200亿元。",
         "今年1-9月,吉林省对俄、对日贸易额分别为120亿元和80亿元,合计230亿元。"),
        ("前10个月,三个口岸进出口货物分别达到11.2万吨、23.4万吨和5.1万吨,共计39.7万吨。",
         "前10个月,三个口岸进出口货物分别达到11.2万吨、23.4万吨和5.1万吨,共计37.9万吨。"),
    ],
)
def test_a_fenbie_list_and_its_total_said_after_it_add_up(good: str, bad: str) -> None:
    assert verdicts(good, "sum") == ["consistent"]
    assert verdicts(bad, "sum") == ["inconsistent"]


def test_a_share_whose_clause_names_its_own_subject_takes_the_amount_after_it() -> None:
    # "对蒙出口占全市出口的25%,达50亿元": the part is the 50, not the exports of the clause before
    good = "2021年,全市进出口总值800亿元,出口200亿元,对蒙出口占全市出口的25%,达50亿元。"
    assert verdicts(good, "share") == ["consistent"]
    assert verdicts(good.replace("的25%", "的35%"), "share") == ["inconsistent"]
    # without an amount of its own the share has no part: never the exports of the clause before
    alone = "2021年,全市进出口总值800亿元,出口200亿元,对蒙出口占全市出口的25%。"
    assert verdicts(alone, "share") == ["unverifiable"]


def test_an_amount_that_starts_like_a_year_is_not_a_year() -> None:
    from northward.audit.context import resolve
    from northward.audit.text import split_sentences

    text = "2022年,某自治区外贸进出口总值1985.3亿元,其中出口700.1亿元。"
    (s,) = split_sentences(text, "zh")
    assert resolve([s], s, text.index("700.1")).year == 2022


def test_another_partners_figure_is_not_a_shares_whole() -> None:
    # Mongolia's 1020.4 stands between the total and Russia's share: Russia's 20.8% is of the 1960.3
    text = ("2022年,某自治区外贸进出口总值1960.3亿元,比上年增长20.1%。对蒙古国进出口1020.4亿元,增长50.3%,"
            "占52.1%;对俄罗斯进出口407.5亿元,增长16.2%,占20.8%。")
    assert verdicts(text, "share") == ["consistent", "consistent"]
    assert verdicts(text.replace("占20.8%", "占22.8%"), "share") == ["consistent", "inconsistent"]


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        ("今年前三季度,东宁口岸进出口货物88万吨,同比增长6%;饶河口岸进出口货物7万吨。两口岸合计95万吨。",
         "今年前三季度,东宁口岸进出口货物88万吨,同比增长6%;饶河口岸进出口货物7万吨。两口岸合计98万吨。"),
        ("2021年,辽宁省对俄出口80亿元,对蒙出口20亿元,两国合计100亿元。",
         "2021年,辽宁省对俄出口80亿元,对蒙出口20亿元,两国合计120亿元。"),
    ],
)
def test_the_total_of_the_two_just_named_adds_their_figures(good: str, bad: str) -> None:
    assert verdicts(good, "sum") == ["consistent"]
    assert verdicts(bad, "sum") == ["inconsistent"]


def test_the_total_of_two_whose_figures_name_no_port_is_left_alone() -> None:
    text = "今年前三季度,东宁口岸进出口货物88万吨,其中进口货物80万吨。两口岸合计95万吨。"
    assert verdicts(text, "sum") == []


def test_a_months_figures_are_no_members_of_a_year_to_date_total() -> None:
    # the ports' figures are May's; the total is January to May (the year is not given: the months still differ)
    text = "今年前5个月,黑河和同江口岸进出口货物合计120万吨。5月份,黑河口岸进出口货物20万吨,同江口岸进出口货物10万吨。"
    assert verdicts(text, "sum") == []


def test_a_share_of_the_partners_own_total_takes_no_whole_from_the_text() -> None:
    # "俄出口总额" is Russia's total exports, not the China–Russia trade stated before
    text = "今年上半年,中俄双边贸易额达1145.5亿美元,同比增长5.8%。俄罗斯对华出口占俄出口总额的三成,达650亿美元。"
    assert verdicts(text, "share") == ["unverifiable"]


def test_a_fraction_in_words_is_not_paired_with_another_subjects_rate() -> None:
    # "贸易额增长了将近四分之一 … 农产品贸易额增长了42%": the farm trade's rate is not the whole's quarter
    text = ("中俄两国领导人会晤。今年第一季度,中俄双边贸易额增长了将近四分之一,达到约520亿美元。"
            "今年第一季度,农产品贸易额增长了42%,超过了20亿美元。")
    assert verdicts(text, "comparison") == []
@pytest.mark.parametrize(
    ("good", "bad"),
    [
        ("黑龙江省2019年进口俄罗斯原木812.4万立方米。其中经绥芬河口岸进口原木506.3万立方米。",
         "黑龙江省2019年进口俄罗斯原木812.4万立方米。其中经绥芬河口岸进口原木906.3万立方米。"),
        ("某口岸上半年进口货物240万吨,其中煤炭152.6万吨,同比增长8%。",
         "某口岸上半年进口货物240万吨,其中煤炭252.6万吨,同比增长8%。"),
    ],
)
def test_one_part_after_qizhong_is_within_its_whole(good: str, bad: str) -> None:
    assert verdicts(good, "parts") == ["consistent"]
    assert verdicts(bad, "parts") == ["inconsistent"]


def test_a_part_of_the_parts_is_not_the_next_parts_whole() -> None:
    # "其中进口…;出口12万吨。其中5月…": the last amount is itself a part; May's whole traffic is not inside it
    text = "前5个月,某口岸进出口货运量达150万吨,其中进口138万吨;出口12万吨。其中5月份当月进出口货运量达41万吨。"
    assert "inconsistent" not in verdicts(text, "parts")


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        ("今年上半年,经该口岸通行的中欧班列达312列,去、返程班列分别达170、142列。",
         "今年上半年,经该口岸通行的中欧班列达312列,去、返程班列分别达710、142列。"),
        ("进口运量增长明显,今年1至5月中欧班列开行86列,其中去程47列,回程39列。",
         "进口运量增长明显,今年1至5月中欧班列开行86列,其中去程47列,回程93列。"),
    ],
)
def test_trains_run_add_up_from_their_outbound_and_return_trains(good: str, bad: str) -> None:
    assert verdicts(good, "sum") == ["consistent"]
    assert verdicts(bad, "sum") == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("某省2020年进口俄罗斯原木902.5万立方米,同比增长12.4%。其中进口樟子松原木511.8万立方米,同比增长20.3%。",
         "consistent"),
        # last year the part was 511.8 / 0.797 = 642.2; a whole up 52.6% was 902.5 / 1.526 = 591.4, less than it
        ("某省2020年进口俄罗斯原木902.5万立方米,同比增长52.6%。其中进口樟子松原木511.8万立方米,同比下降20.3%。",
         "inconsistent"),
    ],
)
def test_a_wholes_rate_leaves_room_for_its_parts_last_year(text: str, verdict: str) -> None:
    assert verdicts(text, "sum_growth") == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("1至10月,某口岸进出口货运量完成845.6万吨,同比增长12.1%。其中进口702.3万吨,同比增长80.4万吨;"
         "出口143.3万吨,同比增长10.8万吨。", "consistent"),
        ("1至10月,某口岸进出口货运量完成845.6万吨,同比增长21.1%。其中进口702.3万吨,同比增长80.4万吨;"
         "出口143.3万吨,同比减少10.8万吨。", "inconsistent"),
    ],
)
def test_a_totals_rate_from_its_parts_increases_said_as_amounts(text: str, verdict: str) -> None:
    # last year 702.3 - 80.4 + 143.3 - 10.8 = 754.4, and 845.6 / 754.4 = +12.1%
    assert verdicts(text, "sum_growth") == [verdict]


@pytest.mark.parametrize(
    ("price", "verdict"),
    [("每吨1250.6元", "consistent"), ("每吨1520.6元", "inconsistent"), ("1250.6元/吨", "consistent")],
)
def test_an_average_price_is_the_value_over_the_quantity(price: str, verdict: str) -> None:
    # 3.91亿元 / 31.27万吨 = 1250.4元 a tonne (1249 to 1252 within rounding); the rates: 0.881 / 0.903 = -2.4%
    text = (f"今年前5个月,某口岸进口煤炭31.27万吨,同比下降9.7%。进口货值3.91亿元,同比下降11.9%;进口均价{price},"
            "同比下跌2.4%。")
    report = audit_text(text, lang="zh")
    found = [f.verdict for f in report.findings if f.kind == "unit_price"]
    assert found[0] == verdict
    assert found[1:] == ["consistent"]  # the price's rate from the value's and the quantity's


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("该公路全长42.6公里,其中城区段15.2公里,郊区段27.4公里。", "consistent"),
        ("该公路全长42.6公里,其中城区段15.2公里,郊区段29.4公里。", "inconsistent"),
    ],
)
def test_lengths_in_kilometres_add_up_like_tonnes(text: str, verdict: str) -> None:
    assert verdicts(text, "parts") == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("上半年,某口岸累计完成进出口货运量812.5万吨。其中,进口原木640.2万吨;进口铁矿石120.3万吨;出口货物52万吨。",
         "consistent"),
        ("上半年,某口岸累计完成进出口货运量812.5万吨。其中,进口原木690.2万吨;进口铁矿石120.3万吨;出口货物52万吨。",
         "inconsistent"),
    ],
)
def test_goods_of_both_flows_under_a_total_are_its_parts(text: str, verdict: str) -> None:
    assert verdicts(text, "parts") == [verdict]


def test_exports_and_imports_alone_stay_the_sum_checks() -> None:
    text = "某口岸货运量共60万吨,其中进口货物41.5万吨,出口货物18.5万吨。"
    assert verdicts(text, "parts") == []


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [("出口3000多吨", 3000, 4000), ("车辆8000余辆", 8000, 9000), ("4.7万多吨", 47_000, 48_000),
     ("2000多亿元", 2e11, 3e11), ("超过3000吨", 3000, float("inf"))],
)
def test_duo_after_a_figure_is_less_than_one_more_of_its_last_digit(text: str, lo: float, hi: float) -> None:
    q = next(q for q in scan(text, "zh") if q.kind == "amount")
    assert (q.interval().lo, q.interval().hi) == (lo, hi)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("今年前两个月,该港共装运木材8400吨。其中大部分木材(6000多吨)运往日本。", "consistent"),
        ("今年前两个月,该港共装运木材8400吨。其中大部分木材(3000多吨)运往日本。", "inconsistent"),
        ("今年前两个月,该港共装运木材8400吨,大部分木材(3000多吨)运往日本。", "inconsistent"),
    ],
)
def test_the_greater_part_is_more_than_half_of_its_whole(text: str, verdict: str) -> None:
    assert verdicts(text, "share") == [verdict]


def test_the_greater_part_of_other_goods_is_no_part_of_the_whole() -> None:
    assert verdicts("该港共装运木材8400吨,大部分煤炭(3000多吨)运往日本。", "share") == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("今年前三季度,来自巴西、美国、阿根廷的大豆进口量占进口总量的比重分别为52.3%、30.1%和8.4%。", "consistent"),
        ("今年前三季度,来自巴西、美国、阿根廷的大豆进口量占进口总量的比重分别为62.3%、30.1%和8.4%。", "inconsistent"),
        ("而去年,上述三国的大豆进口量占进口总量的比重分别为55.1%、41.5%、9.2%。", "inconsistent"),
    ],
)
def test_shares_of_listed_members_respectively_fit_in_one_whole(text: str, verdict: str) -> None:
    assert verdicts(text, "share_list") == [verdict]


@pytest.mark.parametrize(
    "text",
    ["今年,该省出口、进口占全国的比重分别为62.3%和48.4%。",
     "2022年和2023年,该省大豆进口量占全国的比重分别为62.3%和58.4%。"],
)
def test_shares_of_flows_or_periods_are_of_different_wholes(text: str) -> None:
    assert verdicts(text, "share_list") == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("8月份,该省自蒙古国进口煤炭同比增长9%至510万吨,其中用于发电的动力煤进口量达到320万吨。", "consistent"),
        ("8月份,该省自蒙古国进口煤炭同比增长9%至510万吨,用于发电的动力煤进口量达到620万吨。", "inconsistent"),
        ("一季度,某口岸进口原木35.2万立方米。同期,该口岸进口木材48.6万立方米。", "consistent"),
    ],
)
def test_a_kind_of_a_good_is_within_the_good(text: str, verdict: str) -> None:
    assert verdicts(text, "parts") == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("二连浩特口岸5月份共进口铁矿石88.4万吨,同比增长3%。5月份口岸单月完成过货量95.1万吨。", "consistent"),
        ("二连浩特口岸5月份共进口铁矿石98.4万吨,同比增长3%。5月份口岸单月完成过货量95.1万吨。", "inconsistent"),
    ],
)
def test_a_good_is_within_all_the_goods_of_its_place_and_month(text: str, verdict: str) -> None:
    assert verdicts(text, "parts") == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        "8月份,该省自蒙古国进口煤炭510万吨,自澳大利亚进口动力煤620万吨。",  # another country's coal
        "8月份,该省进口煤炭510万吨。9月份,该省进口动力煤620万吨。",  # another month
        "8月份,该省进口煤炭510万吨,日均进口动力煤16万吨。",  # a daily amount
        "二连浩特口岸5月份共进口铁矿石98.4万吨。满洲里口岸5月份完成过货量95.1万吨。",  # another port's goods
    ],
)
def test_goods_of_another_country_month_place_or_a_daily_amount_are_no_parts(text: str) -> None:
    assert verdicts(text, "parts") == []


def test_a_conversion_after_the_rate_it_was_made_at_is_a_pair() -> None:
    report = audit_text("该公司将投入820億盧布(按當前匯率折合12.4億美元)建设新港口。", lang="zh")
    assert [c.kind for c in report.claims] == ["currency_pair"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("3月2日至3月9日,某口岸连续8天满负荷运行,累计进口铁矿石24.8万吨,日均进口3.1万吨。", "consistent"),
        ("3月2日至3月9日,某口岸连续8天满负荷运行,累计进口铁矿石24.8万吨,日均进口3.6万吨。", "inconsistent"),
    ],
)
def test_a_daily_amount_is_the_total_over_the_days_named(text: str, verdict: str) -> None:
    assert verdicts(text, "unit_price") == [verdict]


def test_a_date_is_no_count_of_days() -> None:
    assert verdicts("3月2日至3月9日,某口岸累计进口铁矿石24.8万吨,日均进口3.6万吨。", "unit_price") == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("今年上半年,黑河口岸出口果菜共计8.6万吨。统计显示,黑河口岸上半年出口蔬菜5.1万吨;出口水果3.5万吨。", "consistent"),
        ("今年上半年,黑河口岸出口果菜共计8.6万吨。统计显示,黑河口岸上半年出口蔬菜5.1万吨;出口水果2.5万吨。", "inconsistent"),
    ],
)
def test_all_the_kinds_of_a_good_add_up_to_it(text: str, verdict: str) -> None:
    assert verdicts(text, "sum") == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("前三季度,该省出口粮食120万吨,其中出口大豆62万吨,出口玉米41万吨。", "consistent"),
        ("前三季度,该省出口粮食120万吨。前三季度,该省出口大豆62万吨,出口玉米41万吨。", "consistent"),
        ("前三季度,该省出口粮食120万吨。前三季度,该省出口大豆82万吨,出口玉米41万吨。", "inconsistent"),
    ],
)
def test_disjoint_kinds_of_a_good_add_up_within_it(text: str, verdict: str) -> None:
    assert verdicts(text, "parts") == [verdict]


def test_overlapping_kinds_of_a_good_are_each_within_it() -> None:
    text = "前10个月,某国煤炭出口量为500万吨。前10个月,硬煤出口量为460万吨,烟煤出口量为420万吨。"
    assert verdicts(text, "parts") == ["consistent", "consistent"]  # each within the coal, not together


@pytest.mark.parametrize(
    "text",
    [
        # "其它煤" is the rest of the coal, a kind beside 烟煤, not the coal that holds it
        "前9个月,某国烟煤出口4120.5万吨,同比增长12%;其它煤出口量为188.2万吨。",
        # another country's coal; the words name the good before its kind ("mostly of coking coal")
        "Kazakh coal exports to China, mostly of coking coal, rose 12% to 5.42 million tons. "
        "Canadian coal exports to China rose 4% to 3.18 million tons.",
    ],
)
def test_the_rest_of_a_good_or_another_countrys_good_holds_no_part(text: str) -> None:
    report = audit_text(text)
    assert [c.kind for c in report.claims if c.kind == "parts"] == []


def test_the_level_a_figure_is_compared_with_is_no_whole_of_its_parts() -> None:
    text = "5月份,某国铁矿石产量为512.4万吨,环比4月份的530.2万吨略有下降。其中,块矿产量421.3万吨,粉矿产量91.1万吨。"
    report = audit_text(text, lang="zh")
    assert [c.roles["total"].text for c in report.claims if c.kind == "parts"] == ["512.4万"]


def test_a_countrys_output_is_no_part_of_a_ports_freight() -> None:
    text = ("1-5月份,某国煤炭产量累计为3120.5万吨。截止5月31日,策克口岸累计完成进出口货运量1410.2万吨,"
            "同比增长12.4%。")
    assert verdicts(text, "parts") == []


@pytest.mark.parametrize(
    ("others", "verdict"),
    [("从巴西进口了1210万吨大豆;从阿根廷进口了260万吨大豆", "consistent"),
     ("从巴西进口了3210万吨大豆;从阿根廷进口了260万吨大豆", "inconsistent")],
)
def test_a_members_share_leaves_room_for_the_others_named(others: str, verdict: str) -> None:
    text = f"前三季度,中国从美国进口了980万吨大豆,同比减少12%,占中国进口大豆的38.5%。同期,中国{others}。"
    assert [v for c, v in claim_verdicts(text) if c.note.startswith("a member's share")] == [verdict]


def test_the_same_member_twice_or_another_good_is_no_other_member() -> None:
    text = ("前三季度,中国从美国进口了980万吨大豆,占中国进口大豆的38.5%。同期,中国从美国进口了3210万吨玉米;"
            "从巴西进口了4210万吨玉米。")
    assert [c for c, _v in claim_verdicts(text) if c.note.startswith("a member's share")] == []


def claim_verdicts(text: str) -> list[tuple[Any, str]]:
    report = audit_text(text, lang="zh")
    v = report.claim_verdicts()
    return [(c, v.get(c.claim_id, "none")) for c in report.claims]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("今年5月,中国铁矿石进口总量为9820万吨。同月,中国从澳大利亚进口铁矿石6120万吨,从巴西进口铁矿石2050万吨。",
         "consistent"),
        ("今年5月,中国铁矿石进口总量为9820万吨。同月,中国从澳大利亚进口铁矿石6120万吨,从巴西进口铁矿石4050万吨。",
         "inconsistent"),
    ],
)
def test_partners_amounts_of_a_good_fit_in_its_total_from_all(text: str, verdict: str) -> None:
    # read by suppliers.py (the en engineer's module); goods_kinds leaves partners to it and reads kinds only
    report = audit_text(text)
    v = report.claim_verdicts()
    assert [v.get(c.claim_id) for c in report.claims if c.kind == "parts"] == [verdict]


def test_a_total_that_names_a_country_holds_no_other_partners_amounts() -> None:
    text = "今年5月,中国自俄罗斯进口铁矿石总量为820万吨。同月,中国从澳大利亚进口铁矿石6120万吨。"
    assert verdicts(text, "parts") == []


def test_one_partner_named_twice_is_one_member() -> None:
    text = ("前三季度,中国从蒙古国进口了980万吨焦煤,占中国进口焦煤的38.5%。同期,中国从蒙古进口了1910万吨焦煤;"
            "从俄罗斯进口了260万吨焦煤。")
    assert [v for c, v in claim_verdicts(text) if c.note.startswith("a member's share")] == ["consistent"]


def test_a_daily_amount_of_another_span_is_not_the_total_over_the_days() -> None:
    text = "截至10月20日,口岸历时30天累计进口煤炭120万吨,今年以来日均进口3.5万吨。"
    assert verdicts(text, "unit_price") == []


@pytest.mark.parametrize(("total", "verdict"), [("41.6万吨", "consistent"), ("31.6万吨", "inconsistent")])
def test_a_bound_each_of_consecutive_days_passed_the_average_passes_too(total: str, verdict: str) -> None:
    text = f"7月1日至7月8日,某口岸连续8天单日过货量突破4.5万吨,累计过货{total}。"
    assert verdicts(text, "unit_price") == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("2023年,黑龙江省对蒙古国进出口总值为48.6亿元,占全省外贸总值的1.8%,全省外贸总值为2715.7亿元。", "consistent"),
        ("2023年,黑龙江省对蒙古国进出口总值为48.6亿元,占全省外贸总值的2.8%,全省外贸总值为2715.7亿元。", "inconsistent"),
        ("前三季度,该市对俄出口为61.2亿元,占同期全市出口总额的42.5%。同期,全市出口总额为144亿元。", "consistent"),
    ],
)
def test_a_shares_whole_named_again_after_it(text: str, verdict: str) -> None:
    assert verdicts(text, "share") == [verdict]


def test_a_national_kind_is_no_part_of_a_ports_good() -> None:
    assert verdicts("上半年,该口岸进口木材120万立方米。上半年,全国进口原木950万立方米。", "parts") == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("一季度,该口岸出口服装4.2万吨、鞋类1.3万吨,合计5.5万吨。", "consistent"),
        ("一季度,该口岸出口服装4.2万吨、鞋类1.3万吨,合计6.5万吨。", "inconsistent"),
        ("一季度,该口岸出口服装4.2万吨,鞋类1.3万吨,家电0.8万吨,三类商品共计6.3万吨。", "consistent"),
    ],
)
def test_amounts_listed_by_name_add_up_to_the_total_after_them(text: str, verdict: str) -> None:
    assert verdicts(text, "sum") == [verdict]


def test_a_change_is_no_member_of_a_listed_total() -> None:
    assert verdicts("1月进口煤炭35万吨,同比增长12%,2月进口12万吨,合计47万吨。", "sum") == []


@pytest.mark.parametrize(("total", "verdict"), [("96.5亿元", "consistent"), ("106.5亿元", "inconsistent")])
def test_a_respectively_list_of_flows_then_their_total(total: str, verdict: str) -> None:
    text = f"上半年,该市对蒙出口额和进口额分别为40.2亿元和56.3亿元,对蒙贸易总额{total}。"
    assert verdicts(text, "sum") == [verdict]


def test_a_mark_one_good_passed_is_no_rounding_of_a_part_of_it() -> None:
    text = "2019年某关区进口俄罗斯农产品4.1亿元。此外,进口粮食首次突破3万吨,首次进口大豆2.6万吨,价值1.1亿元。"
    assert not [c for c in audit_text(text, lang="zh").claims if c.kind == "comparison"]


def test_freight_with_transit_beside_its_flows_is_no_sum_of_the_two() -> None:
    text = "1-6月全区口岸进出境货运量为1500.0万吨。进境货运量为1000.0万吨;出境货运量为300.0万吨;转口货运量为200.0万吨。"
    assert verdicts(text, "sum") == ["consistent"]  # the transit is the third part: 1000 + 300 + 200 (never 1000 + 300)
    # flows on either side of a total are no sum: the one before is another subject's
    sides = ("对俄口岸进境货运量为800.0万吨;出境货运量为200.0万吨。对蒙口岸进出境货运量为600.0万吨。"
             "进境货运量为450.0万吨;出境货运量为150.0万吨。")
    assert "inconsistent" not in verdicts(sides, "sum")


def test_two_goods_exported_are_no_exports_and_imports_of_a_total() -> None:
    text = ("2024年,俄罗斯向中国出口了2.5亿美元的禽肉。2024年俄罗斯对华猪肉出口达到3.1万吨,出口额为1.2亿美元。"
            "2024年俄中农产品贸易额达到70亿美元。")
    assert verdicts(text, "sum") == []


def test_zeng_zhang_n_bei_read_loosely_is_left_unsettled() -> None:
    text = "今年上半年某省对俄出口额增长了2.5倍。上半年某省对俄出口额同比增长{p}%。"
    def multiple(p: str) -> list[str]:
        rep = audit_text(text.format(p=p), lang="zh")
        ids = {c.claim_id for c in rep.claims if c.kind == "multiple" and "rate" in c.roles}
        return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]

    assert multiple("250") == ["consistent"]  # ×3.5 by the rule
    assert multiple("150") == ["unverifiable"]  # ×2.5 only in loose use: the text does not settle it
    assert multiple("90") == ["inconsistent"]


def test_last_years_level_in_brackets_after_tongqi_is_no_whole_of_parts() -> None:
    text = ("2020年上半年某国肉类出口额达3.4亿美元,与去年同期(1.5亿美元)相比增长126.7%。"
            "其中禽肉出口额达1.9亿美元,猪肉出口额达9000万美元。")
    assert "inconsistent" not in verdicts(text, "parts")


def test_a_multiple_and_a_rate_in_a_respectively_list_are_two_members_growths() -> None:
    text = "1月份,对澳洲、拉美、非洲等新兴市场出口增幅较大,同比分别增长1.8倍、63.5%、10.3%。"
    rep = audit_text(text, lang="zh")
    assert not [c for c in rep.claims if c.kind == "multiple" and "rate" in c.roles]


def test_a_share_of_a_planned_whole_is_not_of_an_amount_done_before_it() -> None:
    # 3300 / 6000 = 55%: the earlier amount is spent, the share's whole is the plan (unstated)
    text = "2020年中央政府公共投资6000亿元，比上年增加500亿元。我们加快推进灾后重建，灾区已完成投资3300亿元，占{w}的72.4%。"
    report = audit_text(text.format(w="规划总投资"), lang="zh", doc_date="2021-03-01")
    assert "inconsistent" not in report.claim_verdicts().values()
    report = audit_text(text.format(w="总投资"), lang="zh", doc_date="2021-03-01")
    assert "inconsistent" in report.claim_verdicts().values()  # the rule reads the plan, not every later share


def test_parts_under_a_count_right_before_the_marker_are_not_parts_of_an_earlier_total() -> None:
    # "项目134个，其中…": the list is of the projects; 850万吨 of fertiliser in the sentence before is no whole
    text = ("全省原煤产量达到３．２亿吨，化肥达到８５０万吨。全年建成投产大型项目１３４个，其中包括年产各２００万吨的钢铁工程、"
            "年产４０万吨的乙烯工程等，新增生产能力有煤炭１６２０万吨，石油９１０万吨。")
    assert verdicts(text, "parts") == []
    # the whole in the parts' unit right before the marker is still read
    assert verdicts("全省货运量达到８５０万吨，其中煤炭６２０万吨，石油３１０万吨。", "parts") == ["inconsistent"]


def test_cubic_metres_written_as_an_exponent_and_last_years_level_after_tongbi() -> None:
    # "m^3" is cubic metres, so the part and its whole are in one unit; "同比去年的…" is last year's level, no part
    assert [q.currency for q in scan("进口板材6512300m^3", "zh") if q.kind == "amount"] == ["m3"]
    text = ("1~5月份进口板材总量为9230150m^3,其中来自俄罗斯的板材{p}m^3,占进口板材总数量的40.02%,"
            "同比去年的5120440m^3,下降了27.9%;")
    assert verdicts(text.format(p="3693880"), "share") == ["consistent"]
    assert verdicts(text.format(p="3893880"), "share") == ["inconsistent"]
    assert verdicts(text.format(p="3693880"), "parts") == ["consistent"]  # the part alone, not last year's beside it


def test_members_each_with_their_own_zhan_are_shares_of_one_whole() -> None:
    text = "进口商品中原木占{a}%,锯材占20.5%,纸浆占8.1%。"
    assert verdicts(text.format(a="70.2"), "share_list") == ["consistent"]
    assert verdicts(text.format(a="72.2"), "share_list") == ["inconsistent"]  # 72.2 + 20.5 + 8.1 > 100
    # periods of one member, or shares of two wholes, are no list of one whole's members
    assert verdicts("一季度占60%,二季度占55%。", "share_list") == []
    assert verdicts("原木占进口的60%,锯材占出口的55%。", "share_list") == []


def test_transit_listed_beside_inbound_and_outbound_is_the_third_part_of_the_total() -> None:
    text = ("1-6月全市口岸进出境货运量为{t}万吨。进境货运量为1210.4万吨;出境货运量为302.6万吨;转口货运量为88.3万吨。"
            "其中:对俄口岸进出境货运量为900.2万吨。进境货运量为700.5万吨;出境货运量为150.1万吨。")
    assert verdicts(text.format(t="1601.3"), "sum") == ["consistent"]  # 1210.4 + 302.6 + 88.3
    assert verdicts(text.format(t="1631.3"), "sum") == ["inconsistent"]
    # the Russian ports' inbound and outbound leave out their transit (named for the whole only): no sum of them
    assert len(verdicts(text.format(t="1601.3"), "sum")) == 1


def test_a_bracketed_share_list_whose_first_bracket_names_the_whole() -> None:
    text = "出口额最大的商品是原木(占木材出口额的{a}%)、锯材(21%)、胶合板(9%)和木片(4%)。"
    assert verdicts(text.format(a="52"), "share_list") == ["consistent"]
    assert verdicts(text.format(a="72"), "share_list") == ["inconsistent"]  # 72 + 21 + 9 + 4 > 100


def test_last_years_level_after_cong_is_no_part_of_a_sum() -> None:
    from northward.audit.increments import is_compared_base

    text = "出口额同比增长20%,从去年同期的150万美元增至180万美元。"
    qs = [q for q in scan(text, "zh") if q.kind == "amount"]
    assert [is_compared_base(text, q) for q in qs] == [True, False]


def test_a_share_is_never_of_an_earlier_part_with_its_own_share() -> None:
    from northward.audit.api import audit_text

    # 国有企业 and 外资企业 are siblings of 民营企业 (each with its own share of the city's total), not its parts
    zh = ("1-9月,全市进出口3000亿元。以一般贸易方式进出口1500亿元,占50%;以加工贸易方式进出口900亿元,占30%。"
          "民营企业进出口1650亿元,增长3.1%,占55%;国有企业进出口390亿元,增长9.2%,占13%;外资企业进出口960亿元,"
          "增长1.5%,占32%。")
    rep = audit_text(zh, lang="zh")
    assert "inconsistent" not in [f.verdict for f in rep.findings]
    en = ("Private firms traded $16.5 billion, up 3.1 percent, accounting for 55 percent; state firms traded "
          "$3.9 billion, accounting for 13 percent.")
    assert "inconsistent" not in [f.verdict for f in audit_text(en, lang="en").findings]
    # a part marker after the amount keeps it a whole: 390 of 1500 is 26%
    nested = "以一般贸易方式进出口1500亿元,占50%,其中国有企业进出口390亿元,占一般贸易的{x}%。"
    assert "inconsistent" not in [f.verdict for f in audit_text(nested.format(x="26"), lang="zh").findings]


def test_shares_in_numerals_and_wholes_named_by_their_measure() -> None:
    from northward.audit.api import audit_text

    # siblings with shares in numerals: 外贸 is no whole of 其他 (each has its own share of the whole said first)
    zh = ("五年内交通投资三百二十亿元，是这样分配的：铁路为一百八十亿元，占百分之五十六点三；公路为九十六亿元，"
          "占百分之三十；水运为二十八亿元，占百分之八点八；其他为十六亿元，占百分之五。")
    assert "inconsistent" not in [f.verdict for f in audit_text(zh, lang="zh").findings]
    # a share of GDP is never of an earlier amount of another measure
    gdp = ("五年来，财政用于农业的支出累计3200亿元。全省研发经费从2018年的120亿元增加到2023年的260亿元，"
           "占地区生产总值的比重从1.1%提高到1.9%。")
    assert "inconsistent" not in [f.verdict for f in audit_text(gdp, lang="zh").findings]


def test_a_bound_that_names_a_class_is_no_whole() -> None:
    from northward.audit.api import audit_text

    zh = ("年产能在五十万吨以上的水泥厂有十二个。其中四个最大的水泥厂年产能如下：甲厂为二百一十万吨，乙厂为一百六十万吨，"
          "丙厂为一百四十万吨，丁厂为一百二十万吨。")
    assert "inconsistent" not in [f.verdict for f in audit_text(zh, lang="zh").findings]


def test_bare_sibling_shares_of_one_sentence_are_of_the_whole_the_first_implies() -> None:
    from northward.audit.api import audit_text

    # 1650 / 55% = 3000: 390 is 13% of it, 960 is 32%
    zh = ("前9个月,全市有进出口实绩企业5200家。其中,民营企业进出口1650亿元,增长3.1%,占55%;国有企业进出口390亿元,"
          "增长9.2%,占{x}%;外资企业进出口960亿元,增长1.5%,占32%。")
    verdicts = [f.verdict for f in audit_text(zh.format(x="13"), lang="zh").findings if f.check == "arithmetic"]
    assert "consistent" in verdicts and "inconsistent" not in verdicts
    assert "inconsistent" in [f.verdict for f in audit_text(zh.format(x="23"), lang="zh").findings]
def test_the_three_sectors_listed_shares_and_contributions_add_up_and_fit_their_amounts() -> None:
    text = ("某市地区生产总值2000.0亿元。其中,第一产业增加值100.0亿元;第二产业增加值800.0亿元;第三产业增加值1100.0亿元。"
            "三次产业增加值占地区生产总值的比重分别为5.0%、40.0%和55.0%,对地区生产总值增长的贡献率分别为2.5%、60.5%和37.0%。")

    def found(t: str) -> list[tuple[str, str]]:
        r = audit_text(t, lang="zh")
        v = r.claim_verdicts()
        return [(c.kind, v[c.claim_id]) for c in r.claims
                if c.kind == "share_list" or (c.kind == "share" and "whole" in c.roles)]

    assert sorted(found(text)) == [("share", "consistent")] * 3 + [("share_list", "consistent")] * 2
    assert ("share_list", "inconsistent") in found(text.replace("60.5%", "66.5%"))  # contributions no longer add to 100
    assert ("share", "inconsistent") in found(text.replace("40.0%", "44.0%"))
    pulled = text.replace("对地区生产总值增长的贡献率", "拉动地区生产总值增长")
    pulled = pulled.replace("2.5%、60.5%和37.0%", "0.2、3.1和2.9个百分点")
    assert [k for k, _v in found(pulled)].count("share_list") == 1  # a pull in points adds up to the growth rate


def test_shares_named_one_by_one_to_the_rest_add_up_to_all_of_the_whole() -> None:
    text = "该市自俄进口中,木材占52.4%,化肥占{x}%,矿产品占11.3%,其他商品占16.1%。"
    assert verdicts(text.format(x="20.2"), "share_list") == ["consistent"]
    assert verdicts(text.format(x="19.2"), "share_list") == ["inconsistent"]  # 99%: the rest leaves nothing out
    assert verdicts("该市自俄进口中,木材占52.4%,化肥占19.2%,矿产品占11.3%。", "share_list") == ["consistent"]


def test_full_width_digits_grouped_by_the_full_width_comma_are_one_number() -> None:
    found = scan("农民达到５，０００万人，支出３，５０６，１７６，０００元", "zh")
    amounts = [(q.value, q.currency) for q in found if q.kind == "amount"]
    assert amounts == [(50_000_000, "passengers"), (3_506_176_000, "CNY")]
    assert not [q for q in scan("5，000万元", "zh") if q.kind == "amount" and q.value == 0]  # never "000万" alone


def test_trade_by_kind_of_firm_fits_within_the_total() -> None:
    text = ("今年1至6月,某关区对俄罗斯进出口总值52.4亿元。其中,国有企业对俄罗斯进出口{a}亿元,同比增长6.3%;民营企业进出口"
            "10.2亿元,同比下降7.1%;外商投资企业进出口5212.2万元。")
    assert verdicts(text.format(a="41.5"), "parts") == ["consistent"]
    assert verdicts(text.format(a="45.5"), "parts") == ["inconsistent"]  # 56.2亿 of kinds above the 52.4亿 total
def test_an_amount_after_tigao_or_jian_is_a_change_not_a_level() -> None:
    from northward.audit.increments import is_change_amount

    text = "单产412.5公斤/亩,比上年提高6.3公斤/亩,增长1.6%;早稻减2.1万吨,新增就业35.2万人。"
    qs = [q for q in scan(text, "zh") if q.kind == "amount"]
    assert [is_change_amount(text, q) for q in qs] == [False, True, True, False]
    assert "inconsistent" not in verdicts(text, "change_pct")


def test_a_change_said_with_jian_is_no_part_of_the_breakdown() -> None:
    text = "全年粮食总产量{t}万吨。其中,夏粮产量380.2万吨,减2.1万吨,同比减0.5%;秋粮产量2900.4万吨,增加6.6万吨。"
    assert verdicts(text.format(t="3280.6"), "parts") == ["consistent"]  # 380.2 + 2900.4, the changes left out
    assert verdicts(text.format(t="3180.6"), "parts") == ["inconsistent"]


def test_a_surplus_listed_after_its_flows_is_no_part_of_the_turnover() -> None:
    text = ("1—5月,我与该地区进出口总额{t}亿美元,同比增长9.6%。其中,我对该地区出口100.0亿美元,增长5.0%,"
            "自该地区进口80.0亿美元,增长16.0%;顺差20.0亿美元,同比下降23.9%。")
    assert not audit_text(text.format(t="180.0"), lang="zh").inconsistent()  # 100.0 + 80.0; the surplus is 100.0 − 80.0
    assert verdicts(text.format(t="200.0"), "sum") == ["inconsistent"]


def test_a_mark_passed_is_the_fact_before_it_not_the_one_after_a_semicolon() -> None:
    text = "营业收入为{a}亿元,同比增长12.1%,首次突破两千亿大关;营业成本为1900.6亿元,同比增长9.0%。"
    assert "inconsistent" not in verdicts(text.format(a="2050.3"), "comparison")
    assert verdicts(text.format(a="1950.3"), "comparison") == ["inconsistent"]  # below the mark it passed


def test_a_figure_in_jin_restating_tonnes_keeps_its_own_unit() -> None:
    text = "全国粮食总产量52000.0万吨(10400亿斤),比上年增加500万吨(100亿斤)。其中谷物产量48000.0万吨(9600亿斤)。"
    qs = [q for q in scan(text, "zh") if q.kind == "amount"]
    assert [q.currency for q in qs] == ["t", None, "t", None, "t", None]
    assert not audit_text(text, lang="zh").inconsistent()


def test_last_years_whole_year_a_total_is_set_against_is_not_the_total() -> None:
    text = "前9个月进出口总额达{t}亿美元,接近去年全年101.2亿美元的水平。其中,出口60.3亿美元,同比增长5.1%;进口38.2亿美元。"
    assert verdicts(text.format(t="98.5"), "sum") == ["consistent"]
    assert verdicts(text.format(t="95.5"), "sum") == ["inconsistent"]


@pytest.mark.parametrize(("words", "flow"), [("对中国的出口额", "import"), ("从中国的进口额", "export")])
def test_a_partners_flows_with_de_are_chinas_other_flow(words: str, flow: str) -> None:
    text = f"2019年该国{words}达到50.5亿美元"
    assert flow_at(text, text.index("50.5")) == flow


def test_parts_of_a_part_after_dangzhong_are_no_list_of_the_whole() -> None:
    text = ("内地旅客按年增加1.2倍至900,000人次,其中个人游旅客(500,000人次)上升2.1倍;大湾区旅客增加30%至450,000人次,"
            "当中深圳市(120,000人次)及东莞市旅客(90,000人次)分别占26.7%及20.0%。")
    assert not audit_text(text, lang="zh").inconsistent()


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("前十月出口四八二七．三億美元", 482_730_000_000, "amount"),  # digits place by place, a full-width point
        ("出超一五三六億美元", 153_600_000_000, "amount"),
        ("年增四十二．六％", 42.6, "percent"),  # a numeral before the sign
        ("年減〇．八％", 0.8, "percent"),
        ("年增百分之卅一點五", 31.5, "percent"),  # 卅: thirty
        ("入境旅客約415﹒26萬人次", 4_152_600, "amount"),  # a small full stop as the decimal point (people in 万: a count)
        ("投资三四亿元", 400_000_000, "amount"),  # "three or four": neighbouring digits, never 34亿
    ],
)
def test_numerals_written_digit_by_digit_and_full_width_points(text: str, value: float, kind: str) -> None:
    from northward.audit.extract import simplified

    qs = [q for q in scan(simplified(text), "zh") if q.kind == kind]
    assert [round(q.value, 2) for q in qs] == [value]


def test_chuchao_is_the_balance_of_the_flows() -> None:
    text = "全年出口5210.4億美元，進口3980.1億美元，出超{b}億美元。"
    assert verdicts(text.format(b="1230.3"), "balance") == ["consistent"]
    assert verdicts(text.format(b="1330.3"), "balance") == ["inconsistent"]
    text = "進出口總額200.0億美元。其中，出口120.0億美元，進口80.0億美元，出超40.0億美元。"
    assert not audit_text(text, lang="zh").inconsistent()  # the surplus is no third part of the turnover


def test_two_breakdowns_after_one_qizhong_are_no_list_of_parts() -> None:
    by_mode = "一般贸易进出口2.10万亿元,增长5.0%;加工贸易进出口1.00万亿元"
    by_owner = "民营企业进出口1.60万亿元;外商投资企业进出口1.50万亿元"
    text = f"今年前8个月,全省进出口3.40万亿元。其中,{by_mode};{by_owner}。"
    assert verdicts(text, "parts") == []  # by trade mode, then by kind of enterprise: the whole twice over
    assert verdicts(f"今年前8个月,全省进出口{{t}}万亿元。其中,{by_owner}。".format(t="3.40"), "parts") == ["consistent"]
    assert verdicts(f"今年前8个月,全省进出口{{t}}万亿元。其中,{by_owner}。".format(t="2.40"), "parts") == ["inconsistent"]
    # joint-stock companies include state-controlled and private ones: kinds that contain one another
    text = "全市规上工业企业利润总额900.0亿元。其中,国有控股企业利润300.0亿元;股份制企业利润700.0亿元;私营企业利润250.0亿元。"
    assert verdicts(text, "parts") == []


def test_kinds_of_firm_trading_are_no_parts_of_the_imports_said_last() -> None:
    text = ("1—3月全市进出口3200.5亿元,其中出口1900.3亿元、增长10%,进口{m}亿元、增长8%。"
            "民营企业进出口950.2亿元、增长20%,外商投资企业进出口2000.1亿元、增长5%,国有企业进出口250.2亿元。")
    assert "inconsistent" not in verdicts(text.format(m="1300.2"), "parts")  # their trade is of the 3200.5, not the imports


def test_people_counted_by_the_word_before_their_figure() -> None:
    # "进出境人数70.3万": the count's unit is said before it (人数), so its flows in 人 add up to it
    from northward.audit.api import audit_text

    text = "2019年,绥芬河进出境人数52.6万,其中出境人数27.1万,入境人数{x}万。"

    def sums(t: str) -> list[str]:
        r = audit_text(t, lang="zh")
        v = r.claim_verdicts()
        return [v[c.claim_id] for c in r.claims if c.kind == "sum"]

    assert sums(text.format(x="25.5")) == ["consistent"]
    assert sums(text.format(x="28.5")) == ["inconsistent"]


def test_ten_thousands_of_renminbi_are_money() -> None:
    from northward.audit.numbers import scan

    qs = [q for q in scan("进口货值7112.03万人民币,比去年同期下降29.57%。", "zh") if q.kind == "amount"]
    assert [(q.value, q.currency) for q in qs] == [(71120300.0, "CNY")]
