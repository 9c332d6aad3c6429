"""The audit reads Russian (issue 11): periods, declines named by a noun, deltas, flows and sentence ends.

Every sentence here is written for the test (invented figures); each rule has a true text and a wrong
twin where the rule decides a verdict."""

from __future__ import annotations

from datetime import date

from northward.audit.api import audit_text
from northward.audit.context import flow_at, resolve
from northward.audit.extract import extract_claims
from northward.audit.numbers import scan
from northward.audit.period_words import find, to_period
from northward.audit.share_lists import OPEN_LIST
from northward.audit.text import split_sentences


def arithmetic(text: str, kind: str) -> list[str]:
    """The arithmetic verdicts of the claims of one kind (no store)."""
    rep = audit_text(text, lang="ru")
    ids = {c.claim_id for c in rep.claims if c.kind == kind}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_half_year_named_after_po_itogam_is_the_first_six_months() -> None:
    pw = find("по итогам первого полугодия 2021 года товарооборот вырос")[0]
    assert (pw.first, pw.last, pw.year) == (1, 6, 2021)
    assert to_period(pw, 2021).label == "2021-01..2021-06"  # type: ignore[union-attr]
    assert [(p.first, p.last) for p in find("объем первого квартала")] == [(1, 3)]


def test_more_russian_period_words() -> None:
    def months(words: str) -> list[tuple[int | None, int | None, int | None]]:
        return [(p.first, p.last, p.year) for p in find(words) if p.relative is None]

    assert months("за март 2019 года экспорт") == [(3, 3, 2019)]
    assert months("за 2-й квартал 2020 г.") == [(4, 6, 2020)]
    assert months("в 3 квартале") == [(7, 9, None)]
    assert months("по итогам 10 месяцев 2018 года") == [(1, 10, 2018)]
    # a part of the year whose months are not named: vague, so never checked against a stored period
    assert all(p.vague for p in find("с начала текущего года"))
    assert [p.vague for p in find("за первые 25 дней года")] == [True]


def test_a_decline_named_by_its_noun_far_before_the_figure_is_a_signed_change() -> None:
    text = (
        "За первое полугодие 2021 года товарооборот увеличился на 9,3% и составил 22,5 млрд долларов. Экспорт "
        "составил 10,2 млрд долларов, снижение по сравнению с тем же периодом прошлого года составило {r}%, "
        "импорт вырос на 25% до 12,3 млрд долларов."
    )
    claims = extract_claims(text.format(r="5"), "ru")
    assert not [c for c in claims if c.kind == "share"]  # a decline, never a share
    change = next(c for c in claims if c.kind == "change_pct" and c.roles["change"].value == 5)
    assert change.direction == -1
    # last year: 10.2 / 0.95 + 12.3 / 1.25 = 10.74 + 9.84 = 20.58; 22.5 / 20.58 = +9.3%
    assert arithmetic(text.format(r="5"), "sum_growth") == ["consistent"]
    # a rise of 5% would give 9.71 + 9.84 = 19.55 and +15.1%: not +9.3%
    assert arithmetic(text.format(r="5").replace("снижение", "рост"), "sum_growth") == ["inconsistent"]


def test_a_decrease_stated_as_an_amount_is_not_a_part_of_the_whole() -> None:
    text = (
        "За год через переход перевезено 5 млн 200,5 тыс. т грузов, что меньше на 1 млн 100,2 т. В том числе "
        "из РФ в КНР перевезено 4,9 млн т, что меньше на 1,1 млн т; из КНР в РФ перевезено {x} тыс. т со "
        "снижением на 120,4 тыс. т."
    )
    assert arithmetic(text.format(x="260,3"), "parts") == ["consistent"]  # 4.9 m + 0.26 m ≤ 5.2 m
    assert arithmetic(text.format(x="960,3"), "parts") == ["inconsistent"]  # 4.9 m + 0.96 m > 5.2 m


def test_vvoz_and_vyvoz_are_imports_and_exports() -> None:
    text = (
        "В 2010 г. товарооборот района с Россией составил 30,5 млн т. В частности, объем ввоза составил "
        "{i} млн т, объем вывоза -- 2,1 млн т."
    )
    assert arithmetic(text.format(i="28,4"), "sum") == ["consistent"]
    assert arithmetic(text.format(i="24,8"), "sum") == ["inconsistent"]


def test_a_rate_that_led_to_another_amount_is_not_taken_for_the_amount_before_it() -> None:
    text = (
        "Товарооборот в 2018 году вырос на 5% и составил 21 млрд долларов. Экспорт вырос на 10% в годовом "
        "выражении — до 11 млрд, а импорт снизился на {r}% — до 10 млрд."
    )
    # last year 10 + 10 / 0.99 = 20.1: +4.5%, within rounding of +5%
    assert arithmetic(text.format(r="1"), "sum_growth") == ["consistent"]
    assert arithmetic(text.format(r="20"), "sum_growth") == ["inconsistent"]  # 10 + 12.5 = 22.5: −6.7%


def test_a_dot_after_a_scale_ends_the_sentence_before_a_capitalised_word() -> None:
    texts = [s.text for s in split_sentences("Импорт вырос до 7,2 млрд. Для сравнения, в 2019 году он был 6 млрд.")]
    assert texts == ["Импорт вырос до 7,2 млрд.", "Для сравнения, в 2019 году он был 6 млрд."]
    assert len(split_sentences("Импорт составил 102 млн долл. США за год.")) == 1


def test_na_x_percent_bolshe_is_growth_but_bolshe_before_a_figure_is_a_hedge() -> None:
    grow = extract_claims("В 2015 году товарооборот составил 7 млн т, что на 12 процентов больше, чем годом ранее.", "ru")
    assert [c.direction for c in grow if c.kind == "change_pct"] == [1]
    hedged = extract_claims("В 2015 году на уголь пришлось больше 40% товарооборота.", "ru")
    assert not [c for c in hedged if c.kind == "change_pct"]


def test_american_dollars_and_a_compound_amount_make_one_figure() -> None:
    text = (
        "В первом полугодии товарооборот города с Россией составил 2 млрд 150 млн 300,5 тыс американских "
        "долларов. В том числе экспорт составил 700 млн 100,5 тыс долл США, импорт - {i} млн 200 тыс долл США."
    )
    assert arithmetic(text.format(i="1450"), "sum") == ["consistent"]  # 700,100.5 + 1,450,200 = 2,150,300.5 thousand
    assert arithmetic(text.format(i="1405"), "sum") == ["inconsistent"]


def test_a_conversion_between_slashes_is_read_like_one_in_brackets() -> None:
    claims = extract_claims("ВРП района в 2019 году достиг 1,5 трлн юаней /около 217 млрд долларов США/.", "ru")
    pairs = [c for c in claims if c.kind == "currency_pair"]
    assert [(c.roles["CNY"].value, c.roles["USD"].value) for c in pairs] == [(1.5e12, 217e9)]


def test_a_rate_then_a_hedged_level_is_the_change_to_that_level() -> None:
    claims = extract_claims("Экспорт за пять месяцев увеличился на 7,5% и составил около $20,1 млрд.", "ru")
    change = next(c for c in claims if c.kind == "change_pct")
    assert change.roles["to"].value == 20.1e9
    claims = extract_claims("Импорт поднялся на 40%, достигнув значения в $30,2 млрд.", "ru")
    assert next(c for c in claims if c.kind == "change_pct").roles["to"].value == 30.2e9


def test_vehicles_by_direction_with_the_noun_left_out_after_a_dash() -> None:
    text = (
        "За неделю через пункт пропуска прошли 950 автомобилей: 500 грузовиков на выезд из России в Китай и "
        "{x} – на въезд в РФ."
    )
    assert arithmetic(text.format(x="450"), "sum") == ["consistent"]
    assert arithmetic(text.format(x="540"), "sum") == ["inconsistent"]


def test_vehicles_counted_as_units_with_their_destination() -> None:
    text = (
        "За сутки в оба направления проследовало 120 единиц транспорта. Из Благовещенска в Китай выехало "
        "70 автомобилей, а в Россию въехало {x} единиц, включая спецтехнику."
    )
    # the parts are read as vehicles with their directions, but the first names a city (Blagoveshchensk)
    # its total does not: the precision rule (wholes.same_fact) leaves such a sum undecided, never judged
    assert arithmetic(text.format(x="50"), "sum") == []
    assert arithmetic(text.format(x="35"), "sum") == []



def test_thousands_spelled_out_keep_their_tonnes() -> None:
    qs = scan("Всего в Россию ввезено 12,5 тысячи тонн товаров.", "ru")
    assert [(q.value, q.currency) for q in qs] == [(12500.0, "t")]


