"""Figures a text expects, plans or aims at ("превысит 200 млрд", "will reach $200 billion", "预计将达"):
not a statement of what happened, so never checked against stored observations (their own arithmetic
still is).

The words are looked for in the figure's clause, before the figure or just after it.
"""

from __future__ import annotations

import re

_FORECAST = re.compile(
    # Russian: future verbs of the level, expectation, plans and targets
    r"\b(?:превысит|составит|достигнет|вырастет|увеличится|сократится|снизится|удвоится|будет|будут|"
    r"мож(?:ет|ем|ут)\s+(?:достичь|составить|превысить|вырасти)|ожида\w+|прогноз\w*|планиру\w*|намерен\w*|"
    r"должен\s+(?:достичь|составить|превысить)|предполага\w+|цел[иья]\w*|довести\s+до)\b|"
    # English
    r"\b(?:will|would|shall|expected\s+to|expects?|forecasts?|projected|projections?|targets?|goals?|aims?\s+to|"
    r"plans?\s+to|is\s+set\s+to|could\s+(?:reach|exceed|hit)|likely\s+to)\b|"
    # Chinese (将 but not 将近 "nearly")
    r"将(?!近)|预计|预期|有望|目标|力争|计划|争取|预测",
    re.IGNORECASE,
)
AFTER = 25  # characters after the figure that still belong to its verb ("200 млрд долларов будет достигнуто")


def forecast(text: str, lo: int, pos: int, hi: int) -> str:
    """Why the figure at ``pos`` (its clause from ``lo`` to ``hi``) is expected rather than reported ('' if
    it is reported)."""
    m = _FORECAST.search(text, lo, min(hi, pos + AFTER))
    return f"the text expects or aims at this figure ({m.group(0)!r}), it does not report it" if m else ""
