"""A series of figures the text says moved one way step by step: "来自澳大利亚的煤炭进口量分别为497万吨、329万吨、
253万吨、200万吨,…处于逐步回落态势", "arrivals fell steadily: 5.1, 4.6 and 3.9 million tonnes", "объемы
последовательно снижались". Each figure must be at or below the one before it (or above, for a rise).

The series is the last run of three or more amounts in one unit before the words, in their sentence,
with nothing but list marks (and the years they belong to) between them; the words are in
``order_words.STEADY``. Each neighbouring pair is an ``order`` claim checked by ``ranks.OrderCheck``.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from .claims import Claim
from .comparatives import unit_of
from .context import resolve
from .numbers import Quantity
from .order_words import SERIES_GAP, STEADY
from .text import Sentence

MIN_SERIES = 3
MAX_GAP = 40  # characters between two figures of a series
MAX_TO_WORDS = 40  # characters from the series' last figure to the words


def steady_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        pat = STEADY.get(s.lang)
        if pat is None:
            continue
        for m in pat.finditer(s.text):
            series = _series(s, [q for q in figures[s.index] if q.kind == "amount" and q.end <= m.start()])
            if len(series) < MIN_SERIES or m.start() - series[-1].end > MAX_TO_WORDS:
                continue
            up = m.group("up") is not None
            for a, b in itertools.pairwise(series):
                hi, lo = (b, a) if up else (a, b)
                out.append(Claim("order", {"higher": hi, "lower": lo}, s.text, s.start, s.lang,
                                 resolve(sentences, s, a.start),
                                 note=f"a series said to {'rise' if up else 'fall'} step by step ('{m.group(0)}')"))
    return out


def _listed(gap: str) -> bool:
    """Only list marks, unit words and years between two figures of a series."""
    return len(gap) <= MAX_GAP and not SERIES_GAP.sub("", gap).strip()


def _series(s: Sentence, amounts: list[Quantity]) -> list[Quantity]:
    """The last run of amounts in one unit with only list marks between them."""
    run: list[Quantity] = []
    for q in reversed(amounts):
        if q.hedge.kind not in ("exact", "about") or unit_of(s.text, q) is None:
            break
        if run and (unit_of(s.text, q) != unit_of(s.text, run[-1]) or not _listed(s.text[q.end : run[-1].start])):
            break
        run.append(q)
    return [replace(q) for q in reversed(run)]
