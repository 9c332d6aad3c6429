"""Figures listed, then their sum said (``listed_totals``)."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text


def summed(text: str, lang: str) -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "sum" and c.note.startswith("listed shares")]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("За полгода 52,3% импорта пришлось на Китай, 21% - на Корею, 9,6 % - на Японию, что составило 82,9% от общего "
         "объема импорта.", "ru", ("21%", "25%")),
        ("Vostochny handled 41.5% of the coal, Vanino 22% and Nakhodka 8.1%, together 71.6% of the total.", "en",
         ("22%", "26%")),
        ("三个口岸分别占全省的45.1%、20.3%和12%,合计占77.4%。", "zh", ("20.3%", "24.3%")),
    ],
)
def test_listed_shares_add_up_to_the_share_said_of_them(text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert summed(text, lang) == ["consistent"]
    assert summed(text.replace(*wrong), lang) == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Exports rose 12%, imports fell 3%, which made 9% growth of trade.", "en"),  # changes, not shares
        ("Доля Китая составила 52%. Это на 3% больше, чем годом ранее.", "ru"),  # one share, no list
    ],
)
def test_changes_and_single_shares_are_not_summed(text: str, lang: str) -> None:
    assert summed(text, lang) == []


def amount_sums(text: str, lang: str) -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "sum" and c.note.startswith("listed amounts")]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("Grodekovo handled 4.21 million tons and Pogranichny 1.35 million tons, a combined 5.56 million tons in 2022.",
         "en", ("1.35", "1.55")),
        ("Через Кяхту прошло 2,4 млн т, через Наушки – 8,7 млн т, что в сумме составило 11,1 млн т.", "ru",
         ("8,7", "9,7")),
    ],
)
def test_listed_amounts_add_up_to_the_total_said_of_them_together(text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert amount_sums(text, lang) == ["consistent"]
    assert amount_sums(text.replace(*wrong), lang) == ["inconsistent"]


def test_a_bare_verb_after_listed_amounts_is_no_sum() -> None:
    # "что составило" after amounts may lead to anything (a rate, another total): only words that say "together"
    assert amount_sums("Через Кяхту прошло 2,4 млн т, через Наушки – 8,7 млн т, что составило 15 млн т.", "ru") == []
