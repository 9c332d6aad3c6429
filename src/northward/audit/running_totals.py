"""Years within a running total since an earlier year: "2020年,中欧班列承运货物9804标箱 … 自2015年开行以来,…截至2020年底,
共计承运货物57998标箱", "In 2019 the bureau ran 101 trains … Since 2014, a total of 1,290 trains have run", "С 2016 года
всего перевезено 5,1 млн тонн … в 2021 году – 1,2 млн тонн": a year from the start to the total's last year is a part
of it, so those years' figures add up to no more than it (a ``parts`` claim).

Read only when the total's sentence names the start ("since 2014", "自2015年", "с 2016 года") before it and a word
that says the figure runs up from it ("a total of", "cumulative", "共计", "累计", "всего", "в общей сложности") between
them; its last year is the latest year its sentence names, else the text's date. Each part is a level of one year (or
months of one) from the start to that last year, within three sentences, of the total's measure as
``period_parts.same_measure`` reads it (unit, flow, partner, territory, measure, subject, goods); of two figures of
one year only the largest is added (one may be inside the other).
"""

from __future__ import annotations

from dataclasses import replace

from .claims import Claim
from .context import Context, facts, resolve
from .numbers import Quantity
from .period_parts import REACH, level, same_measure
from .period_words import CUMULATIVE
from .text import Sentence

NOTE = "the years since a start add up to no more than the running total since it"

Placed = tuple[Sentence, Quantity, Context]


def running_total_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    placed = [(s, q, resolve(sentences, s, q.start)) for s in sentences for q in figures[s.index] if level(s, q)]
    out: list[Claim] = []
    for ws, w, wc in placed:
        span = _span(ws, w)
        if span is None:
            continue
        first, last = span
        inside = [(s, q, c) for s, q, c in placed if q is not w and abs(s.index - ws.index) <= REACH
                  and _span(s, q) is None and c.year is not None and first <= c.year <= last and not c.start_years
                  and same_measure(sentences, (ws, w, wc), (s, q, c), figures)]
        if not inside:
            continue
        inside = _largest_each_year(inside)
        roles: dict[str, Quantity] = {"total": w}
        for i, (s, q, _c) in enumerate(inside, 1):
            roles[f"part{i}"] = q if s is ws else replace(q, extra={**q.extra, "sentence_start": s.start})
        out.append(Claim("parts", roles, ws.text, ws.start, ws.lang, wc, note=NOTE))
    return out


def _largest_each_year(inside: list[Placed]) -> list[Placed]:
    """One figure a year, its largest: two of one year may be one inside the other (a year's goods and the part of them
    that were medical supplies), and each alone is within the total, so the largest is the one to add."""
    best: dict[int | None, Placed] = {}
    for x in inside:
        y = x[2].year
        if y not in best or x[1].value > best[y][1].value:
            best[y] = x
    return sorted(best.values(), key=lambda x: (x[0].index, x[1].start))


def _span(s: Sentence, q: Quantity) -> tuple[int, int] | None:
    """The first and last year of a running total ending in ``q``, or None when ``q`` is none."""
    f = facts(s.text)
    starts = [(p, y) for p, y in f.since if p < q.start]
    if not starts:
        return None
    at, first = starts[-1]
    if not CUMULATIVE.search(s.text, at, q.start):
        return None  # "Since 2015 trade has grown to 100 bn": a level reached, not a sum since then
    years = [y for p, y in f.years if y > first and p < q.start]
    last = max(years) if years else (s.doc_date.year if s.doc_date else None)
    return (first, last) if last is not None and last >= first else None
