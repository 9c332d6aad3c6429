"""Two figures a sentence puts in order with a comparative between them (``comparatives``), and a record
against the record it beat (``records``), in English, Russian and Chinese. Each rule on a sentence written
for the test, with a true and a wrong version, and the cases where the audit must abstain."""

from __future__ import annotations

from northward.audit.api import audit_text
from tests.audit.test_relations_en import verdicts

BELOW = ("Wheat arrivals from Kazakhstan came to {x} million tonnes in May, slightly below the 1.52 million "
         "tonnes of April, the customs office said.")
AHEAD = "Log shipments totalled {x} million cubic metres, ahead of the previous peak of 3.4 million cubic metres."
TRAILING = "Soybean purchases reached 2.9-million tons last quarter, trailing only the record {x} million set in 2017."


def test_a_comparative_between_two_figures_orders_them() -> None:
    assert verdicts(BELOW.format(x="1.47"), "order") == ["consistent"]
    assert verdicts(BELOW.format(x="1.57"), "order") == ["inconsistent"]
    assert verdicts(AHEAD.format(x="3.6"), "order") == ["consistent"]
    assert verdicts(AHEAD.format(x="3.1"), "order") == ["inconsistent"]
    # the second figure leaves the first's unit unsaid, in its scale; "2.9-million tons" is a level
    assert verdicts(TRAILING.format(x="3.3"), "order") == ["consistent"]
    assert verdicts(TRAILING.format(x="2.7"), "order") == ["inconsistent"]


def test_a_comparative_in_russian_and_chinese() -> None:
    ru = "Вывоз пиломатериалов достиг {x} млн куб. м, опередив прошлогодний показатель — 2,1 млн куб. м."
    assert verdicts(ru.format(x="2,4"), "order", lang="ru") == ["consistent"]
    assert verdicts(ru.format(x="1,9"), "order", lang="ru") == ["inconsistent"]
    zh = "该口岸5月进口木材{x}万吨,低于4月的38.5万吨。"
    assert verdicts(zh.format(x="35.2"), "order", lang="zh") == ["consistent"]
    assert verdicts(zh.format(x="40.2"), "order", lang="zh") == ["inconsistent"]


def test_no_order_from_a_gap_another_subject_or_a_denied_comparative() -> None:
    # "0.4 million tonnes ahead of": the figure is the gap, not a level
    gap = "Imports from Kazakhstan were some 0.4 million tonnes ahead of the 1.5 million tonnes from Uzbekistan."
    assert verdicts(gap, "order") == []
    # the comparative is said of the sentence's subject, not of the other supplier named before it
    other = ("Arrivals came to 2.6 million tonnes, against 1.1 million tonnes from Uzbekistan and only "
             "slightly below the record of 2.7 million tonnes.")
    assert verdicts(other, "order") == []
    denied = "Arrivals came to 2.6 million tonnes, not above the 2.7 million tonnes of April."
    assert verdicts(denied, "order") == []
    units = "Arrivals came to 2.6 million tonnes, below the 2.7 million yuan paid for them."
    assert verdicts(units, "order") == []


RECORD_RU = ("В октябре экспорт зерна через порт достиг {x} млн тонн. Это новый рекорд для порта. "
             "Предыдущий максимум был установлен в марте, когда отгрузили 1,18 млн тонн.")
RECORD_EN = ("Exports of frozen fish hit a record {x} thousand tonnes in June, against 120 thousand tonnes a year "
             "earlier. The previous monthly record was 241 thousand tonnes in 2021.")


def test_a_new_record_is_above_the_record_it_beat() -> None:
    assert verdicts(RECORD_RU.format(x="1,26"), "order", lang="ru") == ["consistent"]
    assert verdicts(RECORD_RU.format(x="1,16"), "order", lang="ru") == ["inconsistent"]
    # the year-earlier base between them is passed over: only a figure called a record is the new one
    assert verdicts(RECORD_EN.format(x="250"), "order") == ["consistent"]
    assert verdicts(RECORD_EN.format(x="230"), "order") == ["inconsistent"]
    zh = "今年一季度该口岸进口粮食{x}万吨,创历史新高。此前纪录为2019年一季度的8.6万吨。"
    assert verdicts(zh.format(x="9.1"), "order", lang="zh") == ["consistent"]
    assert verdicts(zh.format(x="8.1"), "order", lang="zh") == ["inconsistent"]


def test_no_record_pair_when_the_nearest_figure_is_not_called_a_record() -> None:
    text = ("Exports of frozen fish were 250 thousand tonnes in June. The previous record was 241 thousand tonnes "
            "in 2021.")
    assert verdicts(text, "order") == []


