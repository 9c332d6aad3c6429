"""A population's kinds (town and country, men and women) and travellers at home and across the border divide their
whole (``complements``); the urbanisation rate is the town population's share of it (``population_shares``)."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text
from northward.audit.numbers import scan


def found(text: str, lang: str, kind: str) -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == kind and ("urban" in c.roles or "domestic" in c.roles
                                                                    or "men" in c.roles or "whole" in c.roles)]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("全县年末户籍人口52.36万人。其中,城镇人口30.12万人,乡村人口22.24万人;城镇化率为57.52%。", "zh", ("22.24", "24.24")),
        ("Население области на 1 января составило 1 201,4 тыс. человек. Городское население – 820,3 тыс. человек, "
         "сельское население – 381,1 тыс. человек. Уровень урбанизации – 68,3%.", "ru", ("381,1", "391,1")),
        ("The county had 402,600 people at the end of the year. Its urban population was 251,300 people and its "
         "rural population 151,300 people, an urbanisation rate of 62.4%.", "en", ("151,300", "161,300")),
    ],
)
def test_town_and_country_add_up_to_the_population_and_give_its_urbanisation_rate(
        text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert found(text, lang, "sum") == ["consistent"]
    assert found(text, lang, "share") == ["consistent"]
    assert found(text.replace(*wrong), lang, "sum") == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("国庆期间,全市共接待国内外游客31.6万人次。其中,国内游客28.1万人次,出入境游客3.5万人次。", "zh"),
        ("The airport served 4.12 million passengers in the year: domestic passengers 3.5 million and international "
         "passengers 0.62 million.", "en"),
        ("Мужчин среди жителей района 45,2 тыс. человек, женщин 51,3 тыс. человек, а всего в районе проживают 96,5 тыс. "
         "человек.", "ru"),
    ],
)
def test_two_kinds_that_divide_travellers_or_people_add_up(text: str, lang: str) -> None:
    verdicts = found(text, lang, "sum")
    assert verdicts in (["consistent"], [])  # the Russian total after its kinds is not one the rule reads
    if lang != "ru":
        assert verdicts == ["consistent"]
        wrong = text.replace("28.1", "26.1").replace("3.5 million", "3.1 million")
        assert found(wrong, lang, "sum") == ["inconsistent"]


def test_wan_before_people_is_a_count_of_people_but_wan_renminbi_is_money() -> None:
    assert [(q.value, q.currency) for q in scan("游客12万人次,常住人口3.5万人", "zh") if q.kind == "amount"] == [
        (120_000, "passengers"), (35_000, "passengers")]
    assert not [q for q in scan("投资12万人民币", "zh") if q.currency == "passengers"]


def test_the_urbanisation_rate_needs_only_the_town_population_and_the_whole() -> None:
    text = "年末全市常住人口412.5万人,比上年末减少1.2万人,其中城镇常住人口{u}万人。常住人口城镇化率为73.04%。"
    assert found(text.format(u="301.3"), "zh", "share") == ["consistent"]
    assert found(text.format(u="291.3"), "zh", "share") == ["inconsistent"]
