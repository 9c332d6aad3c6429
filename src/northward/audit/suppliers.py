"""A named supplier's share of a total of all suppliers: "Indonesia's share of Chinese thermal coal imports rose by
almost seven percentage points on the year to 76.4pc" beside "China's imports from Indonesia ... 76.4mn t" and
"China's total imports of thermal coal ... 113.4mn t": the share is the supplier's amount over the total (a
``share`` claim with its part and whole, checked by ``checks``).

The total says it is of every supplier ("from all sources", "total imports", "в целом", "总进口") and names no
country but its own (the importer's); each supplier has exactly one amount in the total's unit in its own words
(the country named between the level before and it), within five sentences of the total's, of no other period
or goods, none larger than the total; the share's sentence names the share ("share", "accounted for", "доля",
"占") and that one supplier since the figure before the share's word, and no other percent comes between. (The
suppliers' amounts within the total are ``goods_kinds``' parts claim.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from .amount_forms import COUNT_UNITS
from .claims import Claim
from .clause_words import RESPECTIVELY
from .context import resolve
from .increments import is_change_amount
from .numbers import Quantity
from .rankings import countries
from .subject_words import goods_named, same_goods
from .text import Sentence
from .wholes import same_period

# a total of every partner: "from all sources", "total imports", "overall", "всего", "в целом", "总进口"
_ALL_OF_THEM = re.compile(
    r"\bfrom\s+all\s+(?:sources|countries|suppliers|origins)|\b(?:total|overall|combined)\s+(?:\w+\s+){0,3}?"
    r"(?:imports?|exports?|purchases|shipments|supplies|receipts)\b|\ball\s+(?:sources|suppliers|countries)\b|"
    r"\bсуммарн\w+|\bобщ(?:ий|его|ем)\s+(?:объ[её]м\w*\s+)?(?:импорт|экспорт|поставок)\w*|\bв\s+целом\b|\bвсего\b|"
    r"总进口|进口总量|进口总额|出口总量|总出口|合计",
    re.IGNORECASE,
)
_WINDOW = 5  # sentences before or after the total's in which its members are named


def countries_in_order(text: str, lo: int, hi: int) -> list[str]:
    """The codes of the countries ``text[lo:hi]`` names, in the order named (each once): ``rankings.countries``."""
    return list(dict.fromkeys(n.code for n in countries(text) if lo <= n.start < hi))


def countries_named(text: str, lo: int, hi: int) -> set[str]:
    """The codes of the countries ``text[lo:hi]`` names."""
    return set(countries_in_order(text, lo, hi))


_CN = {"HK", "MO", "TW"}


def _respective(text: str, amounts: list[Quantity], side: set[str]) -> dict[int, str]:
    """"Trade with Mongolia and Russia rose ... to US$580 million and US$2.29 billion respectively": each amount's
    country by the order named, when as many countries are named before the first amount as there are amounts."""
    said = RESPECTIVELY.search(text)
    if said is None or len(amounts) < 2 or said.start() < amounts[-1].end:
        return {}
    named = [c for c in countries_in_order(text, 0, amounts[0].start) if c not in side | _CN]
    return {q.start: c for q, c in zip(amounts, named, strict=True)} if len(named) == len(amounts) else {}


def _counted(q: Quantity) -> bool:
    return q.kind == "amount" and bool(q.currency) and (q.scaled or q.currency in COUNT_UNITS)


def _own_words(text: str, qs: list[Quantity], q: Quantity) -> int:
    """Where the words of an amount begin: after the level before it in its sentence (percents and changes are
    read through: "total imports ... edged up by 1.1mn t, or 1pc, ... to 113.4mn t")."""
    return max((x.end for x in qs if x.end <= q.start and x.kind == "amount" and not is_change_amount(text, x)),
               default=0)


def supplier_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """A total of all suppliers (or buyers), the amounts of the countries named around it, and a share said of one
    of them: a ``share`` claim of its amount in the total."""
    out: list[Claim] = []
    for s in sentences:
        qs = figures[s.index]
        for total in qs:
            if not _counted(total) or is_change_amount(s.text, total):
                continue
            lo = _own_words(s.text, qs, total)
            side = countries_named(s.text, lo, total.start) | {"CN"}  # the importer's (or exporter's) own country
            goods = goods_named(s.text, lo, total.start)
            # (a territory's whole trade and its partners' trade after it are ``group_parts``')
            if not _ALL_OF_THEM.search(s.text, lo, total.start) or len(side) > 2:
                continue
            members = _members(sentences, figures, s, total, goods, side)
            out.extend(_member_shares(sentences, figures, (s, total), members, side))
    return out


def _placed(t: Sentence, q: Quantity, home: Sentence) -> Quantity:
    """A figure of sentence ``t`` as a role of a claim written in ``home``."""
    return q if t is home else replace(q, extra={**q.extra, "sentence_start": t.start})


# a share said of a supplier: "Russia's share of thermal coal imports ... to 9.4pc", "accounted for", "доля", "占"
_SHARE_WORD = re.compile(r"\bshare\b|\baccount(?:ed|ing|s)?\s+for\b|\bдол[яиюе]\b|占", re.IGNORECASE)
_CHANGE_BY = re.compile(r"\b(?:by|на)\s*$", re.IGNORECASE)


def _member_shares(sentences: list[Sentence], figures: dict[int, list[Quantity]], whole: tuple[Sentence, Quantity],
                   members: dict[str, tuple[Sentence, Quantity]], side: set[str]) -> list[Claim]:
    """A named supplier's share of the total of all ("Indonesia's share of Chinese thermal coal imports rose ... to
    76.4pc"): a ``share`` claim of its amount in the total, when its sentence names the share and that one
    supplier since the figure before, and no other percent comes between the share's word and it."""
    out: list[Claim] = []
    s, total = whole
    for t in sentences[max(0, s.index - _WINDOW) : s.index + _WINDOW + 1]:
        qs = figures[t.index]
        for q in qs:
            if q.kind != "percent" or _CHANGE_BY.search(t.text, 0, q.start):
                continue
            word = next((m for m in _SHARE_WORD.finditer(t.text, 0, q.start)), None)
            if word is None or any(x.kind == "percent" and word.end() <= x.start < q.start for x in qs):
                continue
            lo = max((x.end for x in qs if x.end <= word.start()), default=0)
            named = countries_named(t.text, lo, q.start) - side - _CN
            if len(named) != 1 or next(iter(named)) not in members or not same_period(sentences, whole, (t, q)):
                continue
            ps, part = members[next(iter(named))]
            roles = {"share": q, "part": _placed(ps, part, t), "whole": _placed(s, total, t)}
            out.append(Claim("share", roles, t.text, t.start, t.lang, resolve(sentences, t, q.start),
                             note="a named supplier's share of the total of all"))
    return out


