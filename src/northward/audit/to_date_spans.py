"""How many days a year-to-date total covers: "截至9月7日,二连浩特口岸今年出入境人员突破200万人次" is the count of
1 January to 7 September, 250 days, so its average day is at least 200万 / 250.

Read only when the words before the total (in its sentence) name the day the span ends (``zh_words.TO_DATE``) and
say the span is this year's (``zh_words.THIS_YEAR_SPAN``, or a change on the same span of last year right after the
total, "较去年同期增长15.8%"), and nothing names an earlier year or a span since an event ("开通以来"): such a span
may reach back before January. The count is the largest the words allow (a leap year when the year is unknown, the
end day counted whole), so the average day is never overstated: a span that in fact began after January has a
higher average than the one read here.
"""

from __future__ import annotations

import re
from datetime import date

from .numbers import Quantity
from .text import Sentence
from .zh_words import EARLIER_START, SAME_SPAN_AFTER, THIS_YEAR_SPAN, TO_DATE

LEAP = 2024  # a leap year: the most days a span to a given day can have


def days_to_date(s: Sentence, q: Quantity) -> int | None:
    """The days from 1 January to the end day the words before ``q`` name, or None when they name no
    year-to-date span."""
    before = s.text[: q.start]
    ends = list(TO_DATE.finditer(before))
    if not ends:
        return None
    m = ends[-1]
    this_year = THIS_YEAR_SPAN.search(before) or SAME_SPAN_AFTER.match(s.text, q.end)
    if not this_year or EARLIER_START.search(before):
        return None
    end = _end_day(m, s.doc_date)
    if end is None:
        return None
    return (end - date(end.year, 1, 1)).days + 1


def _end_day(m: re.Match[str], doc_date: date | None) -> date | None:
    """The span's last day: its month and year as written, else the document's (the month before when the day is
    later than the document's own day)."""
    day = int(m.group("d"))
    month = int(m.group("m")) if m.group("m") else None
    year = int(m.group("y")) if m.group("y") else None
    if month is None:
        if doc_date is None:
            return None
        month = doc_date.month if day <= doc_date.day else doc_date.month - 1
        if month < 1:
            return None
    if year is None:
        year = LEAP if doc_date is None else doc_date.year if (month, day) <= (doc_date.month, doc_date.day) \
            else doc_date.year - 1
    try:
        return date(year, month, day)
    except ValueError:
        return None
