"""Issue 11, second round: parts named by their direction, the reverse direction, and a currency said
once for a total and left out for its parts. Each case pairs a true text with a wrong twin."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text


def verdicts(text: str, lang: str, kind: str) -> list[str]:
    """The arithmetic verdicts of the claims of one kind."""
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == kind}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def sum_verdicts(text: str, lang: str) -> list[str]:
    return verdicts(text, lang, "sum")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (  # the parts named "from Russia to China" / "China's ... to Russia", no flow noun
            "В 2019 году товарооборот между странами составил 80,5 млрд долларов. Поставки Китая в Россию "
            "достигли 30,25 млрд долларов, из РФ в КНР — {x} млрд долларов.",
            "ru",
        ),
        (  # both sides say "exported": Russia's exports to China are China's imports
            "В 2019 году товарооборот между странами составил 80,5 млрд долларов. Китай экспортировал в "
            "Россию товаров на 30,25 млрд долларов. Россия экспортировала в КНР товаров на {x} млрд долларов.",
            "ru",
        ),
        (  # "in the opposite direction" is the other flow; the parts' currency is the total's
            "Trade between the two countries reached 80.5 billion dollars in 2019. Exports to Russia were "
            "30.25 billion, while shipments in the opposite direction came to {x} billion.",
            "en",
        ),
        (
            "Товарооборот в 2019 году составил 80,5 млрд долларов. Экспорт в РФ составил 30,25 млрд, а "
            "поставки в обратном направлении — {x} млрд.",
            "ru",
        ),
    ],
)
def test_parts_by_direction_add_up_and_a_wrong_part_is_found(text: str, lang: str) -> None:
    good, bad = text.format(x="50,25" if lang == "ru" else "50.25"), text.format(x="52,05" if lang == "ru" else "52.05")
    assert sum_verdicts(good, lang) == ["consistent"]
    assert sum_verdicts(bad, lang) == ["inconsistent"]


def test_a_part_without_currency_far_from_any_amount_is_not_summed() -> None:
    # the currency is carried only to the next sentence; three sentences on it is not guessed
    text = ("Товарооборот в 2019 году составил 80,5 млрд долларов. Об этом сообщили в таможне. "
            "Рост связан с энергоносителями. Экспорт в РФ составил 30,25 млрд, импорт — 52,05 млрд.")
    assert sum_verdicts(text, "ru") == []


def test_about_before_a_precise_figure_allows_only_a_little() -> None:
    # "около $24,56 млрд" is written to four digits: "about" there cannot cover a 0.9 bn gap
    text = ("Товарооборот России и Китая в январе-мае 2022 года достиг $65,81 млрд. Экспорт из Китая в Россию "
            "составил около $24,56 млрд, а импорт из России — ${x} млрд.")
    assert sum_verdicts(text.format(x="41,25"), "ru") == ["consistent"]
    assert sum_verdicts(text.format(x="42,15"), "ru") == ["inconsistent"]


def test_about_before_a_rounded_figure_keeps_its_wide_tolerance() -> None:
    from northward.audit.hedges import Hedge
    from northward.audit.numbers import scan

    q = scan("about 8.5 billion dollars", "en")[0]
    widened = Hedge("about", "about").apply(q.rounding())
    assert widened.lo < 8.1e9 and widened.hi > 8.9e9


def growth_verdicts(text: str, lang: str) -> list[str]:
    return verdicts(text, lang, "sum_growth")


def test_a_total_repeated_before_its_parts_keeps_the_rate_of_its_first_mention() -> None:
    # the total's rate is given once, with the first mention; the parts come with the repeat. 12.4% is
    # the exports' rate (an amount stands between it and the total), never the total's.
    text = ("2017年前4个月,该省对俄罗斯进出口总值250.2亿元,同比增长{r}%。2017年前4个月,该省对俄罗斯进出口总值"
            "250.2亿元,其中,对俄出口35.5亿元,同比增长12.4%;自俄进口214.7亿元,同比增长53.3%。")
    assert growth_verdicts(text.format(r="45.8"), "zh") == ["consistent"]
    assert growth_verdicts(text.format(r="48.5"), "zh") == ["inconsistent"]


def test_a_round_total_repeated_does_not_borrow_a_rate() -> None:
    # "5 billion" is too round to be known the same figure: no rate borrowed, no growth check
    text = ("Trade reached 5 billion dollars, up 20 percent. Later, trade of 5 billion dollars included exports of "
            "2 billion dollars, up 10 percent, and imports of 3 billion dollars, up 5 percent.")
    assert growth_verdicts(text, "en") == []


def parts_verdicts(text: str, lang: str) -> list[str]:
    return verdicts(text, lang, "parts")


@pytest.mark.parametrize(
    ("text", "lang", "good", "bad"),
    [
        ("В январе – мае через переход экспортировано {x} млн т. В том числе угля 3,15 млн т, руды 1,92 млн т, "
         "леса 1,04 млн т.", "ru", "8,5", "5,8"),
        ("今年以来,口岸累计通行{x}列。其中,满洲里口岸通行3891列,绥芬河口岸通行684列。", "zh", "4583", "4385"),
        ("The port handled {x} million tonnes in 2023. Among them, coal was 4.21 million tonnes and ore 2.36 million "
         "tonnes.", "en", "7.12", "6.12"),
    ],
)
def test_listed_parts_never_add_up_to_more_than_their_whole(text: str, lang: str, good: str, bad: str) -> None:
    assert parts_verdicts(text.format(x=good), lang) == ["consistent"]
    assert parts_verdicts(text.format(x=bad), lang) == ["inconsistent"]


def test_a_nested_breakdown_is_not_read_as_parts() -> None:
    # "of which" inside the list: the coking coal is part of the coal, not a third part of the whole
    text = ("The port handled 7.1 million tonnes. Among them, coal was 4.2 million tonnes, of which coking coal "
            "2.9 million tonnes.")
    report = audit_text(text, lang="en")
    wholes = [(c.roles["total"].text, [q.text for r, q in c.roles.items() if r != "total"])
              for c in report.claims if c.kind == "parts"]
    assert wholes == [("4.2 million", ["2.9 million"])]  # only the coking coal within the coal (goods_kinds)


@pytest.mark.parametrize(
    ("text", "lang", "date", "good", "bad"),
    [
        ("Last year, trade reached $12.86 billion, an increase of {x} percent from 2001 and an average annual "
         "growth rate of 30.6 percent.", "en", "2007-06-08", "280", "380"),
        ("В 2016 году товарооборот вырос на {x}% по сравнению с 2011 годом, среднегодовой темп роста составил 10%.",
         "ru", None, "61", "50"),
    ],
)
def test_an_average_annual_rate_compounds_to_the_total_growth(
    text: str, lang: str, date: str | None, good: str, bad: str
) -> None:
    # 1.306 ** 5 = 3.80 (+280%, not +380%); 1.10 ** 5 = 1.61 (+61%)
    for x, want in ((good, "consistent"), (bad, "inconsistent")):
        rep = audit_text(text.format(x=x), lang=lang, doc_date=date)
        ids = {c.claim_id for c in rep.claims if c.kind == "average_growth"}
        assert [f.verdict for f in rep.findings if f.claim_id in ids] == [want]


def test_an_average_without_a_base_year_is_not_compounded() -> None:
    text = "Trade grew 380 percent, an average annual growth rate of 30.6 percent."
    assert not [c for c in audit_text(text, lang="en").claims if c.kind == "average_growth"]


@pytest.mark.parametrize(
    ("text", "lang", "good", "bad"),
    [
        ("The port handled over 5.48 million tons in the first quarter of 2024. The figure represents an increase "
         "of {x} tons and 15.9 percent growth year on year.", "en", "754,100", "574,100"),
        ("За 2023 год перевалка составила 548 тыс. т и увеличилась на {x} тыс. т, или на 15,9%.",
         "ru", "75,4", "57,4"),
        # the rate in brackets after the amount; the rate first, then "или" and the amount
        ("Через переход прошло 1 млн 250 тыс. тонн угля, что выше уровня 2021 года на {x} тыс. тонн (рост составил 25%).",
         "ru", "250", "205"),
        ("Через второй переход прошло 820 тыс. тонн (рост к 2021 году 17,1% или {x} тыс. тонн).", "ru", "119,8", "191,8"),
        # the rate, the decrease, then the level it led to
        ("Throughput at the terminal fell by 28.6%, sliding {x}m tonnes year-on-year to finish on 3.5m tonnes.",
         "en", "1.4", "4.1"),
    ],
)
def test_an_increase_stated_as_amount_and_rate_agrees(text: str, lang: str, good: str, bad: str) -> None:
    # last year's level is the level less the increase: 754,100 / (5.48 m − 754,100) = 16.0%
    assert verdicts(text.format(x=good), lang, "change_abs") == ["consistent"]
    assert verdicts(text.format(x=bad), lang, "change_abs") == ["inconsistent"]


def test_an_increase_as_large_as_the_level_is_not_read() -> None:
    # the amount before the increase is not its level (it is smaller): nothing is recomputed
    text = "Exports were 2 million tons. Imports rose by 3.5 million tons and 12 percent."
    assert verdicts(text, "en", "change_abs") == []


def _inconsistent(text: str, lang: str) -> list[str]:
    from northward.audit.api import audit_text

    return [f.explanation for f in audit_text(text, lang=lang).findings if f.verdict == "inconsistent"]


def test_earlier_levels_beside_the_parts_are_no_parts() -> None:
    # the parts' first levels ("由…增加到…") and last year's levels in brackets are of another period
    zh = ("到2030年，全省服务业产值达到九千二百亿元，比2025年的七千八百亿元增加一千四百亿元。其中，交通运输产值由"
          "三千一百亿元增加到三千六百亿元，批发零售产值由四千七百亿元增加到五千六百亿元。")
    assert _inconsistent(zh, "zh") == []
    ru = ("С 1 января по 20 марта порты отгрузили 5,210 млн тонн угля, что на 12% больше, чем за аналогичный период "
          "прошлого года (4,652 млн тонн). В частности, отгрузка энергетического угля выросла на 5%, до 3,150 млн тонн "
          "(3,000 млн тонн за аналогичный период прошлого года), коксующегося - на 20%, до 1,800 млн тонн (1,500 млн тонн).")
    assert _inconsistent(ru, "ru") == []
    wrong = ru.replace("до 1,800 млн тонн", "до 2,800 млн тонн")  # 3.15 + 2.8 = 5.95 > 5.21: still an error
    assert _inconsistent(wrong, "ru")


def test_a_yearly_average_has_no_parts_and_no_increase_base() -> None:
    zh = "2020年到2024年，全省年均新增贷款3100亿元，其中去年新增贷款3650亿元。"
    assert _inconsistent(zh, "zh") == []
    # an average yearly increase beside a level is not last year's change: (620 / 480)^(1/5) = +5.3% a year
    zh2 = "全省居民存款2020年为480亿元，2025年将达到620亿元，平均每年增加28亿元，增长百分之五点三。"
    assert _inconsistent(zh2, "zh") == []


def test_a_rate_is_not_the_change_of_a_pair_when_it_is_a_target_or_has_its_own_level() -> None:
    zh = ("其中，粮食产值由一千二百亿元增加到一千四百六十亿元，林业产值由三百亿元增加到三百六十五亿元，都是平均每年"
          "递增百分之四，在执行中争取达到百分之六。")
    assert _inconsistent(zh, "zh") == []
    zh2 = "消费对经济增长的贡献率提高4个百分点，达到55.3%，第三产业比重由41.2%提高到43.0%。"
    assert _inconsistent(zh2, "zh") == []
    en = "The share of services rose 4 percentage points to 55.3%, and the share of farming fell from 12.2% to 10.0%."
    assert _inconsistent(en, "en") == []


def test_a_rate_is_not_of_the_next_sentences_change_with_its_own_trend_word() -> None:
    zh = "城镇职工最低工资标准提高8%。农村老人补贴标准统一由60元提高到75元。"
    assert _inconsistent(zh, "zh") == []
