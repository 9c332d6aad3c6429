"""A level said as a percent of an earlier one (an index) tells a change of the index less 100 (``index_rates``)."""

from __future__ import annotations

from northward.audit.api import audit_text


def changes(text: str, lang: str) -> list[float]:
    rep = audit_text(text, lang=lang)
    return [c.roles["change"].value * c.direction for c in rep.claims if c.kind == "change_pct"]


def test_an_index_after_a_rise_is_a_fall_of_the_index_less_a_hundred() -> None:
    ru = ("Экспорт древесины составил 4,2 млн долларов, что больше прошлогоднего на 12 процентов, а поставки "
          "оборудования – 1,8 млн долларов (93,5 процента к уровню прошлого года).")
    assert changes(ru, "ru") == [12.0, -6.5]
    assert changes(ru.replace("93,5", "104,0"), "ru") == [12.0, 4.0]
    en = "Coal shipments rose 8 percent, while grain shipments were 91.0% of the year-earlier level."
    assert changes(en, "en") == [8.0, -9.0]


def test_a_whole_rate_from_flows_one_given_as_an_index() -> None:
    # last year 9.0 / 1.5 + 6.0 / 0.8 = 6 + 7.5 = 13.5; this year 15.0: +11.1%, within the flows' +50% and -20%
    ru = ("Внешнеторговый оборот области в первом полугодии вырос на {x} процента. Экспорт составил 9,0 млн долларов, "
          "что на 50 процентов больше, чем годом ранее, а импорт – 6,0 млн долларов (80 процентов к уровню прошлого "
          "года).")
    rep = audit_text(ru.format(x="11,1"), lang="ru")
    assert "inconsistent" not in [f.verdict for f in rep.findings]
    rep = audit_text(ru.format(x="61,1"), lang="ru")  # outside +50% and -20%: no mean of the two
    assert "inconsistent" in [f.verdict for f in rep.findings]


def test_a_change_said_with_its_base_is_no_index() -> None:
    ru = "Пассажиропоток снизился на 2,7% по сравнению с аналогичным периодом прошлого года – до 5,8 млн человек."
    assert changes(ru, "ru") == [-2.7]
    ru = "Погрузка составила 101,2 млн тонн (+3,4% к уровню прошлого года)."
    assert changes(ru, "ru") == [3.4]
