"""A whole's rate from its flows' levels and rates (``flow_growth``), and a multiple read as a flow's rate in
``sum_growth``. Each rule is tested on sentences written for the test, a true and a wrong version."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, kind: str, lang: str) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == kind}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


RU = (
    "В марте 2021 года товарооборот Китая и России вырос на {x}%. Экспорт КНР в РФ увеличился на 25% - до 10 "
    "миллиардов юаней, а импорт из России сократился на 20% - до 12 миллиардов юаней."
)
EN = (
    "In the first quarter of 2022, China's trade with Russia dropped {x} percent year on year. China's exports to "
    "Russia fell 50 percent to 4.0 billion dollars, while imports from Russia rose 20 percent to 6.0 billion dollars."
)


def test_a_whole_rate_from_its_flows_levels_and_rates() -> None:
    # last year 10 / 1.25 + 12 / 0.8 = 8 + 15 = 23; this year 22: -4.3%
    assert verdicts(RU.format(x="-4,3").replace("вырос на -", "сократился на "), "flows_growth", "ru") == ["consistent"]
    assert verdicts(RU.format(x="-14,3").replace("вырос на -", "сократился на "), "flows_growth", "ru") == ["inconsistent"]
    # last year 4 / 0.5 + 6 / 1.2 = 8 + 5 = 13; this year 10: -23.1%
    assert verdicts(EN.format(x="23.1"), "flows_growth", "en") == ["consistent"]
    assert verdicts(EN.format(x="13.1"), "flows_growth", "en") == ["inconsistent"]


def test_no_whole_rate_from_flows_when_the_whole_is_stated_or_a_flow_has_no_level() -> None:
    stated = EN.replace("dropped {x} percent year on year", "dropped 23.1 percent year on year to 10.0 billion dollars")
    assert verdicts(stated, "flows_growth", "en") == []  # sum_growth's: the whole's level is given
    no_level = EN.format(x="23.1").replace("rose 20 percent to 6.0 billion dollars", "rose 20 percent")
    assert verdicts(no_level, "flows_growth", "en") == []
    other_month = EN.format(x="23.1").replace("year on year", "from the previous quarter")
    assert verdicts(other_month, "flows_growth", "en") == []


SAKH = (
    "Внешнеторговый оборот области в 2019 году вырос на {x}% и составил $12,6 млрд. Экспорт составил $10,2 млрд и "
    "увеличился на 20%. Импорт составил $2,4 млрд и увеличился в 2 раза."
)


def test_a_multiple_is_a_flow_rate_in_a_sum_growth() -> None:
    # last year 10.2 / 1.2 + 2.4 / 2 = 8.5 + 1.2 = 9.7; 12.6 / 9.7 = +29.9%
    assert verdicts(SAKH.format(x="29,9"), "sum_growth", "ru") == ["consistent"]
    assert verdicts(SAKH.format(x="39,9"), "sum_growth", "ru") == ["inconsistent"]
