"""Shares of one whole told at two dates, member by member, as "from A to B" pairs in one English sentence: "trade in
rubles rose from 12.3% to 32.4% of transactions, and trade in yuan skyrocketed from 0.4% to 14%", "the euro's share fell
from 35% to 21% and the dollar's from 52% to 40%". The members share the whole at each date, so the first percents of
the pairs add up to at most 100%, and so do the second ones (two ``share_list`` claims, ``share_lists.OPEN_LIST``).

Read only when two or more pairs of percents follow each other in the sentence, each after the one before with a list
joiner and a member's words between (no other figure), the first pair names the whole right after it ("of
transactions") and no later one names another ("of exports", then "of imports"), and the sentence names no growth rate
("growth", "rate", "year on year"), no points and no comparison.
"""

from __future__ import annotations

import itertools
import re

from .claims import Claim
from .context import resolve
from .numbers import Quantity
from .share_lists import OPEN_LIST
from .text import Sentence

# a word for a share in the sentence ("share", "accounted for", "of transactions", "of settlements")
_SHARE_CUE = re.compile(r"\bshares?\b|\baccount(?:ed|ing|s)?\s+for\b|\bmade\s+up\b|\bmake\s+up\b|"
                        r"%\s+of\s+(?:the\s+|all\s+)?[^\W\d]+", re.IGNORECASE)
# a rate of growth, a gap in points or a comparison: not levels of shares
_NOT_SHARES = re.compile(r"\bgrowth\b|\brates?\b|year[- ]on[- ]year|\by/y\b|\bpoints?\b|\bp\.?p\.?\b|\bthan\b|\bits\s+own\b",
                         re.IGNORECASE)
# between one pair and the next member's: a joiner and a few words, no figure, no end of a clause chain
_BETWEEN = re.compile(r"[^\d;:.!?]{1,90}")
_JOINER = re.compile(r",|\band\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)
# the whole named after a pair: "of transactions", "of exports"
_WHOLE_AFTER = re.compile(r"\s*(?:of\s+(?:the\s+|all\s+)?)?(?P<whole>[^\W\d][\w-]*)?", re.IGNORECASE)
MIN_PAIRS = 2


def share_pair_claims(sentences: list[Sentence], pairs: dict[int, list[tuple[Quantity, Quantity]]]) -> list[Claim]:
    """Two ``share_list`` claims (the pairs' first percents, and their second ones) per run of share pairs."""
    out: list[Claim] = []
    for s in sentences:
        if s.lang != "en" or not _SHARE_CUE.search(s.text) or _NOT_SHARES.search(s.text):
            continue
        run = sorted(((a, b) for a, b in pairs.get(s.start, []) if a.kind == b.kind == "percent"),
                     key=lambda p: min(p[0].start, p[1].start))
        if len(run) < MIN_PAIRS or not all(_joined(s.text, p, q) for p, q in itertools.pairwise(run)):
            continue
        if _whole_after(s.text, run[0]) is None or len({_whole_after(s.text, p) for p in run} - {None}) > 1:
            continue  # the first pair names no whole ("the share of households with A rose from 60% to 80%, with B
            # from 70% to 95%": members of no one whole); "… of exports, and … of imports": two wholes
        ctx = resolve(sentences, s, run[0][0].start)
        for at in (0, 1):
            roles = {f"share{i}": p[at] for i, p in enumerate(run, 1)}
            out.append(Claim("share_list", roles, s.text, s.start, s.lang, ctx, note=OPEN_LIST))
    return out


def _joined(text: str, a: tuple[Quantity, Quantity], b: tuple[Quantity, Quantity]) -> bool:
    end, start = max(a[0].end, a[1].end), min(b[0].start, b[1].start)
    gap = text[end:start]
    return start > end and bool(_BETWEEN.fullmatch(gap)) and bool(_JOINER.search(gap))


def _whole_after(text: str, pair: tuple[Quantity, Quantity]) -> str | None:
    """The whole named right after a pair's second percent ("of transactions"), lower case, or None."""
    m = _WHOLE_AFTER.match(text, max(pair[0].end, pair[1].end))
    word = m.group("whole") if m else None
    return word.lower().rstrip("s") if word and text[m.start() : m.end()].lstrip().lower().startswith("of") else None
