"""Rankings a text tells in words, in English, Russian and Chinese, checked against the figures it gives:
"На первой строчке ... Австралия ... (до 20,38 млн т). На втором месте расположился Катар ... 19,43 млн т",
"俄罗斯…成中国最大石油进口国,日均…104万桶 … 排第二及第三位则为安哥拉及沙特 … 98.35万桶 … 86.12万桶",
"the largest supplier, Saudi Arabia ... Russia, the second most important supplier ... 7.21 ... 7.02 million
tons", "Russia remains the third-largest supplier after Indonesia and Australia", "опередив Туркмению (2,6)".

A ranking's members are countries (the partners of ``context.PARTNERS`` and ``subject_words.OTHER_COUNTRIES``;
China, whose market is ranked, never). Each place word (``order_words.PLACE``) gives its nearest member a
place; "next" words (``NEXT``) give the members they name the places after the last one said; the members
listed after "after"/"уступая"/"仅次于" are above the place's member, after "ahead of"/"опередив"/"取代"
below it. A member's figure is an amount whose nearest country before it in its sentence is the member
(or "that country"); two members are compared in one unit only when each has exactly one
figure in that unit in the whole text, and the two are of one period as far as it is read (the same
label, or none read for either). The claim is an
``order`` (``higher``, ``lower``) checked by ``ranks.OrderCheck``: a rank is checked only against the
figures the text gives, never against members it does not list.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from .claims import Claim, new_orders
from .comparatives import unit_of
from .context import PARTNERS, resolve
from .increments import is_change_amount
from .numbers import Quantity
from .order_words import ABOVE_LIST, BELOW_LIST, BETWEEN, NEXT, ORDINALS, PLACE, RANKINGS, THAT_COUNTRY, WORLD
from .ranks import NOT_NOW
from .subject_words import COUNTED, OTHER_COUNTRIES
from .text import Sentence

# China's own totals ("China's imports from all sources", "Общий импорт Китая"): never a member's figure
_CHINA = re.compile(r"\bchina|кита[йяюе]|\bкнр\b|中国|全国", re.IGNORECASE)
_UNIT_WORD = re.compile(COUNTED, re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,，;；]")
_RELATIVE = re.compile(r"\s*(?:which|who|whose|котор\w+|чь\w+)\b", re.IGNORECASE)
_OWNER = re.compile(r"\s*(?:'s|’s)\s*(?:the\s+)?|的?", re.IGNORECASE)  # right before the place: Chinese needs no 的
MAX_MEMBER_GAP = 80  # characters from a place word to its member
MAX_PLACE_JUMP = 2  # places apart that are compared as one ranking's (the first place and any member aside)
_NO_OWNER = re.compile(r"(?:排名?|位居|位列|居|跌至|降至|升至)第|第[二三四五六七八九十](?=[,，])")


@dataclass(frozen=True)
class Named:
    """A country a sentence names: where, and its code."""

    start: int
    end: int
    code: str


@lru_cache(maxsize=1)
def _country_res() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for code in dict.fromkeys([*PARTNERS, *OTHER_COUNTRIES]):
        names = PARTNERS.get(code, ()) + OTHER_COUNTRIES.get(code, ())
        pats = [n if not n.isascii() or "\\" in n else rf"\b{n}" for n in names]
        out.append((code, re.compile("|".join(pats), re.IGNORECASE)))
    return out


@lru_cache(maxsize=4096)
def countries(text: str) -> tuple[Named, ...]:
    """The countries a text names, in order; of two overlapping names the longer ("印度尼西亚", not "印度")."""
    found = sorted(
        (Named(m.start(), m.end(), code) for code, pat in _country_res() for m in pat.finditer(text)),
        key=lambda n: (n.start, -(n.end - n.start)),
    )
    out: list[Named] = []
    for n in found:
        if out and n.start < out[-1].end:
            continue
        out.append(n)
    return tuple(out)


def ranking_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], seen: list[Claim]) -> list[Claim]:
    """``order`` claims for the places and the above/below lists the text gives, where the figures are given."""
    places: dict[str, int] = {}
    rankings: dict[str, str | None] = {}  # the ranking each placed member's place is in (None: any)
    conflicts: set[str] = set()
    pairs: list[tuple[str, str, Sentence]] = []  # (above, below, where said)
    last = 0
    before: tuple[Named, ...] = ()  # the countries of the sentence before
    for s in sentences:
        if s.lang not in PLACE:
            continue
        named = countries(s.text)
        marks = place_marks(s)
        listed = _lists(s, named, marks)
        in_lists = {n for _w, _up, ns in listed for n in ns}
        for start, end, ranks, relative, key in marks:
            members = _members(s.text, named, start, end, len(ranks) if not relative else 0, in_lists)
            if relative:
                if not last:
                    pairs.extend(_chain(s, named, before, start, members))
                    continue
                ranks = [last + i + 1 for i in range(len(members))]
            for member, rank in zip(members, ranks, strict=False):
                if places.get(member.code, rank) != rank or not _alike(rankings.get(member.code), key):
                    conflicts.add(member.code)
                places[member.code] = rank
                rankings[member.code] = rankings.get(member.code) or key
                last = max(last, rank)
        for at, up, ns in listed:
            subject = _subject(s.text, named, marks, at, in_lists)
            if subject is None:
                continue
            for n in ns:
                pairs.append((n.code, subject.code, s) if up else (subject.code, n.code, s))
        before = named
    for code in conflicts:
        places.pop(code, None)
    ranked = sorted(places.items(), key=lambda kv: kv[1])
    for i, (a, ra) in enumerate(ranked):  # each place and the next one below it in a ranking alike
        nxt = next((b for b, rb in ranked[i + 1 :] if ra < rb <= ra + MAX_PLACE_JUMP and _alike(rankings[a], rankings[b])),
                   None)  # places far apart ("лидирующую позицию ... восьмое место по объёму запасов"): another ranking
        if nxt is not None:
            pairs.append((a, nxt, sentences[0]))
    figs = _figures(sentences, figures)
    leaders = [code for code, rank in places.items() if rank == 1]
    if len(leaders) == 1:  # the first place is above every member the text gives a figure for
        pairs.extend((leaders[0], code, sentences[0]) for code in figs if code not in places)
    return new_orders(seen, (_compare(sentences, figs, hi, lo, places) for hi, lo, _s in pairs))


def _chain(s: Sentence, named: tuple[Named, ...], before: tuple[Named, ...], start: int,
           members: list[Named]) -> list[tuple[str, str, Sentence]]:
    """"Франция импортировала ... на 27,9 млн долларов. Далее идут Новая Зеландия (8,8 млн) и США (9,966 млн)": with
    no place said before, "next come" ranks the members it lists after the one country named before it (in its
    sentence, else in the sentence before, when that names only it), each below the one before."""
    if not members or members[0].start < start:  # the members it lists come after it
        return []
    own = {n.code for n in named if n.end <= start}
    prior = own or {n.code for n in before}
    if len(prior) != 1:
        return []
    chain = [prior.pop(), *dict.fromkeys(m.code for m in members)]
    return [(a, b, s) for a, b in itertools.pairwise(chain) if a != b]


def _alike(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b




def _rank(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower()
    if w.isdigit():
        return int(w)
    return next((v for k, v in ORDINALS.items() if w.startswith(k)), None)


def place_marks(s: Sentence) -> list[Mark]:
    """(start, end, the places, relative?, the ranking) of each place word of the sentence, in order."""
    out: list[Mark] = []
    world, past = WORLD.get(s.lang), NOT_NOW.get(s.lang)
    for m in PLACE[s.lang].finditer(s.text):
        if world is not None and world.search(s.text[max(0, m.start() - 30) : m.start()]):
            continue  # "the world's largest exporter", "one of the largest": not the text's ranking
        if past is not None and past.search(s.text[max(0, m.start() - 20) : m.start() + 1]):
            continue  # "its former top trading partner": a past place
        g = m.groupdict()
        if g.get("lead") or g.get("lead2"):
            ranks = [1]
        elif g.get("group") or g.get("group2"):
            ranks = [r for r in (_rank(g.get("group") or g.get("group2")),) if r]
        else:
            first = _rank(g.get("ord") or g.get("num") or g.get("ord3") or g.get("ord4"))
            ranks = [r for r in (first, _rank(g.get("ord2"))) if r]
        if ranks:
            key = next((k for k, pat in RANKINGS if pat.search(m.group(0))), None)
            out.append((m.start(), m.end(), ranks, False, key))
    nxt = NEXT.get(s.lang)
    if nxt is not None:
        out.extend((m.start(), m.end(), [], True, None) for m in nxt.finditer(s.text))
    return sorted(out, key=lambda mk: mk[0])


Mark = tuple[int, int, list[int], bool, str | None]  # (start, end, the places, relative?, the ranking) of a place word


def _lists(s: Sentence, named: tuple[Named, ...], marks: list[Mark]) -> list[tuple[int, bool, list[Named]]]:
    """(where, above?, the members) of each "after ..." / "ahead of ..." list in a sentence that gives a place."""
    if not marks:
        return []
    out: list[tuple[int, bool, list[Named]]] = []
    for pat, up in ((ABOVE_LIST.get(s.lang), True), (BELOW_LIST.get(s.lang), False)):
        if pat is None:
            continue
        for m in pat.finditer(s.text):
            stop = min((mk[0] for mk in marks if mk[0] > m.end()), default=len(s.text))
            ns = [n for n in named if m.end() <= n.start < stop]
            if ns and not re.search(r"[;；。]", s.text[m.end() : ns[0].start]):
                out.append((m.start(), up, ns))
    return out


def _members(text: str, named: tuple[Named, ...], start: int, end: int, count: int, skip: set[Named]) -> list[Named]:
    """The members a place word speaks of: the nearest country (``count`` 1), the ``count`` countries named
    after it (two places listed), or every country after it in its sentence (``count`` 0: "Далее следуют")."""
    free = [n for n in named if n not in skip]
    after = [n for n in free if n.start >= end]
    if count == 0:
        return after or [n for n in free if n.end <= start][-1:]
    if count > 1:
        return after[:count] if len(after) >= count else []
    # "Russia's second largest partner", "俄罗斯第二大贸易伙伴": the ranking's owner, not its member
    # "韩国位居第二", "日本第三，": a place said with its verb, or of no ranked noun, has no owner before it
    ownerless = _NO_OWNER.match(text[start : end + 1]) is not None
    free = [n for n in free if n.start >= end or ownerless or not _OWNER.fullmatch(text[n.end : start])]
    near = sorted(free, key=lambda n: n.start - end if n.start >= end else start - n.end)
    if not near:
        return []
    gap = near[0].start - end if near[0].start >= end else start - near[0].end
    span = text[min(start, near[0].start) : max(end, near[0].end)]
    return [near[0]] if gap <= MAX_MEMBER_GAP and not re.search(r"[;；。]", span) else []


def _subject(text: str, named: tuple[Named, ...], marks: list[Mark], at: int,
             skip: set[Named]) -> Named | None:
    """The member a list is said against: that of the place word nearest before it (else after it)."""
    fixed = [m for m in marks if not m[3]]
    if not fixed:
        return None
    before = [m for m in fixed if m[0] < at]
    st, en = (before[-1] if before else fixed[0])[:2]
    members = _members(text, named, st, en, 1, skip)
    return members[0] if members else None


def _figures(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> dict[str, list[tuple[Sentence, Quantity]]]:
    """Each member's amounts: a figure in brackets is the country's right before them ("Малайзия (7,21 млн т)");
    else the one country named (not aside) since the figure before it in a unit, or that figure's member when
    none is ("Saudi Arabia totaled 7.21 million tons, or 1.7 million barrels"); several countries there, and
    the figure is nobody's ("Malaysia, the hub for Iranian oil, reached 7.09")."""
    out: dict[str, list[tuple[Sentence, Quantity]]] = defaultdict(list)
    previous: str | None = None
    sole = False  # the sentence before names one country only
    unit_before: str | None = None  # the unit of the last figure of the sentences before
    for s in sentences:
        named = countries(s.text)
        start, owner = 0, None  # since the figure before, and its member
        listed: str | None = None  # the unit of the last bracketed figure: "Тайваню (133,46 млн литров), Мьянме (84,79 млн)"
        for q in figures[s.index]:
            start_before = start  # where the words of this figure begin (the figure before's end)
            bracketed = _bracket_owner(s.text, named, q)
            unsaid = listed or (unit_before if not any(unit_of(s.text, x) for x in figures[s.index]) else None)
            if q.kind == "amount" and unit_of(s.text, q) is None and bracketed and unsaid and q.scaled:
                q = q.with_currency(unsaid)  # the unit the list leaves unsaid (its own, or the sentence before's)
            if q.kind != "amount" or unit_of(s.text, q) is None:
                continue
            unit_before = unit_of(s.text, q)
            listed = unit_of(s.text, q) if bracketed else None
            member = bracketed or _owner(s, named, start, q, owner)
            back = THAT_COUNTRY.search(s.text, start, q.start)
            if member is None and previous and (back or (not named and sole and not _CHINA.search(s.text))):
                member = previous  # "из этой страны"; a sentence that names no country goes on the last one's
            start, owner = q.end, member
            if member is not None and not is_change_amount(s.text, q) and not year_before(s.text, start_before, q):
                out[member].append((s, q))
        sole = len({n.code for n in named}) == 1
        previous = named[-1].code if named else (previous if sole else None)
    return out


