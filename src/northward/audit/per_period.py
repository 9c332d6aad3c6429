"""An average per day or per month against the total of its span: "averaged 287,000 tonnes per day during the
first ten months, with total imports at 87.2 million tonnes" (Jan-Oct has 304 days: 87.2 mn / 304 = 287,000),
"连续11天…累计进口71.4万吨…日均进口6.49万吨", "за 5 месяцев перевезено 1,5 млн тонн, в среднем 10 тыс. тонн в сутки".

The claim (kind ``per_period``: roles ``average`` and ``total``, the span's length in ``average.extra``) is made
only when the words before the figure mark it as an average (``AVERAGE_BEFORE``) and they or the words after
its unit (``AVERAGE_AFTER``) say per day or per month,
its sentence states exactly one other amount in its unit that is neither hedged as a
bound, an increase nor another average, both are of one flow and period, and the span's length is known: the
number of days the text counts ("over 11 days", "连续11天", "за 40 дней"), else the months the average's
period names (with the year's leap day when the year is not given, both lengths are tried); a calendar span
gives only a floor, since an average per day (日均) may be per day worked and a port does not work every day.
A Chinese count of days ("连续11天…日均进口6.49万吨") is ``daily_amounts``' to read, not this module's.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterator
from dataclasses import replace

from .. import humanize
from .checkbase import Check, Env, fmt, judged
from .claims import Claim
from .context import resolve
from .daily_words import day_figure
from .findings import Finding
from .grammar import word_pattern as _c
from .increments import is_change_amount
from .intervals import Interval
from .numbers import Quantity
from .text import Sentence
from .zh_words import COUNTER_AFTER

# the words right before an average's figure ("averaged", "a daily average of", "日均进口", "в среднем")
AVERAGE_BEFORE = _c(
    r"(?:\baverag(?:ed|ing)|\b(?:an?\s+|the\s+)?(?:daily|monthly)\s+average\s+of|\baverage\s+of|"
    r"в\s+среднем|日均|月均|平均每[日天月])[^\d;；。,，]{0,12}?(?:about\s+|около\s+|约)?$|"
    # "Среднесуточный показатель достиг": the average's noun with its measure word and verb
    r"(?:среднесуточн|среднемесячн)\w*(?:\s+[^\d\s;；。,，]+){0,3}?\s*(?:около\s+)?$"
)
# the words right after an average's unit that say per what ("per day", "a day", "в сутки", "ежемесячно")
AVERAGE_AFTER = _c(
    r"[^\d;；。,，]{0,30}?(?P<per>per\s+(?:day|month)|a\s+(?:day|month)|daily|monthly|в\s+(?:сутки|день|месяц)|"
    r"ежесуточно|ежедневно|ежемесячно)\b"
)
_DAYS = _c(r"(?<![\d.,])(\d{1,3})\s*(?:consecutive\s+|straight\s+)?(?:days\b|天|дн(?:я|ей)\b|суток\b)")  # "N日" is a date
_MONTHLY = ("month", "месяц", "ежемесячно", "monthly", "月")


def _per(text: str, q: Quantity) -> str | None:
    """"day" or "month" when the words mark ``q`` as an average, else None."""
    before = text[max(0, q.start - 40) : q.start]
    m_before = AVERAGE_BEFORE.search(before)
    m_after = AVERAGE_AFTER.match(text, q.end)
    if m_before is None:
        return None  # "a record $12 billion per month", "2.03 million barrels per day": a rate, not an average
    if m_after is not None:
        return "month" if any(w in m_after.group("per").lower() for w in _MONTHLY) else "day"
    words = m_before.group(0).lower() if m_before is not None else ""
    if any(w in words for w in ("monthly", "月均", "平均每月", "среднемесячн")):
        return "month"
    if any(w in words for w in ("daily", "日均", "平均每日", "平均每天", "среднесуточн")):
        return "day"
    return None  # "averaged 5 million tonnes": per what is not said


def _span(sentences: list[Sentence], s: Sentence, per: str, months: tuple[int, int] | None,
          year: int | None) -> tuple[int, int] | None:
    """The span's length in days or months: the days the sentence counts, else the months named."""
    counted = {int(m.group(1)) for m in _DAYS.finditer(s.text)}
    if per == "day" and counted:
        return (counted.pop(),) * 2 if len(counted) == 1 else None
    return _calendar(per, months, year)


