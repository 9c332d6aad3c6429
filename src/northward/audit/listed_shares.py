"""The whole of a share said beside one part of a list: "loaded 288 carriers including 93 Panamax ships
(32%) and 28 Capesize ships (10%)", "2,7 млн т, в том числе 1,2 млн т угля (44%)".

A part listed after its whole (a ``parts`` claim, or a ``sum`` of a breakdown) with its percent in
brackets is that share of the list's whole: nothing else in the text is nearer to it. The share takes
the list's whole only when the share's own words named none and its part is one of the list's parts.
"""

from __future__ import annotations

import re

from . import group_parts, one_flow, period_parts
from .claims import Claim
from .numbers import Quantity

# the share in brackets right after its part's words: "93 Panamax ships (32%)", "угля (44%)", "原木(占52%)"; or set
# beside it by "или" ("Из них 1,9 млн тонн, или 79%, составил уголь")
_OPENS_BRACKET = re.compile(r"(?:[(（]|,\s*или)\s*(?:占\w{0,12}?)?$")

_LISTS = ("parts", "sum")


def _at(c: Claim, q: Quantity) -> tuple[int, int]:
    """Where a figure of a claim stands in the text: (its sentence's start, its start in that sentence)."""
    start = q.extra.get("sentence_start")
    return (start if isinstance(start, int) else c.sentence_start, q.start)


def shares_of_listed_parts(claims: list[Claim]) -> None:
    """Give a share whose part is one of a list's parts, and whose whole is not stated, the list's whole."""
    wholes: dict[tuple[int, int], Quantity] = {}
    for c in claims:
        if c.kind in _LISTS and "total" in c.roles and c.note not in (
                one_flow.NOTE, period_parts.NOTE, period_parts.TILED, group_parts.CARRIED_NOTE):
            for role, q in c.roles.items():
                if role != "total":
                    wholes.setdefault(_at(c, q), c.roles["total"])
    for c in claims:
        if c.kind != "share" or "whole" in c.roles or "part" not in c.roles:
            continue
        share = c.roles.get("share")
        if share is None or not _OPENS_BRACKET.search(c.sentence[max(0, share.start - 16) : share.start]):
            continue  # a share said in words ("占俄出口总额的三成") names its own whole, stated or not
        whole = wholes.get(_at(c, c.roles["part"]))
        if whole is None or whole.currency != c.roles["part"].currency:
            continue
        c.roles["whole"] = whole
        c.alternatives.pop("whole", None)
        c.note = "the whole of the list the part is one of"