# the year before, said right before a figure ("чем за аналогичный период прошлого года ($497,5 млн)", "a year earlier"):
# the member's level of another period, never its figure in the ranking
_YEAR_BEFORE = re.compile(r"(?:прошл\w+|предыдущ\w+)\s+год\w*|годом\s+ранее|\b(?:a|one)\s+year\s+(?:earlier|ago|before)|"
                          r"\b(?:last|previous|prior)\s+year|去年|上年", re.IGNORECASE)
_YEAR_GAP = re.compile(r"(?:'s|’s)?[\s(（:：,，—–-]*(?:(?:of|at|was|were|stood\s+at|составил\w*|составлял\w*|было)\s+)?"
                       r"(?:the\s+)?[$€¥]?\s*", re.IGNORECASE)


def year_before(text: str, start: int, q: Quantity) -> bool:
    """Is ``q`` the level the words right before it give to the year before ("прошлого года ($497,5 млн)", "last
    year's 5 mn t", "a year earlier, at 5 mn t"), not the level a rate from a year earlier led to ("rose 15pc from a
    year earlier to 9.4mn t")?"""
    lo = max(start, q.start - 60)
    found = list(_YEAR_BEFORE.finditer(text, lo, q.start))
    return bool(found) and _YEAR_GAP.fullmatch(text, found[-1].end(), q.start) is not None


