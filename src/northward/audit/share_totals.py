"""Shares listed, then their sum said: "47,4% экспорта прошло через Гашуунсухайт, 17% - через Замын-Ууд, 13,7% - через
Шивээхурэн, что составило 78% от общего объёма экспорта", "China, Korea and Japan took 38%, 15% and 10%, together
63% of the exports", "分别占36%、20%和9%,合计占65%". The listed shares are parts of the share said after them, so they
add up to it (a ``sum`` claim, roles ``total`` and ``part1``...; within every figure's rounding and the total's hedge).

Read only when two or more percents in one sentence are each joined to the next by a list item's words (a comma or
"and" among them, no figure, no sentence end), none told as a change, and right after the last item's words a word
that sums them ("что составило", "в сумме", "together", "in total", "合计") leads to one more percent.
"""

from __future__ import annotations

import re

from .claims import Claim
from .clause_words import SUMMED_WORDS
from .context import resolve
from .numbers import Quantity
from .share_lists import told_as_changes
from .text import Sentence

# the words that say the shares before them are summed, then the total share (a hedge may stand before it)
SUMMED = re.compile(
    rf"(?:что|это|и|which|that)?\s*(?:{SUMMED_WORDS}|в\s+целом)?\s*(?:составил\w*|составля\w*)|"
    rf"(?:что|это)?\s*(?:{SUMMED_WORDS})\s*(?:accounting\s+for|accounted\s+for|making\s+up|made\s+up|for|with|дал\w*|да[её]т|"
    r"占比?|为|达)*|(?:which|that)\s+(?:is|was|makes?|made|comes?\s+to|came\s+to|adds?\s+up\s+to|added\s+up\s+to)|"
    r"a\s+total\s+of|totall?ing|共占",
    re.IGNORECASE,
)
_HEDGE = r"(?:\s*(?:около|почти|более|свыше|примерно|about|around|nearly|almost|over|more\s+than|some|近|约|超过))?\s*"
# between two listed shares: the item's words, with a list mark among them
_ITEM_WORDS = re.compile(r"[^\d;；.。%!?]{1,90}")
_LIST_MARK = re.compile(r"[,，、]|\s(?:и|and)\s|和|及|与")
# from the last share to the word that sums them: the item's words, perhaps a comma
_TO_SUM = re.compile(r"[^\d;；.。%!?]{0,80}?[,，]?\s*")


def share_total_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        shares = [q for q in figures[s.index] if q.kind == "percent" and not q.tolerance]
        for i, total in enumerate(shares):
            run = _run(s.text, shares[:i], total)
            if len(run) < 2 or told_as_changes(s, [*run, total]):
                continue
            roles = {"total": total, **{f"part{k}": q for k, q in enumerate(run, 1)}}
            out.append(Claim("sum", roles, s.text, s.start, s.lang, resolve(sentences, s, run[0].start),
                             note="listed shares add up to the share said of them together"))
    return out


def _run(text: str, before: list[Quantity], total: Quantity) -> list[Quantity]:
    """The listed shares whose sum ``total`` is said to be: the run of shares joined by item words that ends right
    before the summing words and the total."""
    if not before:
        return []
    last = before[-1]
    m = re.compile(rf"(?:{SUMMED.pattern}){_HEDGE}$", re.IGNORECASE).search(text, last.end, total.start)
    if m is None or not _TO_SUM.fullmatch(text, last.end, m.start()) or m.end() != total.start:
        return []
    run = [last]
    for q in reversed(before[:-1]):
        gap = text[q.end : run[0].start]
        if not _ITEM_WORDS.fullmatch(gap) or not _LIST_MARK.search(gap):
            break
        run.insert(0, q)
    return run
