"""Counts of listed names: "关区内有一类口岸6个,分别是A口岸、B口岸、…", "远东地区包括7个联邦主体:A、B…和G", "выросла из трёх
территорий — Хабаровска, Комсомольска и Николаевска", "three areas: the Harbin Area (…), the Heihe Area (…) and the
Suifenhe Area (…)"; and a count told in counts, "8 пунктов пропуска: шесть смешанных, один автомобильный и один
воздушный". The list is all of what was counted, so its names (one each) or its counts add up to the count (a ``sum``
claim: ``total`` the count, ``part1``… each name counted exactly once, or each count). When the counted noun carries a
total ("three areas totalling 119.85 sq km: the Harbin Area (79.86 sq km), …") and every item one amount in its unit,
those amounts add up to it too (a second ``sum``).

Read only when the words right after the counted noun say the list is complete (a colon or a dash, "namely", "а
именно", "分别是", "即"), never a selection ("including", "в том числе", "包括", "等", "such as") nor a list left
open ("etc", "и др."); the count is a whole number from 2 to 30 with no unit of measure; the list runs to the end of
its clause, its last item joined by "and"/"и"/"和" (or, in Chinese, its clause followed by another figure or the
sentence's end), every item a short name with no figure outside brackets, or every item a count of its own. Anything
else is left alone: a list of amounts is no list of names.
"""

from __future__ import annotations

import re

from .claims import Claim
from .context import resolve
from .list_words import COMPLETE, COUNT, ITEM_BREAK, LAST_JOIN, OPEN_END, SELECTION, count_value
from .numbers import Quantity
from .text import Sentence

NOTE = "a list said to be complete has as many names as its count"
AMOUNTS_NOTE = "a list said to be complete adds up to the total said with its count"
MAX_COUNT = 30
_NOUN = re.compile(r"[^;:!?。；：:,，—–]{1,80}?(?=\s*(?:[:：]|\s[—–-]\s|[,，]?\s*(?:namely|that\s+is|а\s+именно|"
                   r"именно|分别是|分别为|即)))", re.IGNORECASE)
