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
    pairs = [(c.roles["from"].text, c.roles["to"].text) for c in rep.claims if c.kind == "change_pct" and "from" in c.roles]
    assert ("27.4", "34.2") in pairs and not rep.inconsistent()