def test_the_main_part_of_a_volume_cannot_be_more_than_the_volume() -> None:
    text = "За месяц через переход перевезли {w} тыс. т грузов. Основную часть этого объема составила руда – 150 тыс. т."
    assert arithmetic(text.format(w="210"), "share") == ["consistent"]
    assert arithmetic(text.format(w="120"), "share") == ["inconsistent"]


def test_the_main_share_of_two_goods_adds_them_and_needs_the_wholes_flow() -> None:
    text = (
        "В марте в КНР экспортировано {w} млн тонн грузов. Основную долю экспортных грузов составляют уголь "
        "(310 тыс. тонн) и лес (420,5 тыс. тонн)."
    )
    assert arithmetic(text.format(w="0,9"), "share") == ["consistent"]
    assert arithmetic(text.format(w="0,6"), "share") == ["inconsistent"]  # 730.5 thousand t is more than 0.6 m
    other = text.format(w="0,6").replace("экспортных", "импортных")  # the share of another whole: not judged
    assert arithmetic(other, "share") == []


def test_a_plus_sign_in_brackets_is_growth() -> None:
    text = (
        "В январе–мае товарооборот увеличился на 20,3%, до $60,5 млрд. Китай экспортировал товаров на "
        "$25,2 млрд (+{e}%). Импорт составил $35,3 млрд (+25,1%)."
    )
    # last year 25.2 / 1.142 + 35.3 / 1.251 = 22.07 + 28.22 = 50.29; 60.5 / 50.29 = +20.3%
    assert arithmetic(text.format(e="14,2"), "sum_growth") == ["consistent"]
    assert arithmetic(text.format(e="41,2"), "sum_growth") == ["inconsistent"]


def test_n_times_more_than_compares_the_amount_before_with_the_one_after_chem() -> None:
    text = (
        "В 2020 году экспорт достиг {x} млрд долларов, что в 2 раза больше, чем в 2015 году, когда он составил "
        "60 млрд долларов."
    )
    assert arithmetic(text.format(x="121"), "multiple") == ["consistent"]
    assert arithmetic(text.format(x="180"), "multiple") == ["inconsistent"]  # 180 / 60 = 3
    less = "Импорт составил 30 млрд долларов, то есть в {n} раза меньше, чем экспорт в 90 млрд долларов."
    assert arithmetic(less.format(n="3"), "multiple") == ["consistent"]
    assert arithmetic(less.format(n="2"), "multiple") == ["inconsistent"]


def test_n_times_lower_after_to_est_compares_the_two_amounts_before() -> None:
    text = (
        "Эти показатели составили, соответственно, $400 млрд и $160 млрд, то есть второй ниже примерно в {n} раза."
    )
    assert arithmetic(text.format(n="2,5"), "multiple") == ["consistent"]
    assert arithmetic(text.format(n="3,5"), "multiple") == ["inconsistent"]


def test_a_hedge_before_v_and_a_multiple_but_bolshe_v_compares() -> None:
    assert scan("ниже примерно в 2,5 раза", "ru")[0].hedge.kind == "about"
    assert scan("больше в 1,5 раза", "ru")[0].hedge.kind == "exact"
    assert scan("выросли более чем в 3 раза", "ru")[0].hedge.kind == "over"


def test_a_figure_about_a_russian_crossing_or_region_is_not_the_countrys_trade() -> None:
    for place in ("через Забайкальск", "через переход Благовещенск – Хэйхэ", "Приморья"):
        claims = extract_claims(f"В 2021 году экспорт {place} в Китай вырос на 12%.", "ru")
        change = next(c for c in claims if c.kind == "change_pct")
        assert change.context.unresolved.startswith("the subject is")


def test_v_tom_chisle_after_a_comma_lists_parts_of_the_amount_before_it() -> None:
    text = "За год через переход экспортировано {w} тыс. тонн, в том числе 500 тыс. тонн угля и 210 тыс. тонн руды."
    assert arithmetic(text.format(w="760"), "parts") == ["consistent"]
    assert arithmetic(text.format(w="670"), "parts") == ["inconsistent"]
    # the list ends where another clause begins: the imports are no part of the exports
    longer = text.format(w="760")[:-1] + ", а импорт составил 400 тыс. тонн."
    assert arithmetic(longer, "parts") == ["consistent"]


def test_an_amount_before_another_in_a_list_takes_its_currency() -> None:
    text = "Экспорт и импорт составили соответственно 4,1 млрд и {i} млрд долларов, а общий товарооборот — 9,6 млрд долларов."
    assert arithmetic(text.format(i="5,5"), "sum") == ["consistent"]
    assert arithmetic(text.format(i="6,5"), "sum") == ["inconsistent"]


def test_a_flow_named_after_the_amount() -> None:
    text = "Товарооборот составил 80 млрд долларов. Из них 35 млрд пришлось на экспорт и {i} млрд на импорт."
    assert arithmetic(text.format(i="45"), "sum") == ["consistent"]
    assert arithmetic(text.format(i="54"), "sum") == ["inconsistent"]


def test_a_change_as_an_amount_and_a_rate_either_way() -> None:
    more = "Перевезено 4,4 млн тонн, что на 0,4 млн тонн, или на {p}%, больше, чем годом ранее."
    assert arithmetic(more.format(p="10"), "change_abs") == ["consistent"]  # 0.4 / 4.0 = 10%
    assert arithmetic(more.format(p="20"), "change_abs") == ["inconsistent"]
    less = "Экспорт составил 3,6 млн тонн, сократившись на 0,4 млн тонн, или на {p}%."
    assert arithmetic(less.format(p="10"), "change_abs") == ["consistent"]  # 0.4 / 4.0 = 10%
    assert arithmetic(less.format(p="25"), "change_abs") == ["inconsistent"]


def test_shares_listed_to_the_rest_add_up_to_a_hundred() -> None:
    text = "В структуре импорта доля нефти составляет 55,4%, газа - {g}%, угля - 10,1%, прочих товаров - 12,3%."
    assert arithmetic(text.format(g="22,2"), "share_list") == ["consistent"]
    assert arithmetic(text.format(g="27,2"), "share_list") == ["inconsistent"]
    # without the closing "rest" the list need not cover the whole: only at most 100% is claimed
    open_list = "В структуре импорта доля нефти составляет 55,4%, газа - 2,2%, угля - 10,1%."
    assert arithmetic(open_list, "share_list") == ["consistent"]
    assert [c.note for c in extract_claims(open_list, "ru") if c.kind == "share_list"] == [OPEN_LIST]
    # changes of shares listed to "the rest" are no shares: nothing adds up to 100%
    changes = ("Доля нефти в импорте выросла на 1,5%, тогда как доля газа сократилась на 2%, а доля прочих "
               "товаров снизилась на 0,7%.")
    assert arithmetic(changes, "share_list") == []


def test_russias_exports_to_china_are_checked_as_chinas_imports() -> None:
    from datetime import date

    from northward.store import memory_store

    from .test_resolve_or_abstain import add_obs

    store = memory_store()
    start, end = date(2021, 1, 1), date(2021, 12, 31)
    add_obs(store, "trade_value", "CN", start, end, "A", "USD", 80.0e9, flow="import", partner="RU")
    add_obs(store, "trade_value", "CN", start, end, "A", "USD", 60.0e9, flow="export", partner="RU")
    try:
        for text in (
            "Российский экспорт в Китай в 2021 году составил {x} млрд долларов.",
            "Россия в 2021 году экспортировала в Китай товаров на {x} млрд долларов.",
        ):
            for x, verdict in (("80", "consistent"), ("60", "inconsistent")):
                rep = audit_text(text.format(x=x), store=store, lang="ru")
                assert [f.verdict for f in rep.findings if f.check == "store"] == [verdict], text
        rep = audit_text("Импорт России из Китая в 2021 году составил 60 млрд долларов.", store=store, lang="ru")
        assert [c.context.flow for c in rep.claims] == ["export"]
    finally:
        store.close()


def test_china_in_any_case_is_the_country() -> None:
    for words in ("Товарооборот России и Китая", "поставки Китаю", "торговля с Китаем"):
        claims = extract_claims(f"В 2021 году {words} выросли на 10% до 140 млрд долларов.", "ru")
        assert claims and all(c.context.territory == "CN" for c in claims)


