"""Counts of listed names: "关区内有一类口岸6个,分别是A口岸、B口岸、…", "远东地区包括7个联邦主体:A、B…和G", "выросла из трёх
территорий — Хабаровска, Комсомольска и Николаевска", "three areas: the Harbin Area (…), the Heihe Area (…) and the
Suifenhe Area (…)"; and a count told in counts, "8 пунктов пропуска: шесть смешанных, один автомобильный и один
воздушный". The list is all of what was counted, so its names (one each) or its counts add up to the count (a ``sum``
claim: ``total`` the count, ``part1``… each name counted exactly once, or each count). When the counted noun carries a
total ("three areas totalling 119.85 sq km: the Harbin Area (79.86 sq km), …") and every item one amount in its unit,
those amounts add up to it too (a second ``sum``).

Also read: the list in brackets right after the count and its noun, in counts or capitalised names ("5 пунктов пропуска
(4 автомобильных и 1 железнодорожный)", "4 объектам (ЖДПП Наушки, МАПП Хандагайты, …)"; never a gloss of kinds,
"11 subjects (republics, krais and oblasts)", 9个省(区、市)); in Chinese, names joined by 、 then their count and a noun
of places, bodies or documents ("满洲里、绥芬河…和霍尔果斯五个口岸"); an English or Russian list closed by a clause after
its last name ("namely A, B and C, hitting a record").

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
from .zh_numerals import NUMERAL, zh_integer

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
        out.extend(_bracketed(sentences, s, figures[s.index], masked))
        if s.lang == "zh":
            out.extend(_counted_after(sentences, s, figures[s.index], masked))
    return out


# a count, a short noun ("приоритетных пунктов пропуска", "objects"), then an opening bracket
_TO_BRACKET = re.compile(r"[^\S\n]*(?:[^\W\d][\w-]*\.?[^\S\n]+){0,4}?(?:[^\W\d][\w-]*\.?)?[^\S\n]*[(（]")
_ZH_TO_BRACKET = re.compile(r"[个家座项处所类条份种]?[一-鿿]{0,8}[(（]")


def _bracketed(sentences: list[Sentence], s: Sentence, qs: list[Quantity], masked: str) -> list[Claim]:
    """"5 приоритетных пунктов пропуска (4 автомобильных и 1 железнодорожный)", "по 4 объектам (ЖДПП Наушки, МАПП
    Хандагайты, МАПП Ташанта, МАПП Монды)": the brackets right after a count and its noun hold what was counted, told
    in counts or one proper name each (capitalised; in Chinese, three names or more, or the last joined by 和), so
    they add up to the count. A gloss of kinds ("11 subjects (republics, krais and oblasts)", 9个省(区、市)) is no list."""
    out: list[Claim] = []
    zh = s.lang == "zh"
    for m in COUNT.finditer(masked):
        n = count_value(m)
        if n is None or not 2 <= n <= MAX_COUNT or not _bare_count(qs, m):
            continue
        to = (_ZH_TO_BRACKET if zh or m.group(3) else _TO_BRACKET).match(s.text, m.end())
        if to is None or SELECTION.search(s.text, m.end(), to.end() - 1):
            continue
        close = _closing(s.text, to.end() - 1)
        if close is None:
            continue
        lo, hi = to.end(), close
        inner = _masked(s.text[:hi]) + s.text[hi:]  # brackets inside the list ("МАПП Хандагайты (Боршо)") blanked
        body = inner[lo:hi]
        if not body.strip() or OPEN_END.search(body) or SELECTION.search(body) or re.search(r"[:：;；]", body):
            continue
        items = _split(inner, lo, hi)
        if items is None or len(items) < 2:
            continue
        parts = _parts(s.text, items)
        if parts is None or not _counted_or_named(inner, items, parts, zh):
            continue
        total = Quantity(float(n), "amount", m.start(), m.end(), m.group(0), note="a count")
        out.append(Claim("sum", {"total": total, **_numbered(parts)}, s.text, s.start, s.lang,
                         resolve(sentences, s, m.start()), note=NOTE))
    return out


def _closing(text: str, at: int) -> int | None:
    """Where the bracket opened at ``at`` closes (brackets inside it kept whole), or None in this sentence."""
    depth = 0
    for i in range(at, len(text)):
        if text[i] in "(（":
            depth += 1
        elif text[i] in ")）":
            depth -= 1
            if depth == 0:
                return i
    return None


def _split(masked: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The items between ``lo`` and ``hi`` at every item break, or None when one is empty."""
    items, at = [], lo
    for b in [*ITEM_BREAK.finditer(masked, lo, hi), None]:
        a, z = at, b.start() if b else hi
        if z <= a:
            return None
        items.append((a, z))
        at = b.end() if b else hi
    return items


def _counted_or_named(masked: str, items: list[tuple[int, int]], parts: list[Quantity], zh: bool) -> bool:
    """Items told in counts, each with its word ("4 автомобильных"), or short proper names."""
    if any(p.note == "a count in a list" for p in parts):
        return all(re.search(r"[^\W\d_]", masked[p.end : z]) for p, (_a, z) in zip(parts, items, strict=True))
    if zh:
        joined = bool(LAST_JOIN.search(masked, items[-2][1], items[-1][0]))
        return (len(items) >= 3 or joined) and all(
            len(masked[a:z].strip()) >= 2 and len(masked[a:z]) <= _ZH_ITEM and not _ZH_NOT_NAME.search(masked, a, z)
            for a, z in items)
    return all(_proper(masked[a:z]) for a, z in items)


