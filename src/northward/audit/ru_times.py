"""Russian comparisons "в N раз(а)": the two amounts they compare, so the multiple can be recomputed.

- "240 млрд долларов, что почти в три раза больше, чем ... в 2013 году ... 89 млрд": the amount before
  the multiple against the first amount in its unit after "чем" (больше/выше: ×N; меньше/ниже: ÷N);
- "более $688 млрд и почти $245 млрд, то есть ... ниже примерно в 2,5 раза": the two amounts before
  "то есть" ("т. е.", "иными словами"), the larger against the smaller.

Each becomes a ``multiple`` claim with ``from`` and ``to``, checked by the arithmetic; the bare multiple
claim the sentence would otherwise give (checked against the store) is replaced.
"""

from __future__ import annotations

import re

from .claims import Claim
from .context import resolve
from .increments import is_change_amount
from .numbers import Quantity
from .text import Sentence

_MORE = r"больше|выше|превыша\w*"
_LESS = r"меньше|ниже"
# the comparative right after the multiple ("в 3 раза больше") or right before it ("ниже примерно в 2,5 раза")
_AFTER = re.compile(rf"\w*\s*(?P<dir>{_MORE}|{_LESS})\b", re.IGNORECASE)
_BEFORE = re.compile(rf"(?P<dir>{_MORE}|{_LESS})\s+(?:\w+\s+){{0,2}}?(?:в\s+)?$", re.IGNORECASE)
_THAN = re.compile(r"[\s,]*чем\b", re.IGNORECASE)
_THAT_IS = re.compile(r"(?:то\s+есть|т\.\s?е\.|иными\s+словами)", re.IGNORECASE)
MAX_THAN_GAP = 120


def times_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        if s.lang != "ru":
            continue
        qs = figures[s.index]
        amounts = [q for q in qs if q.kind == "amount" and q.currency and not is_change_amount(s.text, q)]
        for q in qs:
            if q.kind != "multiple" or "раз" not in q.text.lower():
                continue
            pair = _compared(s.text, q, amounts)
            if pair is not None:
                a, b = pair
                out.append(Claim("multiple", {"factor": q, "from": a, "to": b}, s.text, s.start, s.lang,
                                 resolve(sentences, s, b.start)))
    return out


def _direction(text: str, q: Quantity) -> tuple[int, int] | None:
    """(+1 more / -1 less, where the comparative ends) for the multiple ``q``, or None."""
    m = _AFTER.match(text, q.end)
    if m:
        return (1 if re.match(_MORE, m.group("dir"), re.IGNORECASE) else -1), m.end()
    b = _BEFORE.search(text[max(0, q.start - 40) : q.start])
    if b:
        return (1 if re.match(_MORE, b.group("dir"), re.IGNORECASE) else -1), q.end
    return None


def _compared(text: str, q: Quantity, amounts: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """(from, to) of the multiple: the base and the amount that is N times it."""
    d = _direction(text, q)
    if d is None:
        return None
    sign, end = d
    before = [x for x in amounts if x.end <= q.start]
    than = _THAN.match(text, end)
    if than and before:
        x = before[-1]
        y = next((z for z in amounts if z.start >= than.end() and z.currency == x.currency), None)
        if y is None or y.start - than.end() > MAX_THAN_GAP or re.search(r"[;!?]", text[than.end() : y.start]):
            return None
        return (y, x) if sign > 0 else (x, y)  # X is N times more than Y: Y → X
    if len(before) >= 2 and _THAT_IS.search(text, before[-1].end, q.start):
        a, b = before[-2], before[-1]
        if a.currency != b.currency:
            return None
        return (b, a) if a.value >= b.value else (a, b)  # the larger against the smaller
    return None
