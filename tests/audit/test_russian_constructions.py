"""Russian constructions of the tenth session (issue 11): how Russian reporters split a total into its flows, give
a change between two levels, restate a rounded count, and how a page may break a decimal figure.

Every sentence is written for the test (invented places and figures); each rule has a true text and a wrong twin
where it decides a verdict, and a text it must leave alone."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, kind: str, date: str | None = None) -> list[str]:
    """The verdicts of the claims of one kind (no store)."""
    rep = audit_text(text, lang="ru", doc_date=date)
    per_claim = rep.claim_verdicts()
    return [per_claim[c.claim_id] for c in rep.claims if c.kind == kind and c.claim_id in per_claim]


# --- a total, then "экспорт из РФ в Китай ..., а импорт — ..." in the next sentence --------------------------------


def test_export_named_by_its_direction_and_a_bare_import_after_a_are_the_two_flows() -> None:
    text = ("За январь через пункт пропуска Северный перевезли {t} тонн грузов. При этом экспорт из России в Китай "
            "составил 620 тонн, а импорт — 1310 тонн.")
    assert verdicts(text.format(t="1930"), "sum") == ["consistent"]
    assert verdicts(text.format(t="2030"), "sum") == ["inconsistent"]


def test_the_same_with_chinese_exports_first_and_a_bare_export_noun_after() -> None:
    text = ("По итогам квартала через мост прошло {t} тыс. тонн грузов. Импорт из Китая в Россию составил 41,5 тыс. "
            "тонн, а экспорт — 18,2 тыс. тонн.")
    assert verdicts(text.format(t="59,7"), "sum") == ["consistent"]
    assert verdicts(text.format(t="65,7"), "sum") == ["inconsistent"]


def test_two_parts_of_one_direction_are_not_made_opposite() -> None:
    # both clauses name the same noun: nothing is contrasted, no sum of export and import is formed
    text = ("За год через переход перевезли 3000 тонн грузов. При этом экспорт из России в Китай составил 620 тонн, "
            "а экспорт леса — 1310 тонн.")
    assert verdicts(text, "sum") == []


# --- "с 3,42 - до 3,19 млн тонн": a dash before "до" -------------------------------------------------------------


def test_a_change_between_two_levels_with_a_dash_before_do() -> None:
    text = ("По итогам трех месяцев 2019 года порт сократил перевалку угля на 6,3% по сравнению с аналогичным периодом "
            "прошлого года с 4,76 – до {b} млн тонн.")
    assert verdicts(text.format(b="4,46"), "change_pct", "2019-04-05") == ["consistent"]
    assert verdicts(text.format(b="4,26"), "change_pct", "2019-04-05") == ["inconsistent"]


# --- a rounded count of travellers restated exactly ------------------------------------------------------------


def test_travellers_and_citizens_are_counted_as_people() -> None:
    text = ("Более 740 туристов из Китая посетили край за первую неделю. По данным агентства, за неделю край "
            "принял {n} китайских путешественников.")
    assert verdicts(text.format(n="746"), "comparison") == ["consistent"]
    assert verdicts(text.format(n="736"), "comparison") == ["inconsistent"]


# --- a decimal figure the page broke with a space ------------------------------------------------------------------


def test_a_figure_split_after_its_decimal_comma_is_never_called_wrong() -> None:
    # "512, 4 тыс." is 512,4 thousand with a stray space: read as 4 thousand, the part would look larger than it
    text = ("С начала года оформлено 6200 партий рыбы общим весом 512, 4 тыс. тонн. В частности, в Японию "
            "поставлено 301,5 тыс. тонн рыбы.")
    rep = audit_text(text, lang="ru")
    assert not rep.inconsistent()
    # the same whole written without the stray space still decides the part
    fixed = text.replace("512, 4", "512,4")
    assert not audit_text(fixed, lang="ru").inconsistent()


# --- a product's total, then the partners it went to, one clause each ----------------------------------------------


def test_partners_of_a_product_total_are_its_parts_even_without_the_product_named_again() -> None:
    text = ("С начала 2022 года из края экспортировано 410,5 тыс. тонн рыбопродукции. По данным на 15 июля 2022 года "
            "в Республику Корея поставлено {k} тыс. тонн рыбы и морепродуктов. В КНР экспортировано 120,4 тыс. тонн, "
            "в Японию - 11,2 тыс. тонн.")
    assert verdicts(text.format(k="250,3"), "parts") == ["consistent"]
    assert verdicts(text.format(k="350,3"), "parts") == ["inconsistent"]


def test_a_whole_of_other_goods_ends_the_partners_of_the_first() -> None:
    # Japan's 72,5 t are molluscs (the whole said just before), not a part of the fish products' 12,5 thousand t
    text = ("С начала года экспортировано 12,5 тыс. тонн рыбопродукции. В Китай отправлено 9,1 тыс. тонн. Кроме того, "
            "экспортировано 34 партии живых моллюсков общим весом 404 тонны. В Японию - 72,5 тонны.")
    rep = audit_text(text, lang="ru")
    wholes = {c.roles["total"].text: [q.text for k, q in c.roles.items() if k != "total"]
              for c in rep.claims if c.kind == "parts"}
    assert wholes.get("12,5 тыс.") == ["9,1 тыс."]


def test_as_of_a_day_is_a_part_of_the_year_like_since_its_start() -> None:
    from northward.audit.period_words import find

    found = find("По состоянию на 1 июля 2023 года экспорт составил")
    assert [p.vague for p in found] == [True]
    assert [p.vague for p in find("по данным на 8 августа")] == [True]
    assert find("перенесли на 8 августа") == []


def test_a_carried_product_lends_its_whole_to_no_bracketed_share() -> None:
    # the 91% may be of the exports abroad, not of all the timber shipped: the share stays undecided
    text = ("За тот же период прошлого года из области вывезли 61 200 кубометров леса. В Китай отправили 50 100 "
            "кубометров (91%).")
    rep = audit_text(text, lang="ru")
    assert not rep.inconsistent()
    assert verdicts(text, "parts") == ["consistent"]


# --- a whole, then a colon list of named parts in the next sentence ---------------------------------------------


def test_buyers_listed_after_a_colon_are_parts_of_the_whole_said_before() -> None:
    text = ("С начала года на экспорт из края отправили почти 38 тысяч тонн рыбопродукции. Подробности сообщили в "
            "ведомстве. Куда отправилась продукция: Китай - 512 партий общим весом 21,3 тысяч тонн, Республика Корея – "
            "140 партий общим весом {k} тысяч тонн, Япония – 60 партий весом 3,1 тысяч тонн.")
    assert verdicts(text.format(k="12,2"), "parts") == ["consistent"]
    assert verdicts(text.format(k="22,2"), "parts") == ["inconsistent"]


def test_goods_listed_after_a_colon_with_a_part_said_after_iz_nih_skipped() -> None:
    text = ("За январь – май 2023 года на экспорт оформлено 150,2 тыс. тонн рыбопродукции, из них 31 тыс. тонн – в мае. "
            "За январь – май 2023 года в основном экспортировались: минтай – 98,4 тыс. тонн, сельдь – {h} тыс. тонн.")
    claims = audit_text(text.format(h="40,1"), lang="ru").claims
    listed = [c for c in claims if c.kind == "parts" and "98,4 тыс." in [q.text for q in c.roles.values()]]
    assert [c.roles["total"].text for c in listed] == ["150,2 тыс."]
    assert verdicts(text.format(h="60,1"), "parts").count("inconsistent") == 1


def test_a_colon_list_is_not_read_against_a_whole_it_exceeds_or_of_another_flow() -> None:
    bigger = ("Экспорт составил 12 тыс. тонн. Основные покупатели: Китай – 30 тыс. тонн, Корея – 5 тыс. тонн.")
    assert verdicts(bigger, "parts") == []
    other_flow = ("Экспорт рыбы составил 40 тыс. тонн. Импорт поступал из стран: Китай – 30 тыс. тонн, Корея – 25 тыс. "
                  "тонн.")
    assert verdicts(other_flow, "parts") == []


def test_lots_weighed_after_their_goods_and_a_buyer_named_with_kuda() -> None:
    # "N партий <goods> общим весом X": the weight's goods are the lots'; "Корея, куда направлено": Korea the buyer
    text = ("С начала года за рубеж направлено 52 партии живых моллюсков общим весом 610 тонн. Основным покупателем стала "
            "Республика Корея, куда направлено 40 партий общим весом {k} тонн. Также моллюски экспортированы в Японию "
            "(12 партий общим весом 95,5 тонны).")
    assert verdicts(text.format(k="514,5"), "parts") == ["consistent"]
    assert verdicts(text.format(k="541,5"), "parts") == ["inconsistent"]


def test_a_half_of_a_year_said_as_polovina() -> None:
    from northward.audit.period_words import find

    assert [(p.first, p.last, p.year) for p in find("по итогам первой половины 2025 года экспорт упал")] == [(1, 6, 2025)]
    assert [(p.first, p.last) for p in find("во второй половине года")] == [(7, 12)]
    assert find("в первой половине дня") == []


def test_the_level_of_the_year_a_figure_is_set_against_is_no_year_of_the_figure() -> None:
    from northward.audit.context import facts

    assert facts("составил 17,2 млн тонн, что на 3,7% меньше показателя 2020 года").years == ()
    assert facts("Импорт остался на уровне 2020 года и составил 2,2 млн тонн").years == ()
    assert [y for _p, y in facts("в 2021 году импорт остался на уровне 2020 года").years] == [2021]


# --- "A против B годом ранее": the level set against the earlier period's ------------------------------------------


def test_a_rate_told_after_a_level_set_against_last_years_with_protiv() -> None:
    text = ("В 2023 году перевалка угля в порту составила 14,2 млн тонн против 11,5 млн тонн годом ранее, то есть "
            "выросла на {r}%.")
    assert verdicts(text.format(r="23,5"), "change_pct") == ["consistent"]
    assert verdicts(text.format(r="32,5"), "change_pct") == ["inconsistent"]


def test_protiv_without_an_earlier_period_is_no_pair() -> None:
    # a plan, another flow or another place set against the figure: no base of the rate
    text = "Экспорт составил 14,2 млн тонн против 11,5 млн тонн импорта, рост на 32,5%."
    assert all("from" not in c.roles for c in audit_text(text, lang="ru").claims if c.kind == "change_pct")


def test_a_share_set_beside_a_part_after_iz_nih_with_ili_takes_the_whole() -> None:
    text = ("В 2022 году через пункт пропуска перевезли 3,6 млн тонн грузов. Из них 2,7 млн тонн, или {s}%, составил "
            "уголь.")
    assert verdicts(text.format(s="75"), "share") == ["consistent"]
    assert verdicts(text.format(s="85"), "share") == ["inconsistent"]


def test_a_share_then_a_colon_and_x_iz_y() -> None:
    text = "Доля Китая в экспорте области составила {s}%: 2,4 млрд долларов из 4,8 млрд."
    assert verdicts(text.format(s="50"), "share") == ["consistent"]
    assert verdicts(text.format(s="60"), "share") == ["inconsistent"]


def test_partners_listed_then_vsego_are_parts_of_the_total_not_all_of_it() -> None:
    # three buyers named, then the region's total: other buyers may make up the rest
    text = ("Экспорт в Китай составил 710 млн долларов, в Японию – 380 млн, в Корею – 250 млн долларов. Всего экспорт "
            "области достиг {t} млрд долларов.")
    assert verdicts(text.format(t="1,5"), "parts") == ["consistent"]
    assert verdicts(text.format(t="1,5"), "sum") == []
    assert verdicts(text.format(t="1,2"), "parts") == ["inconsistent"]
    # "Таким образом" sums what was listed
    summed = text.format(t="1,34").replace("Всего экспорт", "Таким образом, общий экспорт")
    assert verdicts(summed, "sum") == ["consistent"]


def test_a_colon_list_with_a_part_of_an_item_is_not_read() -> None:
    text = ("Импорт составил 120,4 тыс. тонн грузов. Основную его долю составляют: прочие грузы – 70,2 тыс. тонн, в том "
            "числе грузы в контейнерах – 35,1 тыс. тонн; черные металлы – 18,3 тыс. тонн.")
    rep = audit_text(text, lang="ru")
    assert not rep.inconsistent()


def test_a_share_set_against_last_years_with_protiv_and_its_change_in_points() -> None:
    text = "Доля Китая в экспорте области составила 41,3% против 36,2% годом ранее, увеличившись на {p} п.п."
    assert verdicts(text.format(p="5,1"), "change_pp") == ["consistent"]
    assert verdicts(text.format(p="6,1"), "change_pp") == ["inconsistent"]


def test_a_colon_list_of_a_plan_or_of_another_year_is_not_read_against_the_level_before() -> None:
    plan = "Порт перевалил 11 млн тонн угля. Планы на 2025 год: уголь – 9 млн тонн, руда – 4 млн тонн."
    assert verdicts(plan, "parts") == []
    other = ("В 2023 году экспорт рыбы составил 55 тыс. тонн. Для сравнения, в 2022 году основные покупатели: Китай – "
             "45 тыс. тонн, Корея – 30 тыс. тонн.")
    assert verdicts(other, "parts") == []


def test_a_colon_list_of_another_measure_is_not_read() -> None:
    text = "Экспорт через порт составил 90 тыс. тонн. Мощность терминалов: Северный – 70 тыс. тонн, Южный – 50 тыс. тонн."
    assert verdicts(text, "parts") == []


def test_the_second_direction_after_i_keeps_the_goods_of_no_clause_of_its_own() -> None:
    text = ("С 3 по 6 мая через пункты пропуска края прошли {t} автомобиля: 640 грузовиков на выезд из России в Китай "
            "и 512 – на въезд в РФ.")
    assert verdicts(text.format(t="1152"), "sum") == ["consistent"]
    assert verdicts(text.format(t="1252"), "sum") == ["inconsistent"]


def test_a_year_before_a_comma_does_not_split_the_figure_after_it() -> None:
    from northward.audit.numbers import scan
    from northward.audit.reading_signs import uncertain

    text = "Перевалка составила 2,3 млн тонн в 2021, 2,8 млн тонн в 2022 году."
    assert not any(uncertain(text, q) for q in scan(text, "ru"))
    split = "оформлено партий общим весом 512, 4 тыс. тонн"
    assert [bool(uncertain(split, q)) for q in scan(split, "ru") if q.kind == "amount"] == [True, True]


# --- a level, its change as an amount and the earlier level ------------------------------------------------------


def test_a_level_its_change_and_the_earlier_level_in_brackets_add_up() -> None:
    text = ("Импорт из Китая составил 5,3 млрд долларов, что на 0,9 млрд долларов больше, чем годом ранее "
            "({b} млрд долларов).")
    assert verdicts(text.format(b="4,4"), "sum") == ["consistent"]
    assert verdicts(text.format(b="4,1"), "sum") == ["inconsistent"]


def test_a_fall_told_with_the_earlier_level_after_kogda() -> None:
    text = ("В 2023 году через переход перевезено 6,1 млн тонн, на 0,5 млн тонн меньше, чем в 2022 году, когда было "
            "перевезено {b} млн тонн.")
    assert verdicts(text.format(b="6,6"), "sum") == ["consistent"]
    assert verdicts(text.format(b="6,9"), "sum") == ["inconsistent"]


def test_a_part_of_the_change_in_brackets_is_no_earlier_level() -> None:
    text = ("Экспорт составил 5,3 млрд долларов, что на 0,9 млрд долларов больше, чем годом ранее (в том числе "
            "0,3 млрд долларов за счет нефти).")
    assert verdicts(text, "sum") == []


# --- amounts in words with a scale word ------------------------------------------------------------------------


def test_russian_amounts_in_words_with_a_scale_word() -> None:
    from northward.audit.numbers import scan

    def read(text: str) -> list[tuple[float, str | None, str]]:
        return [(q.value, q.currency, q.hedge.kind) for q in scan(text, "ru") if q.kind == "amount"]

    assert read("В пиковые дни границу пересекали почти четыре тысячи человек.") == [(4000.0, "passengers", "nearly")]
    assert read("перевезли полтора миллиона тонн") == [(1500000.0, "t", "exact")]
    assert read("около двух тысяч автомобилей") == [(2000.0, "vehicles", "about")]
    assert read("двадцать пять тысяч тонн") == [(25000.0, "t", "exact")]
    assert read("два пункта пропуска работали пять лет") == []


def test_a_rounded_count_in_words_and_the_exact_count() -> None:
    text = "За неделю край посетили почти три тысячи туристов из Китая. По данным агентства, это {n} человек."
    assert verdicts(text.format(n="2 940"), "comparison") == ["consistent"]
    assert verdicts(text.format(n="3 040"), "comparison") == ["inconsistent"]


def test_another_places_figure_after_the_comparison_is_no_earlier_level() -> None:
    text = ("Через переход Северный перевезено 2,8 млн тонн, что на 0,3 млн тонн больше, чем годом ранее, Южный – "
            "1,1 млн тонн.")
    assert verdicts(text, "sum") == []
