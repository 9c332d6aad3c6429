"""The goods an amount is of, by the products its own words name ("430 тысяч тонн бобовых", "Вывоз лесоматериалов
... составил 204,6 тыс. кубометров"), each product by its first five letters so that its cases meet
("лесоматериалов", "лесоматериалы": "лесом"). Two figures whose goods share no product are not of one good.
"""

from __future__ import annotations

import re

from .context import clause_bounds
from .numbers import Quantity
from .subject_words import is_counted, mentions


def own_goods(text: str, q: Quantity, qs: list[Quantity]) -> frozenset[str]:
    """The products an amount is of: named after it, up to the next amount or the clause's end ("430 тысяч тонн
    бобовых"), else before it, since the amount before or the clause's start ("Вывоз лесоматериалов ... составил
    204,6 тыс."); never the goods of another amount of its list."""
    cs, ce = clause_bounds(text, q.start)
    amounts = [x for x in qs if x.kind == "amount" and x.currency and x is not q]  # not "13 тыс. партий"
    nxt = min([x.start for x in amounts if x.start >= q.end] + [ce])
    prev = max([x.end for x in amounts if x.end <= q.start] + [cs])
    after = goods_stems(text, q.end, nxt)
    if after or prev > cs or _WORD.search(_UNIT_WORDS.sub(" ", text[q.end : nxt])):
        return after  # an amount whose own words follow it, or not the first of its clause
    return goods_stems(text, prev, q.start)


# the unit of an amount (not its goods): "тыс. кубометров", "млн тонн", "kWh", "吨"
_UNIT_WORDS = re.compile(
    r"тыс\w*\.?|млн\.?|млрд\.?|тонн\w*|\bт\b\.?|кубометр\w*|куб\.?\s*м\b|м3|м³|кВт\S*|thousand|million|billion|"
    r"tonnes|tons|cubic\s+met\w+|[万亿吨]",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{4,}")


def goods_stems(text: str, lo: int, hi: int) -> frozenset[str]:
    """The products ``text[lo:hi]`` names, each by its first five letters ("лесоматериалов": "лесом")."""
    return frozenset(text[a:b].casefold()[:5] for a, b, k in mentions(text)
                     if lo <= a < hi and k == "product or trade channel" and not is_counted(text[a:b]))


# an umbrella product and the stems of the goods it covers: "рыбопродукция" ("рыбная продукция") is fish and seafood
_UMBRELLA = {"рыбоп": ("рыб", "мореп", "краб", "минта", "треск", "сельд", "гребе", "моллю"),
             "рыбна": ("рыб", "мореп", "краб", "минта", "треск", "сельд", "гребе", "моллю")}


def covers(whole: frozenset[str], part: frozenset[str]) -> bool:
    """Are the part's goods among the whole's: one product shared, or each of the part's covered by an umbrella
    product of the whole ("рыбопродукции" over "рыбы и морепродуктов")?"""
    if whole & part:
        return True
    covered = [stem for u in whole for stem in _UMBRELLA.get(u, ())]
    return bool(part) and bool(covered) and all(any(g.startswith(c) for c in covered) for g in part)


def goods_differ(a: tuple[str, Quantity, list[Quantity]], b: tuple[str, Quantity, list[Quantity]]) -> bool:
    """Do two amounts (each with its sentence's text and figures) name goods that share no product ("向中国出口了
    3.56亿美元的禽肉" and "猪肉…出口额为1.063亿美元")?"""
    ga, gb = own_goods(a[0], a[1], a[2]), own_goods(b[0], b[1], b[2])
    return bool(ga and gb and not ga & gb)
