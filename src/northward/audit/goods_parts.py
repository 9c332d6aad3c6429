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
from .context import clause_bounds, facts, resolve
from .increments import is_change_amount
from .numbers import Quantity
from .period_words import in_base, in_base_aside
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


# "Всего в Китай экспортировали 73 тысячи тонн": the whole of what the sentences before broke down
# (opening its sentence or clause: "75% всего экспортированного краба" is "of all", no whole of its own)
_ALL = re.compile(r"(?:^|[,;:—–]\s*)(?:всего|в\s+общей\s+сложности|в\s+целом)\b", re.IGNORECASE)
_ALL_REACH = 80  # characters from the word to the whole's amount
# an earlier year named as such: "Годом ранее эта цифра не превышала 1 тысячу тонн"
_EARLIER = re.compile(r"годом\s+(?:ранее|раньше)|год\s+назад|a\s+year\s+(?:earlier|before|ago)", re.IGNORECASE)


def narrower_part_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """One good within all the goods: an amount is a part of another in its unit, of its period and partner,
    when the other is named as all after it ("70 тысяч тонн сои ... всего ... 73 тысячи тонн"), or names the
    same good but no country while the part names one ("вывезено 430 тысяч тонн бобовых", then "в Китай ...
    более 420 тысяч тонн бобовых"). Amounts of an earlier year ("Годом ранее ...") or of a comparison's base
    are never read. A share claim: the part is at most all of the whole."""
    found = [(s, q) for s in sentences for q in figures[s.index]
             if _counted(q) and not is_change_amount(s.text, q) and not in_base(s.text, q.start) and not _EARLIER.search(s.text)]
    out: list[Claim] = []
    for i, (ws, whole) in enumerate(found):
        named_all = any(0 <= whole.start - m.end() <= _ALL_REACH for m in _ALL.finditer(ws.text, 0, whole.start))
        for j, (ps, part) in enumerate(found):
            if i == j or part.currency != whole.currency or abs(ps.index - ws.index) > MAX_GAP:
                continue
            nearest = not any(q.currency == whole.currency for _s, q in found[j + 1 : i])  # none between them
            if _part_of(sentences, (ws, whole), (ps, part), named_all and j < i and nearest):
                share = Quantity(50.0, "percent", part.start, part.end, "a part of a whole named apart (at most all of it)",
                                 tolerance=1.0, note="a part in words: some of the whole, at most all of it")
                roles = {"share": share, "part": replace(part, extra={**part.extra, "sentence_start": ps.start}),
                         "whole": replace(whole, extra={**whole.extra, "sentence_start": ws.start})}
                out.append(Claim("share", roles, ps.text, ps.start, ps.lang, resolve(sentences, ps, part.start)))
                break
    return out


def _part_of(sentences: list[Sentence], whole: tuple[Sentence, Quantity], part: tuple[Sentence, Quantity],
             named_all: bool) -> bool:
    (ws, w), (ps, p) = whole, part
    if not same_period(sentences, whole, part):
        return False
    if named_all:  # the nearest amount before "всего", of the same partner and territory
        wc, pc = resolve(sentences, ws, w.start), resolve(sentences, ps, p.start)
        return (wc.partner, wc.territory) == (pc.partner, pc.territory)
    goods = _goods(ws.text, w, len(ws.text))[:1]
    return (bool(goods) and _goods(ps.text, p, len(ps.text))[:1] == goods
            and _names_country(ps.text, p) and not _names_country(ws.text, w))


def _names_country(text: str, q: Quantity) -> bool:
    """Does the amount's sentence, up to the end of its clause, name a country or region (where the goods
    went or came from)?"""
    f = facts(text[: clause_bounds(text, q.start)[1]])
    return bool(f.territories or f.partners)
