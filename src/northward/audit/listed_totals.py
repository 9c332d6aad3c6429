"""Figures listed, then their sum said: "47,4% экспорта прошло через Гашуунсухайт, 17% - через Замын-Ууд, 13,7% - через
Шивээхурэн, что составило 78% от общего объёма экспорта", "China, Korea and Japan took 38%, 15% and 10%, together
63% of the exports", "分别占36%、20%和9%,合计占65%"; "Vladivostok handled 917 thousand TEU and Vostochny 394 thousand
TEU, a combined 1.31 million TEU". The listed figures are parts of the one said after them, so they add up to it (a
``sum`` claim, roles ``total`` and ``part1``...; within every figure's rounding and the total's hedge).

Read only when two or more figures of one kind (percents, or amounts in one unit) in one sentence are each joined to
the next by a list item's words (a comma or "and" among them, no figure, no sentence end), none told as a change (nor,
for amounts, a base of a comparison), and right after the last item's words a word that sums them ("что составило",
"в сумме", "together", "in total", "合计"; for amounts only the words that say "together": not a bare "составило")
leads to one more figure of that kind. Chinese amount lists with 合计 are ``members``' (``_named_list_totals``).
"""

from __future__ import annotations

import re

from .amount_forms import COUNT_UNITS
from .claims import Claim
from .clause_words import RESPECTIVELY, REST, SUMMED_WORDS, said_of_each
from .context import resolve
from .increments import is_change_amount, is_compared_base
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


_TOGETHER = re.compile(rf"{SUMMED_WORDS}|a\s+total\s+of|totall?ing", re.IGNORECASE)
_SUMMED_AT_END = re.compile(rf"(?:{SUMMED.pattern}){_HEDGE}$", re.IGNORECASE)


def figures_then_total_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        shares = [q for q in figures[s.index] if q.kind == "percent" and not q.tolerance]
        for i, total in enumerate(shares):
            run = _run(s.text, shares[:i], total)
            if len(run) < 2 or told_as_changes(s, [*run, total]) or _not_their_sum(s.text, run, total):
                continue
            roles = {"total": total, **{f"part{k}": q for k, q in enumerate(run, 1)}}
            out.append(Claim("sum", roles, s.text, s.start, s.lang, resolve(sentences, s, run[0].start),
                             note="listed shares add up to the share said of them together"))
        if s.lang == "zh":
            continue  # "进口原木35万立方米、锯材12万立方米,合计47万立方米": ``members`` reads Chinese amount lists
        amounts = [q for q in figures[s.index] if q.kind == "amount" and q.currency and (q.scaled or q.currency in COUNT_UNITS)
                   and not is_change_amount(s.text, q) and not is_compared_base(s.text, q)]
        for i, total in enumerate(amounts):
            run = _run(s.text, [q for q in amounts[:i] if q.currency == total.currency], total, together=True)
            if len(run) < 2 or any(q.start < run[-1].start and q not in run and q.start > run[0].start
                                   for q in figures[s.index] if q.kind == "amount" and q.currency):
                continue  # another amount among the listed ones: not one list
            if _not_their_sum(s.text, run, total):
                continue
            if RESPECTIVELY.search(s.text, 0, run[0].start):
                continue  # "分别为…和…,合计…": a respectively list and its total are ``members``'
            roles = {"total": total, **{f"part{k}": q for k, q in enumerate(run, 1)}}
            out.append(Claim("sum", roles, s.text, s.start, s.lang, resolve(sentences, s, run[0].start),
                             note="listed amounts add up to the total said of them together"))
    return out


def _not_their_sum(text: str, run: list[Quantity], total: Quantity) -> bool:
    """"北京、上海各占5%,其余城市共占2%": a figure said of each member counts more than once, and "the rest together"
    is the remainder's figure, a part beside the listed ones, not their sum."""
    return bool(REST.search(text, run[-1].end, total.start)) or any(said_of_each(text, q.start, q.end) for q in run)


def _run(text: str, before: list[Quantity], total: Quantity, together: bool = False) -> list[Quantity]:
    """The listed figures whose sum ``total`` is said to be: the run of figures joined by item words that ends right
    before the summing words and the total (``together``: words that say so, not a bare verb)."""
    if not before:
        return []
    last = before[-1]
    m = _SUMMED_AT_END.search(text, last.end, total.start)
    if m is None or not _TO_SUM.fullmatch(text, last.end, m.start()) or m.end() != total.start:
        return []
    if together and not _TOGETHER.search(m.group(0)):
        return []
    run = [last]
    for q in reversed(before[:-1]):
        gap = text[q.end : run[0].start]
        if not _ITEM_WORDS.fullmatch(gap) or not _LIST_MARK.search(gap):
            break
        run.insert(0, q)
    return run
