"""An amount per day over a count of days the text names: "连续11天…累计进口煤炭71.4万吨…日均进口6.49万吨" (71.4 over
11 days is 6.49 a day).

Read in one sentence that names one count of days (``zh_words.DAY_COUNT``, never a date) and, after it, a total and
then a daily amount (``daily_words.ZH_DAILY_BEFORE``) in the total's unit: the total is the last amount in that unit before the
daily one that is a level (no change, no bound such as "破5万吨", no daily amount itself). A bound each of
consecutive days passed ("连续11天单日进口量破5万吨,累计进口71.4万吨") is one the days' average passes too. The claim is a
``unit_price`` claim (value, quantity, price): the daily amount is the total over the days, within the rounding of
both.
"""

from __future__ import annotations

import re

from .claims import Claim
from .context import resolve
from .daily_words import ZH_DAILY_BEFORE
from .increments import is_change_amount
from .numbers import Quantity
from .text import Sentence
from .zh_numerals import zh_integer
from .zh_words import DAY_COUNT, EACH_DAY

_BOUNDS = ("over", "under", "nearly", "about")
_OTHER_SPAN = re.compile(r"今年|年初|以来|全年|本月|当月|上半年|下半年|季度|\d+月|since|this\s+year", re.IGNORECASE)
EXACT = 9  # a count of days is exact: no rounding interval around it


def daily_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        days = list(DAY_COUNT.finditer(s.text))
        if len(days) != 1:
            continue
        m = days[0]
        n = int(m.group("n")) if m.group("n").isdigit() else int(zh_integer(m.group("n")))
        if n < 2:
            continue
        amounts = [q for q in figures[s.index] if q.kind == "amount" and q.currency and q.start >= m.end()]
        count = Quantity(float(n), "amount", m.start("n"), m.end("n"), m.group(0), decimals=EXACT, currency="days",
                         note="a count of days (exact)")
        for daily in amounts:
            total = _total_of(s, amounts, daily, consecutive=bool(m.group("run")))
            if total is not None:
                out.append(Claim("unit_price", {"value": total, "quantity": count, "price": daily}, s.text, s.start,
                                 s.lang, resolve(sentences, s, daily.start), note="an amount per day over the days named"))
    return out


def _level(s: Sentence, q: Quantity, daily: Quantity) -> bool:
    return (q.currency == daily.currency and q.hedge.kind not in _BOUNDS and not is_change_amount(s.text, q)
            and not _per_day(s, q) and not EACH_DAY.search(s.text, max(0, q.start - 12), q.start))


def _per_day(s: Sentence, q: Quantity) -> bool:
    return bool(ZH_DAILY_BEFORE.search(s.text, max(0, q.start - 16), q.start))


def _total_of(s: Sentence, amounts: list[Quantity], daily: Quantity, *, consecutive: bool) -> Quantity | None:
    """The total over the days of a daily amount: for an average ("日均6.49万吨") the last level before it; for a
    bound every one of consecutive days passed ("连续11天单日进口量破5万吨"), the first level after it."""
    if _per_day(s, daily):
        before = [q for q in amounts if q.end <= daily.start and _level(s, q, daily)]
        if before and not _OTHER_SPAN.search(s.text, before[-1].end, daily.start):
            return before[-1]  # not "…累计进口120万吨,今年以来日均进口3.5万吨": a daily amount of another span
        return None
    if consecutive and daily.hedge.kind in ("over", "under") and EACH_DAY.search(s.text, max(0, daily.start - 12),
                                                                                     daily.start):
        after = [q for q in amounts if q.start >= daily.end and _level(s, q, daily)]
        if after and not _OTHER_SPAN.search(s.text, daily.end, after[0].start):
            return after[0]
    return None
