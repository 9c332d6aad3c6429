"""Ratios between two amounts a sentence gives: "240 billion dollars, nearly three times that of 2013,
when it was 89 billion dollars", "33.2 million tonnes, 2.4 times the 13.73 million tonnes of 2002".

A multiple with no "from A to B" pair gets its two amounts when the words say which is the base: the
base is the first amount in the multiple's unit after the ratio words (``AFTER``: "times as much as",
"times that of", "times the"), or, where a language writes the base first ("是B的2.4倍"), the amount the
words before the multiple close (``BEFORE``); the other term is the last amount in that unit before
both. The logic is language-neutral; each language plugs its words into ``AFTER`` / ``BEFORE``.
"""

from __future__ import annotations

import re

from .claims import Claim
from .grammar import word_pattern as _c
from .numbers import Quantity

# after the multiple, up to the base amount (nothing else may stand between)
AFTER: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\s*(?:as\s+(?:much|large|big|high|many)\s+as|that\s+of|those\s+of|the\s+(?:level|size|value|volume|figure)\s+of"
        r"|the)\b(?:[^\d;。]{0,50}?(?:when\s+(?:it|they|the\s+\w+)\s+(?:was|were|stood\s+at|amounted\s+to|totall?ed)|at|of|with))?\s*(?:the\s+)?$"
    ),
}
# between the base amount and the multiple, for languages that write the base first
BEFORE: dict[str, re.Pattern[str]] = {}
MAX_GAP = 80  # characters between the multiple and its base


def ratio_roles(claims: list[Claim], figures_of: dict[int, list[Quantity]]) -> None:
    """Give a multiple with no pair its base ("from") and its other term ("to") when the words name them."""
    for c in claims:
        if c.kind != "multiple" or "from" in c.roles or "to" in c.roles:
            continue
        qs = figures_of.get(c.sentence_start, [])
        found = _terms(c.sentence, c.lang, c.roles["factor"], qs)
        if found is not None:
            c.roles["from"], c.roles["to"] = found
            c.note = "a ratio of two amounts the sentence gives"


def _terms(text: str, lang: str, factor: Quantity, qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    amounts = [q for q in qs if q.kind == "amount" and q.currency]
    base: Quantity | None = None
    after = AFTER.get(lang)
    nxt = next((q for q in qs if q.start >= factor.end and q.kind != "year"), None)
    if after is not None and nxt is not None and nxt.kind == "amount" and nxt.currency:
        gap = text[factor.end : nxt.start]
        if len(gap) <= MAX_GAP and after.fullmatch(_without_years(gap)):
            base = nxt
    before = BEFORE.get(lang)
    if base is None and before is not None:
        prev = [q for q in amounts if q.end <= factor.start]
        if prev and before.fullmatch(_without_years(text[prev[-1].end : factor.start])):
            base = prev[-1]
    if base is None:
        return None
    other = [q for q in amounts if q.end <= min(base.start, factor.start) and q.currency == base.currency]
    if not other or any(q.kind == "multiple" for q in qs if other[-1].end <= q.start < factor.start and q is not factor):
        return None
    return base, other[-1]


def _without_years(gap: str) -> str:
    return re.sub(r"\b(?:19|20)\d\d\b", " ", gap)
