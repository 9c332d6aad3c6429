"""A total said after its parts, in a sentence that opens by summing them (``summed_after``)."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text


def sums(text: str, lang: str) -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "sum" and c.note.startswith("the amounts of the sentence before")]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("За квартал вывезено 14,2 тыс. тонн пиломатериалов и 6,3 тыс. тонн щепы. Таким образом, общий объем отгрузок "
         "составил 20,5 тыс. тонн.", "ru", ("6,3", "7,3")),
        ("The terminal loaded 312,000 tons of coal and 145,000 tons of ore in May. In total, 457,000 tons were shipped "
         "in May.", "en", ("145,000", "165,000")),
        ("该口岸进口木材35.2万吨,进口煤炭12.1万吨。合计进口货物47.3万吨。", "zh", ("12.1", "14.1")),
    ],
)
def test_a_total_said_after_its_parts_is_their_sum(text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert sums(text, lang) == ["consistent"]
    assert sums(text.replace(*wrong), lang) == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the sentence before is a whole and its breakdown: its first amount is no part
        ("Экспорт составил 20,5 тыс. тонн, из них 14,2 тыс. тонн пиломатериалов. Всего с начала года вывезено 31 тыс. "
         "тонн.", "ru"),
        # last year's figure is a base, not a part
        ("The port handled 312,000 tons against 290,000 tons a year earlier. In total, 500,000 tons crossed the "
         "border.", "en"),
        # no summing word: another total
        ("The terminal loaded 312,000 tons of coal and 145,000 tons of ore. The port handled 900,000 tons.", "en"),
    ],
)
def test_breakdowns_bases_and_other_totals_are_no_summed_parts(text: str, lang: str) -> None:
    assert sums(text, lang) == []
