"""Ranked lists told figure by figure, whoever their members are (countries, brands, regions, goods): "Chery
emerged as the leading brand, with 1,256 cars sold ... Haval claimed the second spot with 934 units, and Geely
took third with 706 units", "South Korea (47.3%) followed by Japan (31.4%) and China (13.4%)", "Второй идет
Республика Корея – 2,1 тысячи тонн, затем Дания – около 791 тонны", "来自中国的游客人数最多——约37万人 …
朝鲜公民人数排名第三,共计1.43万人".

Each place word (``order_words.PLACE``, read by ``rankings.place_marks``) takes the figure said with it: the
first figure after it before the next place word, in its sentence, else the last one before it in its clause,
else (a sentence that names the place and gives no figure: "排名第二的是韩国。") the first figure of the next
sentence. A "next" word (``NEXT``: "followed by", "其次是"; ``THEN``: "затем", only once a place is said) takes
the figure right before it as the place before, and the figures listed after it as the places after, in
order. A place said again as the first or a higher one starts another ranking.

Two places next to each other in one ranking are compared when their figures are of one measure: amounts in
one unit (the later may leave the unit unsaid, in the same scale), or percents neither of which is a rate of
change; none a change ("up by 2 bn") nor another period's level ("a year earlier"), of one period and flow
as far as they are read. The claim is an ``order`` checked by ``ranks.OrderCheck``; a rank among members whose
figures the text does not give is never read.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from .claims import Claim, new_orders
from .clause_words import SUMMED_WORDS
from .comparatives import unit_of
from .context import clause_bounds, flow_at, resolve
from .increments import is_change_amount, is_compared_base
from .numbers import Quantity
from .order_words import ABOVE_LIST, BELOW_LIST, BETWEEN, LOWEST, THEN
from .rankings import MAX_PLACE_JUMP, Mark, countries, place_marks, year_before
from .text import Sentence

MAX_GAP = 90  # characters from a place word to its figure
_STOP = re.compile(r"[;；。]")
# a total said in the sentence after a place ("Всего ... посетили более 232 тыс. иностранцев"): no member's figure
_TOTAL = re.compile(rf"{SUMMED_WORDS}|(?<!\w)(?:всего|общ\w+)(?!\w)|\b(?:total|overall)\b|[共总]计|总[量额数]", re.IGNORECASE)
# a figure said as a list item right after its name: "Мексика – 159", "Южную Корею (17,9% от общего объема)"
_ITEM_BEFORE = re.compile(r"\s*(?:[(（]|[–—]|\s-)\s*(?:около|более|свыше|почти|about|nearly|over|约|近)?\s*[$]?\s*$",
                          re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][\w-]*(?:\s*[–—-]\s*[A-ZА-ЯЁ][\w-]*)?\s*$")
_CLAUSE_OPEN = re.compile(r"\s*(?:the\s+|while\s+|and\s+|а\s+|и\s+)?", re.IGNORECASE)  # before a place opening its clause
_NAME_AFTER = re.compile(r"\s*(?:the\s+)?[A-Z]")  # a member named right after "followed by"
_BREAK = re.compile(r"[,，—–]|\s-\s")
# the words that name another member between a place and a figure ("after", "опередив", "仅次于", "higher than")
_OTHERS = {lang: re.compile("|".join(p[lang].pattern for p in (ABOVE_LIST, BELOW_LIST, BETWEEN)), re.IGNORECASE)
           for lang in ("en", "ru", "zh")}


@dataclass(frozen=True)
class Placed:
    """A figure given a place of a ranking: the place (1 the first), the ranking's noun key, where."""

    place: int
    key: str | None
    sentence: Sentence
    figure: Quantity
    worded: bool = True  # the place is said in words (not the figure before "followed by")


