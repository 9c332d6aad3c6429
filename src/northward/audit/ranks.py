"""Ranks among the figures a text gives: "Mongolia, its largest trading partner, 10.65 billion yuan ...
Russia, the second largest trading partner, 7.64 billion yuan": the first place's figure is not below
the second's.

Each place is paired with the amount nearest to it in its sentence (the first after it in its clause,
else the last before it); places are compared only within one ranking (the same words after the rank:
"trading partner", "supplier of crude oil"), one unit and one period. The logic is language-neutral;
each language plugs in ``RANK_WORDS`` (a pattern whose group ``ord`` is a word of ``PLACES``, and whose
group ``what`` names the ranking) and ``NOT_NOW`` (words that make a place a past one: "former").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from .checkbase import Check, Env, fmt
from .claims import Claim
from .context import clause_bounds, resolve
from .findings import Finding, finding
from .grammar import word_pattern as _c
from .numbers import Quantity
from .text import Sentence

PLACES: dict[str, int] = {
    "largest": 1, "biggest": 1, "top": 1, "leading": 1, "first": 1, "second": 2, "third": 3, "fourth": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
RANK_WORDS: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\b(?:the|its|their|[a-z]+'s|[a-z]+’s)\s+(?P<ord>largest|biggest|top|leading|first|second|third|fourth|fifth|"
        r"sixth|seventh|eighth|ninth|tenth)(?:[\s-]+(?:largest|biggest))?\s+(?P<what>(?:[a-z-]+\s+){0,2}?"
        r"(?:partner|supplier|source|market|buyer|exporter|importer|port|destination)s?)\b"
    ),
}
NOT_NOW: dict[str, re.Pattern[str]] = {"en": _c(r"\b(?:former|previous|once|then|erstwhile)\s+$")}
MAX_DISTANCE = 120  # characters from a place to its amount


def rank_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """Pairs of places in one ranking whose amounts the text gives: the better place's is not smaller."""
    placed: list[tuple[int, str, Sentence, Quantity]] = []  # (place, ranking, sentence, amount)
    for s in sentences:
        pat, past = RANK_WORDS.get(s.lang), NOT_NOW.get(s.lang)
        if pat is None:
            continue
        for m in pat.finditer(s.text):
            if past is not None and past.search(s.text[max(0, m.start() - 20) : m.start() + 1]):
                continue
            q = _amount_near(s.text, m.start(), m.end(), figures[s.index])
            if q is not None:
                placed.append((PLACES[m.group("ord").lower()], m.group("what").lower().rstrip("s"), s, q))
    out: list[Claim] = []
    for a, b in itertools.combinations(placed, 2):
        if a[1] != b[1] or a[0] == b[0] or a[3].currency != b[3].currency or a[3] is b[3]:
            continue
        hi, lo = (a, b) if a[0] < b[0] else (b, a)
        if resolve(sentences, hi[2], hi[3].start).period_label != resolve(sentences, lo[2], lo[3].start).period_label:
            continue
        first = hi if hi[2].index <= lo[2].index else lo
        roles = {
            "higher": _at(hi[3], hi[2], first[2]),
            "lower": _at(lo[3], lo[2], first[2]),
        }
        s = first[2]
        claim = Claim("order", roles, s.text, s.start, s.lang, resolve(sentences, s, roles["higher"].start),
                      note=f"place {hi[0]} and place {lo[0]} of the {hi[1]}s")
        out.append(claim)
    return out


def _at(q: Quantity, s: Sentence, first: Sentence) -> Quantity:
    return q if s is first else replace(q, extra={**q.extra, "sentence_start": s.start})


def _amount_near(text: str, start: int, end: int, qs: list[Quantity]) -> Quantity | None:
    """The first amount after the place in its clause or the next, else the last amount before it."""
    amounts = [q for q in qs if q.kind == "amount" and q.currency and not _bracketed(text, q)]
    after = [q for q in amounts if q.start >= end and q.start - end <= MAX_DISTANCE]
    if after and not re.search(r"[;；。]", text[end : after[0].start]) and not _OTHER.search(text[end : after[0].start]):
        return after[0]
    cs, _ce = clause_bounds(text, start)
    before = [q for q in amounts if q.end <= start and start - q.end <= MAX_DISTANCE]
    return before[-1] if before and not re.search(r"[;；。]", text[before[-1].end : start]) and cs >= 0 else None


# "the second largest partner, after Mongolia, whose trade ...": the amount after is another place's
_OTHER = _c(r"\b(?:after|behind|than|following|only\s+to)\b|после|仅次于")


def _bracketed(text: str, q: Quantity) -> bool:
    return bool(re.search(r"[(（]\s*\S{0,12}\s*$", text[max(0, q.start - 14) : q.start]))


class OrderCheck(Check):
    """The better place's figure is not below the worse place's (within rounding)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "order"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        hi, lo = claim.roles["higher"], claim.roles["lower"]
        ok = hi.interval().hi >= lo.interval().lo
        expl = (
            f"{claim.note}: {fmt(hi)} {'is not below' if ok else 'is below'} {fmt(lo)}"
            + ("" if ok else ", so the places are out of order")
        )
        yield finding(claim, self.name, "consistent" if ok else "inconsistent", expl, stated=fmt(hi),
                      stated_interval=hi.interval(), recomputed=lo.value, recomputed_interval=lo.interval(),
                      unit=hi.currency or "")