def test_inner_mongolia_in_any_case_is_the_region_not_the_partner() -> None:
    for words in ("Внутренней Монголии", "Внутренняя Монголия", "во Внутреннюю Монголию"):
        claims = extract_claims(f"В 2021 году товарооборот {words} составил 120 млрд юаней.", "ru")
        assert [(c.context.territory, c.context.partner) for c in claims if c.kind == "value"] == [("CN-NM", None)]
    claims = extract_claims("В 2021 году товарооборот Внутренней Монголии с Монголией составил 60 млрд юаней.", "ru")
    assert [c.context.partner for c in claims] == ["MN"]


def test_a_dateline_city_and_a_slashed_gloss_do_not_change_the_subject() -> None:
    text = (
        "Чанчунь, 15 марта /Синьхуа/ -- В 2021 году объем внешней торговли провинции Цзилинь "
        "/Северо-Восточный Китай/ составил 150,3 млрд юаней."
    )
    claims = extract_claims(text, "ru")
    assert [(c.context.territory, c.context.unresolved) for c in claims] == [("CN-JL", "")]
    english = "CHANGCHUN, March 15 (Xinhua) -- Jilin's foreign trade reached 150.3 billion yuan in 2021."
    assert [c.context.unresolved for c in extract_claims(english, "en")] == [""]


def test_a_share_named_before_its_figure_reads_its_part_and_whole() -> None:
    from northward.audit.ru_words import share_named_before

    text = "Доля экспорта во внешней торговле провинции Ляонин в 2022 году составила 45,1%."
    assert share_named_before(text, text.index("45,1")) == ("экспорта", "внешней торговле провинции Ляонин в 2022 году")
    assert share_named_before("Экспорт вырос на 45,1%.", 17) is None


def test_a_share_of_exports_in_the_provinces_trade_against_the_store() -> None:
    from datetime import date

    from northward.store import memory_store

    from .test_resolve_or_abstain import add_obs

    store = memory_store()
    start, end = date(2022, 1, 1), date(2022, 12, 31)
    add_obs(store, "trade_value", "CN-LN", start, end, "A", "CNY", 800.0e9)
    add_obs(store, "trade_value", "CN-LN", start, end, "A", "CNY", 360.0e9, flow="export")
    try:
        text = "Доля экспорта во внешней торговле провинции Ляонин в 2022 году составила {p}%."
        for p, verdict in (("45", "consistent"), ("54", "inconsistent")):  # 360 / 800 = 45%
            rep = audit_text(text.format(p=p), store=store, lang="ru")
            assert [f.verdict for f in rep.findings if f.check == "store"] == [verdict]
    finally:
        store.close()


def test_one_part_named_by_v_tom_chisle_or_v_chastnosti_cannot_exceed_its_whole() -> None:
    text = "За неделю ввезено {w} тыс. тонн товаров, в том числе 6,5 тыс. тонн фруктов."
    assert arithmetic(text.format(w="15,2"), "share") == ["consistent"]
    assert arithmetic(text.format(w="5,2"), "share") == ["inconsistent"]
    nxt = "В 2016 году объем перевозок достиг {w} млн тонн. В частности, через переход перевезли 720 тыс. тонн угля."
    assert arithmetic(nxt.format(w="1,2"), "share") == ["consistent"]
    assert arithmetic(nxt.format(w="0,5"), "share") == ["inconsistent"]
    other = "Импорт составил 0,5 млн тонн. В частности, экспорт угля составил 720 тыс. тонн."
    assert arithmetic(other, "share") == []  # another flow than the whole's: not a part of it


def test_a_part_of_another_period_is_not_a_part() -> None:
    text = "В 2023 году товарооборот составил 100 млрд долларов. В частности, в 2022 году он составлял 150 млрд долларов."
    assert arithmetic(text, "share") == []


def test_relative_years_and_the_base_of_a_comparison() -> None:
    assert [p.relative for p in find("Экспорт за прошедший год увеличился на 5%")] == [-1]
    assert [p.relative for p in find("по итогам минувшего года")] == [-1]
    # the base of a comparison is not the figure's own period
    assert [p.relative for p in find("выросли по сравнению с тем же месяцем минувшего года на 18%")] == []


def test_a_level_as_a_percent_of_an_earlier_one_is_no_share() -> None:
    for text in (
        "В 2010 году перевезено 5,2 млн т, или 81,3% от уровня 2009 года.",
        "Товарооборот составил 7 млрд долларов, что составляет 104,5% к уровню прошлого года.",
    ):
        assert not [c for c in extract_claims(text, "ru") if c.kind == "share"]
    assert [c.kind for c in extract_claims("На Россию пришлось 40% от общего объема торговли.", "ru")] == ["share"]


def test_the_first_place_is_not_below_another_partners_figure() -> None:
    text = (
        "В первом квартале крупнейшим торговым партнером края остается Япония, товарооборот с которой "
        "составил {x} млн долларов. Товарооборот с Монголией вырос на 4% и составил 318 млн долларов."
    )
    assert arithmetic(text.format(x="402"), "order") == ["consistent"]
    assert arithmetic(text.format(x="296"), "order") == ["inconsistent"]
    # another period's figure, or the region's total, is not a peer of the first place
    other = (
        "Крупнейшим партнером края в марте стала Япония (41 млн долларов). "
        "За квартал весь товарооборот составил 520 млн долларов."
    )
    assert arithmetic(other, "order") == []


def test_a_multiple_and_its_two_figures_against_each_other() -> None:
    # "в N раз больше ...: A против B": A against its base B
    text = "После открытия второго терминала стали оформлять в {x} раза больше вагонов: 420 против 140 ранее."
    assert arithmetic(text.format(x="3"), "multiple") == ["consistent"]
    assert arithmetic(text.format(x="2"), "multiple") == ["inconsistent"]


def test_a_multiple_and_a_rate_told_of_one_growth() -> None:
    # "в N раз" and "+P%" of the same growth: ×N is +(N−1)×100%
    text = "За квартал край в {x} раза нарастил вывоз леса в Китай. По данным таможни, вывоз вырос на 196% и достиг 1,2 млн т."
    assert arithmetic(text.format(x="три"), "multiple") == ["consistent"]
    assert arithmetic(text.format(x="два"), "multiple") == ["inconsistent"]
    # two rates beside the multiple: which one it tells is not read
    two = text.format(x="три") + " Вывоз угля вырос на 75%."
    assert arithmetic(two, "multiple") == []


def test_a_russian_balance_is_exports_less_imports() -> None:
    text = ("Экспорт из Китая в Россию за год составил 4,21 млрд долларов. Импорт из России в Китай достиг "
            "6,05 млрд долларов. Положительное сальдо России в 2023 году составило {x} млрд долларов.")
    assert arithmetic(text.format(x="1,84"), "balance") == ["consistent"]
    assert arithmetic(text.format(x="1,48"), "balance") == ["inconsistent"]


def test_a_month_named_by_its_adjective_is_that_month() -> None:
    assert [(p.first, p.last) for p in find("Октябрьский импорт из РФ составил")] == [(10, 10)]
    assert [(p.first, p.last) for p in find("в мартовских поставках")] == [(3, 3)]
    assert find("Маяковский проспект") == []  # a name that starts like a month is no month


def test_the_parts_of_a_month_do_not_add_up_to_the_year_to_date_total() -> None:
    text = (
        "С января по август 2019 года товарооборот двух стран превысил $70,3 млрд. Экспорт из Китая в Россию "
        "за этот период достиг $31,2 млрд. Августовский экспорт из России в Китай составил $5,12 млрд, из Китая "
        "в Россию — $4,4 млрд, месячный товарооборот составил ${t} млрд."
    )
    # 5.12 + 4.4 = 9.52: the August parts add up to August's total, never to the eight months' 70.3
    assert arithmetic(text.format(t="9,52"), "sum") == ["consistent"]
    assert arithmetic(text.format(t="9,92"), "sum") == ["inconsistent"]


def test_a_comparison_with_a_month_of_another_year_is_the_base_not_the_figures_period() -> None:
    assert find("Экспорт по сравнению с маем 2017 года увеличился на 2%") == []
    assert find("отправили 500 тыс. тонн (рост в 1,2 раза к февралю 2022 года)") == []
    assert find("exports rose 3% when compared to the first quarter of 2020") == []


def test_all_the_freight_of_a_crossing_is_the_total_of_its_exports_and_imports() -> None:
    text = (
        "В мае через пункт пропуска перевезено {w} млн тонн грузов, что на 2% больше, чем годом ранее. Экспорт из "
        "России в Китай, по сравнению с маем 2018 года, вырос на 3% и составил 2,4 млн тонн грузов. Основную долю "
        "составили уголь (900 тыс. тонн) и руда (700 тыс. тонн). Импорт из КНР в РФ составил 210,5 тыс. тонн."
    )
    # 2.4 + 0.2105 = 2.61: the coal and ore of the exports are no parts of all the freight
    assert arithmetic(text.format(w="2,61"), "sum") == ["consistent"]
    assert arithmetic(text.format(w="2,81"), "sum") == ["inconsistent"]
    # a product's tonnes ("2,61 млн тонн угля") are not all the freight: no sum is read
    assert arithmetic(text.format(w="2,61").replace("тонн грузов, что", "тонн угля, что"), "sum") == []


