"""Rankings a text tells in words (``rankings``), in English, Russian and Chinese, checked against the figures
it gives: places said with ordinals, "next" words, and the members listed after "after"/"ahead of". Each
rule on a text written for the test, with a true and a wrong version, and the cases where the audit abstains."""

from __future__ import annotations

from tests.audit.test_relations_en import verdicts

RU_PLACES = (
    "В рейтинге поставщиков угля в Китай за 2024 год Индонезия занимает первое место с {x} млн тонн. "
    "На втором месте расположилась Австралия, отгрузившая 78,4 млн тонн. На третьем месте — Монголия "
    "(70,1 млн тонн). Далее следуют Канада (9,2 млн тонн) и Филиппины (6,5 млн тонн)."
)


def test_ordinal_places_and_next_places_in_russian() -> None:
    assert verdicts(RU_PLACES.format(x="240,1"), "order", lang="ru") == ["consistent"] * 4
    assert sorted(verdicts(RU_PLACES.format(x="74,3"), "order", lang="ru")) == ["consistent"] * 3 + ["inconsistent"]


ZH_PLACES = (
    "2023年,巴西成为中国最大的大豆进口来源国,全年对华出口大豆{x}万吨。排第二及第三位的是美国及阿根廷,"
    "美国对华出口2417万吨,阿根廷对华出口197万吨。"
)


def test_leader_and_two_places_listed_in_chinese() -> None:
    assert verdicts(ZH_PLACES.format(x="6995"), "order", lang="zh") == ["consistent"] * 2
    assert sorted(verdicts(ZH_PLACES.format(x="1995"), "order", lang="zh")) == ["consistent", "inconsistent"]


EN_LIST = (
    "Kazakhstan was the third-largest supplier of wheat to the region after Canada and Australia. "
    "Shipments from Canada reached 2.95 million tonnes in 2022, while Australian wheat came to 2.41 million "
    "tonnes. Kazakhstan shipped {x} million tonnes."
)


def test_members_listed_after_a_place_are_above_it() -> None:
    assert verdicts(EN_LIST.format(x="0.84"), "order") == ["consistent"] * 2
    assert sorted(verdicts(EN_LIST.format(x="2.64"), "order")) == ["consistent", "inconsistent"]


def test_no_ranking_pair_when_a_member_has_several_figures_or_the_ranking_is_the_worlds() -> None:
    several = (
        "Canada was the largest supplier of wheat to the region, with 2.95 million tonnes in 2022 and 3.40 "
        "million tonnes in 2021. Australia, the second-largest supplier, shipped 2.41 million tonnes."
    )
    assert verdicts(several, "order") == []
    world = (
        "Canada, the world's largest exporter of wheat, shipped 1.95 million tonnes to the region. Australian "
        "wheat came to 2.41 million tonnes."
    )
    assert verdicts(world, "order") == []


def test_a_figure_after_a_compared_country_is_the_subjects() -> None:
    # "超过沙特,…": the figure after the clause break is Russia's, the subject's, not the country it passed
    text = "今年3月,俄罗斯超过沙特,成为中国最大原油供应国,对华日均出口{x}万桶;沙特降至第二,对华日均出口178万桶。"
    assert verdicts(text.format(x="198"), "order", lang="zh") == ["consistent"]
    assert verdicts(text.format(x="158"), "order", lang="zh") == ["inconsistent"]


def test_the_first_place_is_above_every_member_the_text_gives() -> None:
    text = (
        "Canada, the largest supplier of wheat to the region, shipped {x} million tonnes in 2022. "
        "Australian wheat came to 2.41 million tonnes in 2022, and Kazakhstan shipped 0.84 million tonnes in 2022."
    )
    assert verdicts(text.format(x="2.95"), "order") == ["consistent"] * 2
    assert sorted(verdicts(text.format(x="1.95"), "order")) == ["consistent", "inconsistent"]


def test_places_said_as_ranked_second_or_by_size() -> None:
    en = ("Canada ranked first with 2.95 million tonnes of wheat in 2022. Australia ranked second with {x} million "
          "tonnes in 2022.")
    assert verdicts(en.format(x="2.41"), "order") == ["consistent"]
    assert verdicts(en.format(x="3.41"), "order") == ["inconsistent"]
    ru = ("Крупнейшим поставщиком пшеницы в регион в 2022 году была Канада — 2,95 млн тонн. Вторым по величине "
          "поставщиком стала Австралия с {x} млн тонн.")
    assert verdicts(ru.format(x="2,41"), "order", lang="ru") == ["consistent"]
    assert verdicts(ru.format(x="3,41"), "order", lang="ru") == ["inconsistent"]


