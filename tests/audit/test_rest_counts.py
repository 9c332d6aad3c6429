"""Some and "the other" ones make up their count (``rest_counts``)."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text


def split(text: str, lang: str) -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "sum" and c.note.startswith("some and the other")]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("The port has 12 berths. Five berths handle coal, and the remaining seven serve containers.", "en",
         ("seven", "eight")),
        ("Terminal operators plan nine cranes. Three of the cranes will arrive in May, while the other six are due later.",
         "en", ("other six", "other five")),
        ("В пункте пропуска будет восемь полос. Пять полос откроют весной, а остальные три — осенью.", "ru", ("три", "четыре")),
        ("园区规划建设8个仓库,其中3个今年建成,其余5个明年建成。", "zh", ("其余5个", "其余6个")),
    ],
)
def test_some_and_the_other_ones_make_up_their_count(text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert split(text, lang) == ["consistent"]
    assert split(text.replace(*wrong), lang) == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # two counts of the noun before the split: which one is its whole is not known
        ("The company has 40 ships and 5 new ships. Three ships arrived on Monday, the other two on Tuesday.", "en"),
        # no count of the some's noun before it
        ("The port has 12 berths. Five cranes handle coal, and the remaining seven serve containers.", "en"),
    ],
)
def test_no_single_whole_of_the_same_noun_no_claim(text: str, lang: str) -> None:
    assert split(text, lang) == []
