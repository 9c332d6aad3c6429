"""A rate's or a multiple's base named by its period and given after it (``compared_bases``): in brackets, after
"когда"/"when", after a colon; sentences written for the test, a true and a wrong version of each."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, lang: str, kind: str = "change_pct") -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == kind and "from" in c.roles}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_bracketed_base_after_its_period_then_the_rate() -> None:
    ru = ("Всего за год в Японию было отгружено 48,0 тысяч тонн леса. По сравнению с 2021 годом (40,0 тысяч тонн), "
          "рост поставок составил {x}%.")  # 48 / 40 = +20%
    assert verdicts(ru.format(x="20"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="35"), "ru") == ["inconsistent"]
    zh = "今年上半年,该口岸进出境货运量达到3150.0万吨,超出历史最高值(2018年3000.0万吨){x}%,同比增长20%。"  # 3150 / 3000 = +5%
    assert verdicts(zh.format(x="5.0"), "zh") == ["consistent"]
    assert verdicts(zh.format(x="7.5"), "zh") == ["inconsistent"]
    en = "Grain exports reached 9.0 million tonnes, up {x}% compared with the same period of 2022 (7.5 million tonnes)."
    assert verdicts(en.format(x="20"), "en") == ["consistent"]
    assert verdicts(en.format(x="28"), "en") == ["inconsistent"]


def test_a_multiple_before_its_bracketed_base() -> None:
    ru = ("За месяц через мост проехало 6020 грузовиков, что втрое превышает показатель за аналогичный период "
          "прошлого года ({x} грузовиков).")  # 6020 / 2010 = 3.0
    assert verdicts(ru.format(x="2010"), "ru", "multiple") == ["consistent"]
    assert verdicts(ru.format(x="1210"), "ru", "multiple") == ["inconsistent"]
    zh = "2024年5月,该口岸出口水果5000吨,比2023年5月(1000吨)多{x}倍。"  # 5000 / 1000 = ×5, 多4倍 by the rule
    assert verdicts(zh.format(x="4"), "zh", "multiple") == ["consistent"]
    assert verdicts(zh.format(x="8"), "zh", "multiple") == ["inconsistent"]


def test_a_base_in_the_clause_after_its_period() -> None:
    ru = ("Общий вес отправленной рыбы составил 9,600 тыс. тонн, в т. ч. в мае – 3,100 тыс. тонн. Рост по сравнению "
          "с аналогичным периодом 2022 года, когда было отправлено 8,000 тыс. тонн, составил {x}%.")  # 9.6 / 8 = +20%
    assert verdicts(ru.format(x="20,00"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="30,00"), "ru") == ["inconsistent"]
    colon = ("В первом квартале музей посетили 23 000 человек. Это на {x}% выше прежних показателей: в первом квартале "
             "2019 года музей посетили около 20 тыс. человек.")  # 23 / 20 = +15%
    assert verdicts(colon.format(x="15"), "ru") == ["consistent"]
    assert verdicts(colon.format(x="40"), "ru") == ["inconsistent"]


def test_no_base_without_its_period_or_of_another_flow_or_far_off() -> None:
    no_period = "Экспорт составил 48,0 тысяч тонн, что на 20% больше, чем планировалось (40,0 тысяч тонн)."
    assert verdicts(no_period, "ru") == []
    other_flow = "Exports reached 9.0 million tonnes, up 50% compared with 2022 (imports of 3.0 million tonnes)."
    assert verdicts(other_flow, "en") == []
    implausible = "Grain exports reached 9.0 million tonnes, up 20% compared with 2022 (2.0 million tonnes)."
    assert verdicts(implausible, "en") == []


def test_a_colon_opens_a_base_only_when_its_clause_names_the_period() -> None:
    breakdown = ("Exports reached 20.0 million tonnes, up 12% compared with 2022: coal shipments reached 14.0 million "
                 "tonnes.")
    assert verdicts(breakdown, "en") == []
    en = "Grain exports reached 9.0 million tonnes, up {x}% from 2022 (7.5 million tonnes)."
    assert verdicts(en.format(x="20"), "en") == ["consistent"]
    assert verdicts(en.format(x="30"), "en") == ["inconsistent"]


def test_a_rate_with_its_own_comparison_is_not_the_bracketed_base_s() -> None:
    ru = ("Экспорт мороженого в августе составил $72,4 тыс. Это в {x} раза меньше, чем в июле (на $194,3 тыс.), но на "
          "41% больше, чем в августе прошлого года.")
    assert verdicts(ru.format(x="2,7"), "ru") == []  # the 41% is against last August, not July
    own = ("Экспорт составил $31,2 млрд, что превышает показатель за весь прошлый год ($30,5 млрд) и на 21% больше, "
           "чем на аналогичную дату предыдущего года.")
    assert verdicts(own, "ru") == []