def test_a_series_said_to_move_step_by_step() -> None:
    zh = "2023年1-4月,该口岸木材进口量分别为52万吨、47万吨、{x}万吨、38万吨,呈逐月下降态势。"
    assert verdicts(zh.format(x="41"), "order", lang="zh") == ["consistent"] * 3
    assert sorted(verdicts(zh.format(x="51"), "order", lang="zh")) == ["consistent", "consistent", "inconsistent"]
    en = "Grain arrivals rose steadily over the three years: 1.2 million, {x} million and 2.3 million tonnes."
    assert verdicts(en.format(x="1.8"), "order") == []  # the words come before the series: not read
    en = "Arrivals were 2.3 million tonnes in 2021, {x} million tonnes in 2022 and 1.2 million tonnes in 2023, a steady decline."
    assert verdicts(en.format(x="1.8"), "order") == ["consistent"] * 2
    assert sorted(verdicts(en.format(x="2.8"), "order")) == ["consistent", "inconsistent"]


def test_a_level_down_or_up_from_another_and_one_that_exceeds_another() -> None:
    en = "The plant cut its deliveries to 2.4 billion kWh in 2021, down from {x} billion kWh in 2020, the company said."
    assert verdicts(en.format(x="3.9"), "order") == ["consistent"]
    assert verdicts(en.format(x="1.9"), "order") == ["inconsistent"]
    up = "Grain loadings reached 5.2 million tonnes in 2022, up from {x} million tonnes in 2021."
    assert verdicts(up.format(x="4.4"), "order") == ["consistent"]
    assert verdicts(up.format(x="5.9"), "order") == ["inconsistent"]
    ru = "Вывоз рыбы к 1 декабря составил $4,6 млрд, что превышает показатель за весь 2020 год (${x} млрд)."
    assert verdicts(ru.format(x="4,1"), "order", lang="ru") == ["consistent"]
    assert verdicts(ru.format(x="4,9"), "order", lang="ru") == ["inconsistent"]
    other = "Экспорт составил $2 млрд, а импорт превысил $3 млрд."  # the imports passed a mark: no order of the two
    assert verdicts(other, "order", lang="ru") == []


def test_a_trend_word_before_a_pair_of_levels_orders_them() -> None:
    ru = "Крупнейшим поставщиком остается Канада, хотя здесь отмечается снижение с {x} до 536 миллионов долларов."
    assert verdicts(ru.format(x="955"), "order", lang="ru") == ["consistent"]
    assert verdicts(ru.format(x="455"), "order", lang="ru") == ["inconsistent"]
    en = "Shipments of barley rose from 35 million dollars to {x} million dollars."
    assert verdicts(en.format(x="177"), "order") == ["consistent"]
    assert verdicts(en.format(x="17"), "order") == ["inconsistent"]
    rng = "Prices fell to between 12 million dollars and 10 million dollars."  # a range, not two levels
    assert verdicts(rng, "order") == []


def test_a_range_set_against_a_range_is_no_trend_of_two_levels() -> None:
    rep = audit_text("The smelter now expects to refine 140,000 to 160,000 tonnes of nickel, down from 170,000 to 210,000 "
                     "tonnes.", lang="en")
    assert not rep.inconsistent() and not [c for c in rep.claims if c.kind == "order"]


def test_no_trend_order_for_a_base_range_or_a_list_of_bases() -> None:
    rng = "The miner now expects to produce 150,000 to 170,000 tonnes, down from 180,000 to 240,000 tonnes."
    assert verdicts(rng, "order") == []  # "down from" a range: the old forecast, not a fall from A to B
    listed = "Gas export revenue totaled $21.4 billion in 2021, up from 18.9 billion in 2020 and $4.5 billion in 2012."
    assert verdicts(listed, "order") == ["consistent"]  # 21.4 up from 18.9; 18.9 "and" 4.5 are two bases, no change


def test_two_rates_put_in_order_by_a_comparative() -> None:
    zh = "2022年,全省粮食出口额为85亿元,同比增长{x}%,增速高于上年的12.4%。"
    assert verdicts(zh.format(x="18.3"), "order", lang="zh") == ["consistent"]
    assert verdicts(zh.format(x="9.3"), "order", lang="zh") == ["inconsistent"]
    # a fall's percent is written without its sign: never compared as written
    assert verdicts("2022年,粮食出口下降8.3%,降幅低于上年的12.4%。", "order", lang="zh") == []