def test_the_parts_of_a_total_go_on_past_an_aside_after_the_first_part() -> None:
    text = (
        "В марте 2015 года через переход перевезено 2,2 млн тонн внешнеторговых грузов. Об этом сообщила пресс-служба "
        "дороги, это на 4% больше аналогичного показателя за март 2014 года. В КНР экспортировано 2,05 млн тонн "
        "грузов. Основную долю составил лес (1 млн тонн). Импорт из КНР в РФ составил {x} тыс. тонн."
    )
    assert arithmetic(text.format(x="150,2"), "sum") == ["consistent"]
    assert arithmetic(text.format(x="510,2"), "sum") == ["inconsistent"]


def test_all_the_lorries_cleared_are_the_total_and_last_years_aside_is_not() -> None:
    text = (
        "За квартал таможенники оформили 61,2 тысячи грузовых автомобилей (за аналогичный период прошлого года – "
        "40 тысяч). Из Китая в Россию проследовали {x} тысячи грузовиков, из России в Китай – 19,7 тысячи."
    )
    assert arithmetic(text.format(x="41,5"), "sum") == ["consistent"]  # 41.5 + 19.7 = 61.2, never last year's 40
    assert arithmetic(text.format(x="14,5"), "sum") == ["inconsistent"]


def test_a_list_of_bracketed_shares_is_of_the_whole_the_first_one_implies() -> None:
    text = (
        "Больше всего краба купили Япония – 84 млн. долларов (40%), Китай – {x} млн. долларов (35%) и Корея – "
        "21 млн. долларов (10%)."
    )
    # 84 / 40% = 210; 73.5 / 210 = 35%, 21 / 210 = 10%
    assert set(arithmetic(text.format(x="73,5"), "share")) == {"consistent"}
    assert "inconsistent" in arithmetic(text.format(x="37,5"), "share")
    # a change in brackets is no share ("на 1,2 млн т (80%)": a level against last year's)
    claims = extract_claims("Перевозки снизились на 1,2 млн т (80%) к прошлому году.", "ru")
    assert not [c for c in claims if c.kind == "share"]


def test_a_share_then_its_part_out_of_its_whole() -> None:
    text = "В 2019 году в Японию ушло {s}% всего экспортированного краба — 36 тысяч тонн из 48 тысяч тонн."
    assert arithmetic(text.format(s="75"), "share") == ["consistent"]  # 36 / 48 = 75%
    assert arithmetic(text.format(s="57"), "share") == ["inconsistent"]


def test_a_total_that_names_its_two_crossings_is_the_sum_of_their_figures() -> None:
    text = (
        "За девять месяцев 2015 года через переходы Гродеково и Камышовая перевезено {t} млн тонн угля. Через "
        "переход Гродеково перевезено 3,1 млн тонн, что на 0,4 млн тонн больше, чем годом ранее, Камышовая – 1,2 млн тонн."
    )
    assert arithmetic(text.format(t="4,3"), "sum") == ["consistent"]  # 3.1 + 1.2, never the change of 0.4
    assert arithmetic(text.format(t="3,4"), "sum") == ["inconsistent"]


def test_a_ruble_conversion_is_judged_at_the_rate_the_texts_other_conversions_agree_on() -> None:
    text = (
        "Товарооборот союза в 2022 году составил 6,3 трлн рублей (${x} млрд). Торговля со странами СНГ в 2022 году "
        "превысила 9 трлн рублей ($131 млрд), а с Казахстаном в 2022 году – 2 трлн рублей ($29,2 млрд)."
    )
    def conversions(words: str) -> list[str]:
        return [f.verdict for f in audit_text(words, lang="ru").findings if f.check == "currency"]

    # 9000 / 131 = 68.7 and 2000 / 29.2 = 68.5 rubles a dollar: 6.3 trillion is about $92 bn
    assert conversions(text.format(x="92")) == ["consistent"] * 3
    assert conversions(text.format(x="9,2"))[0] == "inconsistent"
    # two conversions only: no rate to judge either at (the store holds no ruble rate)
    two = "Оборот составил 6,3 трлн рублей ($9,2 млрд), а с СНГ – 9 трлн рублей ($131 млрд)."
    assert conversions(two) == ["unverifiable", "unverifiable"]


def test_one_direction_above_all_the_freight_of_its_crossing_is_the_error() -> None:
    text = (
        "В марте через пункт пропуска Кяхта перевезено 0,92 млн тонн грузов. Экспорт из РФ в КНР составил {x} млн "
        "тонн. Импорт из КНР в РФ составил 95,4 тыс. тонн."
    )
    assert arithmetic(text.format(x="0,82"), "sum") == ["consistent"]  # 0.82 + 0.0954 = 0.915
    assert arithmetic(text.format(x="2,8"), "sum") == ["inconsistent"]  # a direction above all the freight
    # a direction at another crossing is no part of it
    other = text.format(x="2,8").replace("Экспорт из РФ", "Через Наушки экспорт из РФ")
    assert arithmetic(other, "sum") == []


def test_a_totals_rate_named_by_its_noun_before_its_base_or_in_the_next_sentence() -> None:
    # "с ростом к ... на P%", "(плюс P%)", "это на P% превышает ...": the whole's rate follows from its parts'
    text = (
        "В январе 2015 года через международный пункт пропуска Наушки перевезено 2,22 млн тонн внешнеторговых грузов. "
        "Как сообщили в управлении дороги, это на {x}% превышает аналогичный показатель за первый месяц 2014 года. "
        "В КНР экспортировано 2,04 млн тонн грузов с ростом к январю 2014 года на 2%. Импорт из КНР в РФ составил "
        "180 тыс. тонн (плюс 20%)."
    )
    # last year: 2.04 / 1.02 + 0.18 / 1.2 = 2.0 + 0.15 = 2.15; 2.22 / 2.15 = +3.3% (+2.8% to +3.8% within rounding)
    assert arithmetic(text.format(x="3,3"), "sum_growth") == ["consistent"]
    assert arithmetic(text.format(x="5,3"), "sum_growth") == ["inconsistent"]


def test_am_doll_is_the_dollar_and_ends_no_sentence() -> None:
    text = "Экспорт в апреле вырос до 2 млрд 415,3 млн ам. долл., а импорт составил 1 млрд 20,6 млн ам. долл. по данным таможни."
    assert len(split_sentences(text, "ru")) == 1
    amounts = [q for q in scan(text, "ru") if q.kind == "amount"]
    assert [(q.value, q.currency) for q in amounts] == [(2415.3e6, "USD"), (1020.6e6, "USD")]


def test_the_same_period_of_a_numbered_year_is_the_base_not_the_figures_year() -> None:
    text = (
        "За первые три месяца этого года товарооборот области с Китаем составил 3 млрд 400 млн ам. долл., что на 5 проц. "
        "больше, чем в тот же период 2020 года. В январе-марте экспорт вырос до 1 млрд 100 млн ам. долл., а импорт "
        "составил {i} млрд 300 млн ам. долл."
    )
    claims = extract_claims(text.format(i="2"), "ru", doc_date=date(2021, 4, 20))
    assert {c.context.year for c in claims if c.kind == "sum"} == {2021}
    assert arithmetic_dated(text.format(i="2"), date(2021, 4, 20)) == ["consistent"]
    assert arithmetic_dated(text.format(i="3"), date(2021, 4, 20)) == ["inconsistent"]


def test_a_year_the_figure_lags_behind_is_a_base() -> None:
    text = (
        "За шесть месяцев 2022 года товарооборот края с Китаем составил 8,1 млрд юаней. Показатель сокращал отставание "
        "от 2021-го. С января по июнь экспорт составил 5,1 млрд юаней. Импорт - {i} млрд юаней."
    )
    assert arithmetic_dated(text.format(i="3"), date(2022, 7, 20)) == ["consistent"]
    assert arithmetic_dated(text.format(i="3,6"), date(2022, 7, 20)) == ["inconsistent"]