def ordered_list_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], seen: list[Claim],
                        claims: list[Claim]) -> list[Claim]:
    """``order`` claims for each two places next to each other in a ranking the text tells with figures."""
    rates = {int(q.extra.get("sentence_start", c.sentence_start)) + q.start
             for c in claims if c.kind in ("change_pct", "change_pp") for q in c.roles.values()}
    chain: list[Placed] = []
    chains: list[list[Placed]] = []
    quiet = 0  # sentences since the last place
    for s in sentences:
        usable = [q for q in figures[s.index] if _usable(s, q, rates)]
        marks = place_marks(s)
        marks = sorted(marks + _then_marks(s, chain, marks), key=lambda mk: mk[0])
        if marks and s.lang in LOWEST and LOWEST[s.lang].search(s.text):
            marks = []  # a ranking from the bottom: its places ascend, a reading this walker does not make
        if not marks:
            # the sentence that gives the figure of a place named before it ("занял вторую строчку … В период … 67,1
            # тысяч") is that place's, not a quiet one
            quiet += not any(p.sentence is s for p in chain)
            if quiet > 1 and chain:
                chains.append(chain)
                chain = []
            continue
        quiet = 0
        for i, mk in enumerate(marks):
            stop = marks[i + 1][0] if i + 1 < len(marks) else len(s.text)
            prev_end = marks[i - 1][1] if i else 0
            for p in _placed(sentences, s, mk, usable, (prev_end, stop), chain, figures, rates):
                if len(marks) == 1 and _leader_after(chain, p):  # the leader's sentence names no other place
                    chain.insert(0, p)  # "занял вторую строчку … Лидирующая позиция – у Москвы …": told after its second
                    continue
                if chain and p.place <= chain[-1].place:
                    chains.append(chain)
                    chain = []
                if not chain or p.figure is not chain[-1].figure:
                    chain.append(p)
    if chain:
        chains.append(chain)
    pairs = [pair for ch in chains for pair in itertools.pairwise(ch)]
    pairs += [(p, x) for ch in chains for p in ch if p.place == 1 and p.worded
              for x in _listed(sentences, figures, rates, p) if all(x.figure is not q.figure for q in ch)]
    return new_orders(seen, (_compare(sentences, a, b) for a, b in pairs))


def _leader_after(chain: list[Placed], p: Placed) -> bool:
    """Is ``p`` the first place, said in words after the places below it of one ranking ("Приморский край занял
    вторую строчку … Лидирующая позиция рейтинга – у Москвы"), no first place said yet?"""
    return (p.place == 1 and p.worded and bool(chain) and all(x.place > 1 and x.worded for x in chain)
            and all(x.key in (None, p.key) or p.key is None for x in chain)
            and all(x.figure is not p.figure for x in chain))


def _then_marks(s: Sentence, chain: list[Placed], marks: list[Mark]) -> list[Mark]:
    """"затем", "然后是": a next place only once a ranking has begun (a place said before it)."""
    pat = THEN.get(s.lang)
    if pat is None:
        return []
    return [(m.start(), m.end(), [], True, None) for m in pat.finditer(s.text)
            if chain or any(not mk[3] and mk[1] <= m.start() for mk in marks)]


