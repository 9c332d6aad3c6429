"""A total of goods named as a list, then an amount for each of them: "Более 130 тыс. тонн зерновых культур,
сои и продуктов их переработки отправлено на экспорт ... проконтролировано более 120 тыс. тонн зерновых, сои
и свыше 12 тыс. тонн продуктов их переработки"; "5 млн тонн угля и руды ... 3,2 млн тонн угля и 1,8 млн тонн
руды". The amounts add up to the total.

The total's goods are the words right after it, a list joined by "и" (or "and"). The parts, in one later
sentence (at most three on), are two or more amounts in the total's unit, the last joined by "и", each
followed by its own goods; the first goods word of each part must be one of the total's, no two parts
the same good, and the period of the parts must be the total's (``wholes.same_period``). A list of goods
the total does not name, or one good named twice, is not read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .amount_forms import COUNT_UNITS
from .claims import Claim
from .context import resolve
from .increments import is_change_amount
from .numbers import Quantity
from .period_words import in_base_aside
from .text import Sentence
from .wholes import same_period

# the goods after an amount: its unit's words, then the words up to the next figure or break
_UNIT_WORDS = r"(?:тонн\w*|тыс\w*\.?|т\b|tonnes|tons|кубометр\w*|куб\.?\s*м\b|м3)"
_AFTER = re.compile(rf"[^\S\n]*(?:{_UNIT_WORDS}\s+)?(?P<goods>[^\d;:.!?()]{{2,90}})")
_WORD = re.compile(r"[^\W\d_]{3,}")
_AND = re.compile(r"\s(?:и|and)\s", re.IGNORECASE)
# words that are not goods: prepositions, verbs and hedges of the clause
_NOT_GOODS = re.compile(
    r"^(?:было|были|был|более|свыше|около|почти|порядка|over|more|than|about|nearly|из|his|its|the|their|его|их|"
    r"отправ\w*|экспорт\w*|вывез\w*|ввез\w*|постав\w*|провер\w*|проконтрол\w*|перевез\w*|составил\w*|were|was|exported|"
    r"shipped|imported)$",
    re.IGNORECASE,
)
MAX_GAP = 3  # sentences between the total and its parts


def _stem(word: str) -> str:
    return word.casefold()[:5]


def _goods(text: str, q: Quantity, stop: int) -> list[str]:
    """The stems of the goods words right after ``q`` (up to ``stop``), or []."""
    m = _AFTER.match(text, q.end, stop)
    if m is None:
        return []
    return [_stem(w) for w in _WORD.findall(m.group("goods")) if not _NOT_GOODS.match(w)]


def _counted(q: Quantity) -> bool:
    return q.kind == "amount" and q.currency in COUNT_UNITS


def goods_parts_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    totals: list[tuple[Sentence, Quantity, set[str]]] = []  # totals of a list of goods, in reading order
    for s in sentences:
        for later_total in reversed(totals):  # the nearest total whose goods the parts name
            t_sent, total, named = later_total
            if s.index - t_sent.index > MAX_GAP or t_sent is s:
                continue
            parts = _parts(s, figures[s.index], total, named)
            if not parts or not _same_scope(sentences, (t_sent, total), [(s, p) for p in parts]):
                continue
            roles = {"total": total, **{f"part{i}": replace(p, extra={**p.extra, "sentence_start": s.start})
                                        for i, p in enumerate(parts, 1)}}
            out.append(Claim("sum", roles, t_sent.text, t_sent.start, t_sent.lang, resolve(sentences, t_sent, total.start),
                             note="a total of goods named as a list, and an amount for each"))
            break
        for total in figures[s.index]:
            if not _counted(total) or is_change_amount(s.text, total) or in_base_aside(s.text, total.start):
                continue
            m = _AFTER.match(s.text, total.end)
            if m is not None and _AND.search(m.group("goods")):
                totals.append((s, total, set(_goods(s.text, total, len(s.text)))))
    return out


def _same_scope(sentences: list[Sentence], total: tuple[Sentence, Quantity], parts: list[tuple[Sentence, Quantity]]) -> bool:
    """Parts of the total's period, territory and partner ("в Китай" against "за границу" is another whole)."""
    def where(figure: tuple[Sentence, Quantity]) -> tuple[str | None, str | None]:
        ctx = resolve(sentences, *_at(figure))
        return ctx.territory, ctx.partner

    return all(same_period(sentences, total, p) and where(p) == where(total) for p in parts)


def _at(figure: tuple[Sentence, Quantity]) -> tuple[Sentence, int]:
    return figure[0], figure[1].start


def _parts(s: Sentence, qs: list[Quantity], total: Quantity, named: set[str]) -> list[Quantity]:
    """The amounts of ``s`` that split ``total`` by the goods it names, or []."""
    amounts = [q for q in qs if _counted(q) and q.currency == total.currency and not is_change_amount(s.text, q)]
    if len(amounts) < 2:
        return []
    firsts: list[str] = []
    for q, nxt in zip(amounts, [*amounts[1:], None], strict=True):
        goods = _goods(s.text, q, nxt.start if nxt is not None else len(s.text))
        if not goods or goods[0] not in named or goods[0] in firsts:
            return []
        firsts.append(goods[0])
    if not _AND.search(s.text[amounts[-2].end : amounts[-1].start]):
        return []
    return amounts
