"""Months within the months that hold them: "За январь-июль через пункты пропуска прошло 410 тыс. человек ... В июле
границу пересекли 85 тыс. человек" — July's figure is a part of the January–July figure of the same measure, so the
months named inside a span add up to no more than it (a ``parts`` claim).

Read only when the span and its months are both stated with their months (``Context.months``) and one year (or
none placed for either), within three sentences of each other, in one unit, of one flow (or a flow of the span's
total trade), partner and territory, and of one subject
(``wholes.figure_subject``) and goods (``own_goods``); each month or sub-span lies inside the span and no two of
them of one flow overlap; none is a change, a base of a comparison, a daily or average figure, or a forecast.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import period_words
from .amount_forms import COUNT_UNITS
from .claims import Claim
from .clause_words import is_forecast
from .context import Context, clause_bounds, resolve
from .daily_words import PER_DAY_OR_AVERAGE
from .hedges import is_class_bound
from .increments import is_change_amount, is_compared_base
from .numbers import Quantity
from .own_goods import goods_differ
from .period_words import in_base_aside
from .subject_words import measure_word, same_subject
from .text import Sentence
from .wholes import figure_subject

REACH = 3  # sentences between the span and a month inside it
NOTE = "months inside a span add up to no more than it"  # no list: its whole is no share's whole
Placed = tuple[Sentence, Quantity, Context]


def level(s: Sentence, q: Quantity) -> bool:
    if q.kind != "amount" or not q.currency or not (q.scaled or q.currency in COUNT_UNITS):
        return False
    if is_change_amount(s.text, q) or is_compared_base(s.text, q) or in_base_aside(s.text, q.start):
        return False
    if is_class_bound(s.text, q.start, q.end):
        return False  # "两个30万吨级码头": the size of a berth, not an amount handled
    cs, ce = clause_bounds(s.text, q.start)  # a figure per day or an average is no part of a span's total
    return not PER_DAY_OR_AVERAGE.search(s.text, cs, ce) and not is_forecast(s.text[cs : q.start])


def period_part_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    placed: list[Placed] = []
    for s in sentences:
        for q in figures[s.index]:
            if level(s, q):
                ctx = resolve(sentences, s, q.start)
                if ctx.months is not None:
                    placed.append((s, q, ctx))
    out: list[Claim] = []
    for ws, w, wc in placed:
        assert wc.months is not None
        if wc.months[0] == wc.months[1]:
            continue  # a single month holds no other month
        if not _names_span(ws.text) and _member_figure(ws.text):
            continue  # "It was followed by China with 16.3 bn": its months from a sentence before, a member's figure
        inside = [(s, q, c) for s, q, c in placed if q is not w and abs(s.index - ws.index) <= REACH
                  and _inside(c, wc) and same_measure(sentences, (ws, w, wc), (s, q, c), figures)]
        totals = [c.months for _s, _q, c in inside if c.flow == "total" and c.months]
        inside = [(s, q, c) for s, q, c in inside  # a month's total holds its exports and imports: not counted twice
                  if c.flow == "total" or not any(c.months and _overlap(c.months, m) for m in totals)]
        if _overlapping(inside):
            # "7,608 тыс. тонн, в т. ч. в марте – 2,111 тыс. тонн … (в т. ч. в марте 2,206)": the span's own sentence
            # names its parts; another sentence's month of one flow may be another year's, told as a base
            inside = [(s, q, c) for s, q, c in inside if s is ws]
        if not inside or _overlapping(inside):
            continue  # two figures of one flow for overlapping months: not parts of one sum
        roles: dict[str, Quantity] = {"total": w}
        for i, (s, q, _c) in enumerate(inside, 1):
            roles[f"part{i}"] = q if s is ws else replace(q, extra={**q.extra, "sentence_start": s.start})
        whole = _tiles(wc, [c for _s, _q, c in inside])
        out.append(Claim("sum" if whole else "parts", roles, ws.text, ws.start, ws.lang, wc,
                         note=TILED if whole else NOTE))
    return out


def _overlapping(inside: list[Placed]) -> bool:
    keys = [(c.flow, c.months) for _s, _q, c in inside]
    return any(fa == fb and a is not None and b is not None and _overlap(a, b)
               for i, (fa, a) in enumerate(keys) for fb, b in keys[i + 1 :])


TILED = "the months that make up a span add up to it"


def _tiles(span: Context, parts: list[Context]) -> bool:
    """"1-3月份 … 18875.52万元 … 1月份 … 10120.63万 … 2月份 … 1642.86万 … 3月份 … 7112.03万": the parts are of the
    span's own flow and their months follow each other from the span's first month to its last with no gap or
    overlap, so they are all of it and add up to it (a ``sum``)."""
    if span.months is None or len(parts) < 2 or any(c.flow != span.flow or c.months is None for c in parts):
        return False
    at = span.months[0]
    for first, last in sorted(c.months for c in parts if c.months is not None):
        if first != at:
            return False
        at = last + 1
    return at == span.months[1] + 1


def _names_span(text: str) -> bool:
    """Does the span figure's own sentence name months (a span of them), rather than take them from a sentence before?"""
    return any(p.first is not None and p.last is not None and p.first < p.last for p in period_words.find(text))


