"""A part whose period is in doubt between a month and the months to it.

Releases often give a year-to-date total and the month's own ("今年1-11月…22382.5亿元。11月当月…2367.4亿元。其中,
昆山市…6870亿元"; "October orders reached $69.4 bn … the first ten months $593.7 bn. Electronics took $51 bn,
74% of the total"). A figure said after both, whose own sentence names no period, may be of either: the reader
takes the last period named, but the writer may mean the other. Such a part is not set against one of the two
wholes alone: ``period_in_doubt`` says when, and the readers of parts and of shares' wholes ask it.
"""

from __future__ import annotations

from . import period_words
from .numbers import Quantity
from .text import Sentence

LOOK_BACK = 3  # sentences before the part where the month and its span may be named


def _named_months(s: Sentence, upto: int) -> list[tuple[int, int]]:
    """The months (first, last) the sentence's own period words name before ``upto``."""
    return [(p.first, p.last) for p in period_words.find(s.text)
            if p.start < upto and p.first is not None and p.last is not None and not p.anaphora and p.relative is None]


def period_in_doubt(sentences: list[Sentence], s: Sentence, part: Quantity) -> tuple[int, int] | None:
    """The month whose figure and whose year-to-date figure the text both gives before ``part``, when the part's
    own sentence names no period before it: (first month of the span, the month); else None."""
    if _named_months(s, part.start):
        return None  # the part names its own period
    named = [m for t in sentences[max(0, s.index - LOOK_BACK) : s.index] for m in _named_months(t, len(t.text))]
    months = {last for first, last in named if first == last}
    spans = {(first, last) for first, last in named if first < last}
    return next(((first, last) for first, last in sorted(spans) if last in months), None)


def either_period(doubt: tuple[int, int] | None, months: tuple[int, int] | None) -> bool:
    """Is ``months`` (a whole's) the month in doubt or its span?"""
    return doubt is not None and months in (doubt, (doubt[1], doubt[1]))