_ZH_NOUN_BEFORE = re.compile(r"[一-鿿]{1,12}$")  # "一类口岸6个": the noun before the count
_CLASSIFIER = re.compile(r"\s*[个家座项处所类]")
# a Chinese item that is no name: a clause ("一方面是教育", "三年来的斗争"), a quotation, an enumerator ("一、")
_ZH_NOT_NAME = re.compile(r"[的是为了有在将“”\"「」]")
_BRACKETS = re.compile(r"\([^()]*\)|（[^（）]*）|«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
_CLAUSE_END = re.compile(r"[.;!?]|\s[—–]\s")  # a dash after the list: "три страны — A, B и C — подписали"
_ZH_CLAUSE_END = re.compile(r"[.;!?。；！？]|[,，](?=\s*[^\s、])")
_ZH_SELECTION = re.compile(r"包括|其中|例如|等")  # in a Chinese list ("如" is inside many words)
_ITEM_WORDS = 6  # words of one item (Russian, English)
_ZH_ITEM = 16  # characters of one item (Chinese)


def _masked(text: str) -> str:
    """The text with bracketed and quoted words blanked (their commas and figures are no items), offsets kept."""
    return _BRACKETS.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def listed_count_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        masked = _masked(s.text)
        for m in COUNT.finditer(masked):
            n = count_value(m)
            if n is None or not 2 <= n <= MAX_COUNT or not _bare_count(figures[s.index], m):
                continue
            listed = _listed(masked, m, s.lang == "zh")
            if listed is None:
                continue
            noun_end, items = listed
            ctx = resolve(sentences, s, m.start())
            parts = _parts(s.text, items)
            if parts is not None:
                total = Quantity(float(n), "amount", m.start(), m.end(), m.group(0), note="a count")
                out.append(Claim("sum", {"total": total, **_numbered(parts)}, s.text, s.start, s.lang, ctx, note=NOTE))
            amounts = _item_amounts(s.text, figures[s.index], m.end(), noun_end, items)
            if amounts is not None:
                out.append(Claim("sum", {"total": amounts[0], **_numbered(amounts[1:])}, s.text, s.start, s.lang, ctx,
                                 note=AMOUNTS_NOTE))
    return out


def _bare_count(qs: list[Quantity], m: re.Match[str]) -> bool:
    """Is the count a bare number of things, not an amount with a scale or unit ("5 bn dollars: exports and imports")?"""
    return not any(q.start <= m.start() < q.end and (q.kind != "amount" or q.scaled or q.currency) for q in qs)


def _numbered(parts: list[Quantity]) -> dict[str, Quantity]:
    return {f"part{i}": q for i, q in enumerate(parts, 1)}


def _listed(masked: str, m: re.Match[str], zh: bool) -> tuple[int, list[tuple[int, int]]] | None:
    """Where the counted noun ends and the items of the complete list after it, or None."""
    zh = zh or bool(m.group(3))
    at = m.end()
    if zh:
        cl = _CLASSIFIER.match(masked, at)
        if cl is None:
            return None  # "6个": a count of things, not of tonnes
        at = cl.end()
        noun = _NOUN.match(masked, at)
        if noun is None and _ZH_NOUN_BEFORE.search(masked, 0, m.start()):
            noun = re.compile(r"").match(masked, at)  # "一类口岸6个,分别是…": the noun said before the count
    else:
        noun = _NOUN.match(masked, at)
    if noun is None or SELECTION.search(noun.group(0)):
        return None
    mark = COMPLETE.match(masked, noun.end())
    if mark is None or SELECTION.match(masked, mark.end()):
        return None
    items = _items(masked, mark.end(), zh)
    return None if items is None else (noun.end(), items)


def _item_amounts(text: str, qs: list[Quantity], lo: int, hi: int, items: list[tuple[int, int]]) -> list[Quantity] | None:
    """The total said with the counted noun ("three areas totalling 119.85 sq km") and the one amount in its unit of
    each item ("the Harbin Area (79.86 sq km)"), the total first; None unless every item has one (a second one only
    after words that say it is inside the first: "19.99 sq km, including the 1.8-sq km zone")."""
    wholes = [q for q in qs if lo <= q.start < hi and q.kind == "amount"]
    if len(wholes) != 1 or not wholes[0].currency:
        return None
    whole, out = wholes[0], [wholes[0]]
    for a, z in items:
        own = [q for q in qs if a <= q.start < z and q.kind == "amount"]
        if not own or own[0].currency != whole.currency:
            return None
        if any(q.currency == whole.currency and not SELECTION.search(text, own[0].end, q.start) for q in own[1:]):
            return None
        out.append(own[0])
    return out


def _items(masked: str, lo: int, zh: bool) -> list[tuple[int, int]] | None:
    """The items of the list from ``lo`` to the end of its clause, or None when it is no closed list of names."""
    end = (_ZH_CLAUSE_END if zh else _CLAUSE_END).search(masked, lo)
    hi = end.start() if end else len(masked)
    body = masked[lo:hi]
    if OPEN_END.search(body) or (_ZH_SELECTION if zh else SELECTION).search(body) or re.search(r"[:：]", body):
        return None
    breaks = list(ITEM_BREAK.finditer(masked, lo, hi))
    if not breaks or (not LAST_JOIN.search(breaks[-1].group(0)) and not (zh and _closed(masked, hi))):
        return None  # the last item is not joined as the last: the list may go on
    items, at = [], lo
    for b in [*breaks, None]:
        a, z = at, b.start() if b else hi
        if z <= a:
            return None
        items.append((a, z))
        at = b.end() if b else hi
    for a, z in items:
        words = [w for w in masked[a:z].split() if re.search(r"[^\W\d_]", w)]
        if not words or (len(masked[a:z]) > _ZH_ITEM if zh else len(words) > _ITEM_WORDS):
            return None
        if zh and (len(masked[a:z].strip()) < 2 or _ZH_NOT_NAME.search(masked, a, z)):
            return None
    return items


def _closed(masked: str, hi: int) -> bool:
    """A Chinese list's clause closed by the sentence's end, or followed by a clause with a figure of its own."""
    if hi >= len(masked) or masked[hi] in "。；;.!?！？":
        return True
    nxt = _ZH_CLAUSE_END.search(masked, hi + 1)
    return bool(re.search(r"\d", masked[hi + 1 : nxt.start() if nxt else len(masked)]))


def _parts(text: str, items: list[tuple[int, int]]) -> list[Quantity] | None:
    """One part per item: a name counts one; an item opening with a count ("шесть смешанных") counts that many."""
    counts = [COUNT.match(text, a + len(text[a:z]) - len(text[a:z].lstrip())) for a, z in items]
    if any(c is not None for c in counts):
        if not all(c is not None and count_value(c) for c in counts):
            return None  # some items counted, some named: no one sum
        return [Quantity(float(count_value(c) or 0), "amount", c.start(), c.end(), c.group(0), tolerance=1e-9,
                         note="a count in a list") for c in counts if c is not None]
    if any(re.search(r"\d", _masked(text[a:z])) for a, z in items):
        return None  # a list of amounts, not of names
    return [Quantity(1.0, "amount", a, z, text[a:z].strip(), tolerance=1e-9, note="a name counted once") for a, z in items]
