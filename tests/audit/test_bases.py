"""A growth rate's base told beside its level (``bases``: main's rule for "A при B (рост на P%)", kept at the merge
over this branch's own): sentences written for the test, a true and a wrong version of each."""

from __future__ import annotations

from northward.audit.api import audit_text


def change_verdicts(text: str, lang: str) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == "change_pct" and "from" in c.roles}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_level_against_its_base_then_the_rate() -> None:
    ru = "В 2019 году в Монголию поставлено 1,82 млрд кВт∙ч при 1,40 млрд кВт∙ч в 2018 году (рост на {x}%)."
    assert change_verdicts(ru.format(x="30"), "ru") == ["consistent"]
    assert change_verdicts(ru.format(x="36"), "ru") == ["inconsistent"]
    en = "Coal shipments through the crossing reached 6.30 million tonnes against 5.25 million tonnes in 2020 (up {x}%)."
    assert change_verdicts(en.format(x="20"), "en") == ["consistent"]
    assert change_verdicts(en.format(x="26"), "en") == ["inconsistent"]


def test_no_base_when_against_names_the_other_flow_or_the_rate_is_not_bracketed() -> None:
    flows = "Экспорт составил 5,2 млрд долларов при импорте 3,1 млрд долларов в 2018 году (рост на 30%)."
    assert change_verdicts(flows, "ru") == []
    no_period = "Shipments reached 6.30 million tonnes against 5.25 million tonnes planned, and rose 20%."
    assert change_verdicts(no_period, "en") == []


def test_last_years_level_named_before_it_and_a_period_between_base_and_rate() -> None:
    ru = ("В бюджет перечислено 2 млрд 100,5 млн рублей против 1 млрд 500,1 млн рублей за 9 месяцев 2019 года "
          "(рост на {x}%).")  # 2100.5 / 1500.1 = +40.0%
    assert change_verdicts(ru.format(x="40"), "ru") == ["consistent"]
    assert change_verdicts(ru.format(x="44"), "ru") == ["inconsistent"]
    zh = "今年一季度该口岸进口木材约12万吨,而去年同期进口约10万吨,增长{x}%。"  # 12 / 10 = +20%
    assert change_verdicts(zh.format(x="20"), "zh") == ["consistent"]
    assert change_verdicts(zh.format(x="50"), "zh") == ["inconsistent"]
    zh2 = "1~5月份进口锯材3615208m^3,同比去年的4016898m^3,降低了{x}%;"  # 3615208 / 4016898 = -10.0%
    assert change_verdicts(zh2.format(x="10.0"), "zh") == ["consistent"]
    assert change_verdicts(zh2.format(x="12.0"), "zh") == ["inconsistent"]


def test_the_base_in_the_next_sentence_that_opens_on_its_period() -> None:
    ru = ("В 2022 году через порт вывезли 48,6 тыс. тонн рыбы. Это на {x}% больше, чем за прошлый год. "
          "Тогда на экспорт отправили 40,5 тыс. тонн.")  # 48.6 / 40.5 = +20%
    assert change_verdicts(ru.format(x="20"), "ru") == ["consistent"]
    assert change_verdicts(ru.format(x="45"), "ru") == ["inconsistent"]
    en = ("Timber loadings at the port rose {x}% to 5.5 million tonnes, up on last year. A year earlier, the port "
          "handled 5.0 million tonnes.")  # 5.5 / 5.0 = +10%
    assert change_verdicts(en.format(x="10"), "en") == ["consistent"]
    assert change_verdicts(en.format(x="25"), "en") == ["inconsistent"]
    no_opener = en.format(x="10").replace("A year earlier, the port", "The port")
    assert change_verdicts(no_opener, "en") == []
    other_flow = ru.format(x="20").replace("вывезли", "экспорт составил").replace(
        "Тогда на экспорт отправили", "Тогда импорт составил")
    assert change_verdicts(other_flow, "ru") == []


def test_the_base_of_the_first_rate_is_not_the_level_of_the_second() -> None:
    text = (
        "Card spending came to $48.6 billion in May, 6.1% more than the May 2023 total of $45.8 billion and "
        "2.3% higher than the April total of $47.5 billion."
    )
    rep = audit_text(text, lang="en")
    rates = [c for c in rep.claims if c.kind == "change_pct"]
    assert [(c.roles["from"].text, c.roles["to"].text) for c in rates] == [
        ("$45.8 billion", "$48.6 billion"), ("$47.5 billion", "$48.6 billion")]
    assert not rep.inconsistent()


def test_a_base_that_in_turn_rose_is_the_level_of_the_next_rate() -> None:
    text = (
        "Pipeline deliveries may reach 41 billion cubic meters this year. That is about a 20% increase from the "
        "2024 total of 34.2 bcm, which in turn was 25% higher than 27.4 bcm in 2023."
    )
    rep = audit_text(text, lang="en")
    pairs = [(c.roles["from"].text.split()[0], c.roles["to"].text.split()[0])  # "27.4 bcm": the figure, its unit read
             for c in rep.claims if c.kind == "change_pct" and "from" in c.roles]
    assert ("27.4", "34.2") in pairs and not rep.inconsistent()


def test_another_rates_base_is_not_the_level() -> None:
    en = ("Chip sales were USD 48.5 billion in March, an increase of 20.1% over the March 2021 total of USD 40.4 "
          "billion and 2.5% more than the February total of USD 47.3 billion.")
    assert "inconsistent" not in change_verdicts(en, "en")  # 2.5% is of 48.5 over 47.3, never of 40.4
