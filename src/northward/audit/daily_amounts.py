"""An amount per day over a count of days the text names: "连续11天…累计进口煤炭71.4万吨…日均进口6.49万吨" (71.4 over
11 days is 6.49 a day).

Read in one sentence that names one count of days (``zh_words.DAY_COUNT``, never a date) and, after it, a total and
then a daily amount (``zh_words.PER_DAY``) in the total's unit: the total is the last amount in that unit before the
daily one that is a level (no change, no bound such as "破5万吨", no daily amount itself). The claim is a
``unit_price`` claim (value, quantity, price): the daily amount is the total over the days, within the rounding of
both.
"""

from __future__ import annotations

from .amount_forms import zh_integer
from .claims import Claim
from .context import resolve
from .increments import is_change_amount
from .numbers import Quantity
from .text import Sentence
from .zh_words import DAY_COUNT, PER_DAY

_BOUNDS = ("over", "under", "nearly", "about")
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
        for daily in amounts:
            if not PER_DAY.search(s.text, max(0, daily.start - 16), daily.start):
                continue
            totals = [q for q in amounts if q.end <= daily.start and q.currency == daily.currency
                      and q.hedge.kind not in _BOUNDS and not is_change_amount(s.text, q)
                      and not PER_DAY.search(s.text, max(0, q.start - 16), q.start)]
            if not totals:
                continue
            count = Quantity(float(n), "amount", m.start("n"), m.end("n"), m.group(0), decimals=EXACT, currency="days",
                             note="a count of days (exact)")
            roles = {"value": totals[-1], "quantity": count, "price": daily}
            out.append(Claim("unit_price", roles, s.text, s.start, s.lang, resolve(sentences, s, daily.start),
                             note="an amount per day over the days named"))
            break
    return out
