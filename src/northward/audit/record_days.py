"""A best day against the average day: "单日验放出入境人员13928人次 … 刷新历史纪录 … 8月份日均通关旅客达1.2万人次",
"a single-day record of 2,233 trucks … a daily average of 1,400 trucks", "рекордные за сутки 1 520 вагонов …
среднесуточная погрузка 1 210 вагонов": one day's record (or highest) figure is not below a daily average of the
same flow (an ``order`` claim checked by ``ranks.OrderCheck``).

Read only when the words right before the best day (since the figure before it) say it is one day's
(``daily_words.SINGLE_DAY``) and its sentence that it is a record or the highest (``BEST_DAY``); the words right before
the average say it is a daily average (``daily_words.DAILY_AVERAGE``; in English
"an average of" also needs "a day"/"per day" after the figure); both are counts or amounts in one unit, within
``REACH`` sentences, neither a change nor a forecast, and no town, port or flow named with one that differs from the
other's.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from .claims import Claim
from .clause_words import is_forecast
from .context import clause_bounds, flow_at, resolve
from .daily_words import DAILY_AVERAGE, PER_DAY_AFTER, SINGLE_DAY
from .increments import is_change_amount
from .numbers import Quantity
from .order_words import BEST_DAY
from .subject_words import mentions
from .text import Sentence

REACH = 2  # sentences between the best day and the average day
WORDS_BEFORE = 40  # characters before a figure that say what it is (none past the figure before it)
NOTE = "one day's record is not below the average day"
Placed = tuple[Sentence, Quantity]


def record_day_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    best: list[Placed] = []
    average: list[Placed] = []
    for s in sentences:
        if s.lang not in SINGLE_DAY:
            continue
        prev_end = 0
        for q in figures[s.index]:
            cs, ce = clause_bounds(s.text, q.start)
            lo, prev_end = max(cs, prev_end, q.start - WORDS_BEFORE), q.end  # its own words: since the figure before it
            if q.kind != "amount" or not q.currency or is_change_amount(s.text, q) or is_forecast(s.text[cs : q.start]):
                continue
            if SINGLE_DAY[s.lang].search(s.text, lo, q.start) and BEST_DAY[s.lang].search(s.text) and q.hedge.kind == "exact":
                best.append((s, q))
            elif DAILY_AVERAGE[s.lang].search(s.text, lo, q.start) and (
                    s.lang != "en" or PER_DAY_AFTER["en"].search(s.text[q.end : ce]) or "daily" in s.text[lo : q.start].lower()):
                average.append((s, q))
    out: list[Claim] = []
    for (bs, b), (avs, av) in itertools.product(best, average):
        if b.currency != av.currency or abs(bs.index - avs.index) > REACH or b is av:
            continue
        if not _one_subject(bs, b, avs, av):
            continue
        higher = b if bs is avs else replace(b, extra={**b.extra, "sentence_start": bs.start})
        out.append(Claim("order", {"higher": higher, "lower": av}, avs.text, avs.start, avs.lang,
                         resolve(sentences, avs, av.start), note=NOTE))
    return out


def _one_subject(bs: Sentence, b: Quantity, avs: Sentence, av: Quantity) -> bool:
    """No town or port named in one figure's clause that the other's does not name, and no two flows."""
    towns = []
    for s, q in ((bs, b), (avs, av)):
        cs, ce = clause_bounds(s.text, q.start)
        towns.append({s.text[x:y].lower() for x, y, kind in mentions(s.text) if kind == "city or port" and cs <= x < ce})
    if towns[0] and towns[1] and not towns[0] & towns[1]:
        return False
    flows = {flow_at(bs.text, b.start), flow_at(avs.text, av.start)} - {None, "total"}
    return len(flows) < 2
