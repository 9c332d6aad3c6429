"""A percent naming the basis an amount is counted on ("on a 100% basis") is no rate and no share
(basis_percents.py). Sentences written for the tests."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text
from northward.audit.basis_percents import is_basis_percent
from northward.audit.numbers import scan


@pytest.mark.parametrize(
    ("text", "lang", "basis"),
    [
        ("Copper output is guided at between 1.2 and 1.4 Mt (2.4 and 2.8 Mt on a 100% basis).", "en", ["100%"]),
        ("The smelter made 410 kt of zinc on a 100 per cent basis, up 6% on the year.", "en", ["100 per cent"]),
        ("Sales of its 60%-owned unit rose 12%.", "en", ["60%"]),
        ("Выпуск кислоты составил 2,1 млн т в пересчете на 100%, рост на 4%.", "ru", ["100%"]),
        ("Exports rose 8% to 40 billion dollars.", "en", []),
    ],
)
def test_a_basis_percent_is_told_from_a_rate(text: str, lang: str, basis: list[str]) -> None:
    assert [q.text for q in scan(text, lang) if is_basis_percent(text, q)] == basis


def test_a_range_and_its_basis_percent_make_no_growth_claim() -> None:
    report = audit_text("Nickel guidance is unchanged at between 70 and 85 kt (140 and 170 kt on a 100% basis).", lang="en")
    assert not report.inconsistent()
    assert not [c for c in report.claims if c.kind == "change_pct"]