def _bracket_owner(text: str, named: tuple[Named, ...], q: Quantity) -> str | None:
    m = re.search(r"[(（][^()（）]*$", text[: q.start])
    if m is None:
        return None
    right = [n for n in named if n.end <= m.start() and not re.sub(r"^\w*", "", text[n.end : m.start()]).strip()]
    return right[-1].code if right else None


def _owner(s: Sentence, named: tuple[Named, ...], start: int, q: Quantity, owner: str | None) -> str | None:
    """The one country named (not aside) in the figure's clause, else between ``start`` and the figure, else the
    figure before's member."""
    brk = max((m.end() for m in _CLAUSE_MARK.finditer(s.text, start, q.start)), default=start)
    for lo in (brk, start):
        codes = {n.code for n in named if lo <= n.start and n.end <= q.start and not _aside(s, n, q)}
        if codes:
            break
    if len(codes) > 1:
        return None
    return codes.pop() if codes else owner


def _aside(s: Sentence, n: Named, q: Quantity) -> bool:
    """Is the country at ``n`` said aside, not as the subject of the figure at ``q``: in brackets closed before
    it ("跌至第三(甚至低于安哥拉),…72.2万桶"), or named after a comparing word with a clause break before the
    figure ("超过…沙特阿拉伯,每日…93万桶": the figure is the subject's)?"""
    between = s.text[n.end : q.start]
    opened = s.text.rfind("(", 0, n.start), s.text.rfind("（", 0, n.start)
    closed = s.text.rfind(")", 0, n.start), s.text.rfind("）", 0, n.start)
    if max(opened) > max(closed) and re.search(r"[)）]", between):
        return True
    words = [p for p in (ABOVE_LIST.get(s.lang), BELOW_LIST.get(s.lang), BETWEEN.get(s.lang)) if p is not None]
    head = s.text[max(0, n.start - 40) : n.start]
    compared = any(not re.search(r"[,，;；。]", head[m.end() :]) for p in words for m in p.finditer(head))
    plain = re.sub(r"[(（][^()（）]*[)）]", "", between)
    brk = re.search(r"[,，;；]", plain)
    # "overtaking imports from Saudi Arabia, which came in second ... 31.28": a relative clause is the country's own
    return compared and brk is not None and not _RELATIVE.match(plain, brk.end())