def test_exports_and_imports_in_the_two_sentences_before_their_total() -> None:
    text = (
        "Экспорт края в Китай вырос до 3,15 миллиарда долларов. Импорт из Китая снизился до {i} миллиарда долларов. "
        "За квартал товарооборот составил 5,2 миллиарда долларов."
    )
    assert arithmetic(text.format(i="2,05"), "sum") == ["consistent"]
    assert arithmetic(text.format(i="2,5"), "sum") == ["inconsistent"]


def arithmetic_dated(text: str, when: date) -> list[str]:
    """The arithmetic verdicts of a text's sums, read against the document's date."""
    rep = audit_text(text, lang="ru", doc_date=when)
    ids = {c.claim_id for c in rep.claims if c.kind == "sum"}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_month_in_the_dative_after_k_is_the_base_and_red_ends_no_sentence() -> None:
    text = (
        "В июне 2019 года через пункт пропуска перевезено 2,4 млн тонн грузов. Из РФ в КНР экспортировано 2,1 млн тонн "
        "грузов (+9% к июню 2018 года). Объем импорта в РФ из КНР составил {i} тыс. тонн грузов."
    )
    assert arithmetic(text.format(i="300"), "sum") == ["consistent"]
    assert arithmetic(text.format(i="700"), "sum") == ["inconsistent"]
    assert find("рост к маю 2020 года") == []  # "к маю 2020 года" is a base, not the figure's month
    assert len(split_sentences("Грузооборот порта (морского и речного, ред.) составил 5 млн тонн.", "ru")) == 1


def test_iz_nih_after_a_comma_names_one_part_whose_noun_is_left_out_after_a_dash() -> None:
    text = "За сутки через мост проследовало 812 грузовиков, из них на въезд в Китай – {x}."
    assert arithmetic(text.format(x="590"), "share") == ["consistent"]
    assert arithmetic(text.format(x="950"), "share") == ["inconsistent"]


def test_the_main_share_named_with_a_pronoun_adds_a_list_of_three_parts() -> None:
    text = (
        "Импорт из КНР в РФ составил {w} тыс. тонн грузов. Основную его долю составили овощи (40,5 тыс. тонн), "
        "фрукты (22,1 тыс. тонн) и оборудование (10,4 тыс. тонн)."
    )
    assert arithmetic(text.format(w="95"), "share") == ["consistent"]  # 73 of 95
    assert arithmetic(text.format(w="59"), "share") == ["inconsistent"]  # 73 is more than all of 59


def test_shares_listed_in_brackets_after_their_items_add_up_to_at_most_a_hundred() -> None:
    text = "Лес отправлялся в Японию ({x}% от общего объема), в Корею (21,5%), в Китай (18,3%) и Вьетнам (7,1%)."
    assert arithmetic(text.format(x="40,2"), "share_list") == ["consistent"]  # 87.1%: the rest is not listed
    assert arithmetic(text.format(x="60,2"), "share_list") == ["inconsistent"]  # 107.1%
    amounts = "В структуре импорта: зерно – 41 млн $ (52%), масло – 20 млн $ (25%), мясо – 9 млн $ ({x}%)."
    assert arithmetic(amounts.format(x="11"), "share_list") == ["consistent"]
    assert arithmetic(amounts.format(x="31"), "share_list") == ["inconsistent"]
    growth = "В структуре экспорта: уголь (+35%), лес (+40%), рыба (+52%)."  # rates of change, not shares
    assert arithmetic(growth, "share_list") == []


def test_a_total_of_goods_named_as_a_list_then_an_amount_for_each() -> None:
    text = (
        "В первом полугодии 2022 года из Хабаровского края вывезено 46 тыс. тонн рыбы, крабов и икры. По данным "
        "управления, за шесть месяцев проверено 30 тыс. тонн рыбы, {c} тыс. тонн крабов и 4 тыс. тонн икры."
    )
    assert arithmetic(text.format(c="12"), "sum") == ["consistent"]
    assert arithmetic(text.format(c="21"), "sum") == ["inconsistent"]
    # parts sent to one country are not all of the goods sent abroad
    other = text.format(c="21").replace("проверено", "в Китай отправлено")
    assert arithmetic(other, "sum") == []


def test_a_breakdown_after_a_comma_ends_at_a_semicolon() -> None:
    text = (
        "Основные грузы: уголь – перевезено 50,2 тыс. тонн, в том числе коксующегося – 30,1 тыс. тонн и "
        "энергетического – 12,4 тыс. тонн; руда – 25,3 тыс. тонн; лес – 14 тыс. тонн."
    )
    parts = [c for c in extract_claims(text, "ru") if c.kind == "parts"]
    assert [sorted(q.value for k, q in c.roles.items() if k != "total") for c in parts] == [[12400.0, 30100.0]]


def test_people_across_a_border_are_a_counting_unit() -> None:
    text = "За сутки через пункт пропуска проследовало 3350 человек: 1700 – на въезд в Китай и {x} – на въезд в Россию."
    assert arithmetic(text.format(x="1650"), "sum") == ["consistent"]
    assert arithmetic(text.format(x="2650"), "sum") == ["inconsistent"]
    assert [q.currency for q in scan("пассажиропоток составил 241 тыс пассажиров", "ru") if q.kind == "amount"] == ["passengers"]


def test_a_headlines_growth_by_more_than_a_third_and_the_rate_below() -> None:
    # "вырос более, чем на треть" (a bound, past "на" and the comma) summed up by the rate two sentences on
    assert [q.hedge.kind for q in scan("Грузопоток вырос более, чем на треть.", "ru")] == ["over"]
    text = ("Грузопоток через переход Забайкальск вырос более, чем на треть. Об этом сообщает пресс-служба. "
            "За январь-июнь через переход проследовало 5,1 млн тонн грузов, это на {x}% больше, чем годом ранее.")
    assert arithmetic(text.format(x="35,2"), "comparison") == ["consistent"]
    assert arithmetic(text.format(x="31,2"), "comparison") == ["inconsistent"]


def test_a_totals_rate_in_the_next_sentence_about_dannyi_pokazatel() -> None:
    text = (
        "За шесть месяцев 2023 года товарооборот края с Китаем составил 10,5 млрд юаней. Данный показатель за полгода "
        "вырос на {r}%. Экспорт составил 6,3 млрд юаней (+10%), импорт – 4,2 млрд юаней (+5%)."
    )
    # last year: 6.3 / 1.1 + 4.2 / 1.05 = 5.727 + 4.0 = 9.727; 10.5 / 9.727 = +7.9%
    assert arithmetic(text.format(r="7,9"), "sum_growth") == ["consistent"]
    assert arithmetic(text.format(r="15,7"), "sum_growth") == ["inconsistent"]


def test_kub_m_is_cubic_metres_and_no_sentence_end() -> None:
    text = "Вывоз пиломатериалов в 2019 г. составил 7,2 млн куб. м, из них 5,1 млн куб. м ушло в КНР."
    assert len(split_sentences(text, "ru")) == 1
    assert [q.currency for q in scan(text, "ru") if q.kind == "amount"] == ["m3", "m3"]
    assert [q.currency for q in scan("сертифицировано 93 тыс. куб. древесины", "ru") if q.kind == "amount"] == ["m3"]


def test_kilowatt_hours_are_a_counting_unit() -> None:
    units = [q.currency for q in scan("продано 2,4 млрд кВт∙ч, в том числе 1,7 млрд кВт·ч и 650 млн кВт.ч", "ru")
             if q.kind == "amount"]
    assert units == ["kWh", "kWh", "kWh"]


def test_a_percent_of_a_whole_that_falls_to_its_holder() -> None:
    # "более N% поставок (X) пришлось на ...": the bracketed amount over the whole said before it
    true = "Экспорт угля из края в 2021 г. составил 30 млн т, более 55% поставок (17,1 млн т) пришлось на Японию."
    assert arithmetic(true, "share") == ["consistent"]
    assert arithmetic(true.replace("17,1", "15,1"), "share") == ["inconsistent"]


def test_parts_inside_this_volume_and_in_chastnosti() -> None:
    true = ("В январе-мае 2024 года область вывезла в Китай 64,2 тыс. м³ леса. В этом объеме на долю пиловочника "
            "пришлось 21,5 тыс. м³, на долю пиломатериалов – 40,3 тыс. м³.")
    assert arithmetic(true, "parts") == ["consistent"]
    assert arithmetic(true.replace("40,3", "46,3"), "parts") == ["inconsistent"]
    two = "Через переход прошло 4,1 млн т грузов. В частности, угля – 2,2 млн т, руды – 1,3 млн т."
    assert arithmetic(two.replace("1,3", "2,3"), "parts") == ["inconsistent"]


