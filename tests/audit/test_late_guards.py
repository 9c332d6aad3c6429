"""Rules written after fresh7's and the mixed2 sweep's one run (each on sentences written for the test, not the
part's excerpts or the sweep's texts)."""

from __future__ import annotations

from northward.audit.api import audit_text
from northward.audit.numbers import scan


def _verdicts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.verdict, f.explanation) for f in audit_text(text, lang=lang).findings if f.check == "arithmetic"]


def _inconsistent(text: str, lang: str) -> list[str]:
    return [e for v, e in _verdicts(text, lang) if v == "inconsistent"]


def test_a_currency_sign_before_a_compound_russian_amount_is_the_whole_amount() -> None:
    qs = scan("оборот составил $7 млрд 215,4 млн, в том числе экспорт - $4 млрд 102,6 млн", "ru")
    assert [(q.text, q.value, q.currency) for q in qs] == [
        ("$7 млрд 215,4 млн", 7_215_400_000.0, "USD"), ("$4 млрд 102,6 млн", 4_102_600_000.0, "USD")]
    text = ("Внешнеторговый оборот области составил $7 млрд 215,4 млн, в том числе экспорт - $4 млрд 102,6 млн, "
            "импорт - $3 млрд 112,8 млн.")
    assert _inconsistent(text, "ru") == []
    wrong = text.replace("$3 млрд 112,8", "$3 млрд 312,8")
    assert _inconsistent(wrong, "ru")


def test_mio_is_a_million_and_takes_the_tonnes_after_it() -> None:
    qs = scan("shipments fell to 61.5 mio t (-4.2 mio t)", "en")
    assert [(q.value, q.currency) for q in qs] == [(61_500_000.0, "t"), (4_200_000.0, "t")]


def test_a_rise_said_in_one_character_is_a_rise() -> None:
    # 微升 is a slight rise: last year's parts 600,000 / 0.9 and 400,000 / 1.005 make the total -6.1%
    text = "上月入境旅客1,000,000人次,按年減少6.1%;其中不過夜旅客600,000人次,減少10.0%,留宿旅客則微升0.5%至400,000人次。"
    assert _inconsistent(text, "zh") == []
    assert _inconsistent(text.replace("微升", "微降"), "zh")  # a slight fall makes the total -6.5%


def test_a_ranking_from_the_bottom_ascends() -> None:
    text = "The lowest rates were recorded in Malta (1.1%), followed by Cyprus at 1.4% and Ireland at 1.7%."
    assert _inconsistent(text, "en") == []
    top = "The highest rates were recorded in Malta (1.1%), followed by Cyprus at 1.4% and Ireland at 1.7%."
    assert _inconsistent(top, "en")  # a ranking from the top must descend


def test_a_percent_after_by_a_comparative_is_the_gap() -> None:
    text = "Выпуск вырос на 6,2% к прошлому месяцу, но все еще отстает от уровня прошлого года на 2,4%."
    assert _inconsistent(text, "ru") == []


def test_two_kinds_that_make_another_total_are_not_parts_of_the_one_before_them() -> None:
    text = ("Компания в 2023 году перевезла 40,2 млн пассажиров. Всего авиакомпании страны перевезли 95 млн "
            "человек. Международные перевозки компании составили 12,1 млн человек, внутренние — 28,1 млн человек.")
    assert _inconsistent(text, "ru") == []


def test_an_average_counted_in_its_own_word_is_not_the_totals_average() -> None:
    text = "前三季度,全国铁路累计发送货物28.1亿吨,日均装车17.2万车,同比分别增长2.1%、3.0%。"
    assert _inconsistent(text, "zh") == []


def test_a_company_figure_is_not_the_place_mark() -> None:
    text = ("某港集团全年完成货物吞吐量2.81亿吨,同比增长6.2%。在该集团带动下,全市口岸港口吞吐量首次突破3亿吨。")
    assert _inconsistent(text, "zh") == []
    same = "全市口岸港口全年完成货物吞吐量2.81亿吨。全市口岸港口吞吐量首次突破3亿吨。"
    assert _inconsistent(same, "zh")  # one subject: the figure below the mark it is said to have passed
