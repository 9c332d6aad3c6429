"""Ranked lists told figure by figure (``ordered_lists``), whoever their members are: brands, regions, goods or
countries, in English, Russian and Chinese. Each rule on a text written for the test, with a true and a wrong
version, and the cases where the audit abstains."""

from __future__ import annotations

from northward.audit.api import audit_text
from tests.audit.test_relations_en import verdicts

EN_BRANDS = (
    "Tank was the most popular SUV brand in Kazakhstan, with 12,400 units sold, followed by Jetour with {x} units, "
    "and Exeed with 8,100 units."
)


def test_followed_by_lists_members_in_order() -> None:
    assert verdicts(EN_BRANDS.format(x="9,900"), "order") == ["consistent"] * 2
    assert sorted(verdicts(EN_BRANDS.format(x="7,900"), "order")) == ["consistent", "inconsistent"]


EN_SPOTS = (
    "Lada remained the leading brand, with 3,310 cars sold. Belgee claimed the second spot with {x} units, "
    "and Kaiyi took third with 1,020 units."
)


def test_spots_and_places_taken_with_their_figures() -> None:
    assert verdicts(EN_SPOTS.format(x="1,640"), "order") == ["consistent"] * 2
    assert sorted(verdicts(EN_SPOTS.format(x="3,640"), "order")) == ["consistent", "inconsistent"]


RU_NEXT = (
    "Основная часть леса отгружается в Узбекистан – {x} тыс. кубометров. Второй идет Казахстан – "
    "4,6 тыс. кубометров, затем Киргизия – около 950 кубометров."
)


def test_a_second_place_implies_the_first_before_it_and_then_goes_on() -> None:
    assert verdicts(RU_NEXT.format(x="21,7"), "order", lang="ru") == ["consistent"] * 2
    assert sorted(verdicts(RU_NEXT.format(x="3,1"), "order", lang="ru")) == ["consistent", "inconsistent"]


ZH_NEXT_SENTENCE = (
    "来自蒙古国的旅客人数最多,约{x}万人次。排名第二的是哈萨克斯坦。去年共有3.2万哈萨克斯坦旅客入境。"
    "乌兹别克斯坦旅客人数排名第三,共计0.9万人次。"
)


def test_a_place_whose_figure_is_in_the_next_sentence() -> None:
    assert verdicts(ZH_NEXT_SENTENCE.format(x="12"), "order", lang="zh") == ["consistent"] * 2
    assert sorted(verdicts(ZH_NEXT_SENTENCE.format(x="2.5"), "order", lang="zh")) == ["consistent", "inconsistent"]


def test_no_order_across_measures_flows_or_changes() -> None:
    # a share against an amount; a rate of change is no level
    mixed = "Tank was the most popular brand with 12,400 units, followed by Jetour (31%) and Exeed (8,100 units)."
    assert "inconsistent" not in verdicts(mixed, "order")
    rates = "Jetour was the most popular brand, its sales up 12%, followed by Exeed, whose sales rose 45%."
    assert verdicts(rates, "order") == []
    # a total in the sentence after a place is no member's figure
    total = "На втором месте граждане Казахстана. Всего край посетили более 90 тыс. иностранцев."
    assert verdicts(total, "order", lang="ru") == []
    # "затем" with no place said before is a time, not a place
    time = "Экспорт вырос до 5 млн тонн, затем снизился до 7 млн тонн."
    assert verdicts(time, "order", lang="ru") == []


def test_followed_by_an_event_is_no_place() -> None:
    text = "Trade reached 100 billion yuan in 2023, followed by a rise to 120 billion yuan in 2024."
    # no place of a ranking (the rise from one year's level to the next is ``level_trends``' order, and holds)
    assert [c for c in audit_text(text, lang="en").claims if c.kind == "order" and "ranking" in c.note] == []


RU_LISTED = (
    "В 2021 году зерно отправлялось в Казахстан (21,4%), Узбекистан (14,2%) и Монголию (9,8%). "
    "Лидером стал Вьетнам, на долю которого пришлось {x}% отгрузок."
)


def test_the_first_place_is_above_each_member_listed_with_its_figure() -> None:
    assert verdicts(RU_LISTED.format(x="33,5"), "order", lang="ru") == ["consistent"] * 3
    assert sorted(verdicts(RU_LISTED.format(x="19,5"), "order", lang="ru")) == ["consistent", "consistent", "inconsistent"]
    # a list of lowercase goods is no list of members; a total in the list is no member
    goods = "В 2021 году экспорт включал уголь (61,4%), руду (24,2%). Лидером стал Вьетнам, на долю которого пришлось 19,5%."
    assert "inconsistent" not in verdicts(goods, "order", lang="ru")


def test_no_place_from_a_range_a_far_place_or_past_a_clause_stop() -> None:
    rng = "Canada earned US$47 billion followed by Chile, Peru and Brazil, which earned from US$17 billion to US$54 billion."
    assert "inconsistent" not in verdicts(rng, "order")
    far = ("В 2022 г. лидирующую позицию по добыче угля сохранил Китай (около 4,5 млрд тонн). "
           "Казахстан занимает восьмое место по объёму запасов угля (около 25,6 млрд тонн).")
    assert verdicts(far, "order", lang="ru") == []
    stop = ("Port A is the busiest with 4.6 million tonnes followed by Port B with 4.3 million tonnes; regions: "
            "Asia (43.4 million tonnes), Europe (20.1 million tonnes).")
    assert "inconsistent" not in verdicts(stop, "order")


def test_a_place_whose_figure_is_in_the_next_sentence_and_the_leader_told_after_it() -> None:
    ru = ("Хабаровский край по итогам 2023 года занял вторую строчку в рейтинге регионов по числу туристов из Монголии. "
          "В период с января по декабрь край посетили 12,4 тысячи туристов из Монголии. Это на 9% больше, чем годом ранее. "
          "Лидирующая позиция рейтинга – у Иркутской области: 31,2 тысячи туристов. "
          "Третье место заняла Бурятия: {x} тысячи туристов.")
    rep = audit_text(ru.format(x="8,6"), lang="ru")
    orders = {(c.roles["higher"].text, c.roles["lower"].text) for c in rep.claims if c.kind == "order"}
    assert ("31,2 тысячи", "12,4 тысячи") in orders and ("12,4 тысячи", "8,6 тысячи") in orders
    assert not rep.inconsistent()
    assert audit_text(ru.format(x="14,6"), lang="ru").inconsistent()


def test_no_leader_from_a_closing_group_of_leaders() -> None:
    # "Тройку лидеров замкнул": the third place of a ranking by growth, no first place of the ranking by value
    ru = ("По абсолютным значениям Омская область удерживает второе место: 412,5 миллиарда рублей. "
          "На втором месте по динамике Томская область (+9,1%), объём торговли в ней около 300 миллиардов рублей. "
          "Тройку лидеров замкнул Алтайский край (+8,2%, 280 миллиардов оборот).")
    assert not audit_text(ru, lang="ru").inconsistent()
