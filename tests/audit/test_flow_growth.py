"""A whole's rate from its flows' levels and rates (``flow_growth``), and a multiple read as a flow's rate in
``sum_growth``. Each rule is tested on sentences written for the test, a true and a wrong version."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, kind: str, lang: str) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == kind}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


RU = (
    "В марте 2021 года товарооборот Китая и России вырос на {x}%. Экспорт КНР в РФ увеличился на 25% - до 10 "
    "миллиардов юаней, а импорт из России сократился на 20% - до 12 миллиардов юаней."
)
EN = (
    "In the first quarter of 2022, China's trade with Russia dropped {x} percent year on year. China's exports to "
    "Russia fell 50 percent to 4.0 billion dollars, while imports from Russia rose 20 percent to 6.0 billion dollars."
)


def test_a_whole_rate_from_its_flows_levels_and_rates() -> None:
    # last year 10 / 1.25 + 12 / 0.8 = 8 + 15 = 23; this year 22: -4.3%
    assert verdicts(RU.format(x="-4,3").replace("вырос на -", "сократился на "), "flows_growth", "ru") == ["consistent"]
    assert verdicts(RU.format(x="-14,3").replace("вырос на -", "сократился на "), "flows_growth", "ru") == ["inconsistent"]
    # last year 4 / 0.5 + 6 / 1.2 = 8 + 5 = 13; this year 10: -23.1%
    assert verdicts(EN.format(x="23.1"), "flows_growth", "en") == ["consistent"]
    assert verdicts(EN.format(x="13.1"), "flows_growth", "en") == ["inconsistent"]


def test_no_whole_rate_from_flows_when_the_whole_is_stated_or_a_flow_has_no_level() -> None:
    stated = EN.replace("dropped {x} percent year on year", "dropped 23.1 percent year on year to 10.0 billion dollars")
    assert verdicts(stated, "flows_growth", "en") == []  # sum_growth's: the whole's level is given
    no_level = EN.format(x="23.1").replace("rose 20 percent to 6.0 billion dollars", "rose 20 percent")
    assert verdicts(no_level, "flows_growth", "en") == []
    other_month = EN.format(x="23.1").replace("year on year", "from the previous quarter")
    assert verdicts(other_month, "flows_growth", "en") == []


SAKH = (
    "Внешнеторговый оборот области в 2019 году вырос на {x}% и составил $12,6 млрд. Экспорт составил $10,2 млрд и "
    "увеличился на 20%. Импорт составил $2,4 млрд и увеличился в 2 раза."
)


def test_a_multiple_is_a_flow_rate_in_a_sum_growth() -> None:
    # last year 10.2 / 1.2 + 2.4 / 2 = 8.5 + 1.2 = 9.7; 12.6 / 9.7 = +29.9%
    assert verdicts(SAKH.format(x="29,9"), "sum_growth", "ru") == ["consistent"]
    assert verdicts(SAKH.format(x="39,9"), "sum_growth", "ru") == ["inconsistent"]


PORTS = (
    "По итогам первого полугодия 2023 года грузооборот портов бассейна вырос на {x}% и составил 40,5 млн тонн. "
    "Перевалка угля увеличилась на 23% до 24,6 млн тонн, перевалка зерна сократилась на 20% до 10,4 млн тонн, "
    "перевалка контейнеров выросла на 10%, до 5,5 млн тонн."
)
ZH = (
    "2022年上半年,该口岸货运量为60.5万吨,同比增长{x}%。煤炭运量为40.5万吨,同比增长35%;"
    "木材运量为20万吨,同比下降20%。"
)


def test_a_whole_rate_from_listed_parts_that_add_up_to_it() -> None:
    # last year 24.6 / 1.23 + 10.4 / 0.8 + 5.5 / 1.1 = 20 + 13 + 5 = 38; 40.5 / 38 = +6.6%
    assert verdicts(PORTS.format(x="6,6"), "flows_growth", "ru") == ["consistent"]
    assert verdicts(PORTS.format(x="9,6"), "flows_growth", "ru") == ["inconsistent"]
    # last year 40.5 / 1.35 + 20 / 0.8 = 30 + 25 = 55; 60.5 / 55 = +10%
    assert verdicts(ZH.format(x="10"), "flows_growth", "zh") == ["consistent"]
    assert verdicts(ZH.format(x="15"), "flows_growth", "zh") == ["inconsistent"]
    en = ("Freight through the crossing rose {x}% to 6.5 million tonnes in 2021. Coal rose 10% to 4.4 million "
          "tonnes and ore fell 30% to 2.1 million tonnes.")
    # last year 4.4 / 1.1 + 2.1 / 0.7 = 4 + 3 = 7; 6.5 / 7 = -7.1%: a whole that fell, not rose
    assert verdicts(en.format(x="7.1").replace("rose 7.1%", "fell 7.1%"), "flows_growth", "en") == ["consistent"]
    assert verdicts(en.format(x="7.1"), "flows_growth", "en") == ["inconsistent"]


def test_no_whole_rate_from_listed_amounts_that_do_not_add_up_or_come_later() -> None:
    short = PORTS.replace("5,5 млн тонн", "4,5 млн тонн")  # 24.6 + 10.4 + 4.5 = 39.5, not 40.5: not all its parts
    assert verdicts(short.format(x="6,6"), "flows_growth", "ru") == []
    later = ("Freight through the crossing rose 12% to 30.8 million tonnes. Coal rose 5% to 20 million tonnes. "
             "Vostochny handled 19.4 million tonnes (+9.5%), Nakhodka 6.7 million tonnes (+4.4%), "
             "Vanino 4.6 million tonnes (+8.1%).")  # 19.4 + 6.7 + 4.6 = 30.7: not right after their whole
    assert verdicts(later, "flows_growth", "en") == []
    month = ZH.format(x="10").replace("同比下降20%", "环比下降20%")  # against the month before: not last year's level
    assert verdicts(month, "flows_growth", "zh") == []


def test_a_rate_then_its_level_a_few_words_on() -> None:
    en = ("Freight through the crossing increased by {x}% compared to the same period last year, rising to 5.8 "
          "million tonnes, consisting of 3.6 million tonnes of coal, a rise of 20%, and 2.2 million tonnes of ore, "
          "a rise of 10%.")
    # last year 3.6 / 1.2 + 2.2 / 1.1 = 3 + 2 = 5; 5.8 / 5 = +16%
    got = verdicts(en.format(x="16"), "flows_growth", "en") + verdicts(en.format(x="16"), "sum_growth", "en")
    assert got == ["consistent"]
    got = verdicts(en.format(x="26"), "flows_growth", "en") + verdicts(en.format(x="26"), "sum_growth", "en")
    assert got == ["inconsistent"]


def test_a_whole_rate_pointing_back_as_a_multiple_and_a_bracketed_minus() -> None:
    ru = ("В 2022 году через переход проследовало 6,6 млн тонн грузов. Это в {x} раза превышает показатель 2021 года. "
          "Экспорт составил 4,5 млн тонн (рост в 2 раза), импорт – 2,1 млн тонн (-30%).")
    # last year 4.5 / 2 + 2.1 / 0.7 = 2.25 + 3 = 5.25; 6.6 / 5.25 = ×1.26 ("превышает показатель 2021 года" names the
    # base's year, so the flows are 2022's and their sum is read too: the whole's rate is then the sum's)
    got = verdicts(ru.format(x="1,3"), "flows_growth", "ru") + verdicts(ru.format(x="1,3"), "sum_growth", "ru")
    assert got == ["consistent"]
    got = verdicts(ru.format(x="1,6"), "flows_growth", "ru") + verdicts(ru.format(x="1,6"), "sum_growth", "ru")
    assert got == ["inconsistent"]


def test_no_whole_rate_from_parts_of_investment_or_value_added() -> None:
    en = ("The province's fixed investment reached 1,200.5 billion yuan in 2019, an increase of 9.1 percent. Investment "
          "in the primary industry reached 100.2 billion yuan, an increase of 30.5 percent; the secondary industry, "
          "500.1 billion yuan, up 2.2 percent; and the tertiary industry reached 600.2 billion yuan, up 45.3 percent.")
    assert verdicts(en, "flows_growth", "en") == []  # investment grows on a comparable basis, not its levels'


def test_a_level_after_its_rate_and_present_tense() -> None:
    ru = ("Товарооборот достиг рекордных 100,5 млрд долларов, и это на {x} процента выше. Экспорт достиг 40,5 млрд "
          "долларов, то есть стал больше на 12,5%. Импорт был увеличен на 20% и составляет 60 млрд долларов.")
    # last year 40.5 / 1.125 + 60 / 1.2 = 36 + 50 = 86; 100.5 / 86 = +16.9%
    got = verdicts(ru.format(x="17"), "flows_growth", "ru") + verdicts(ru.format(x="17"), "sum_growth", "ru")
    assert got == ["consistent"]
    got = verdicts(ru.format(x="27"), "flows_growth", "ru") + verdicts(ru.format(x="27"), "sum_growth", "ru")
    assert got == ["inconsistent"]


def test_no_whole_rate_from_average_annual_or_real_rates() -> None:
    zh = ("2016-2020年,该口岸货运量达到60.5万吨,年均增长{x}%。煤炭运量为40.5万吨,年均增长35%;"
          "木材运量为20万吨,年均下降20%。")
    assert verdicts(zh.format(x="15"), "flows_growth", "zh") == []  # average annual rates: no whole's rate
    en = ("In real terms, trade with Russia rose 30 percent in 2021. Exports rose 10 percent to 4.4 billion dollars "
          "and imports fell 30 percent to 2.1 billion dollars.")
    assert verdicts(en, "flows_growth", "en") == [] and verdicts(en, "rate_between", "en") == []
    ru = ("Товарооборот в сопоставимых ценах вырос на 30% и составил 6,5 млрд долларов. Экспорт вырос на 10% до "
          "4,4 млрд долларов, импорт снизился на 30% до 2,1 млрд долларов.")
    assert verdicts(ru, "sum_growth", "ru") == [] and verdicts(ru, "flows_growth", "ru") == []


def test_a_rate_against_a_span_of_months_last_year_is_yearly() -> None:
    en = ("Freight through the crossing rose {x}% year on year to 5.8 million tons, consisting of 3.6 million tons of "
          "coal, a rise of 20% compared to January-May 2022, and 2.2 million tons of ore, which is 10% more than a "
          "year earlier.")
    # last year 3.6 / 1.2 + 2.2 / 1.1 = 3 + 2 = 5; 5.8 / 5 = +16%: "compared to January-May 2022" is last year's span
    got = verdicts(en.format(x="16"), "flows_growth", "en") + verdicts(en.format(x="16"), "sum_growth", "en")
    assert got == ["consistent"]


def test_no_whole_rate_from_the_next_items_of_its_own_list() -> None:
    # the first item's 9.4 happens to equal 4.1 + 3.2 + 2.1, but the four are items of one list, written alike
    ru = ("Перевалка в портах бассейна составила 30,2 млн тонн. По портам: Усть-Луга – 9,4 млн тонн (+12,5%), "
          "Приморск – 4,1 млн тонн (-3,0%), Высоцк – 3,2 млн тонн (+5,5%), Выборг – 2,1 млн тонн (+1,0%).")
    assert verdicts(ru, "flows_growth", "ru") == []
    en = ("Terminal A handled 9.4 million tonnes (+12.5%), terminal B 4.1 million tonnes (-3.0%), terminal C "
          "3.2 million tonnes (+5.5%), terminal D 2.1 million tonnes (+1.0%).")
    assert verdicts(en, "flows_growth", "en") == []
    # with a word that opens its parts, the same amounts are the whole's parts: 4.1/0.97 + 3.2/1.055 + 2.1/1.01 = 9.34
    parts = ru.replace("(+12,5%), Приморск", "(+0,7%), в том числе Приморск")
    assert verdicts(parts, "flows_growth", "ru") + verdicts(parts, "sum_growth", "ru") == ["consistent"]


def test_no_whole_rate_from_rates_said_in_two_currencies() -> None:
    en = ("In 2024 trade between the two countries grew by just 3.1%, reaching $120.4 billion. Exports to the partner "
          "in yuan grew by 9%, while imports from it fell by 2%.")
    rep = audit_text(en, lang="en")
    assert not [f for f in rep.findings if f.claim_id in {c.claim_id for c in rep.claims if c.kind == "rate_between"}]
    same = en.replace(" in yuan", "").replace("3.1%", "30.1%")  # no currency named: 30.1% is outside -2%..+9%
    assert "inconsistent" in [f.verdict for f in audit_text(same, lang="en").findings]
def test_a_whole_rate_then_to_reach_its_level_and_its_flows() -> None:
    # "an increase of P percent to reach T": the whole's level with its rate; last year 8.1 / 1.6 + 4.2 / 1.25 = 8.42
    en = ("Trade via the Suifenhe crossing posted a yearly increase of {x} percent to reach 12.3 billion yuan in the "
          "first half. Imports came to 8.1 billion yuan, up 60 percent, while exports totaled 4.2 billion yuan, up 25 "
          "percent.")
    assert verdicts(en.format(x="46"), "sum_growth", "en") == ["consistent"]  # 12.3 / 8.42 = +46.0%
    assert verdicts(en.format(x="64"), "sum_growth", "en") == ["inconsistent"]


def test_a_rate_said_annually_of_one_named_year_is_that_years_change() -> None:
    # last year 30.2 / 1.2 + 10.8 / 1.08 = 25.17 + 10 = 35.17; 41 / 35.17 = +16.6%
    en = ("In 2019 the province's trade with ASEAN reached 41 billion yuan, up by {x} percent annually. Imports were "
          "30.2 billion yuan, an annual growth of 20 percent, and exports 10.8 billion yuan, up 8 percent.")
    assert verdicts(en.format(x="16.6"), "sum_growth", "en") == ["consistent"]
    assert verdicts(en.format(x="26.6"), "sum_growth", "en") == ["inconsistent"]
    span = en.replace("In 2019", "From 2015 to 2019").format(x="16.6")
    assert verdicts(span, "sum_growth", "en") == []  # over a span of years "annually" is an average annual rate


def test_a_whole_grown_by_a_fraction_in_words_the_sentence_before_its_flows() -> None:
    # "grew by nearly a third" (English, after "by"), then the total of the same period and its flows' rates
    en = ("Trade between the two countries grew by nearly {x} in the first half of the year. In the first six months of "
          "2019, trade amounted to $12.6 billion. Exports rose 25.1 percent to $6.2 billion, and imports grew by 33.5 "
          "percent to $6.4 billion.")
    # last year 6.2 / 1.251 + 6.4 / 1.335 = 4.956 + 4.794 = 9.75; 12.6 / 9.75 = +29.2%: nearly a third, not a half
    assert verdicts(en.format(x="a third"), "sum_growth", "en") == ["consistent"]
    assert verdicts(en.format(x="a half"), "sum_growth", "en") == ["inconsistent"]
