"""A total told again as its parts: "С начала года на экспорт направлено 53,5 тысячи тонн морепродуктов и кормовой
муки ... Всего же с начала года на экспорт направлено 1 645 партий рыбы и морепродуктов общим весом 48,1 тыс. т и 260
партий кормовой рыбной муки общим весом более 5,4 тыс. т"; "In all, 12,730 cubic metres of round wood and 284,048 of
sawn timber were shipped". The amounts after "Всего" ("In all", "总计") add up to the total said before (a ``sum``).

Read only when the sentence opens with the word; it states two or more amounts in one unit, the last joined by
"и"/"and", none of them a change; the total is the nearest amount in that unit in the two sentences before whose own
goods (``own_goods``) share a product with the parts' sentence, and no known period sets them apart. A round total
("300 тысяч") stands for its significant digits only: its trailing zeros are not read as exact.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .amount_forms import COUNT_UNITS
from .claims import Claim
from .context import resolve
from .increments import is_change_amount
from .numbers import Quantity
from .own_goods import goods_stems, own_goods
from .period_words import find, in_base_aside
from .text import Sentence
from .wholes import periods_differ

# "Всего (же)", "В целом", "In all" opening a sentence: its figures are the whole of what the text told before
IN_ALL = re.compile(
    r"^\W*(?:в\s+целом|всего(?:\s+же)?|в\s+общей\s+сложности|итого|in\s+all|in\s+total|altogether|总计|共计|合计)\b",
    re.IGNORECASE,
)
_LAST_JOIN = re.compile(r"\s(?:и|and)\s|和|及", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
BACK = 2  # sentences before the parts in which the total is looked for


def restated_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        if not IN_ALL.match(s.text):
            continue
        qs = [q for q in figures[s.index] if q.kind == "amount" and q.currency and (q.scaled or q.currency in COUNT_UNITS)
              and not is_change_amount(s.text, q) and not in_base_aside(s.text, q.start)]
        units = {q.currency for q in qs}
        if len(qs) < 2 or len(units) != 1 or not _LAST_JOIN.search(s.text, qs[-2].end, qs[-1].start):
            continue
        goods = goods_stems(s.text, 0, len(s.text))
        whole = _total_before(sentences, figures, s, qs, goods)
        if whole is None:
            continue
        t, total = whole
        placed = replace(_significant(total), extra={**total.extra, "sentence_start": t.start})
        roles = {"total": placed, **{f"part{i}": q for i, q in enumerate(qs, 1)}}
        out.append(Claim("sum", roles, s.text, s.start, s.lang, resolve(sentences, s, qs[0].start),
                         note="a total told again as its parts ('Всего ...'): they add up to it"))
    return out


def _total_before(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, parts: list[Quantity], goods: frozenset[str]
) -> tuple[Sentence, Quantity] | None:
    unit = parts[0].currency
    for t in reversed(sentences[max(0, s.index - BACK) : s.index]):
        amounts = [q for q in figures[t.index] if q.kind == "amount"]
        for q in reversed(amounts):
            if q.currency != unit or is_change_amount(t.text, q) or in_base_aside(t.text, q.start):
                continue
            if not goods & own_goods(t.text, q, amounts):
                continue
            told = bool(find(t.text)) or _YEAR.search(t.text) is not None  # a total whose sentence names no period
            if told and any(periods_differ(resolve(sentences, t, q.start), resolve(sentences, s, p.start)) for p in parts):
                return None  # is of the period the text goes on to name ("Этот груз вывозился в 3-м квартале")
            return t, q
    return None


def _significant(q: Quantity) -> Quantity:
    """A round figure ("300 тысяч", "2 000") as the interval of its significant digits: ±half a unit of its last
    digit that is not zero."""
    digits = re.sub(r"\D", "", q.text.split(",")[0].split(".")[0]) if "," not in q.text and "." not in q.text else ""
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    if zeros == 0 or q.value == 0:
        return q
    unit = q.value / int(digits) * 10**zeros  # the value of one unit of the last digit that is not zero
    return replace(q, tolerance=unit / 2 / q.value)
