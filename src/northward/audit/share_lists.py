"""Shares listed to the end of one whole: "доля лесных грузов составляет 62,8%, руды - 30,8%, ...,
остальных грузов - 0,9%". A list closed by "the rest" ("остальные", "прочие", "others", "其他") divides
the whole, so its shares add up to 100% (within their rounding).

Only a run of three or more percents, each after the last separated by a comma and a few words (a
name, perhaps a dash), after a word for a share, is read; a list without its closing "rest" is left
alone (its items need not cover the whole).
"""

from __future__ import annotations

import re

from .claims import Claim
from .context import resolve
from .numbers import Quantity
from .text import Sentence

_SHARE_WORD = re.compile(r"дол[яиюейь]\w*|\bshares?\b|占比|比重|份额|структур\w*", re.IGNORECASE)
_CLOSER = re.compile(r"остальн\w*|прочи\w*|\bothers?\b|\bthe\s+rest\b|其他|其余", re.IGNORECASE)
# between one share and the next: a comma (or "and"), a name of a few words, perhaps a dash or a colon
_ITEM_GAP = re.compile(r"\s*(?:[,，、;；]\s*(?:и\s+|and\s+)?|\s+(?:и|and)\s+)[^\d,;，；、.。]{1,50}?(?:\s*[-–—:：])?\s*")
MIN_ITEMS = 3


def share_list_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        shares = [q for q in figures[s.index] if q.kind == "percent" and not q.tolerance]
        for run in _runs(s.text, shares):
            if len(run) < MIN_ITEMS or not _CLOSER.search(s.text[run[-2].end : run[-1].start]):
                continue
            if not _SHARE_WORD.search(s.text[: run[0].start]):
                continue
            roles = {f"share{i}": q for i, q in enumerate(run, 1)}
            out.append(Claim("share_list", roles, s.text, s.start, s.lang, resolve(sentences, s, run[0].start)))
    return out


def _runs(text: str, qs: list[Quantity]) -> list[list[Quantity]]:
    """Maximal runs of figures each separated from the one before by a list item's words."""
    runs: list[list[Quantity]] = []
    for q in qs:
        if runs and _ITEM_GAP.fullmatch(text, runs[-1][-1].end, q.start):
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs
