"""Which earlier total a share may be of, when the text does not name it.

A share ("192亿元, 占39.8%", "59.95 billion yuan, accounting for 64.4% of ...") whose whole is not
stated right after it may be of a total stated before it; but a text often states several totals (another
year, another subject, the part itself repeated), and a wrong whole makes a true figure look false.
So an earlier amount counts as the whole only if it could be:

- larger than the part (a part repeated, "59.95 ... 59.95", is never its own whole);
- of the same period as the part (year, months), read from its own words;
- of the same subject: a total of a narrower subject (private enterprises, a port, a product) is the
  whole only of a part of that same subject.

The arithmetic check then calls a share inconsistent against inferred wholes only when each candidate
left is the one total of its flow for that subject and period (exports of all exports, or of total
trade: every reading fails); two totals of one flow of which none fits leave the share unverifiable:
"whole not stated".
"""

from __future__ import annotations

import re
from dataclasses import replace

from .context import Context, clause_bounds, resolve
from .numbers import Quantity
from .subject_words import mentions, same_subject
from .text import Sentence

_DIGIT = re.compile(r"\d(?=\D)")


def _sentence_of(sentences: list[Sentence], s: Sentence, x: Quantity) -> Sentence:
    start = x.extra.get("sentence_start")
    if start is None:
        return s
    return next((p for p in sentences if p.start == start), s)


def periods_differ(a: Context, b: Context) -> bool:
    """Whether two figures' periods are known to differ: a part of a year against a whole year, two
    years, or two spans of months (a period the words leave open differs from none)."""
    if a.partial_period != b.partial_period:
        return True
    if a.year and b.year and a.year != b.year:
        return True
    return a.period is not None and b.period is not None and a.period.label != b.period.label


def _named_subject(text: str, lo: int, hi: int) -> tuple[str, str] | None:
    """A narrower subject the share's own words give its whole ("占同期内蒙古对"一带一路"国家外贸总值的74.1%")."""
    found = [(kind, text[a:b]) for a, b, kind in mentions(text) if lo <= a < hi]
    return found[0] if found else None


def _after_last_figure(text: str, pos: int) -> int:
    """Where the words of the figure at ``pos`` begin: after the last digit before it in its sentence."""
    digits = [m.end() for m in _DIGIT.finditer(text, 0, pos)]
    return digits[-1] if digits else 0


def plausible_wholes(
    sentences: list[Sentence], s: Sentence, part: Quantity, share: Quantity, candidates: list[Quantity]
) -> list[Quantity]:
    """The candidates (amounts stated before the part) that may be the share's whole, nearest first."""
    part_ctx = resolve(sentences, s, part.start)
    part_subject = _named_subject(s.text, _after_last_figure(s.text, part.start), part.start) or part_ctx.subject
    cs, ce = clause_bounds(s.text, share.start)  # the share's own clause: "accounting for X% of ...", "占…的X%"
    named = _named_subject(s.text, max(cs, part.end), max(ce, share.end))
    out: list[Quantity] = []
    for x in candidates:
        if x.value <= part.value:
            continue
        sx = _sentence_of(sentences, s, x)
        ctx = resolve(sentences, sx, x.start)
        subject = _named_subject(sx.text, _after_last_figure(sx.text, x.start), x.start) or ctx.subject
        if periods_differ(part_ctx, ctx):
            continue
        if named is not None and not same_subject(subject, named):
            continue  # the share says what its whole is: only a total of that subject
        if named is None and subject is not None and not same_subject(subject, part_subject):
            continue  # a narrower subject's total (another channel, a port) is not this part's whole
        out.append(replace(x, extra={**x.extra, "flow": ctx.flow}))
    return out


def ambiguous(wholes: list[Quantity]) -> bool:
    """Whether inferred wholes leave the share's whole open: two totals of the same flow (the part's
    exports of all exports and of total trade are two readings, each with one total; two totals of
    total trade are a guess)."""
    flows = [w.extra.get("flow") for w in wholes]
    return len(set(flows)) < len(flows)
