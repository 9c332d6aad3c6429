"""A Russian list of named parts after a colon, in a sentence after its whole: "С начала года на экспорт отправили почти 45
тысяч тонн рыбопродукции. [...] Куда отправилась продукция: Китай - 916 партий весом 17,4 тысяч тонн, Республика Корея – 229
партий весом 15,2 тысяч тонн, ..."; "... оформило на экспорт 372,7 тыс. тонн. Преимущественно экспортируются: минтай –
281,1 тыс. тонн, сельдь – 62,7 тыс. тонн, крабы – 19,0 тыс. тонн". Each item names a buyer or a good, a dash, and its
amount: the items are parts of the whole said before the list, so they add up to no more than it (a ``parts`` claim;
the list need not be complete: "преимущественно", "основные").

Read only in Russian, when the words before the colon state no amount in a unit (they lead into the list), two or more
items each open on a name and a dash and hold exactly one amount in one unit (an item of none is skipped: "а также
Узбекистан"), and the whole is the last amount in that unit in the two sentences before the list's (or earlier in its
own sentence's lead-in: none), not a change, a base of a comparison, a part said after "из них"/"в том числе", nor of
another flow than the lead-in names; no item is larger than the whole (else the list is of another whole), and no
item's period is known to differ from the whole's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import period_words
from .claims import Claim
from .clause_words import is_forecast
from .context import flow_at, resolve
from .increments import is_change_amount, is_compared_base
from .numbers import Quantity
from .text import Sentence
from .wholes import periods_differ

NOTE = "the items listed after a colon are parts of the whole said before the list"
BACK = 2  # sentences before the list's in which its whole is read
_COLON = re.compile(r":(?!\d)")
# an item: a name (a few words, no figure), a dash, then its words and figures up to the next comma or semicolon
_ITEM_HEAD = re.compile(r"\s*(?:и\s+|а\s+также\s+)?[^\W\d][^\d:;,–—]{0,40}?\s*[–—-]\s", re.IGNORECASE)
_ITEM_BREAK = re.compile(r"[,;](?!\d)")
# a lead-in of a plan or of another period set beside the whole
_NOT_THIS = re.compile(r"план\w*|для\s+сравнения|прогноз\w*|ожида\w*|цел[ьи]\w*", re.IGNORECASE)
# a lead-in that says where the flow went, what it was made of or who took it (else the list may be of anything)
_LEADS_PARTS = re.compile(
    r"куда|экспорт\w*|импорт\w*|поставк\w*|постав(?:ля|и)\w*|отправ\w*|направ\w*|покупател\w*|получател\w*|"
    r"импортер\w*|структур\w*|в\s+том\s+числе|из\s+них|по\s+(?:странам|направлениям|видам|товарам)|преимущественно|"
    r"основн\w+|крупнейш\w+|главн\w+|перевез\w*|перевоз\w*|вывез\w*|ввез\w*|отгруж\w*|отгрузк\w*",
    re.IGNORECASE,
)
# a lead-in of another measure than the flow: a capacity, a stock, a need, a price
_OTHER_MEASURE = re.compile(r"мощност\w*|запас\w*|потребност\w*|цен[аыу]\w*|тариф\w*|пропускн\w*", re.IGNORECASE)
# an item inside the item before it: the list is not of one level
_NESTED = re.compile(r"в\s+том\s+числе|в\s+т\.\s*ч\.|из\s+них|из\s+которых|включая", re.IGNORECASE)
# a part said inside the amount before it: not a whole of its own
_PART_OPENER = re.compile(r"(?:из\s+них|в\s+том\s+числе|в\s+т\.\s*ч\.|в\s+частности)[^\d]{0,40}$", re.IGNORECASE)


def colon_part_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for t in sentences:
        if t.lang != "ru":
            continue
        colon = _COLON.search(t.text)
        if colon is None:
            continue
        qs = figures[t.index]
        if any(q.kind == "amount" and q.currency and q.start < colon.start() for q in qs):
            continue  # the lead-in states a figure of its own: the list is its breakdown (``breakdowns``, ``parts``)
        lead = t.text[: colon.start()]
        if is_forecast(lead) or _NOT_THIS.search(lead) or _OTHER_MEASURE.search(lead) or not _LEADS_PARTS.search(lead):
            continue  # "Планы на 2025 год:", "Для сравнения, в 2022 году:", "Мощность терминалов:": not its parts
        items = _items(t.text, colon.end(), qs)
        if items is None or len({q.currency for q in items}) != 1:
            continue
        whole_at = _whole(sentences, figures, t, items[0].currency, colon.start())
        if whole_at is None:
            continue
        s, whole = whole_at
        w_ctx = resolve(sentences, s, whole.start)
        if any(q.value > whole.value for q in items):
            continue
        if any(periods_differ(w_ctx, resolve(sentences, t, q.start)) for q in items):
            continue
        roles: dict[str, Quantity] = {"total": whole}
        for i, q in enumerate(items, 1):
            roles[f"part{i}"] = replace(q, extra={**q.extra, "sentence_start": t.start})
        out.append(Claim("parts", roles, s.text, s.start, s.lang, w_ctx, note=NOTE))
    return out


def _items(text: str, start: int, qs: list[Quantity]) -> list[Quantity] | None:
    """The one amount in a unit of each item after the colon (at least two), or None when the words after the colon
    are no such list (an item without a name and a dash, an item of two amounts, a change)."""
    if _NESTED.search(text, start):
        return None  # "прочие грузы – 93,4 тыс. тонн, в том числе в контейнерах – 47,7 тыс. тонн": parts of parts
    found: list[Quantity] = []
    pos = start
    bounds = [m.start() for m in _ITEM_BREAK.finditer(text, start)] + [len(text)]
    for end in bounds:
        seg = text[pos:end]
        amounts = [q for q in qs if pos <= q.start < end and q.kind == "amount" and q.currency]
        others = [q for q in qs if pos <= q.start < end and q.kind in ("percent", "multiple")]
        if amounts:
            if len(amounts) > 1 or others or not _ITEM_HEAD.match(seg) or is_change_amount(text, amounts[0]):
                return None
            if is_compared_base(text, amounts[0]) or period_words.in_base_aside(text, amounts[0].start):
                return None
            found.append(amounts[0])
        pos = end + 1
    return found if len(found) >= 2 else None


def _whole(sentences: list[Sentence], figures: dict[int, list[Quantity]], t: Sentence, unit: str | None,
           lead_end: int) -> tuple[Sentence, Quantity] | None:
    """The last amount in ``unit`` in the sentences before the list's that may be the list's whole."""
    lead_flow = flow_at(t.text, lead_end)
    for s in reversed(sentences[max(0, t.index - BACK) : t.index]):
        for q in reversed(figures[s.index]):
            if q.kind != "amount" or q.currency != unit:
                continue
            if (is_change_amount(s.text, q) or is_compared_base(s.text, q) or period_words.in_base_aside(s.text, q.start)
                    or _PART_OPENER.search(s.text, max(0, q.start - 60), q.start)):
                continue
            flow = flow_at(s.text, q.start)
            if lead_flow not in (None, "total") and flow not in (None, "total", lead_flow):
                return None  # "Экспорт ... Импорт: ..." the list is of the other flow
            return s, q
    return None
