"""A whole's rate between its parts' rates (``part_rates``): with no level given, total trade's rate lies
between its exports' and imports' rates. Sentences written for the test, a true and a wrong version."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, lang: str, kind: str = "rate_between") -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == kind}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_totals_rate_between_its_flows_rates_in_three_languages() -> None:
    en = ("In 2021 the trade of Amur Region with China grew by {x}%. Exports rose 3.2% and imports "
          "increased by 21.4%.")
    assert verdicts(en.format(x="12.6"), "en") == ["consistent"]
    assert verdicts(en.format(x="22.6"), "en") == ["inconsistent"]
    ru = ("В 2021 году товарооборот Амурской области с Китаем увеличился на {x}%. Экспорт вырос на 3,2%, "
          "импорт - на 21,4%.")
    assert verdicts(ru.format(x="12,6"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="2,6"), "ru") == ["inconsistent"]
    zh = "2021年,黑龙江省对俄进出口同比增长{x}%,其中出口同比增长3.2%,进口同比增长21.4%。"
    assert verdicts(zh.format(x="12.6"), "zh") == ["consistent"]
    assert verdicts(zh.format(x="30.6"), "zh") == ["inconsistent"]


def test_declines_are_signed_and_another_months_rate_is_left_out() -> None:
    ru = ("За первые семь месяцев товарооборот сократился на {x}%. Экспорт упал на 9,1%, импорт снизился на 1,5%. "
          "Только в июле импорт был на 30% больше, чем в июне.")
    assert verdicts(ru.format(x="4,4"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="0,4"), "ru") == ["inconsistent"]


def test_two_rates_for_one_flow_give_no_claim_and_a_products_rate_is_its_own() -> None:
    en = ("In 2021 the trade of Amur Region with China grew by 40.0%. Exports rose 3.2% in value and 9.0% in "
          "volume, and imports increased by 21.4%.")
    assert verdicts(en, "en") == []
    timber = ("In 2021 the trade of Amur Region with China grew by 12.6%. Exports rose 3.2% and imports "
              "increased by 21.4%, while exports of timber rose 80%.")
    assert verdicts(timber, "en") == ["consistent"]


def test_a_totals_rate_on_the_previous_month_is_not_checked_against_its_flows_yearly_rates() -> None:
    text = (
        "In October, total trade came to 48.40 billion dollars, up 3.2% against the month earlier and up 14.0% "
        "year-on-year. Exports rose 1.1% on the month and 10.0% year-on-year to 25.30 billion dollars. Imports grew "
        "2.0% versus September and 18.7% on a year earlier to 23.10 billion dollars."
    )
    found = verdicts(text, "en", "sum_growth")
    assert found and "inconsistent" not in found


def test_a_chinese_totals_yearly_rate_is_found_before_its_month_on_month_rate() -> None:
    text = "1-5月,全省进出口总值120.0亿元,同比增长20.0%,环比增长3.0%。其中出口70.0亿元,同比增长25.0%;进口50.0亿元,同比增长13.6%。"
    assert "consistent" in verdicts(text, "zh", "sum_growth")
