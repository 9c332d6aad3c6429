"""A level said as a percent of an earlier one (an index), not as its change: "импорт – 6,3 млн долларов (96,5
процента к уровню прошлого года)", "105,3% к прошлому году", "98.2% of the year-earlier level", "为上年同期的96.5%".

The index is the later level over the earlier times 100, so the change it tells is the index less 100 (96.5% of last
year's level is a fall of 3.5%), whatever verb stands before it: "больше ... на 67 процентов, а импорт ... (96,5
процента к уровню прошлого года)" is no rise of 96.5%.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .numbers import Quantity
from .ru_words import INDEX_AFTER

INDEX_NOTE = "an index (the level as a percent of the earlier one): the change is the index less 100"

_EN_INDEX_AFTER = re.compile(
    r"\s*of\s+(?:the\s+)?(?:year-(?:earlier|ago)|previous\s+year'?s?|last\s+year'?s?|prior[-\s]year)\s+"
    r"(?:level|figure|volume|value)\b",
    re.IGNORECASE,
)
# the preposition of a change ("на 2,7%", "by 3%"), or the writer's sign: the percent is the change itself
_CHANGE_BEFORE = re.compile(r"(?:\bна|\bby|[+−–-])\s*(?:около|почти|более|about|nearly)?\s*$", re.IGNORECASE)
_COMPARED = re.compile(r"\s*(?:в\s+\w+\s+ценах\s*,?\s*)?по\s+сравнению", re.IGNORECASE)
_ZH_INDEX_BEFORE = re.compile(r"(?:为|是|相当于)(?:上年|去年|上年同期|去年同期)(?:水平)?的\s*$")


def is_index(text: str, q: Quantity) -> bool:
    """Is the percent ``q`` an index: the level as a percent of an earlier level, said right after (ru, en) or
    before (zh) it? (Each language's words are its own, so all are tried.)"""
    if q.kind != "percent" or q.value <= 0 or _CHANGE_BEFORE.search(text[max(0, q.start - 12) : q.start]):
        return False  # "снизился на 2,7% по сравнению с …", "(+5,1% к уровню …)": a change, not an index
    ru = INDEX_AFTER.match(text, q.end)
    if ru is not None and _COMPARED.match(ru.group(0)):
        return False
    return bool(ru or _EN_INDEX_AFTER.match(text, q.end) or _ZH_INDEX_BEFORE.search(text[max(0, q.start - 16) : q.start]))


def index_change(q: Quantity) -> tuple[Quantity, int]:
    """The change an index tells, unsigned, and its direction (+1 a rise, -1 a fall)."""
    change = q.value - 100
    return replace(q, value=abs(change), note=INDEX_NOTE), (-1 if change < 0 else 1)