def _members(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, total: Quantity,
             goods: str, side: set[str]) -> dict[str, tuple[Sentence, Quantity]]:
    """One amount for each country named near the total (none named twice), in its unit, period and goods."""
    by_country: dict[str, list[tuple[Sentence, Quantity]]] = {}
    for t in sentences[max(0, s.index - _WINDOW) : s.index + _WINDOW + 1]:
        qs = figures[t.index]
        respective = _respective(t.text, [q for q in qs if _counted(q) and q.currency == total.currency], side)
        for q in qs:
            if (t is s and q.start == total.start) or not _counted(q) or q.currency != total.currency:
                continue
            if is_change_amount(t.text, q) and q.start not in respective:
                continue
            lo = _own_words(t.text, qs, q)
            named = {respective[q.start]} if q.start in respective else countries_named(t.text, lo, q.start) - side - _CN
            if len(named) != 1 or _ALL_OF_THEM.search(t.text, lo, q.start):
                continue
            own_goods = goods_named(t.text, lo, q.start)
            if q.rounding().lo > total.rounding().hi:
                return {}  # a figure larger than the whole: the total is not of all of them
            if not same_goods(goods, own_goods) or not same_period(sentences, (s, total), (t, q)):
                continue  # another product or period: no member (leaving one out only lowers their sum)
            by_country.setdefault(named.pop(), []).append((t, q))
    if any(len(v) > 1 for v in by_country.values()):
        return {}  # a country with two amounts (two months, two flows): which is the member is not known
    return {c: v[0] for c, v in by_country.items()}
