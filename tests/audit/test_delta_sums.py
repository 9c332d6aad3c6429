"""The parts' changes said as amounts add up to the whole's (``delta_sums``). Sentences written for the test."""

from __future__ import annotations

from northward.audit.api import audit_text
from northward.audit.delta_sums import NOTE

GRAIN = ("2024年,该省粮食产量1250.6万吨,同比增加{x}万吨。其中,玉米产量820.4万吨,同比增加25.2万吨;"
         "大豆产量{soy}万吨,{verb}10.3万吨。")


def delta_sums(text: str) -> list[str]:
    rep = audit_text(text, lang="zh")
    ids = {c.claim_id for c in rep.claims if c.note == NOTE}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_the_parts_changes_add_up_to_the_whole_s() -> None:
    assert delta_sums(GRAIN.format(x="35.5", soy="430.2", verb="同比增加")) == ["consistent"]
    assert delta_sums(GRAIN.format(x="38.5", soy="430.2", verb="同比增加")) == ["inconsistent"]
    # decreases, on traditional characters
    text = ("去年全省木材進口305.0萬立方米,同比減少{x}萬立方米。其中,原木進口200.0萬立方米,同比減少30.0萬立方米;"
            "鋸材進口105.0萬立方米,同比減少12.5萬立方米。")
    assert delta_sums(text.format(x="42.5")) == ["consistent"]
    assert delta_sums(text.format(x="45.2")) == ["inconsistent"]


def test_no_sum_of_changes_for_a_few_parts_or_changes_of_both_ways() -> None:
    # the parts are a few of many (their levels fall short of the whole): their changes need not add up
    assert delta_sums(GRAIN.format(x="38.5", soy="230.2", verb="同比增加")) == []
    # one part's change on last month, the others' on last year
    assert delta_sums(GRAIN.format(x="35.5", soy="430.2", verb="环比增加")) == []
    # one part up, the other down
    assert delta_sums(GRAIN.format(x="14.9", soy="430.2", verb="同比减少")) == []
