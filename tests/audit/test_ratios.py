"""Ratios between two amounts (``ratios``, the ``multiple`` check): sentences written for the test, a true and a
wrong version of each."""

from __future__ import annotations

from northward.audit.api import audit_text


def multiple_verdicts(text: str, lang: str) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == "multiple" and "from" in c.roles}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_multiple_of_a_fall_divides_the_level() -> None:
    en = "In the first quarter, timber shipments shrank nearly threefold, falling from $61.5 million to ${x} million."
    assert multiple_verdicts(en.format(x="22.4"), "en") == ["consistent"]  # 61.5 / 22.4 = 2.75
    assert multiple_verdicts(en.format(x="12.4"), "en") == ["inconsistent"]  # 4.96
    ru = "В марте экспорт рыбы сократился в три раза, до ${x} тысячи с $930 тысяч в марте 2022 года."
    assert multiple_verdicts(ru.format(x="305"), "ru") == ["consistent"]  # 930 / 305 = 3.05
    assert multiple_verdicts(ru.format(x="205"), "ru") == ["inconsistent"]  # 4.54


def test_a_rise_to_a_level_from_another_in_russian() -> None:
    ru = "Импорт угля вырос в 2 раза, до {x} млн тонн с 3,1 млн тонн годом ранее."
    assert multiple_verdicts(ru.format(x="6,3"), "ru") == ["consistent"]
    assert multiple_verdicts(ru.format(x="8,3"), "ru") == ["inconsistent"]
    date = "Импорт угля вырос в 2 раза, до 6,3 млн тонн с 1 января."  # a day of a month is no level
    assert multiple_verdicts(date, "ru") == []


def test_fourfold_written_as_one_word() -> None:
    en = "Exports of soybean meal grew fourfold from $3.1 million to ${x} million."
    assert multiple_verdicts(en.format(x="12.5"), "en") == ["consistent"]
    assert multiple_verdicts(en.format(x="18.5"), "en") == ["inconsistent"]


def test_almost_halve_to_a_level_from_another() -> None:
    en = "The new line would almost halve freight costs, to just below ${x} a tonne from $9.15."
    assert multiple_verdicts(en.format(x="5"), "en") == ["consistent"]  # 5 / 9.15 = 0.55: a little more than half
    assert multiple_verdicts(en.format(x="3"), "en") == ["inconsistent"]  # 0.33: more than halved
    assert multiple_verdicts("The plant halved its output, to $2.6 million from $3.1 million.", "en") == ["inconsistent"]


def test_a_multiple_told_alone_and_its_levels_in_the_next_sentence() -> None:
    ru = ("В 30 раз вырос вывоз сои через пункт пропуска. Если в 2021 году там оформили всего 12 тыс. тонн, "
          "то в 2022-м – уже {x} тыс. тонн.")
    assert multiple_verdicts(ru.format(x="361"), "ru") == ["consistent"]  # 361 / 12 = 30.1
    assert multiple_verdicts(ru.format(x="461"), "ru") == ["inconsistent"]  # 38.4
    flows = "В 3 раза вырос товарооборот. Если экспорт составил 12 тыс. тонн, то импорт – уже 40 тыс. тонн."
    assert multiple_verdicts(flows, "ru") == []  # two flows, no two years: not an earlier and a later level


def test_no_level_before_from_a_count() -> None:
    ru = "Вывоз угля вырос на 20%, до 5 млн тонн с 2 портов края."  # "с 2 портов": a count, not last year's level
    rep = audit_text(ru, lang="ru")
    assert not [c for c in rep.claims if c.kind == "change_pct" and "from" in c.roles]


def test_no_levels_from_the_next_sentence_of_another_country_or_trend() -> None:
    ru = ("Поставки пшеницы в Китай за год сократились в 2 раза. При этом крупнейшим экспортером остается Канада, "
          "хотя здесь отмечается снижение с 955 до 536 миллионов долларов.")
    assert multiple_verdicts(ru, "ru") == []