def _compare(sentences: list[Sentence], figs: dict[str, list[tuple[Sentence, Quantity]]], hi: str, lo: str,
             places: dict[str, int]) -> Claim | None:
    """The ``order`` claim of two members in the first unit and period both have exactly one figure in."""
    if hi == lo:
        return None
    for unit in dict.fromkeys(unit_of(s.text, q) for s, q in figs.get(hi, [])):
        a = [(s, q) for s, q in figs.get(hi, []) if unit_of(s.text, q) == unit]
        b = [(s, q) for s, q in figs.get(lo, []) if unit_of(s.text, q) == unit]
        one = _one_per_period(sentences, a, b)
        if one is None:
            continue  # each member's one figure in the unit, or its one figure of a period the other has one of too
        (sa, qa), (sb, qb) = one
        ca, cb = resolve(sentences, sa, qa.start), resolve(sentences, sb, qb.start)
        if _product(ca.subject) and _product(cb.subject) and ca.subject != cb.subject:
            continue  # one member's crude oil against another's coal
        if "total" in {ca.flow, cb.flow} and None not in {ca.flow, cb.flow} and ca.flow != cb.flow:
            continue  # one member's total trade against another's exports (exports against imports is one flow seen
            # from its two ends: "imports from Russia", "Saudi exports to China")
        first = sa if sa.index <= sb.index else sb
        roles = {"higher": _at(qa, sa, first), "lower": _at(qb, sb, first)}
        where = f"place {places[hi]} and place {places[lo]}" if hi in places and lo in places else "the order the text gives"
        note = f"{where} ({hi} above {lo}), against the figures the text gives"
        return Claim("order", roles, first.text, first.start, first.lang, ca, note=note)
    return None


