"""Two levels of one measure in two periods, the later one said as where a trend led: "Two-way trade stood at 324
million dollars in 2002, but soared to nearly 6 billion dollars in 2013", "в 2020 году экспорт составил 3,1 млн т,
а в 2023 году сократился до 2,4 млн т", "2019年为12.5万吨,2023年增至18.2万吨": a rise puts the later level above the
earlier, a fall below it (an ``order`` claim checked by ``ranks.OrderCheck``).

Read only for the next two amounts of a sentence in one unit (the later may leave it unsaid, in its scale), neither a
change ("up by 2 bn") nor a bound of a range, the earlier not the start of a "from A to B" pair (``comparatives.
trend_orders`` reads those); between them one trend word (the language's growth or decline verbs, ``grammar.Words``),
the last words before the later level ``order_words.TREND_TO`` ("soared to nearly", "сократился до", "增至"), no
clause stop; the two levels in two clauses, the trend word in the later one's, and one year named in each clause,
the later one's the greater, and no two flows or partners named: two periods of one measure the text itself puts
in order.
"""

from __future__ import annotations

import itertools
import re

from .claims import Claim
from .comparatives import unit_of
from .context import clause_bounds, facts, flow_at, resolve
from .grammar import words
from .increments import is_change_amount
from .numbers import Quantity
from .order_words import TREND_TO
from .text import Sentence

MAX_VERB_GAP = 30  # characters from the trend word to the later level
_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])((?:19|20)\d\d)(?![\d%]|[.,]\d)")
_FROM = re.compile(r"(?:\bfrom|(?<!\w)с|(?<!\w)со|从|由)\s*(?:about|around|около|约)?\s*[$¥]?\s*$", re.IGNORECASE)
_STOP = re.compile(r"[;；。:：]")
_COMMA = re.compile(r"[，;；]|(?<!\d),|,(?!\d)")  # either width (an ASCII comma in Chinese text too), not "1,000"


def level_trend_orders(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        to = TREND_TO.get(s.lang)
        if to is None:
            continue
        w = words(s.lang)
        amounts = [q for q in figures[s.index] if q.kind == "amount" and (q.scaled or unit_of(s.text, q))]
        for a, b in itertools.pairwise(amounts):
            sign = _trend(s, a, b, w.up, w.down, to)
            if sign is None:
                continue
            hi, lo = (b, a) if sign > 0 else (a, b)
            word = "a rise" if sign > 0 else "a fall"
            out.append(Claim("order", {"higher": hi, "lower": lo}, s.text, s.start, s.lang, resolve(sentences, s, b.start),
                             note=f"the text's own trend ({word} from one year's level to a later one)"))
    return out


def _trend(s: Sentence, a: Quantity, b: Quantity, up: re.Pattern[str], down: re.Pattern[str],
           to: re.Pattern[str]) -> int | None:
    text = s.text
    unit_a, unit_b = unit_of(text, a), unit_of(text, b)
    if unit_a is None or unit_b not in (unit_a, None) or (unit_b is None and b.scale != a.scale):
        return None
    if a.hedge.kind not in ("exact", "about") or is_change_amount(text, a) or is_change_amount(text, b):
        return None
    if _FROM.search(text, max(0, a.start - 12), a.start):
        return None  # "from A to B": the pair reader's
    between = text[a.end : b.start]
    if _STOP.search(between) or not to.search(between):
        return None
    verbs = [(m.start(), 1) for m in up.finditer(between)] + [(m.start(), -1) for m in down.finditer(between)]
    if len(verbs) != 1 or len(between) - verbs[0][0] > MAX_VERB_GAP:
        return None  # no trend word, or two: which one led to the later level is not read
    at = a.end + verbs[0][0]
    acs, ace = _clause(text, a.start)
    bcs, bce = _clause(text, b.start)
    if (acs, ace) == (bcs, bce) or not bcs <= at:
        return None  # the trend word in the later level's own clause, the earlier level in another
    before = [int(y) for y in _YEAR.findall(text, acs, ace)]
    after = [int(y) for y in _YEAR.findall(text, bcs, bce)]
    if len(set(before)) != 1 or len(set(after)) != 1 or after[0] <= before[0]:
        return None  # two periods, one said with each level, the later one later
    flows = {flow_at(text, a.start), flow_at(text, b.start)} - {None}
    partners = [{c for _at, c in facts(text[lo:hi]).partners} for lo, hi in ((acs, ace), (bcs, bce))]
    if len(flows) > 1 or (partners[0] and partners[1] and partners[0] != partners[1]):
        return None  # "exports were 5 bn in 2020, imports rose to 3 bn in 2021": two measures
    return verbs[0][1]


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: the shared reader's, cut again at a comma of either width."""
    cs, ce = clause_bounds(text, pos)
    starts = [m.end() for m in _COMMA.finditer(text, cs, pos)]
    ends = [m.start() for m in _COMMA.finditer(text, pos, ce)]
    return (starts[-1] if starts else cs), (ends[0] if ends else ce)