def test_a_bracketed_list_may_leave_its_unit_unsaid() -> None:
    ru = ("В 2024 году Казахстан закупил {x} млн литров российского молока. Казахстан занимает третье место среди "
          "покупателей, уступая Китаю, Белоруссии (88,2 млн литров) и Узбекистану (52,6 млн).")
    assert verdicts(ru.format(x="41,5"), "order", lang="ru") == ["consistent"] * 2
    assert sorted(verdicts(ru.format(x="61,5"), "order", lang="ru")) == ["consistent", "inconsistent"]


def test_next_come_after_the_one_country_named_before() -> None:
    ru = ("Германия закупила древесины на 41,2 млн долларов. Далее идут Франция (19,5 млн) и Украина ({x} млн).")
    assert verdicts(ru.format(x="12,3"), "order", lang="ru") == ["consistent", "consistent"]
    assert sorted(verdicts(ru.format(x="22,3"), "order", lang="ru")) == ["consistent", "inconsistent"]
    two = "Германия и Бразилия закупили древесины на 41,2 млн долларов. Далее идут Франция (19,5 млн) и Украина (22,3 млн)."
    assert verdicts(two, "order", lang="ru") == []  # two countries before: which is the one they follow?


RU_MOST = ("Всего из Приморья вывезено 31,5 тыс. тонн краба. Больше всего закупает Китай ({x} тыс. тонн), "
           "далее Корея (9,3 тыс. тонн) и Япония (2,2 тыс. тонн).")


def test_the_most_said_in_words_puts_its_member_first() -> None:
    # "больше всего", "最多": the first place; China is a member when the words make it a destination or a list's member
    assert verdicts(RU_MOST.format(x="17,4"), "order", lang="ru") == ["consistent"] * 2
    assert "inconsistent" in verdicts(RU_MOST.format(x="7,4"), "order", lang="ru")
    grown = "Больше всего выросли поставки в Китай (до 7,4 тыс. тонн), в Корею ушло 9,3 тыс. тонн."
    assert verdicts(grown, "order", lang="ru") == []  # the most growth, not the largest level
    zh = "出口到韩国的煤炭最多,共{x}万吨,日本2.1万吨。"
    assert verdicts(zh.format(x="5.6"), "order", lang="zh") == ["consistent"]
    assert verdicts(zh.format(x="1.6"), "order", lang="zh") == ["inconsistent"]
    china = "Китай импортировал 180 млн тонн угля. Больше всего поставила Россия (50 млн тонн), Монголия — 30 млн тонн."
    assert "inconsistent" not in verdicts(china, "order", lang="ru")  # the reporting country is no member


def test_a_members_level_of_the_year_before_is_not_its_figure_in_the_ranking() -> None:
    ru = ("В январе-мае Китай закупил у РФ ячменя на ${x} млн, что на треть меньше, чем за аналогичный период прошлого "
          "года ($63,9 млн). Россия заняла четвертое место среди поставщиков после Австралии (на $1,2 млрд), Канады "
          "(на $540,2 млн) и Франции (на $212,6 млн).")
    assert set(verdicts(ru.format(x="42,5"), "order", lang="ru")) == {"consistent"}
    assert "inconsistent" in verdicts(ru.format(x="242,5"), "order", lang="ru")


def test_places_said_with_their_verb_or_bare_after_a_name_in_chinese() -> None:
    zh = "其中,越南位居第二,贸易额为{x}亿美元,泰国第三,贸易额为3.1亿美元。"
    assert verdicts(zh.format(x="5.2"), "order", lang="zh") == ["consistent"]
    assert verdicts(zh.format(x="2.2"), "order", lang="zh") == ["inconsistent"]
    quarter = "越南第三季度贸易额为5.2亿美元,泰国第二,贸易额为3.1亿美元。"
    assert verdicts(quarter, "order", lang="zh") == []  # "第三季度" is a quarter, not a place


def test_china_as_a_lists_member_after_a_dash() -> None:
    ru = "Больше всего рыбы оформлено на экспорт в Китай – {x} тыс. т, в Японию — 6,1 тыс. т."
    assert verdicts(ru.format(x="21,3"), "order", lang="ru") == ["consistent"]
    assert verdicts(ru.format(x="2,3"), "order", lang="ru") == ["inconsistent"]
