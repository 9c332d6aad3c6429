"""A share told twice, in words and in figures, of one whole: "it accounts for one-quarter of China's trade volume
with Russia ... It accounted for 25.1 percent of the nation's import-export volume with Russia". The figure must
lie within the fraction's reach (a fraction in words carries its own tolerance, or its bound: "more than a third").

Made (kind ``share_twice``: roles ``words``, ``figure``) only when exactly one share in words and one in figures
name the same whole (``whole_words``) within four sentences, no other share names it, the words before them name
no two different territories or countries, and their periods are not known to differ.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .checkbase import Check, Env, fmt
from .claims import Claim
from .context import facts
from .findings import Finding, finding, verdict_for
from .numbers import FRACTION_NOTE
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