# a ranking or a list of members: "followed by China with ...", "the second largest buyer", "ранее шла ..."
_RANKED = re.compile(r"followed\s+by|\branks?\b|\branked\b|\blargest\b|\btop\b|\bsecond\b|\bthird\b|следом|"
                     r"на\s+втором|на\s+третьем|крупнейш\w*|其次|第二|第三|居首", re.IGNORECASE)


def _member_figure(text: str) -> bool:
    """Is a figure of this sentence a member's: the sentence ranks members ("followed by", "the second largest")?"""
    return bool(_RANKED.search(text))


def _inside(part: Context, whole: Context) -> bool:
    return part.year == whole.year and period_words.months_within(whole.months, part.months)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _measure_of(s: Sentence, q: Quantity) -> str:
    """The measure other than trade that the figure's own clause names, before the figure or right after it
    ("received 145.5 billion yuan from domestic tourist revenue"), '' for none."""
    cs, ce = clause_bounds(s.text, q.start)
    return measure_word(s.text, cs, q.start) or measure_word(s.text, q.end, ce)


def _one_measure(whole: tuple[Sentence, Quantity], part: tuple[Sentence, Quantity], wc: Context, pc: Context) -> bool:
    a, b = _measure_of(*whole), _measure_of(*part)
    return a == b if a or b else wc.other_measure == pc.other_measure


def _one_subject(sentences: list[Sentence], whole: tuple[Sentence, Quantity], part: tuple[Sentence, Quantity],
                 figures: dict[int, list[Quantity]]) -> bool:
    """One subject, or a part naming none with no figure of the unit between it and its span's: the text goes on about
    the span's ("In May the port's throughput rose to 35.1 thousand TEU. In January-May the port's ... 148 thousand");
    a part naming a product under a span naming none is left alone (a product's flow is no flow of the trade)."""
    (ws, w), (ps, p) = whole, part
    a, b = figure_subject(sentences, ws, w), figure_subject(sentences, ps, p)
    if same_subject(a, b):
        return True
    lo, hi = sorted((ws.index, ps.index))
    return a is not None and b is None and not any(q.currency == w.currency for i in range(lo + 1, hi) for q in figures[i])


def same_measure(sentences: list[Sentence], whole: Placed, part: Placed, figures: dict[int, list[Quantity]]) -> bool:
    (ws, w, wc), (ps, p, pc) = whole, part
    if wc.territory != pc.territory or not same_kind(sentences, whole, part, figures):
        return False
    return _one_subject(sentences, (ws, w), (ps, p), figures)


def same_kind(sentences: list[Sentence], whole: Placed, part: Placed, figures: dict[int, list[Quantity]]) -> bool:
    """One unit, partner, flow (or a flow of the whole's total trade), measure and goods, whatever the place."""
    (ws, w, wc), (ps, p, pc) = whole, part
    if w.currency != p.currency or wc.partner != pc.partner:
        return False
    if wc.flow != pc.flow and not (wc.flow == "total" and pc.flow in ("export", "import", None)):
        return False  # a month's exports (or a flow not named) are inside the span's total trade, not inside its imports
    if not _one_measure(whole[:2], part[:2], wc, pc):
        return False
    return not goods_differ((ws.text, w, figures[ws.index]), (ps.text, p, figures[ps.index]))