def _proper(item: str) -> bool:
    """A short name: a few words, one of them capitalised ("МАПП Монды", "Gashuunsukhait")."""
    words = item.split()
    return 0 < len(words) <= _ITEM_WORDS and any(w[:1].isupper() for w in words)


# a Chinese count with its measure word right after a list of names: "满洲里、绥芬河和二连浩特三个口岸", "中、俄两国";
# the counted noun (a few words after the measure word, no join between) names places, bodies or documents
_ZH_COUNT_AFTER = re.compile(rf"(?<![0-9.第])(\d{{1,2}}|{NUMERAL})(?=[个家座项处所类条份国省])")
_ZH_LAST_JOIN = re.compile(r"以及|和|及|与")
_ZH_CLAUSE_START = re.compile(r".*[,，;；:：。!?！？]", re.DOTALL)
_ZH_COUNTED_WORD = re.compile(rf"(?:\d|{NUMERAL})[个家座项处所类条份种国省市区大]")  # "东北三省": a count, no name
_ZH_CATEGORY = r"(?:口岸|港口|港|城市|省|国|国家|地区|车站|站|机场|企业|公司|文件|协议|通道|片区|园区|县|市|线路|航线|银行|大学)"
_ZH_NOUN = re.compile(rf"[国省]|[个家座项处所类条份][^、和及与等,，。;；]{{0,9}}?{_ZH_CATEGORY}")


def _counted_after(sentences: list[Sentence], s: Sentence, qs: list[Quantity], masked: str) -> list[Claim]:
    """"途径满洲里、绥芬河、二连浩特、阿拉山口和霍尔果斯五个口岸": in Chinese a count with its measure word right after
    names joined by 、 counts them (an apposition), so they are as many as the count. Read only when the count follows
    the last name directly, within its clause, and its noun names places, bodies or documents (口岸, 国, 文件: never
    五项原则 or 四个现代化); the names are joined by 、 (a 和/及 only before the last, short name: 和 is inside many
    words); no name holds a figure, a count of its own (东北三省) or a clause word (的, 各, 在), and the clause says no
    selection (包括, 其中, 等, 主要)."""
    out: list[Claim] = []
    for m in _ZH_COUNT_AFTER.finditer(masked):
        value = int(m.group(1)) if m.group(1).isdigit() else zh_integer(m.group(1))
        if value != int(value) or not 2 <= value <= MAX_COUNT or not _ZH_NOUN.match(masked, m.end()):
            continue
        if any(q.start <= m.start() < q.end and (q.scaled or q.currency or q.kind != "amount") for q in qs):
            continue
        head = _ZH_CLAUSE_START.match(masked, 0, m.start())
        lo = head.end() if head else 0
        clause = masked[lo : m.start()]
        cuts = [c.start() for c in re.finditer("、", masked[lo : m.start()])]
        if not cuts or re.search(r"\d", clause) or SELECTION.search(clause) or OPEN_END.search(clause):
            continue
        bounds = [lo + c for c in cuts]
        first = max([lo, *(c.end() for c in _ZH_COUNTED_WORD.finditer(masked, lo, bounds[0]))])
        items = [(first, bounds[0])] + [(b + 1, nb) for b, nb in zip(bounds, [*bounds[1:], m.start()], strict=True)]
        a, z = items[-1]
        join = list(_ZH_LAST_JOIN.finditer(masked, a, z))
        if len(join) > 1:
            continue
        if join:
            if z - join[0].end() > 6:
                continue  # "和" inside a word, not a join before a short last name
            items[-1:] = [(a, join[0].start()), (join[0].end(), z)]
        if any(z <= a or _ZH_COUNTED_WORD.search(masked, a, z) for a, z in items):
            continue
        if any(len(masked[a:z]) > _ZH_ITEM or re.search(r"[的是为了有在将各和及与“”\"「」]", masked[a:z]) for a, z in items[1:]):
            continue
        total = Quantity(float(value), "amount", m.start(), m.end(), m.group(0), note="a count")
        names = [Quantity(1.0, "amount", a, z, s.text[a:z].strip(), tolerance=1e-9, note="a name counted once")
                 for a, z in items]
        out.append(Claim("sum", {"total": total, **_numbered(names)}, s.text, s.start, s.lang,
                         resolve(sentences, s, m.start()), note=NOTE))
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
    if not zh and breaks and not LAST_JOIN.search(breaks[-1].group(0)):
        joined = [i for i, b in enumerate(breaks) if LAST_JOIN.search(b.group(0))]
        if joined and joined[-1] + 1 < len(breaks) and masked[breaks[joined[-1] + 1].end() :][:1].islower():
            hi = breaks[joined[-1] + 1].start()  # "namely A, B and C, hitting a record": a clause after the last name
            breaks = breaks[: joined[-1] + 1]
    if not breaks or (not LAST_JOIN.search(breaks[-1].group(0)) and not (zh and _closed(masked, hi))):
        return None  # the last item is not joined as the last: the list may go on
    items = _split(masked, lo, hi)
    if items is None:
        return None
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
