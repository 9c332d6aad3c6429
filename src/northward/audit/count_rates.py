"""A count's rate fits a whole number: last year's trains, trips, vehicles or containers were a whole number
k, so a rate stated with this year's count N is N / k − 1 for some integer k ("51 round trips ..., up 46
percent": 51 / 35 = +45.7%; "开行49列,同比增加16.6%": 49 / 42 = +16.7%). For small counts few rates fit.

A claim (kind ``count_growth``: roles ``count`` and ``change``, the rate signed) is made only when the rate is
stated right with its count: the count's run of amounts is followed, in its sentence, by a run of as many rates
("49列4900标准箱,同比增加16.6%、16.6%": in order), with no figure, contrast or other measure between. The count
is a whole number written exactly (no hedge, no decimals, no scale such as "thousand", not a round hundred a
writer may have rounded), in a counting unit (trains, trips, vehicles, ships, people, containers, TEU) or in no
unit at all and set off by a comma right before its rate ("to the tune of 1,285, up 15.87 percent"; not
"前7个月贸易额增长24%", where 7 counts months).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace

from .checkbase import Check, Env, fmt, unverifiable
from .claims import Claim
from .findings import Finding, finding
from .grammar import word_pattern as _c
from .growth_concepts import REASON as CONCEPT_REASON
from .growth_concepts import concept_guard
from .increments import is_change_amount
from .intervals import Interval
from .numbers import Quantity
from .text import Sentence

WHOLE_UNITS = ("trains", "trips", "vehicles", "ships", "passengers", "containers", "TEU")
AMOUNT_GLUE = 25  # characters between two listed amounts ("49列4900标准箱", "49 trains and 4,900 TEU")
RATE_GLUE = 90  # characters from the last amount to its rate
UNITLESS_GLUE = 12  # a bare count only right before its rate (", up", "，同比增长")
RATES_GLUE = 12  # between two listed rates ("16.6%、16.6%", "25% and 40%")
# words between a count and a rate that make the rate another figure's: a contrast, another measure or unit
_NOT_ITS_RATE = _c(
    r"\bwhile\b|\bwhereas\b|\bbut\b|тогда\s+как|\bа\s|\bно\s|而|但|value|worth|tonn|\btons?\b|cargo|freight\s+volume|"
    r"стоимост|тонн|груз|金额|货值|价值|吨|货运量"
)
_STOPS = (";", "；", "。", "!", "?")
_SET_OFF = _c(r"\s*[,，]")


def _glue_ok(text: str, lo: int, hi: int, limit: int) -> bool:
    between = text[lo:hi]
    return len(between) <= limit and not any(ch.isdigit() for ch in between) and not any(s in between for s in _STOPS)


def _runs(s: Sentence, qs: list[Quantity]) -> Iterator[tuple[list[Quantity], list[Quantity]]]:
    """(amounts, rates): each run of listed amounts and the run of listed rates right after it."""
    qs = [q for q in qs if q.kind != "year"]
    i = 0
    while i < len(qs):
        if qs[i].kind != "amount":
            i += 1
            continue
        j = i + 1
        while j < len(qs) and qs[j].kind == "amount" and _glue_ok(s.text, qs[j - 1].end, qs[j].start, AMOUNT_GLUE):
            j += 1
        k = j
        if k < len(qs) and qs[k].kind == "percent" and _glue_ok(s.text, qs[j - 1].end, qs[k].start, RATE_GLUE):
            k += 1
            while k < len(qs) and qs[k].kind == "percent" and _glue_ok(s.text, qs[k - 1].end, qs[k].start, RATES_GLUE):
                k += 1
            yield qs[i:j], qs[j:k]
        i = j


def _whole_count(s: Sentence, q: Quantity, rate: Quantity) -> bool:
    if q.hedge.kind != "exact" or q.scaled or q.decimals or q.value < 1 or q.value != int(q.value):
        return False
    if q.value >= 100 and q.value % 100 == 0:
        return False  # 4,900 or 2,000: perhaps rounded
    if q.currency in WHOLE_UNITS:
        return True
    glue = s.text[q.end : rate.start]  # a bare count: set off by a comma right before its rate (not "前7个月…增长")
    return q.currency is None and q.note == "" and len(glue) <= UNITLESS_GLUE and bool(_SET_OFF.match(glue))


def count_growth_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim]) -> list[Claim]:
    """A ``count_growth`` claim for each whole count stated with its year-on-year rate (see the module)."""
    rates = {(c.sentence_start, c.roles["change"].start): c for c in claims
             if c.kind == "change_pct" and "from" not in c.roles}
    out: list[Claim] = []
    for s in sentences:
        for amounts, listed in _runs(s, figures[s.index]):
            amounts = amounts[-len(listed) :]  # "1-7月 ... 49列4900标准箱,同比增加16.6%、16.6%": the nearest ones
            if len(amounts) != len(listed):
                continue
            unit_end = min(len(s.text), amounts[-1].end + AMOUNT_GLUE)  # its unit's words ("round trips of")
            if _NOT_ITS_RATE.search(s.text, unit_end if unit_end < listed[0].start else listed[0].start, listed[0].start):
                continue
            for q, r in zip(amounts, listed, strict=True):
                c = rates.get((s.start, r.start))
                if c is None or r.hedge.kind != "exact" or not _whole_count(s, q, r) or is_change_amount(s.text, q):
                    continue  # "5001列,比上年增加250列,同比增长5.3%": 250 is the increase, not the count
                change = replace(r, value=r.value * c.direction) if c.direction < 0 else r
                out.append(Claim("count_growth", {"count": q, "change": change}, s.text, s.start, s.lang, c.context,
                                 note="a count's rate fits a whole number"))
    return out


def fitting_base(count: float, rate: Interval) -> tuple[int, float] | None:
    """The whole number last year (and its rate) nearest to fitting ``rate`` (percent), None if none fits."""
    lo_k = math.floor(count / (1 + rate.hi / 100))
    hi_k = math.ceil(count / (1 + rate.lo / 100)) if rate.lo > -100 else lo_k
    best: tuple[int, float] | None = None
    for k in range(max(1, lo_k), hi_k + 1):
        pct = (count / k - 1) * 100
        if rate.lo <= pct <= rate.hi and (best is None or abs(pct - rate.mid) < abs(best[1] - rate.mid)):
            best = (k, pct)
    return best


class CountGrowthCheck(Check):
    """The rate within one unit of its last decimal of N / k − 1 for a whole k (writers round or cut)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "count_growth"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        why = concept_guard(claim)  # an average annual rate is no change on one year's whole count
        if why is not None:
            yield unverifiable(claim, self.name, why, CONCEPT_REASON)
            return
        count, change = claim.roles["count"], claim.roles["change"]
        step = 10.0 ** -change.decimals
        allowed = Interval(change.value - step, change.value + step)
        fit = fitting_base(count.value, allowed)
        n = f"{count.value:,.0f}"
        digits = change.decimals + 1
        if fit is None:
            near = round(count.value / (1 + change.value / 100))
            rec = (count.value / near - 1) * 100 if near else math.inf
            expl = (f"no whole number last year gives {n} a change of {fmt(change)}: "
                    f"{near} gives {rec:+.{digits}f}%")
            yield finding(claim, self.name, "inconsistent", expl, stated=fmt(change), stated_interval=allowed,
                          recomputed=rec, recomputed_interval=Interval.point(rec), unit="percent")
            return
        k, pct = fit
        expl = f"{k} last year gives {n} a change of {pct:+.{digits}f}%; the text says {fmt(change)}"
        yield finding(claim, self.name, "consistent", expl, stated=fmt(change), stated_interval=allowed,
                      recomputed=pct, recomputed_interval=Interval.point(pct), unit="percent")
