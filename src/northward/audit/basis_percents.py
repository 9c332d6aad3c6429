"""A percent that names the basis an amount is counted on, not a change or a share of it.

"16.5 to 19 Mt (33 to 38 Mt on a 100% basis)", "production of 290 Mt (100 per cent basis)", "в пересчете на
100%", "按100%权益计": the percent says how much of a venture the amount counts (all of it, or the owner's
stake), the way a reader takes "on an equity basis". It is no growth rate to pair with the amounts around
it, and no share of a whole: the audit drops it from a sentence's figures.
"""

from __future__ import annotations

import re

from .numbers import Quantity

# the words right after the percent ("basis", "equity basis", "-owned", "-ной основе", "权益") or before it
_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:(?:equity\s+|attributable\s+|ownership\s+)?basis\b|owned\b|(?:н\w{1,2}\s+)?основ[ае]\b|权益)",
    re.IGNORECASE,
)
_BEFORE = re.compile(r"в\s+пересч[её]те\s+на\s*$", re.IGNORECASE)


def is_basis_percent(text: str, q: Quantity) -> bool:
    """Is the percent ``q`` the basis an amount is counted on ("on a 100% basis", "100 per cent-owned")?"""
    if q.kind != "percent":
        return False
    return bool(_AFTER.match(text, q.end) or _BEFORE.search(text[max(0, q.start - 25) : q.start]))


def without_basis_percents(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The figures of a sentence without the percents that name a counting basis."""
    return [q for q in qs if not is_basis_percent(text, q)]