def test_parts_of_a_whole_two_sentences_back_without_the_base_years_level() -> None:
    # the sentence between states no amount; "при 1,9 млрд в 2015 году" is the earlier year's level, no part
    text = ("В 2016 году компания продала за рубеж 2,8 млрд кВт∙ч. Это на 12% больше, чем годом ранее. "
            "Из них в Казахстан поставлено 2,1 млрд кВт∙ч при 1,9 млрд кВт∙ч в 2015 году.")
    claims = [c for c in extract_claims(text, "ru") if c.kind == "parts"]
    assert [[q.value for k, q in c.roles.items() if k.startswith("part")] for c in claims] == [[2.1e9]]
    assert arithmetic(text.replace("2,1 млрд кВт∙ч при", "3,1 млрд кВт∙ч при"), "parts") == ["inconsistent"]


def test_a_whole_broken_down_after_a_colon_is_their_sum() -> None:
    true = "Через мост в Китай отправлено более 3 млн тонн: 2,41 млн тонн железной руды и 655 тыс. тонн угля."
    assert arithmetic(true, "sum") == ["consistent"]
    assert arithmetic(true.replace("655", "555"), "sum") == ["inconsistent"]
    # a selection ("в том числе") after the colon is no breakdown
    assert arithmetic("Отправлено 3 млн тонн: в том числе 1,4 млн тонн руды и 655 тыс. тонн угля.", "sum") == []


def test_shares_of_one_whole_named_one_after_another() -> None:
    partners = "Доля Японии во внешней торговле края в 2019 году составила 48 проц, а доля Кореи -- 21 проц."
    assert arithmetic(partners, "share_list") == ["consistent"]
    assert arithmetic(partners.replace("48", "88"), "share_list") == ["inconsistent"]
    flows = "Доля экспорта составила 71,2%, импорта - 28,8%."
    assert arithmetic(flows, "share_list") == ["consistent"]
    assert arithmetic(flows.replace("28,8", "26,8"), "share_list") == ["inconsistent"]
    # a share of another whole ("в импорте") is not one of the list
    assert arithmetic("Доля Китая в экспорте составила 60%, в импорте – 70%.", "share_list") == []


def test_a_flows_share_from_its_amount_and_the_total_nearby() -> None:
    true = ("Внешнеторговый оборот края в 2019 году составил $8,2 млрд. Доля экспорта составила 61%. "
            "Объем экспорта в 2019 году составил $5 млрд.")
    assert arithmetic(true, "share") == ["consistent"]
    assert arithmetic(true.replace("$5 млрд", "$4 млрд"), "share") == ["inconsistent"]


def test_the_partner_a_products_total_went_to_is_a_part_of_it() -> None:
    true = ("Экспорт пиломатериалов из Хабаровского края в мае 2022 г. составил 310,4 тыс. кубометров. "
            "Основным покупателем остается КНР. В мае в Китай отгружено 287,5 тыс. кубометров пиломатериалов, "
            "в Японию - 12,1 тыс. кубометров.")
    assert arithmetic(true, "parts") == ["consistent"]
    assert arithmetic(true.replace("287,5", "387,5"), "parts") == ["inconsistent"]
    # another product ("сои") is not a part of the timber total
    other = true.replace("пиломатериалов, ", "сои, ")
    assert arithmetic(other.replace("287,5", "387,5"), "parts") == []


def test_a_main_part_is_no_whole_of_the_next_part() -> None:
    text = ("Вывоз угля в июле составил 80,2 тыс. т. Большая часть имеет местное происхождение (61,4 тыс. т). "
            "В частности, в июле в Китай оформлено 70,3 тыс. т угля.")
    rep = audit_text(text, lang="ru")
    assert not rep.has_inconsistent


def test_a_total_told_again_as_its_parts_after_vsego() -> None:
    true = ("С начала года из порта вывезено 12,6 тыс. т рыбы и рыбной муки. Только за неделю оформлено 310 т. "
            "Всего же с начала года вывезено 320 партий рыбы общим весом 10,4 тыс. т и 75 партий рыбной муки "
            "общим весом 2,2 тыс. т.")
    assert arithmetic(true, "sum") == ["consistent"]
    assert arithmetic(true.replace("10,4", "14,0"), "sum") == ["inconsistent"]
    # a round total stands for its significant digits: 296 778 is "200 тысяч" no more than "300 тысяч" is exact
    rough = ("В Казахстан вывезли 200 тысяч кубометров пиломатериалов. Всего было вывезено 18250 кубометров "
             "круглой древесины и {x} кубометров пиломатериалов.")
    assert arithmetic(rough.format(x="190310"), "sum") == ["consistent"]
    assert arithmetic(rough.format(x="290310"), "sum") == ["inconsistent"]


def test_the_base_of_a_russian_comparative_is_not_the_figures_period() -> None:
    text = "За 2-й квартал 2023 года вывезено 5410 кубометров, что на 310 кубометров больше, чем за 2-й квартал 2022 года."
    s = split_sentences(text, "ru")
    q = next(q for q in scan(s[0].text, "ru") if q.kind == "amount")
    assert resolve(s, s[0], q.start).period_label == "2023-Q2"


def test_a_share_of_all_of_the_whole_after_a_bracketed_list_joins_it() -> None:
    true = ("Грузы отправлялись в Корею (21,4% от общего объема), в Индию (18,2%), Вьетнам (11,5%), Китай (9,3%). "
            "Лидером стала Япония, на долю которой пришлось 33,1% всей отгрузки (30,2% годом ранее).")
    assert arithmetic(true, "share_list") == ["consistent"]
    assert arithmetic(true.replace("21,4%", "31,4%"), "share_list") == ["inconsistent"]


def test_a_products_share_of_a_regions_exports_sold_abroad() -> None:
    # "реализовали за рубеж" is exports; the share names its whole ("стоимостного объема экспорта"), the region's
    true = ("За пять месяцев предприятия Хабаровского края реализовали за рубеж лесоматериалов на сумму 212,4 млн. долларов. "
            "В структуре поставок лидируют пиломатериалы: на долю этой продукции пришлось 131,7 млн. долларов "
            "(62% стоимостного объема экспорта).")
    assert arithmetic(true, "share") == ["consistent"]
    assert arithmetic(true.replace("131,7", "151,7"), "share") == ["inconsistent"]
    assert flow_at("Из-за рубежа поступило 5 тыс. т", 22) == "import"
    assert flow_at("За рубеж отправлено 7 тыс. т", 20) == "export"


def test_another_period_of_the_same_share_is_no_item_of_a_list() -> None:
    for other in ("годом ранее", "в 2022 году", "рост", "в импорте"):
        text = f"Доля Китая во внешней торговле области составила 61%, {other} – 58%."
        assert arithmetic(text, "share_list") == [], other


def test_crossings_before_a_total_said_in_all_after_them() -> None:
    text = ("За 5 месяцев 2022 года через переход Махалино (РФ) — Хуньчунь (КНР) перевезено 1,12 млн тонн грузов. "
            "Через переход Гродеково — Суйфэньхэ в январе-мае 2022 года перевезено 3,41 млн тонн. "
            "Всего за 5 месяцев через пограничные переходы ДВЖД перевезено {x} млн тонн.")
    assert arithmetic(text.format(x="4,95"), "parts") == ["consistent"]
    assert arithmetic(text.format(x="4,45"), "parts") == ["inconsistent"]


def test_partners_with_their_figures_in_brackets_are_parts_of_a_products_total() -> None:
    true = ("В 2022 году из края на экспорт оформлено 640 тыс т рыбы и морепродуктов. Крупнейшими импортерами рыбы и "
            "морепродуктов стали Южная Корея (312 тыс. т), Япония (45,1 тыс. т) и Вьетнам (12,2 тыс. т).")
    assert arithmetic(true, "parts") == ["consistent"]
    assert arithmetic(true.replace("312", "612"), "parts") == ["inconsistent"]
def test_a_level_against_its_base_then_the_rate_in_brackets() -> None:
    # "A при B в 2019 году (рост на P%)": the base set against the level; 5,5 / 4,4 = +25%
    text = "В Японию было поставлено 5,5 млрд кВт∙ч при 4,4 млрд кВт∙ч в 2019 году (рост на {p}%)."
    assert arithmetic(text.format(p="25"), "change_pct") == ["consistent"]
    assert arithmetic(text.format(p="52"), "change_pct") == ["inconsistent"]


def test_shares_told_one_by_one_to_the_others_add_up_to_a_hundred() -> None:
    text = ("Уголь составляет основную часть перевезенных грузов за январь–май 2024 года — {a}%. "
            "Руда составляет 21,3%, а другие грузы, включая зерно, лес и удобрения, составляют 12,2%.")
    assert arithmetic(text.format(a="66,5"), "share_list") == ["consistent"]
    assert arithmetic(text.format(a="69,5"), "share_list") == ["inconsistent"]