def _calendar(per: str, months: tuple[int, int] | None, year: int | None) -> tuple[int, int] | None:
    """The days or months of the months named (a year not given: with and without the leap day)."""
    if months is None:
        return None
    first, last = months
    if last < first:
        return None
    if per == "month":
        return (last - first + 1,) * 2
    years = [year] if year else [2023, 2024]  # no year given: with and without the leap day
    days = [sum(calendar.monthrange(y, m)[1] for m in range(first, last + 1)) for y in years]
    return min(days), max(days)


def _counted_apart(text: str, q: Quantity, total_text: str, total: Quantity) -> bool:
    """The average names its own counting word right after it, and the total does not name the same."""
    own = COUNTER_AFTER.match(text, q.end)
    return own is not None and total_text[total.end : total.end + 1] != own.group(0)


def per_period_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """One ``per_period`` claim per average whose span's total the text states (see the module)."""
    out: list[Claim] = []
    for s in sentences:
        for q in figures[s.index]:
            if q.kind != "amount" or not q.currency:
                continue
            per = _per(s.text, q)
            if per is None or q.hedge.kind not in ("exact", "about"):
                continue
            totals = [x for x in figures[s.index] if x.kind == "amount" and x.currency == q.currency and x is not q
                      and x.hedge.kind in ("exact", "about") and _per(s.text, x) is None
                      and not is_change_amount(s.text, x) and x.value > q.value
                      and not day_figure(s, x, figures[s.index])]  # "单日最高8215人次": one day's, no span's total
            total_s = s
            if not totals and s.index > 0 and not [x for x in figures[s.index] if x.end <= q.start and x.kind != "year"]:
                total_s = sentences[s.index - 1]  # "…за май … 390 млн тонн. Среднесуточный показатель достиг 12,43 млн"
                totals = [x for x in figures[total_s.index] if x.kind == "amount" and x.currency == q.currency
                          and x.hedge.kind in ("exact", "about") and _per(total_s.text, x) is None
                          and not is_change_amount(total_s.text, x) and x.value > q.value]
            if len(totals) != 1:
                continue  # no total in the average's sentence (or, opening it, in the one before), or several
            total = totals[0]
            if s.lang == "zh" and _counted_apart(s.text, q, total_s.text, total):
                continue  # "发送货物30.3亿吨，日均装车18.53万车": wagons a day against tonnes
            actx, tctx = resolve(sentences, s, q.start), resolve(sentences, total_s, total.start)
            if actx.flow and tctx.flow and actx.flow != tctx.flow:
                continue  # exports a day against imports in all
            if actx.months != tctx.months or actx.period_label != tctx.period_label:
                continue  # a total of another span
            span = _span(sentences, s, per, actx.months, actx.year if actx.period is not None else None)
            if span is None or span[0] < 2:
                continue
            counted = span != _calendar(per, actx.months, actx.year if actx.period is not None else None)
            if counted and s.lang == "zh":
                continue  # "连续11天…日均": Chinese counts of days are daily_amounts' (one rule, one place)
            avg = replace(q, extra={**q.extra, "per": per, "span": span, "counted": counted})
            if total_s is not s:
                total = replace(total, extra={**total.extra, "sentence_start": total_s.start})
            out.append(Claim("per_period", {"average": avg, "total": total}, s.text, s.start, s.lang, actx,
                             note=f"an average per {per} against its span's total"))
    return out


def round_total(q: Quantity) -> Quantity:
    """A span's total written as a round whole ("390 млн тонн" for a month) may be rounded to its tens: an average
    worked out from the exact total is judged against that rounding."""
    whole = q.value / q.scale if q.scale else q.value
    if q.decimals == 0 and whole >= 100 and whole % 10 == 0:
        return replace(q, decimals=-1)
    return q


class PerPeriodCheck(Check):
    """The stated average against the total divided by the span's days or months (their rounding carried)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "per_period"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        avg, total = claim.roles["average"], claim.roles["total"]
        total = round_total(total)
        lo, hi = avg.extra["span"]
        per = avg.extra["per"]
        rec = total.interval() / Interval(float(lo), float(hi))
        point = total.value / ((lo + hi) / 2)
        unit = avg.currency or ""
        length = f"{lo} {per}s" if lo == hi else f"{lo} or {hi} {per}s"
        how = "within rounding"
        if not avg.extra.get("counted"):  # "日均" over a month may be per working day: the calendar gives a floor
            rec = Interval(rec.lo, math.inf)
            how = f"as the {per}s worked may be fewer"
        expl = (
            f"{fmt(total)} over {length} is {humanize.amount(point, unit)} a {per} "
            f"({rec.in_words(unit)}, {how}); the text says {fmt(avg)}"
        )
        yield judged(claim, self.name, avg, avg.interval(), rec, point, unit, expl)