def test_a_level_called_an_increase_or_a_decrease_from_another() -> None:
    en = ("Grain shipments through the port reached {x} million tonnes in 2023, a sharp increase from the 3.1 million "
          "tonnes of 2022.")
    assert verdicts(en.format(x="4.6"), "order") == ["consistent"]
    assert verdicts(en.format(x="2.6"), "order") == ["inconsistent"]
    down = "Coal deliveries came to 2.2 million tonnes, a decline from 2.9 million tonnes a year earlier."
    assert verdicts(down, "order") == ["consistent"]


def test_a_comparative_said_in_the_passive_turns_the_order() -> None:
    text = "Battery cars posted a {x} percent rise, outpaced only by hybrids, which recorded a 33.1 percent rise."
    assert verdicts(text.format(x="27.6"), "order") == ["consistent"]
    assert verdicts(text.format(x="37.6"), "order") == ["inconsistent"]


def test_a_rate_slowing_from_or_slower_than_another_rate() -> None:
    slowing = "Sales of machinery to Kazakhstan grew {x} percent in March, slowing from 21.3 percent in February."
    assert verdicts(slowing.format(x="12.4"), "order") == ["consistent"]
    assert verdicts(slowing.format(x="24.1"), "order") == ["inconsistent"]
    slower = "Timber arrivals climbed {x}% in the second quarter, slower than the 9.5% pace of the first."
    assert verdicts(slower.format(x="6.2"), "order") == ["consistent"]
    assert verdicts(slower.format(x="11.2"), "order") == ["inconsistent"]
    ru = "Поставки угля выросли на {x}% в мае, замедлившись с 15,2% в апреле."
    assert verdicts(ru.format(x="8,1"), "order", lang="ru") == ["consistent"]
    assert verdicts(ru.format(x="18,1"), "order", lang="ru") == ["inconsistent"]


def test_billion_cubic_metres_written_bcm() -> None:
    text = "The pipeline is to carry {x} billion cubic metres in 2026, up from 31 bcm in 2025."
    assert verdicts(text.format(x="38"), "order") == ["consistent"]
    assert verdicts(text.format(x="28"), "order") == ["inconsistent"]


def test_a_level_then_the_later_level_a_trend_led_to() -> None:
    en = "Timber shipments stood at 412 million dollars in 2015, but climbed to almost {x} billion dollars in 2022."
    assert verdicts(en.format(x="1.3"), "order") == ["consistent"]
    assert verdicts(en.format(x="0.3"), "order") == ["inconsistent"]
    ru = "В 2018 году вывоз леса составил 4,2 млн т, а в 2022 году сократился до {x} млн т."
    assert verdicts(ru.format(x="2,7"), "order", lang="ru") == ["consistent"]
    assert verdicts(ru.format(x="5,7"), "order", lang="ru") == ["inconsistent"]
    zh = "2017年该港进口大豆31.4万吨,2021年增至{x}万吨。"
    assert verdicts(zh.format(x="45.2"), "order", lang="zh") == ["consistent"]
    assert verdicts(zh.format(x="25.2"), "order", lang="zh") == ["inconsistent"]


def test_no_trend_order_between_two_flows_or_one_period() -> None:
    assert verdicts("Exports were 5.2 billion dollars in 2020, imports rose to 3.1 billion dollars in 2021.", "order") == []
    assert verdicts("Exports were 5.2 billion dollars in 2021, and later rose to 3.1 billion dollars in 2021.", "order") == []


def test_a_record_day_is_not_below_the_daily_average() -> None:
    zh = "绥芬河公路口岸单日验放出入境车辆{x}辆次,创历史新高。今年以来,该口岸日均验放车辆860辆次。"
    assert verdicts(zh.format(x="1342"), "order", lang="zh") == ["consistent"]
    assert verdicts(zh.format(x="742"), "order", lang="zh") == ["inconsistent"]
    en = ("A single-day record of {x} trucks crossed at Zamyn-Uud on Monday. "
          "So far this year the crossing has handled a daily average of 690 trucks.")
    assert verdicts(en.format(x="1,105"), "order") == ["consistent"]
    assert verdicts(en.format(x="605"), "order") == ["inconsistent"]


def test_no_record_day_against_another_place_or_a_span_total() -> None:
    # another port's average
    zh = "绥芬河公路口岸单日验放出入境车辆742辆次,创历史新高。东宁口岸日均验放车辆860辆次。"
    assert verdicts(zh, "order", lang="zh") == []
    # a total since the start of the year is no daily average
    zh = "单日验放出入境人员1392人次,刷新历史纪录。日均通关旅客达1200人次,截至8月10日累计验放173100人次。"
    assert verdicts(zh, "order", lang="zh") == ["consistent"]