def test_a_rate_quoted_in_slashes_is_no_conversion_of_the_amount_before_it() -> None:
    text = "Товарооборот области в 2018 году достиг 12,4 млрд юаней /1 долл США - 6,61 юаня/, увеличившись на 10,2 проц."
    assert arithmetic(text, "currency_pair") == []
    assert [c.kind for c in extract_claims(text, "ru")].count("currency_pair") == 0


def test_a_bare_number_joined_to_a_percent_is_a_percent_too() -> None:
    qs = scan("Порт отправил 120 тысяч TEU и принял 95 тысяч TEU – это на 12 и 17% больше, чем годом ранее.", "ru")
    assert [(q.kind, q.value) for q in qs][-2:] == [("percent", 12.0), ("percent", 17.0)]
    # an exponent is no figure: "m^3" is cubic metres
    assert [q.value for q in scan("进口原木125000m^3,下降了12.5%", "zh")] == [125000.0, 12.5]


def test_a_rise_over_a_hyphenated_period_is_no_share() -> None:
    text = ("Товарооборот за январь-март составил 52,1 млрд долларов. Экспорт за первый квартал составил 24,6 млрд долларов, "
            "рост по сравнению с январем-мартом прошлого года составил 15,2%.")
    assert arithmetic(text, "share") == []


def test_a_rate_quoted_after_a_total_leaves_the_total_open_for_its_parts() -> None:
    # "/1 долл США - 6,61 юаня/": the price of a dollar is no amount of trade (no scale borrowed from the total)
    text = ("За январь-сентябрь товарооборот области с Монголией составил 14,25 млрд юаней /1 долл США - 6,61 юаня/, "
            "увеличившись на 8,1 проц. За этот период экспорт области в Монголию составил 3,05 млрд юаней, "
            "а импорт из Монголии достиг {i} млрд юаней.")
    assert arithmetic(text.format(i="11,2"), "sum") == ["consistent"]
    assert arithmetic(text.format(i="12,2"), "sum") == ["inconsistent"]


def test_a_count_that_looks_like_a_year_before_its_unit_is_a_count() -> None:
    qs = scan("За неделю на въезд прошло 2041 грузовых автомобилей, а в 2041 году пройдет больше.", "ru")
    assert [(q.kind, q.currency) for q in qs] == [("amount", "vehicles"), ("year", None)]
    text = ("С 3 по 9 марта границу пересекло {t} транспортных средств. На въезд в Россию проследовало 3957 "
            "транспортных средств. На выезд из России проследовало 2019 транспортных средств.")
    assert arithmetic(text.format(t="5976"), "sum") == ["consistent"]
    assert arithmetic(text.format(t="5796"), "sum") == ["inconsistent"]


def test_a_place_named_as_the_neighbour_is_not_the_figures_subject() -> None:
    text = ("Внешний товарооборот граничащего с Приморским краем китайского города Суйфэньхэ за 2021 год "
            "составил {t} млрд юаней. При этом экспорт из Суйфэньхэ составил 310 млн юаней, а импорт составил 2,45 млрд юаней.")
    assert arithmetic(text.format(t="2,76"), "sum") == ["consistent"]
    assert arithmetic(text.format(t="2,96"), "sum") == ["inconsistent"]


def test_dry_and_liquid_cargo_divide_the_ports_throughput() -> None:
    text = ("За январь-июнь грузооборот морских портов Азово-Черноморского бассейна составил {t} млн тонн. "
            "Перевалка сухих грузов снизилась на 3,1% до 61,2 млн тонн, "
            "перевалка наливных грузов выросла на 4% до 42,5 млн тонн.")
    assert arithmetic(text.format(t="103,7"), "sum") == ["consistent"]
    assert arithmetic(text.format(t="107,3"), "sum") == ["inconsistent"]
    # a port's own dry cargo is no part of the basin's total (another subject): no sum
    port = ("Грузооборот портов бассейна составил 103,7 млн тонн. В порту Новороссийск перевалка сухих грузов составила "
            "20,1 млн тонн, наливных грузов – 30,4 млн тонн.")
    assert arithmetic(port, "sum") == []


def test_a_share_of_a_whole_stated_after_it_takes_the_partners_figure_stated_before() -> None:
    text = ("В январе-сентябре 2019 года товарооборот между провинцией Цзилинь и Россией составил 4,12 млрд юаней. "
            "Экспорт провинции в Россию составил 1,05 млрд юаней. "
            "На долю товарооборота с Россией пришлось {p} проц. от общего объема внешней торговли провинции, "
            "составившего 97,3 млрд юаней.")
    assert arithmetic(text.format(p="4,2"), "share") == ["consistent"]  # 4,12 / 97,3 = 4,23%
    assert arithmetic(text.format(p="5,2"), "share") == ["inconsistent"]


def test_stali_before_a_comparative_is_the_verb_not_steel_and_tovaroobrashchenie_is_trade() -> None:
    text = ("За девять месяцев товарообращение Китая с Россией увеличилось до $88,4 миллиардов. "
            "Экспортируемые товары из КНР достигли 35,2 млрд долларов, то есть продажи стали больше на 9,1%. "
            "А вот импорт товаров из России составляет {i} млрд долларов.")
    assert arithmetic(text.format(i="53,2"), "sum") == ["consistent"]
    assert arithmetic(text.format(i="55,2"), "sum") == ["inconsistent"]


def test_a_share_that_falls_to_partners_named_after_it_takes_their_figures() -> None:
    text = ("Внешнеторговый оборот Хэйлунцзяна за январь-март составил 4,2 млрд долл США. "
            "При этом {p} проц внешнеторгового оборота пришлось на Монголию и Россию. "
            "Товарооборот с Монголией за январь-март составил 0,9 млрд долл. "
            "Товарооборот с Россией за январь-март составил 2,1 млрд долл.")
    assert arithmetic(text.format(p="71,4"), "share") == ["consistent"]  # (0,9 + 2,1) / 4,2
    assert arithmetic(text.format(p="61,4"), "share") == ["inconsistent"]


def test_bare_counts_after_iz_nikh_take_the_unit_of_the_whole_before() -> None:
    text = "За неделю на выезд из России проследовало 2518 транспортных средств. Из них {a} грузовых и 406 — легковых."
    assert arithmetic(text.format(a="2112"), "parts") == ["consistent"]
    assert arithmetic(text.format(a="2312"), "parts") == ["inconsistent"]


def test_flows_named_by_their_two_ends_are_the_crossings_exports_and_imports() -> None:
    # "в Приморье из Суйфэньхэ" / "из Приморья в Суйфэньхэ": the two ways across, the places their ends, no subject
    text = ("Общий пассажиропоток через пункт пропуска по итогам 2023 года составил 301.540 человек. "
            "За этот период в Приморье из Суйфэньхэ въехало 150.210 человек, а из Приморья в Суйфэньхэ въехало {i} человек.")
    assert arithmetic(text.format(i="151.330"), "sum") == ["consistent"]
    assert arithmetic(text.format(i="155.330"), "sum") == ["inconsistent"]


def test_dry_and_liquid_cargo_of_one_month_are_no_parts_of_the_year_to_date() -> None:
    text = ("Грузооборот портов бассейна с начала года составил 103,7 млн тонн. "
            "В июне перевалка сухих грузов составила 6,1 млн тонн, перевалка наливных грузов – 4,2 млн тонн.")
    assert arithmetic(text, "sum") == []


def test_a_percent_against_an_earlier_period_after_ili_is_an_index_not_a_share() -> None:
    # "X руб., или N% в сопоставимых ценах к соответствующему периоду": N is X against last year, never X's share of
    # the total stated before it (650,8 / 812,5 = 80.1%, said in words; 103,4% is the index)
    text = ("Выручка сети в марте 2022 г. составила 812,5 млн рублей, или 97,3% к уровню марта 2021 г. Выручка "
            "магазинов у дома, на которые пришлось 80,1% выручки сети, составила 650,8 млн рублей, или 103,4% в "
            "сопоставимых ценах к соответствующему периоду предыдущего года.")
    rep = audit_text(text, lang="ru")
    shares = [c for c in rep.claims if c.kind == "share"]
    assert not any("103,4" in str(c.roles.get("share")) or "97,3" in str(c.roles.get("share")) for c in shares)
    assert not [f for f in rep.findings if f.verdict == "inconsistent"]