def _one_per_period(sentences: list[Sentence], a: list[tuple[Sentence, Quantity]], b: list[tuple[Sentence, Quantity]]
                    ) -> tuple[tuple[Sentence, Quantity], tuple[Sentence, Quantity]] | None:
    """The two members' figures to compare: each one's only figure in the unit, of one period; else, when a member
    has figures of several periods ("$251 млн ... ($497,5 млн)" a year before), the one period read (not none) of
    which each has exactly one ("Россия ... 329,4 тыс. ... Корея ... 33 тыс." beside Russia's half-year figures)."""
    def label(x: tuple[Sentence, Quantity]) -> str:
        return resolve(sentences, x[0], x[1].start).period_label

    if len(a) == 1 and len(b) == 1:
        return (a[0], b[0]) if label(a[0]) == label(b[0]) else None
    la, lb = [label(x) for x in a], [label(x) for x in b]
    shared = [p for p in dict.fromkeys(la) if p != "?" and la.count(p) == 1 and lb.count(p) == 1]
    if len(shared) != 1:
        return None
    return a[la.index(shared[0])], b[lb.index(shared[0])]


def _product(subject: tuple[str, str] | None) -> bool:
    """A subject that names a good (crude oil, coal), not the unit it is counted in (tonnes, 吨)."""
    return subject is not None and not _UNIT_WORD.fullmatch(subject[1])


def _at(q: Quantity, s: Sentence, first: Sentence) -> Quantity:
    return q if s is first else replace(q, extra={**q.extra, "sentence_start": s.start})
