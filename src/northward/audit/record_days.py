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
import re
from dataclasses import replace

from .claims import Claim
from .clause_words import is_forecast
from .context import clause_bounds, flow_at, resolve
from .daily_words import DAILY_AVERAGE, PER_DAY_AFTER, SINGLE_DAY
from .hedges import EXACT
from .increments import is_change_amount
from .numbers import Quantity
from .order_words import BEST_DAY
from .subject_words import mentions
from .text import Sentence
from .to_date_spans import days_to_date
from .zh_words import CROSSING, THAT_DAY

REACH = 2  # sentences between the best day and the average day
# between a year-to-date total and its best day, a span of its own makes the best day that span's ("春节期间单日最高",
# "自免签政策实施以来单日最高", "8月份单日"): its best day need not reach the year's average
_OWN_SPAN = re.compile(r"以来|期间|本月|当月|月份|本周|节|假期|季度|半年|前\d+个?月|\d+\s*月(?!\s*\d{1,2}\s*[日号])")
WORDS_BEFORE = 40  # characters before a figure that say what it is (none past the figure before it)
NOTE = "one day's record is not below the average day"
Placed = tuple[Sentence, Quantity]


def record_day_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    best: list[Placed] = []
    average: list[Placed] = []
    to_date: list[Placed] = []
    for s in sentences:
        if s.lang not in SINGLE_DAY:
            continue
        prev_end = 0
        for q in figures[s.index]:
            cs, ce = clause_bounds(s.text, q.start)
            lo, prev_end = max(cs, prev_end, q.start - WORDS_BEFORE), q.end  # its own words: since the figure before it
            if q.kind != "amount" or not q.currency or is_change_amount(s.text, q) or is_forecast(s.text[cs : q.start]):
                continue
            one_day = SINGLE_DAY[s.lang].search(s.text, lo, q.start) or (s.lang == "zh" and THAT_DAY.search(s.text, lo, q.start))
            if one_day and BEST_DAY[s.lang].search(s.text) and q.hedge.kind == "exact":
                best.append((s, q))
            elif DAILY_AVERAGE[s.lang].search(s.text, lo, q.start) and (
                    s.lang != "en" or PER_DAY_AFTER["en"].search(s.text[q.end : ce]) or "daily" in s.text[lo : q.start].lower()):
                average.append((s, q))
            elif s.lang == "zh" and (days := days_to_date(s, q)) is not None:
                to_date.append((s, _average_day(q, days)))
    out: list[Claim] = []
    for (bs, b), (avs, av) in itertools.product(best, average):
        if b.currency != av.currency or abs(bs.index - avs.index) > REACH or b is av:
            continue
        if not _one_subject(bs, b, avs, av):
            continue
        higher = b if bs is avs else replace(b, extra={**b.extra, "sentence_start": bs.start})
        out.append(Claim("order", {"higher": higher, "lower": av}, avs.text, avs.start, avs.lang,
                         resolve(sentences, avs, av.start), note=NOTE))
    out.extend(_to_date_orders(sentences, best, to_date))
    return out


TO_DATE_NOTE = "one day's best is not below the average day of the year to date"


def _average_day(total: Quantity, days: int) -> Quantity:
    """The least average day a year-to-date total allows (its lowest value over the most days the span can have)."""
    lo = total.interval().lo / days
    return replace(total, value=lo, decimals=6, scale=1.0, hedge=EXACT, tolerance=0.0,
                   text=f"{total.text.strip()} over {days} days ({lo:,.0f} a day)" if lo >= 100 else
                   f"{total.text.strip()} over {days} days ({lo:.3g} a day)", note="an average day of a total")


def _to_date_orders(sentences: list[Sentence], best: list[Placed], to_date: list[Placed]) -> list[Claim]:
    """A best day against the average day of a year-to-date total in its unit: in the total's sentence after it,
    or in the next ``REACH`` sentences when these name no span of their own; one subject and one direction of
    crossing (entries are no part of the average of entries and exits)."""
    out: list[Claim] = []
    for (bs, b), (ts, t) in itertools.product(best, to_date):
        if b.currency != t.currency or not 0 <= bs.index - ts.index <= REACH or (bs is ts and b.start < t.end):
            continue
        if _OWN_SPAN.search(bs.text, t.end if bs is ts else 0, b.start) or not _one_subject(bs, b, ts, t):
            continue
        if _crossing(bs.text, b.start) not in (None, _crossing(ts.text, t.start)):
            continue
        if flow_at(bs.text, b.start) not in (None, flow_at(ts.text, t.start)):
            continue  # "累计进出口货运量800万吨,单日最高进口货物3.5万吨": imports are no part of the average of both
        higher = b if bs is ts else replace(b, extra={**b.extra, "sentence_start": bs.start})
        out.append(Claim("order", {"higher": higher, "lower": t}, ts.text, ts.start, ts.lang,
                         resolve(sentences, ts, t.start), note=TO_DATE_NOTE))
    return out


def _crossing(text: str, pos: int) -> str | None:
    """The direction of crossing named last before a figure in its sentence (出入境, 入境, 出境), if any."""
    found = CROSSING.findall(text, 0, pos)
    return {"入出境": "出入境", "进出境": "出入境", "进境": "入境"}.get(found[-1], found[-1]) if found else None


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