def _placed(sentences: list[Sentence], s: Sentence, mk: Mark, usable: list[Quantity], bounds: tuple[int, int],
            chain: list[Placed], figures: dict[int, list[Quantity]], rates: set[int]) -> list[Placed]:
    """The figures a place word gives places to (see the module's doc)."""
    start, end, ranks, relative, key = mk
    prev_end, stop = bounds
    if relative:
        if s.lang == "en" and not _NAME_AFTER.match(s.text, end):
            return []  # "followed by a decline to 90 bn": a time, not a place
        before = [q for q in usable if prev_end <= q.start and q.end <= start and not _STOP.search(s.text, q.end, start)]
        after = _list_items(s, end, [q for q in usable if end <= q.start < stop])
        if not after:
            return []
        out: list[Placed] = []
        last = chain[-1].place if chain else 0
        if before and not (chain and chain[-1].figure is before[-1]):
            last = last or 1
            out.append(Placed(last, key, s, before[-1], worded=False))
        elif not chain:
            return []
        return out + [Placed(last + i + 1, key, s, q) for i, q in enumerate(after)]
    if len(ranks) != 1:
        return []
    after = [q for q in usable if end <= q.start < stop and q.start - end <= MAX_GAP and not _STOP.search(s.text, end, q.start)]
    if after and _OTHERS[s.lang].search(s.text, end, after[0].start):
        return []  # "the second largest partner after Korea ($3 bn)": the figure is another member's
    if after:
        own = Placed(ranks[0], key, s, after[0])
        lead = _leader(sentences, s, start, prev_end, usable, figures, rates) if ranks[0] == 2 and not (
            chain and chain[-1].place == 1) else None
        return [Placed(1, key, lead[0], lead[1]), own] if lead else [own]
    cs, _ce = clause_bounds(s.text, start)
    before = [q for q in usable if max(prev_end, cs) <= q.start and q.end <= start and start - q.end <= MAX_GAP]
    if before:
        return [Placed(ranks[0], key, s, before[-1])]
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    # (a year is no figure: "занял вторую строчку … по итогам первого полугодия 2017 года")
    if nxt is not None and not [q for q in figures[s.index] if q.kind != "year"] and not place_marks(nxt):
        first = [q for q in figures[nxt.index] if q.kind in ("amount", "percent")]
        if first and _usable(nxt, first[0], rates) and not _TOTAL.search(nxt.text, 0, first[0].start):
            return [Placed(ranks[0], key, nxt, first[0])]
    return []


def _listed(sentences: list[Sentence], figures: dict[int, list[Quantity]], rates: set[int], lead: Placed) -> list[Placed]:
    """The members listed with their figures around a first place (its sentence, the one before and the one after),
    each below it: "Лидером стала Япония ... 29,5%" after "в Южную Корею (17,9%), на Тайвань (15,4%)", "Забайкальск
    (358 автомобилей в сутки) – крупнейший ... Пограничный (186), Кани-Курган (170)". A listed figure is one of two
    or more in its sentence said right after a name: in brackets or after a dash ("Мексика – 159"); a name is a
    capitalised word (a country in Chinese); never a total."""
    out: list[Placed] = []
    for t in sentences[max(0, lead.sentence.index - 1) : lead.sentence.index + 2]:
        items = [q for q in figures[t.index] if q is not lead.figure and _usable(t, q, rates) and _named_item(t, q)
                 and not (t is lead.sentence and _STOP.search(t.text, *sorted((q.start, lead.figure.start))))]
        if len(items) + (lead.sentence is t and _named_item(t, lead.figure)) < 2:
            continue
        out.extend(Placed(2, lead.key, t, q) for q in items if not _TOTAL.search(t.text, max(0, q.start - 40), q.start))
    return out


def _named_item(s: Sentence, q: Quantity) -> bool:
    m = _ITEM_BEFORE.search(s.text, max(0, q.start - 40), q.start)
    if m is None:
        return False
    name = s.text[: m.start()]
    if s.lang == "zh":
        return any(n.end == len(name.rstrip()) for n in countries(name))
    return _CAPITALISED.search(name) is not None


def _list_items(s: Sentence, end: int, qs: list[Quantity]) -> list[Quantity]:
    """The figures a "next" word lists, each after a name of its own ("followed by Geely with 341,100 units, and Haval
    with 296,000"), up to a clause stop: never the second end of a range ("from US$27 billion to US$34 billion")."""
    out: list[Quantity] = []
    at = end
    for q in qs:
        gap = s.text[at : q.start]
        if _STOP.search(gap) or not _names(s, gap):
            break
        out.append(q)
        at = q.end
    return out


