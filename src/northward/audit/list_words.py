"""Words of lists in the three languages: small counts written as words ("three", "трёх", "一个"), what says a list
is all of what was counted ("namely", "а именно", "分别是", a colon or a dash), what says it is a selection
("including", "в том числе", "包括", "等") and how its items are joined ("and", "и", "和", "、")."""

from __future__ import annotations

import re

from .numbers import EN_SMALL, RU_SMALL
from .zh_numerals import NUMERAL, zh_integer

# the Russian counts in the other cases ("из трёх территорий", "шести портов") and the neuter "одно"
RU_CASES = {
    "одно": 1, "одного": 1, "одной": 1, "одним": 1, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4,
    "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12,
}
_WORD_COUNTS = {w: int(v) for w, v in {**EN_SMALL, **RU_SMALL, **RU_CASES}.items() if v == int(v) and 0 < v < 100}
_WORDS = "|".join(sorted(_WORD_COUNTS, key=len, reverse=True))
# a count in words, or a Chinese numeral with its measure word ("六个", "三类"), or digits
# (not an ordinal, "第四条", nor a percent, "14% роста")
COUNT = re.compile(rf"(?<![0-9A-Za-zА-Яа-яЁё.,第])(?:(\d{{1,2}})(?!\d|[.,]\d|\s*[%‰％])|({_WORDS})\b|"
                   rf"({NUMERAL})(?=[个家座项处所类]))", re.IGNORECASE)


def count_value(m: re.Match[str]) -> int | None:
    """The whole number a ``COUNT`` match stands for."""
    if m.group(1):
        return int(m.group(1))
    if m.group(2):
        return _WORD_COUNTS.get(m.group(2).lower())
    value = zh_integer(m.group(3))
    return int(value) if value == int(value) else None


# right after the counted noun: the words that say the list after them is all of it
COMPLETE = re.compile(r"\s*(?:[:：]|\s[—–-]\s|[,，]?\s*(?:namely|that\s+is|а\s+именно|именно|分别是|分别为|即)\s*[:：,，]?)"
                      r"\s*", re.IGNORECASE)
# a selection, not all: said before the list or in it
SELECTION = re.compile(r"includ\w*|among\s+(?:them|others)|such\s+as|e\.g\.|for\s+example|mainly|notably|\bmain\b|"
                       r"в\s+том\s+числе|в\s+т\.\s*ч|включ\w*|в\s+частности|например|из\s+них|основн\w*|главн\w*|"
                       r"крупнейш\w*|包括|其中|例如|如|主要|等", re.IGNORECASE)
# a list left open at its end
OPEN_END = re.compile(r"\b(?:etc|and\s+(?:others|so\s+on|more)|и\s+(?:др|т\.\s*[дп]|други\w*|проч\w*))\b|等", re.IGNORECASE)
# between two items, and before the last
ITEM_BREAK = re.compile(r"\s*(?:[,;，；、]\s*(?:(?:and|и)\s+)?|\s(?:and|и)\s+|以及|和|及|与)\s*", re.IGNORECASE)
LAST_JOIN = re.compile(r"(?:^|\s)(?:and|и)\s|以及|和|及|与", re.IGNORECASE)
