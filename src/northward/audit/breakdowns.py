"""A whole broken down after a colon: "экспортные перевозки превысили 2 млн тонн: 1,5 млн тонн угля и 517 тыс.
тонн руды", "trade reached 12 bn dollars: exports 5 bn and imports 7 bn". The list after the colon is the
whole told in parts, so the parts add up to it (a ``sum`` claim, within every figure's rounding and the
whole's hedge; a whole the text says was passed, "превысили 2 млн", is a lower bound).

Read only when the colon follows the whole's amount and a few words (its unit, its noun); the list is two or
more amounts in the whole's unit, the last joined by "и" ("and", "和", "及"), and it runs to the end of the
sentence with no other amount of another unit; the list's opening words do not say it is a selection ("в том
числе", "including", "such as", "основные"). Anything else is left to the parts check (``parts``), which only
keeps parts within their whole.
"""

from __future__ import annotations

import itertools
import re

from .amount_forms import COUNT_UNITS
from .claims import Claim
from .context import resolve
from .grammar import word_pattern as _c
from .increments import is_change_amount
from .numbers import Quantity
from .relations import passed
from .text import Sentence

# the whole's unit and noun, then the colon
_TO_COLON = re.compile(r"[^\S\n]*(?:[^\W\d]+\.?[^\S\n]*){0,4}[:：]\s*$")
# a selection, not all of the whole: "в том числе", "including", "such as", "the main ones"
_SELECTION = _c(
    r"^\s*(?:в\s+том\s+числе|в\s+т\.\s*ч\.|из\s+них|в\s+частности|например|включая|основн\w*|главн\w*|крупнейш\w*|"
    r"including|among\s+them|of\s+which|such\s+as|e\.g\.|mainly|chiefly|notably|其中|包括|主要)"
)
# between two items: a comma, or "и"/"and" before the last
_ITEM_GAP = re.compile(
    r"[^\d;:!?]{0,50}?(?:[,，、]\s*(?:и\s+|and\s+)?|\s(?:и|and)\s+|和|及)\s*[^\d;:!?,，]{0,40}?$", re.IGNORECASE
)
_COLON = re.compile(r"[:：]")
_LAST_JOIN = re.compile(r"(?:\s(?:и|and)\s|和|及)", re.IGNORECASE)
_TO_END = re.compile(r"[^\d;:!?]{0,80}$")


def breakdown_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], sums: list[Claim]) -> list[Claim]:
    """The breakdowns of the text; a total the sum check (``sums``) already reads as exports and imports is its."""
    taken = {(c.sentence_start, c.roles["total"].start) for c in sums if "total" in c.roles}
    out: list[Claim] = []
    for s in sentences:
        qs = [q for q in figures[s.index] if q.kind == "amount" and q.currency]
        for i, whole in enumerate(qs):
            if not (whole.scaled or whole.currency in COUNT_UNITS) or i + 1 >= len(qs) or (s.start, whole.start) in taken:
                continue
            colon = _COLON.search(s.text, whole.end, qs[i + 1].start)
            if colon is None or not _TO_COLON.match(_unhedged(s.text, whole.end, qs[i + 1])):
                continue
            if _SELECTION.match(s.text, colon.end()):
                continue
            parts = _list_after(s.text, qs[i + 1 :])
            if parts is None or any(q.currency != whole.currency for q in parts) or is_change_amount(s.text, whole):
                continue
            if any(is_change_amount(s.text, q) for q in parts):
                continue
            roles = {"total": passed(s, whole), **{f"part{k}": q for k, q in enumerate(parts, 1)}}
            out.append(Claim("sum", roles, s.text, s.start, s.lang, resolve(sentences, s, whole.start),
                             note="a whole broken down after a colon: its parts add up to it"))
    return out


def _list_after(text: str, qs: list[Quantity]) -> list[Quantity] | None:
    """The amounts of a list that runs from the colon to the end of the sentence, the last joined by "и"."""
    if len(qs) < 2:
        return None
    for a, b in itertools.pairwise(qs):
        if not _ITEM_GAP.match(_unhedged(text, a.end, b)):
            return None
    if not _LAST_JOIN.search(text, qs[-2].end, qs[-1].start) or not _TO_END.match(text[qs[-1].end :]):
        return None
    return qs


def _unhedged(text: str, since: int, q: Quantity) -> str:
    """The text from ``since`` to the amount ``q``, without the hedge word said right before it ("более")."""
    gap = text[since : q.start]
    word = q.hedge.word
    return gap[: -len(word)].rstrip() + " " if word and gap.rstrip().endswith(word) else gap