def _names(s: Sentence, gap: str) -> bool:
    if s.lang == "zh":
        return bool(countries(gap)) or len(re.findall(r"[\u4e00-\u9fff]", re.sub(r"至|到|和|及|、", "", gap))) >= 2
    return re.search(r"(?<![\w-])[A-ZА-ЯЁ]", gap) is not None


def _leader(sentences: list[Sentence], s: Sentence, start: int, prev_end: int, usable: list[Quantity],
            figures: dict[int, list[Quantity]], rates: set[int]) -> tuple[Sentence, Quantity] | None:
    """The first place a second place implies, said just before it with its figure and no place word: "North
    Korea ... accounted $548 million, the second largest trader is Japan - $536 mln", "Въездной турпоток из Китая
    составил 329,4 тыс. человек. Второе место заняла Республика Корея ... 33 тыс.": the last figure before the
    second place in its sentence, past a clause break, else the one figure of the sentence before."""
    before = [q for q in usable if prev_end <= q.start and q.end <= start]
    if before:
        gap = s.text[before[-1].end : start]
        brk = list(_BREAK.finditer(gap))
        opens = bool(brk) and _CLAUSE_OPEN.fullmatch(gap[brk[-1].end() :]) is not None
        return (s, before[-1]) if opens and not _STOP.search(gap) else None  # the second place opens its clause
    if s.index == 0 or place_marks(sentences[s.index - 1]):
        return None
    prev = sentences[s.index - 1]
    own = [q for q in figures[prev.index] if _usable(prev, q, rates)]
    return (prev, own[0]) if len(own) == 1 else None


def _usable(s: Sentence, q: Quantity, rates: set[int]) -> bool:
    """A level a member may be ranked by: an amount with a unit or a scale, or a percent that is no rate of
    change; never a change, another period's level, nor the base a figure is compared with."""
    if q.kind == "percent":
        return s.start + q.start not in rates and not is_change_amount(s.text, q)
    if q.kind != "amount" or not (q.scaled or unit_of(s.text, q) or re.search(r"\d{3}", q.text)):
        return False
    return not (is_change_amount(s.text, q) or is_compared_base(s.text, q) or year_before(s.text, 0, q))


def _measure(a: Placed, b: Placed) -> bool:
    """Are the two figures of one measure: both percents, or amounts in one unit (the later one's unsaid, in the
    earlier one's scale)?"""
    qa, qb = a.figure, b.figure
    if qa.kind != qb.kind:
        return False
    if qa.kind == "percent":
        return True
    ua, ub = unit_of(a.sentence.text, qa), unit_of(b.sentence.text, qb)
    if ua is not None and ub is not None:
        return ua == ub
    return qa.scale == qb.scale  # one unit unsaid: the list leaves it to the other


def _compare(sentences: list[Sentence], a: Placed, b: Placed) -> Claim | None:
    if b.place - a.place > MAX_PLACE_JUMP:
        return None  # "лидирующую позицию ... восьмое место ... по объёму запасов": places far apart, another ranking
    if not _measure(a, b) or (a.key and b.key and a.key != b.key):
        return None
    ca, cb = resolve(sentences, a.sentence, a.figure.start), resolve(sentences, b.sentence, b.figure.start)
    if ca.period_label != cb.period_label:
        return None
    fa, fb = flow_at(a.sentence.text, a.figure.start), flow_at(b.sentence.text, b.figure.start)
    if fa is not None and fb is not None and fa != fb:
        return None  # one member's exports against another's imports
    first = a.sentence if a.sentence.index <= b.sentence.index else b.sentence
    roles = {"higher": _at(a.figure, a.sentence, first), "lower": _at(b.figure, b.sentence, first)}
    note = f"place {a.place} and place {b.place} of the ranking the text tells, against the figures it gives"
    return Claim("order", roles, first.text, first.start, first.lang, ca, note=note)


def _at(q: Quantity, s: Sentence, first: Sentence) -> Quantity:
    return q if s is first else replace(q, extra={**q.extra, "sentence_start": s.start})