def test_a_multiple_then_a_pair_written_to_first() -> None:
    ru = "В марте экспорт меда упал в три раза, до $30,5 тысячи с ${x} тысячи годом ранее."
    assert multiple_verdicts(ru.format(x="92"), "ru") == ["consistent"]  # 92 / 30.5 = 3.02
    assert multiple_verdicts(ru.format(x="152"), "ru") == ["inconsistent"]  # 4.98


def test_no_levels_from_days_of_a_month() -> None:
    ru = "С 1 по 20 февраля Россия нарастила экспорт пшеницы на 10,6%."
    rep = audit_text(ru, lang="ru")
    assert not [c for c in rep.claims if "from" in c.roles]


def test_one_and_a_half_times_and_a_rate_below_fifty_percent() -> None:
    # "в полтора раза" (×1.5) and a rate of the same growth under 50%: one growth told twice, the rate judged
    ru = "Вывоз леса через Покровку вырос в полтора раза. За девять месяцев отгрузки увеличились на {x}%."
    rep = audit_text(ru.format(x="48"), lang="ru")
    told = [c for c in rep.claims if c.kind == "multiple" and "rate" in c.roles]
    assert told
    assert rep.claim_verdicts()[told[0].claim_id] == "consistent"
    rep = audit_text(ru.format(x="18"), lang="ru")
    assert not [c for c in rep.claims if c.kind == "multiple" and "rate" in c.roles]  # below half the growth


def test_a_multiple_told_alone_and_its_levels_with_their_trend_two_sentences_on() -> None:
    ru = ("Таможня 5 марта отметила рост в 2,5 раза грузопотока через переход. «Работа идёт штатно. "
          "Грузопоток вырос с 4 тысяч до {x} тысяч тонн в сутки.")
    assert multiple_verdicts(ru.format(x="10"), "ru") == ["consistent"]  # 10 / 4 = 2.5
    assert multiple_verdicts(ru.format(x="16"), "ru") == ["inconsistent"]  # 4
    other_way = ru.replace("вырос", "снизился").format(x="10")
    assert multiple_verdicts(other_way, "ru") == []  # a trend the other way: a statement of its own
    grain = ("Вывоз угля вырос в 2,5 раза. Вывоз зерна вырос с 4 тысяч до 10 тысяч тонн.")
    assert multiple_verdicts(grain, "ru") == []  # another good's levels


def test_a_multiple_from_a_base_to_the_level_after_it() -> None:
    en = ("Trade with the bloc is near $90bn a year, while the surplus halved from the $64bn earned in 2021 "
          "to an estimated ${x}bn this year.")
    assert multiple_verdicts(en.format(x="31"), "en") == ["consistent"]  # 31 / 64 = 0.48
    assert multiple_verdicts(en.format(x="45"), "en") == ["inconsistent"]  # 0.70, and never 90 against 64


def test_a_multiple_of_bare_counts_of_thousands() -> None:
    en = "Sales of Chinese brands reached {x} in March, almost triple the 4,120 in March last year."
    assert multiple_verdicts(en.format(x="11,950"), "en") == ["consistent"]  # 2.90
    assert multiple_verdicts(en.format(x="15,950"), "en") == ["inconsistent"]  # 3.87
    small = "Sales of the model reached 45 in March, almost triple the 16 in March last year."
    assert multiple_verdicts(small, "en") == []  # bare small numbers: no terms read


def test_no_multiple_and_rate_told_of_two_measures() -> None:
    # people ×2.2 and vehicles +85%: two growths, not one told twice
    zh = "上半年,珲春口岸出入境人员达到45.6万人次,同比增长1.2倍;出入境交通工具8.9万辆次,同比增长85%。"
    rep = audit_text(zh, lang="zh")
    assert [c for c in rep.claims if c.kind == "multiple" and "rate" in c.roles] == []
    # one growth told twice, the level said once
    zh = "上半年,珲春口岸出入境人员增长1.2倍。上半年,该口岸出入境人员达到45.6万人次,同比增长120%。"
    rep = audit_text(zh, lang="zh")
    assert [c.kind for c in rep.claims if c.kind == "multiple" and "rate" in c.roles] == ["multiple"]
