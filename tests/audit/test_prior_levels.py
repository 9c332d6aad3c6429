"""A rate's base stated elsewhere as the previous year's level (``prior_levels``). Sentences written for the
test, a true and a wrong version, and a revised-base gap."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, lang: str = "en") -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == "change_pct" and "from" in c.roles}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_the_base_two_sentences_later_and_the_previous_years_figure_of_a_chain() -> None:
    later = ("Heilongjiang's trade with Russia grew to 61.20 billion yuan in January-June, officials said on "
             "Monday, up {x}% from a year earlier. Exports rose. Its trade with Russia stood at 48.00 billion yuan "
             "in January-June 2022, according to earlier data.")
    assert verdicts(later.format(x="27.5")) == ["consistent"]  # 61.2 / 48 = 1.275
    assert verdicts(later.format(x="22.5")) == ["inconsistent"]
    chain = ("In 2020 the region's trade with China came to $4.00 billion. In 2021 this figure rose by {x}%, "
             "to $5.00 billion.")
    assert verdicts(chain.format(x="25")) == ["consistent"]
    assert verdicts(chain.format(x="35")) == ["inconsistent"]
    assert verdicts(chain.format(x="24.5")) == ["basis_differs"]  # 0.2 points off: a revised base


def test_russian_base_in_the_sentence_before() -> None:
    ru = ("В 2022 году товарооборот края с Китаем составил 4,00 млрд долларов. В 2023 году он вырос на {x}% "
          "и достиг 5,00 млрд долларов.")
    assert verdicts(ru.format(x="25"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="52"), "ru") == ["inconsistent"]


def test_another_partner_or_another_months_level_is_no_base() -> None:
    partner = ("Trade with Russia grew to 61.20 billion yuan in January-June, up 12.0% from a year earlier. "
               "Trade with Ukraine stood at 48.00 billion yuan in January-June 2022.")
    assert verdicts(partner) == []
    months = ("Trade with Russia grew to 61.20 billion yuan in January-June, up 12.0% from a year earlier. "
              "It stood at 48.00 billion yuan in January-May 2022.")
    assert verdicts(months) == []


def test_a_ports_figure_and_a_text_naming_two_years_get_no_base() -> None:
    port = ("In January-July 2023 the railway carried 8.00 million tonnes to China, 19.4% more than in the same "
            "period of 2022. The highest growth was at the Grodekovo crossing, 4.80 million tonnes (+3.2%).")
    assert verdicts(port) == []
    opening = ("In the first four months of 2021, the province's trade came to 50.00 billion yuan, up 28.2% year on "
               "year. General trade came to 45.00 billion yuan, up 28.7%.")
    assert verdicts(opening) == []


def test_the_amount_a_rate_lost_is_no_level_to_measure_it_on() -> None:
    text = (
        "Port dues income has slumped 45% this year, a loss of $2.1 billion for the authority. "
        "The dues came to $6.2 billion in 2024, or 9% of its revenue."
    )
    assert verdicts(text) == []
