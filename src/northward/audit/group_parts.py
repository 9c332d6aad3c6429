"""Members within the whole of their group: a total through "the border crossings" (the ports, the
checkpoints) or a territory's total trade, then, in the sentences after it, the figures of crossings,
ports or partner countries named one by one; or a place's total, then two or more goods with their
amounts in the sentence right after it (``_products``).

"Over 8 million tons of freight went through the border crossings … Grodekovo – Suifenhe – 4.8 million
tonnes … (Nizhneleninskoye — Tongjiang) exceeded 1.6 million tonnes"; "It chalked up US$5.95 billion of
imports and exports … Trade with Mongolia and Russia rose … to US$580 million and US$2.29 billion
respectively": each member is one of those the total covers, so their figures, in its unit, add up to no
more than it (a ``parts`` claim; the list need not be complete).

Read only when the total's own clause names the group: crossings or ports in the plural
(``PLACE_GROUPS``) and no port by name, or total trade with no partner in its sentence. Every member is
named after the total's sentence (within ``AFTER`` sentences) with one figure right after its name (a
"respectively" list pairs its partners and amounts in order), of the total's flow (or none) and a period
not known to differ; a place bigger than the total is no place of its group, and a partner's clause names
no territory of its own (the total's carries over). A place named alone on one side
of the border and another on the other side may be one crossing told twice: single names must all be of
one kind (all Chinese ports, or all Russian crossings); a pair ("Grodekovo – Suifenhe") is one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from .claims import Claim
from .clause_words import RESPECTIVELY
from .context import clause_bounds, facts, flow_at, resolve
from .increments import is_change_amount
from .members import counted
from .numbers import Quantity
from .own_goods import covers, goods_stems, own_goods
from .restated import IN_ALL
from .subject_words import PLACE_GROUPS, goods_named, mentions
from .sums import part_flow
from .text import Sentence
from .wholes import periods_differ

AFTER = 3  # sentences after the total's in which its members' figures are read
GOODS_AFTER = 5  # the same for the partner a product went to (the text may say how it grew first)
_PLACE_KINDS = ("city or port", "region or crossing of the partner")
# between the two names of one crossing: "Grodekovo (RF) – Suifenhe (PRC)", "Zabaikalsk – Manzhouli"
_PAIR_GLUE = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?[-–—]\s*", re.IGNORECASE)
# what may stand between a member's name and its figure: words, brackets, dashes, a rate; no clause break
_TO_FIGURE = re.compile(r"[^;；。]{0,90}")
_GROUPS = re.compile(PLACE_GROUPS, re.IGNORECASE)
_ALL_TRADE = re.compile(
    r"\btrade\b|imports\s+and\s+exports|exports\s+and\s+imports|товарооборот\w*|внешнеторгов\w+\s+оборот\w*|进出口|贸易总额",
    re.IGNORECASE,
)
# a partner named as the other side of the trade ("trade with Russia", "and Mongolia", "с Россией", "对俄"),
# not as a trader of its own ("Russia's foreign trade")
_COUNTERPART = re.compile(r"(?:\b(?:with|to|from|and)\s+(?:the\s+)?|(?:\bс|\bсо|\bв|\bво|\bиз|\bи)\s+|[对与同和自])$",
                          re.IGNORECASE)

# a member found in a sentence: (its key, the kinds of its names, its figure)
Member = tuple[str, frozenset[str], Quantity]
Finder = Callable[[Sentence, list[Quantity], Quantity], list[Member]]


def group_parts_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        for q in figures[s.index]:
            if not counted(q) or is_change_amount(s.text, q):
                continue
            finder = _finder(s, q, figures[s.index])
            goods_total = isinstance(finder, partial)
            after = 1 if finder is _products else GOODS_AFTER if goods_total else AFTER
            parts = None if finder is None else _members_after(sentences, figures, s, q, finder, after)
            if not parts and finder is _places and IN_ALL.match(s.text):
                # "Всего ... через пограничные переходы ДВЖД перевезено 6,85 млн тонн": the total after its members
                parts = _members_after(sentences, figures, s, q, finder, AFTER, before=True)
            if finder is _products and (parts is None or len(parts) < MIN_PRODUCTS):
                continue
            if not parts:
                continue
            roles: dict[str, Quantity] = {"total": q}
            for i, (t, x) in enumerate(parts, 1):
                roles[f"part{i}"] = replace(x, extra={**x.extra, "sentence_start": t.start})
            carried = any(x.extra.get(CARRIED) for _t, x in parts)
            out.append(Claim("parts", roles, s.text, s.start, s.lang, resolve(sentences, s, q.start),
                             note=CARRIED_NOTE if carried else "the members named after a total of their group are parts of it"))
    return out


def _finder(s: Sentence, q: Quantity, qs: list[Quantity]) -> Finder | None:
    """How the members of the total ``q`` are named: places, partners, or None (no group named)."""
    cs, ce = clause_bounds(s.text, q.start)
    if _GROUPS.search(s.text, cs, ce):
        if any(cs <= a < ce and k == "city or port" for a, _b, k in mentions(s.text)):
            return None  # "through the ports of Dalian and Yingkou": the named list is members.py's
        return _places
    if (_ALL_TRADE.search(s.text, cs, ce) and not facts(s.text).partners and q.currency not in (None, "t")
            and flow_at(s.text, q.start) in (None, "total") and not any(k != "zone" for _a, _b, k in mentions(s.text))):
        return _partners
    places = [k for a, _b, k in mentions(s.text) if cs <= a < ce and k in _PLACE_KINDS]
    if places and not goods_named(s.text, cs, ce):
        return _products
    goods = own_goods(s.text, q, qs) or _weighed_goods(s.text, q)
    if goods and not facts(s.text[cs:ce]).partners and not facts(s.text[cs:ce]).territories:
        return partial(_partner_of_goods, goods)
    return None


# "34 партии живых моллюсков (гребешка, анадары) общим весом 404 тонны": the weight of the lots of goods named before
_WEIGHT_OF = re.compile(r"(?:общ\w+\s+)?(?:вес|объ[её]м)ом\s*(?:более|около|свыше|почти|порядка)?\s*$", re.IGNORECASE)


def _weighed_goods(text: str, q: Quantity) -> frozenset[str]:
    """The goods of an amount said as the weight of lots counted before it, in its sentence."""
    return goods_stems(text, 0, q.start) if _WEIGHT_OF.search(text, max(0, q.start - 30), q.start) else frozenset()


def _partner_of_goods(goods: frozenset[str], t: Sentence, qs: list[Quantity], total: Quantity) -> list[Member]:
    """"Вывоз лесоматериалов ... составил 204,6 тыс. кубометров ... в Китай оформлено 201,4 тыс. кубометров деловой
    древесины и лесоматериалов": after a product's total that names no partner, a sentence that names the total's
    product, with one partner (to or from it) and one amount in the total's unit, is that partner's part of it;
    or, in a sentence of several, each clause that names one partner and one such amount ("Во Вьетнам ... 397,7
    тыс. кубометров лесоматериалов, в Камбоджу - 112,2 тыс.")."""
    whole = _one_partner_amount(t.text, qs, total, 0, len(t.text))
    if whole is not None:
        return [_marked(whole, goods, t.text, qs)] if _of_goods(goods, t.text, whole[2], qs, total) else []
    out: list[Member] = []
    done: set[int] = set()
    for pos, _code in sorted(facts(t.text).partners + facts(t.text).territories):
        cs, ce = clause_bounds(t.text, pos)
        if cs not in done:
            done.add(cs)
            found = _one_partner_amount(t.text, qs, total, cs, ce)
            if found is not None and _of_goods(goods, t.text, found[2], qs, total):
                out.append(_marked(found, goods, t.text, qs))
    return out or _bracketed_partners(goods, t, qs, total)


# a partner's part whose product the reader carried over from its total (its own words name none, or only goods an
# umbrella product covers): a reading, so its claim lends its whole to no share said beside the part
CARRIED = "goods_carried"
CARRIED_NOTE = "the partners named after a product's total are parts of it (the product carried over)"


def _marked(member: Member, goods: frozenset[str], text: str, qs: list[Quantity]) -> Member:
    key, kinds, x = member
    if goods & own_goods(text, x, qs):
        return member
    return key, kinds, replace(x, extra={**x.extra, CARRIED: True})


def _of_goods(goods: frozenset[str], text: str, x: Quantity, qs: list[Quantity], total: Quantity) -> bool:
    """Is the partner's amount of the total's product: it names one of the total's goods; or, no larger than the total,
    it names goods an umbrella product of the total covers ("рыбы и морепродуктов" under "рыбопродукции"), or its whole
    sentence names no goods at all ("В КНР экспортировано 160,1 тыс. тонн, в Японию - 15,6 тыс. тонн" after a total
    of fish: the product carries over; ``_members_after`` stops at a sentence of other goods). A carried product is
    a reading, not the writer's word: a part above the total is then rather of another whole (a week's after the
    year's) than an error."""
    own = own_goods(text, x, qs)
    if goods & own:
        return True
    if x.value > total.value:
        return False
    named = own or goods_stems(text, 0, len(text))  # "живые моллюски экспортированы в Японию (... 72,5 тонны)"
    return covers(goods, named) if named else True


# a partner's name, then its figure in brackets: "Южная Корея (353 тыс. т), Япония (11,8 тыс. т)"
_NAME_TO_BRACKET = re.compile(r"[^\W\d]*(?:\s+[^\W\d]+)?\s*[(（]\s*(?:около|более|свыше|почти|about|over|nearly)?\s*$",
                              re.IGNORECASE)


def _bracketed_partners(goods: frozenset[str], t: Sentence, qs: list[Quantity], total: Quantity) -> list[Member]:
    """"Крупными импортерами рыбы и морепродуктов являются Южная Корея (353 тыс. т), Япония (11,8 тыс. т)": in a
    sentence that names the total's product, each partner whose figure in the total's unit is bracketed right after
    its name."""
    if not goods & goods_stems(t.text, 0, len(t.text)):
        return []
    f = facts(t.text)
    out: list[Member] = []
    for pos, code in sorted(f.partners + f.territories):
        x = next((x for x in qs if x.kind == "amount" and x.start > pos), None)
        if x is not None and x.currency == total.currency and _NAME_TO_BRACKET.fullmatch(t.text, pos, x.start):
            out.append((code, frozenset({"partner"}), x))
    return out if len({c for c, _k, _x in out}) == len(out) else []


def _one_partner_amount(text: str, qs: list[Quantity], total: Quantity, lo: int, hi: int) -> Member | None:
    """The one partner ``text[lo:hi]`` names as the other side (a country, or China in a Russian text), with the
    one amount in the total's unit after its name, else None."""
    f = facts(text)
    found = sorted((p, c) for p, c in f.partners + f.territories if lo <= p < hi)  # "в Китай": China is the partner
    amounts = [x for x in qs if lo <= x.start < hi and x.kind == "amount" and x.currency == total.currency]
    if len({c for _p, c in found}) != 1 or len(amounts) != 1 or amounts[0].start < found[0][0]:
        return None
    if not all(_COUNTERPART.search(text, max(0, p - 12), p) or _WHERE_TO.match(text, p) for p, _c in found):
        return None
    if _EARLIER.search(text, lo, amounts[0].start):
        return None  # "годом ранее ... поставила в Китай 116,3 тыс.": the year before's figure, not a part of this one
    return (found[0][1], frozenset({"partner"}), amounts[0])


# a partner named as the place its goods went: "Республика Корея, куда направлено 27 партий"
_WHERE_TO = re.compile(r"[^\W\d]+(?:\s+[^\W\d]+)?,?\s+куда\b", re.IGNORECASE)
_EARLIER = re.compile(
    r"годом\s+ранее|год\s+назад|в\s+прошлом\s+году|(?:за|в)\s+(?:прошл|минувш)\w+\s+год\w*|a\s+year\s+(?:earlier|ago|before)|"
    r"\blast\s+year|the\s+previous\s+year|去年|上年",
    re.IGNORECASE,
)


def _places(t: Sentence, qs: list[Quantity], total: Quantity) -> list[Member]:
    """Each place a sentence names with the first amount after its name; the two names of a crossing are one."""
    found = sorted({(a, b, k) for a, b, k in mentions(t.text) if k in _PLACE_KINDS})
    places: list[tuple[int, int, str, frozenset[str]]] = []
    for a, b, k in found:
        if places and a >= places[-1][1] and _PAIR_GLUE.fullmatch(t.text, places[-1][1], a):
            pa, _pb, key, kinds = places[-1]
            places[-1] = (pa, b, key + "–" + t.text[a:b].casefold()[:5], kinds | {k})
        elif places and a < places[-1][1]:
            continue  # one name read as two kinds
        else:
            places.append((a, b, t.text[a:b].casefold()[:5], frozenset({k})))
    out: list[Member] = []
    for i, (_a, b, key, kinds) in enumerate(places):
        stop = places[i + 1][0] if i + 1 < len(places) else len(t.text)
        x = next((x for x in qs if b <= x.start < stop and x.kind == "amount"), None)
        if x is not None and _TO_FIGURE.fullmatch(t.text, b, x.start):
            out.append((key, kinds, x))
    return out


def _partners(t: Sentence, qs: list[Quantity], total: Quantity) -> list[Member]:
    """Each partner a clause names alone with one amount in the total's unit, or a "respectively" list of
    partners and amounts in the same order."""
    out: list[Member] = []
    done: set[int] = set()
    for _pos, _code in facts(t.text).partners:
        cs, ce = clause_bounds(t.text, _pos)
        if cs in done:
            continue
        done.add(cs)
        if facts(t.text[cs:ce]).territories:
            continue  # "China's trade with Russia" after a province's total: another territory's figure
        found = [(p, c) for p, c in facts(t.text).partners if cs <= p < ce]
        if not all(_COUNTERPART.search(t.text, max(cs, p - 12), p) for p, _c in found):
            continue
        named = list(dict.fromkeys(c for _p, c in found))
        amounts = [x for x in qs if cs <= x.start < ce and x.kind == "amount" and x.currency == total.currency]
        if len(named) == 1 and len(amounts) == 1 and amounts[0].start > _pos:
            out.append((named[0], frozenset({"partner"}), amounts[0]))
        elif len(named) > 1 and len(named) == len(amounts) and RESPECTIVELY.search(t.text, cs, ce):
            out.extend((c, frozenset({"partner"}), x) for c, x in zip(named, amounts, strict=True))
    return out


def _other_goods_whole(t: Sentence, qs: list[Quantity], total: Quantity, goods: frozenset[str]) -> bool:
    """Does the sentence state an amount in the total's unit of goods that share no product with the total's (an umbrella
    product's member too: "живых моллюсков" after "рыбопродукции"), naming no partner
    before it in its clause (a new product's whole, not a partner's part)?"""
    for x in qs:
        if x.kind != "amount" or x.currency != total.currency:
            continue
        own = own_goods(t.text, x, qs)
        cs, _ce = clause_bounds(t.text, x.start)
        named = [p for p, _c in facts(t.text).partners + facts(t.text).territories if cs <= p < x.start]
        if own and not own & goods and not named:
            return True
    return False


MIN_PRODUCTS = 2


def _products(t: Sentence, qs: list[Quantity], total: Quantity) -> list[Member]:
    """"Exports via Grodekovo made 2.7 mn tons. Coal exports grew to 1.2 mn tons, timber ... at 982 thousand
    tons": the goods named, each in its own clause before its amount, in the sentence right after a place's
    total, when that sentence names no place, partner group or territory of its own."""
    if any(k != "product or trade channel" for _a, _b, k in mentions(t.text)) or facts(t.text).territories:
        return []
    out: list[Member] = []
    for x in qs:
        if x.kind != "amount" or x.currency != total.currency:
            continue
        cs, _ce = clause_bounds(t.text, x.start)
        goods = goods_named(t.text, cs, x.start)
        if goods:
            out.append((goods, frozenset({"goods"}), x))
    return out


def _members_after(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, total: Quantity, finder: Finder,
    after: int = AFTER, before: bool = False,
) -> list[tuple[Sentence, Quantity]] | None:
    """Each member's one figure in the total's unit, from the sentences after the total's (or, ``before``, from
    those before it, for a total said "in all" after its members)."""
    t_ctx = resolve(sentences, s, total.start)
    t_flow = part_flow(s.text, total)
    seen: dict[str, tuple[Sentence, Quantity]] = {}
    singles: set[str] = set()
    near = sentences[max(0, s.index - after) : s.index] if before else sentences[s.index + 1 : s.index + after + 1]
    for t in near:
        if isinstance(finder, partial) and _other_goods_whole(t, figures[t.index], total, finder.args[0]):
            break  # "Кроме того, ... 34 партии моллюсков общим весом 404 тонны": a whole of other goods; what follows is its
        for key, kinds, x in finder(t, figures[t.index], total):
            if not counted(x) or x.currency != total.currency or is_change_amount(t.text, x) or x.value == total.value:
                continue
            # a product's exports and the partner it went to: China's side of the flow is not the text's, so only
            # a flow the words name counts ("импорт сои из Китая" is no part of "экспорт сои")
            x_flow = flow_at(t.text, x.start) if isinstance(finder, partial) else part_flow(t.text, x)
            if isinstance(finder, partial):
                t_flow = flow_at(s.text, total.start)
            if t_flow not in (None, "total") and x_flow not in (None, t_flow):
                continue  # "exports through the crossings ... imports via Zabaikalsk": not a part
            if periods_differ(t_ctx, resolve(sentences, t, x.start)):
                return None
            if key in seen:
                continue
            if len(kinds) == 1:
                singles |= kinds
            seen[key] = (t, x)
    if len(singles - {"partner", "goods"}) > 1:
        return None  # "Zabaikalsk ..." and "Manzhouli ..." may be the two sides of one crossing
    if "partner" not in singles and any(x.value > total.value for _t, x in seen.values()):
        return None  # a place or good bigger than the whole is none of its ("Dalian port" after the border ports)
    return list(seen.values()) or None