def test_two_differences_against_two_years_share_one_level() -> None:
    # "составил L, что на D1 или на P1% меньше уровня Y1, и на D2 или на P2% меньше уровня Y2": D1 is a difference,
    # never the level of the second change; 0,20 / (5,40 + 0,20) = 3.6%, 0,60 / 6,00 = 10%
    text = ("Выпуск составил 5,40 млн тонн, что на 0,60 млн тонн или на 10 % меньше уровня 2020 года, и на "
            "0,20 млн тонн или на {p} % меньше уровня 2021 года.")
    assert arithmetic(text.format(p="3,6"), "change_abs") == ["consistent", "consistent"]
    assert sorted(arithmetic(text.format(p="25"), "change_abs")) == ["consistent", "inconsistent"]


def test_a_scale_said_once_after_two_currency_signs_belongs_to_both_ends() -> None:
    # "с $2,4 до $3,6 миллиарда": one scale for both ends (3,6 / 2,4 = +50%), never $2,4 against $3,6 bn
    text = "Поставки оборудования выросли на {p}% (с $2,4 до $3,6 миллиарда)."
    assert arithmetic(text.format(p="50"), "change_pct") == ["consistent"]
    assert arithmetic(text.format(p="150"), "change_pct") == ["inconsistent"]


def test_bracketed_percents_over_a_hundred_make_the_run_indices_not_shares() -> None:
    # "A (104,6%) ..., B (98,7%)": 104,6% cannot be a share of a whole, so the run are indices against last year;
    # 3,5 тыс. is never 98,7% of a whole implied by 9,8 тыс. at 104,6%
    text = ("Численность населения района на 1 июля 2023 года составила 840,2 тысяч человек. Естественный прирост "
            "в январе-июне 2023 года составил 6,3 тыс. человек (102,4% к уровню января-июня 2022 года), за этот же "
            "период зарегистрировано 9,8 тыс. (104,6%) – браков, 3,5 тыс. (98,7%) – разводов.")
    rep = audit_text(text, lang="ru")
    assert not [c for c in rep.claims if c.kind == "share"]
    assert not [f for f in rep.findings if f.verdict == "inconsistent"]
    # a run of bracketed percents under a hundred stays a run of shares
    shares = "Экспорт составил 40,0 млн долларов: Казахстан – 12,0 млн долларов (30%), Турция – 8,0 млн долларов (20%)."
    assert [c.kind for c in audit_text(shares, lang="ru").claims].count("share") == 2


def test_kinds_of_one_flow_are_no_parts_of_a_total_that_names_none() -> None:
    # loaded and empty exports divide the exports, not the ports' whole turnover: no sum 410 + 95,5 = 840
    text = ("Контейнерооборот портов за первый квартал составил 840 тысяч TEU. Груженый экспорт достиг 410 тысяч TEU, "
            "порожний экспорт составил 95,5 тысяч TEU.")
    rep = audit_text(text, lang="ru")
    assert not [c for c in rep.claims if c.kind == "sum"]
    assert not [f for f in rep.findings if f.verdict == "inconsistent"]
    # kinds that name no flow still divide the total: 31,2 + 19,6 = 50,8
    whole = ("Грузооборот портов бассейна составил 50,8 млн тонн. Перевалка сухих грузов выросла до 31,2 млн тонн, "
             "оборот наливных грузов вырос до {l} млн тонн.")
    assert arithmetic(whole.format(l="19,6"), "sum") == ["consistent"]
    assert arithmetic(whole.format(l="29,6"), "sum") == ["inconsistent"]


def test_a_total_cut_off_at_its_last_digit_is_a_basis_not_an_error() -> None:
    # 241,7 + 306,1 = 547,8: "$547 млн" drops the tenth (cut off, not rounded); "$545 млн" is an error
    text = "Товарооборот за полугодие составил ${x} млн, экспорт составил $241,7 млн, импорт - $306,1 млн."
    got = [f for f in audit_text(text.format(x="547"), lang="ru").findings if f.check == "arithmetic"]
    assert [f.verdict for f in got] == ["basis_differs"] and "cut off" in got[0].basis
    assert "inconsistent" in [f.verdict for f in audit_text(text.format(x="545"), lang="ru").findings]
    # two digits leave too wide a window: 1,21 + 3,98 = 5,19 is no "5,1 млрд" cut off, but an error
    short = "Товарооборот составил 5,1 млрд долларов, экспорт - 1,21 млрд долларов, импорт - 3,98 млрд долларов."
    assert "inconsistent" in [f.verdict for f in audit_text(short, lang="ru").findings]
def test_a_parts_list_goes_on_after_a_takzhe() -> None:
    text = ("С начала года из порта вывезено 8,3 тыс. тонн лесопродукции. В частности, {a} тыс. тонн пиломатериалов, "
            "а также 2,1 тыс. т. щепы.")
    assert arithmetic(text.format(a="6,2"), "parts") == ["consistent"]
    assert arithmetic(text.format(a="6,7"), "parts") == ["inconsistent"]


def test_a_bracketed_list_that_goes_on_from_a_members_share_is_of_one_whole() -> None:
    text = ("Основная часть угля отгружена в Японию (71,5%). Также уголь поставлялся в Корею ({k}%), Вьетнам (6,1%) "
            "и Индию (2,2%).")
    assert arithmetic(text.format(k="18,3"), "share_list") == ["consistent"]
    assert arithmetic(text.format(k="28,3"), "share_list") == ["inconsistent"]  # 108.1% of one whole
    # no sentence going on from it: a bracketed list of two alone is not read
    assert arithmetic("Уголь поставлялся в Корею (18,3%) и Вьетнам (6,1%).", "share_list") == []


def test_a_total_named_after_its_verb_and_a_flow_named_by_a_pronoun_add_up() -> None:
    text = ("1 млрд. 120 млн. долларов США за полугодие составил внешнеторговый оборот Амурской области. Из них импорт - "
            "около 40 %. Он составил {i} млн. долларов. Экспорт Амурской области достиг 674 млн. долларов.")
    assert arithmetic(text.format(i="446"), "sum") == ["consistent"]
    assert arithmetic(text.format(i="476"), "sum") == ["inconsistent"]
def test_a_bound_and_about_a_more_precise_figure_far_apart_as_the_texts_only_two() -> None:
    text = ("На ремонт моста ушло более 600 миллионов рублей. Работы шли три года. Подрядчик сменился дважды. "
            "Мост открыт для грузовиков. Движение идёт в обе стороны. Всего на работы потратили около {x} миллионов рублей.")
    assert arithmetic(text.format(x="612"), "comparison") == ["consistent"]
    assert arithmetic(text.format(x="560"), "comparison") == []  # 7% apart: not one figure told twice
    third = text.format(x="612") + " Ещё 90 миллионов рублей ушло на дороги."
    assert arithmetic(third, "comparison") == []  # a third amount in roubles: far apart, not read as one fact


def test_from_a_level_with_its_unit_and_period_words_to_another() -> None:
    # "с A <unit> в <month> <year> года до B": the first end's words before "до", a year between the two ends
    text = "Число рейсов сократилось с 6120 рейсов в марте 2019 года до {x} в марте прошлого года."
    rep = audit_text(text.format(x="5310"), lang="ru")
    assert [(c.roles["higher"].text, c.roles["lower"].text) for c in rep.claims if c.kind == "order"] == [("6120", "5310")]
    rate = "Грузопоток вырос на {x}% с 21,4 вагона до 25,9 тысяч."  # the second end's scale said once, for both
    assert arithmetic(rate.format(x="21"), "change_pct") == ["consistent"]  # 25.9 / 21.4 = +21.0%
    assert arithmetic(rate.format(x="12"), "change_pct") == ["inconsistent"]


def test_trains_through_a_crossing_and_the_bare_opposite_movement() -> None:
    # "через ... проехало N составов" with no direction is all the traffic; "а выехало" after "в Китай въехало" is the
    # other direction of the same crossing
    text = ("За полугодие через погранпереход Гродеково проехало 1 210 составов. При этом в Китай въехало 700 составов, "
            "а выехало {x} составов.")
    assert arithmetic(text.format(x="510"), "sum") == ["consistent"]
    assert arithmetic(text.format(x="610"), "sum") == ["inconsistent"]


def test_a_bare_movement_of_the_same_way_is_no_other_flow() -> None:
    from northward.audit.ru_words import opposite_flow

    text = "В Китай въехало 700 составов, а въехало 600 контейнеров."
    assert opposite_flow(text, text.index("600")) is None
    text = "В Китай въехало 700 составов, а выехало 600 составов."
    assert opposite_flow(text, text.index("600")) == "export"
