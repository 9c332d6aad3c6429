"""A share told twice, in words and in figures, of one whole: "it accounts for one-quarter of China's trade volume
with Russia ... It accounted for 25.1 percent of the nation's import-export volume with Russia". The figure must
lie within the fraction's reach (a fraction in words carries its own tolerance, or its bound: "more than a third").

Made (kind ``share_twice``: roles ``words``, ``figure``) only when exactly one share in words and one in figures
name the same whole (``whole_words``) within four sentences, no other share names it, the words before them name
no two different territories or countries, and their periods are not known to differ.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from .checkbase import Check, Env, fmt
from .claims import Claim
from .context import facts, resolve
from .findings import Finding, finding, verdict_for
from .numbers import FRACTION_NOTE, Quantity
from .suppliers import countries_named
from .text import Sentence
from .whole_words import whole_words
from .wholes import same_period

SPAN = 4  # sentences between the two


def _subject(s: Sentence, pos: int, whole: str) -> set[str]:
    """The territories and countries the share's sentence names before it, but China and the whole's own."""
    named = {c for _p, c in facts(s.text[:pos]).territories} | countries_named(s.text, 0, pos)
    return named - {"CN"} - countries_named(whole, 0, len(whole))


def share_twice_claims(sentences: list[Sentence], claims: list[Claim]) -> list[Claim]:
    """A ``share_twice`` claim for each whole of which one share is told in words and one in figures."""
    index = {s.start: s for s in sentences}
    by_whole: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        q = c.roles.get("share")
        if c.kind != "share" or q is None or c.sentence_start not in index or q.extra.get("sentence_start") is not None:
            continue
        key = whole_words(c.sentence, q.end)
        if key is not None and key[1]:
            by_whole.setdefault(key, []).append(c)
    out: list[Claim] = []
    for (_flow, whole), told in by_whole.items():
        worded = [c for c in told if c.roles["share"].note == FRACTION_NOTE]
        figured = [c for c in told if c.roles["share"].note != FRACTION_NOTE]
        if len(worded) != 1 or len(figured) != 1:
            continue
        w, f = worded[0], figured[0]
        sw, sf = index[w.sentence_start], index[f.sentence_start]
        qw, qf = w.roles["share"], f.roles["share"]
        if abs(sw.index - sf.index) > SPAN or not same_period(sentences, (sw, qw), (sf, qf)):
            continue
        a, b = _subject(sw, qw.start, whole), _subject(sf, qf.start, whole)
        if a and b and a != b:
            continue  # "Heilongjiang ... a quarter of ...; Jilin ... 5 percent of ...": two parts of one whole
        figure = qf if sf is sw else replace(qf, extra={**qf.extra, "sentence_start": sf.start})
        out.append(Claim("share_twice", {"words": qw, "figure": figure}, w.sentence, w.sentence_start, w.lang,
                         w.context, note="a share told in words and in figures"))
    return out


# the share in figures right after the one in words, in one clause: "less than half of the export settlements, at only
# 48 percent", "almost half of the market (49 percent)", "more than a third, or 36 percent"
_WORDS_THEN_FIGURE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[^\W\d][^,;:()\d]{0,60}?)?\s*(?:,\s*(?:at|or|i\.e\.|that\s+is)?|\(|[–—]|\s-)\s*"
    r"(?:only|just|some|or)?\s*",
    re.IGNORECASE,
)
# the share in words right after the one in figures: "49 percent of the market, almost half"
_FIGURE_THEN_WORDS = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[^\W\d][^,;:()\d]{0,60}?)?\s*(?:,|\(|[–—]|\s-)\s*(?:or\s+)?"
    r"(?:almost|nearly|about|around|roughly|approximately|more\s+than|less\s+than|over|under|just\s+(?:over|under))\s+",
    re.IGNORECASE,
)
MAX_WHOLE_WORDS = 10  # the whole's words between the two: a noun phrase, not a clause
_WORD = re.compile(r"[^\W\d_]+")
# another percent after the figure, joined as the next item of a list: the figure is one member's share
_NEXT_MEMBER = re.compile(r"[^\d;.]{0,40}?(?:,|\band\b|\bor\b)[^\d;.]{0,40}", re.IGNORECASE)
# a change, not a share: "grew by almost half, or 48%"
_CHANGE_BEFORE = re.compile(r"\b(?:by|grew|rose|fell|increased|decreased|dropped|jumped|surged)\s+(?:\w+\s+){0,2}$",
                            re.IGNORECASE)


def restated_share_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """One share told in words and again in figures in one English clause ("the dollar and the euro make up less than
    half of the export settlements, at only 48 percent", "49 percent of the market, almost half"): the figure lies
    within the words' reach (a ``share_twice`` claim). Read only when the two percents stand next to each other,
    joined by the whole's words and a comma, a bracket or a dash ("at", "or"), and neither is told as a change."""
    out: list[Claim] = []
    for s in sentences:
        if s.lang != "en":
            continue
        qs = [q for q in figures[s.index] if q.kind == "percent"]
        for a, b in itertools.pairwise(qs):
            if (a.note == FRACTION_NOTE) == (b.note == FRACTION_NOTE):
                continue
            words, figure = (a, b) if a.note == FRACTION_NOTE else (b, a)
            joined = (_WORDS_THEN_FIGURE if words is a else _FIGURE_THEN_WORDS).fullmatch(s.text, a.end, b.start)
            if joined is None or figure.hedge.kind != "exact" or _CHANGE_BEFORE.search(s.text, max(0, a.start - 40),
                                                                                         a.start):
                continue
            if len(_WORD.findall(s.text, a.end, b.start)) > MAX_WHOLE_WORDS or any(
                    q.start >= b.end and _NEXT_MEMBER.fullmatch(s.text, b.end, q.start) for q in qs):
                continue  # "three-quarters of all travellers came from Europe (51%) or Asia (24%)": members' shares
            out.append(Claim("share_twice", {"words": words, "figure": figure}, s.text, s.start, s.lang,
                             resolve(sentences, s, a.start), note="a share told in words and in figures"))
    return out


class ShareTwiceCheck(Check):
    """A share in figures lies within the reach of the same share in words."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "share_twice"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        words, figure = claim.roles["words"], claim.roles["figure"]
        allowed = words.interval()
        verdict = verdict_for(allowed, figure.interval())
        expl = (f"{fmt(figure)} is {'within' if verdict == 'consistent' else 'outside'} {fmt(words)} "
                f"({allowed.in_words('percent')}), the same share of the same whole")
        yield finding(claim, self.name, verdict, expl, stated=fmt(words), stated_interval=allowed,
                      recomputed=figure.value, recomputed_interval=figure.interval(), unit="percent")
