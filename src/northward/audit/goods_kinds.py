"""Goods within their goods: an amount of a kind of a good is within the amount of that good ("煤炭进口量…740万吨,
…焦煤进口量达到200万吨": coking coal is coal), and an amount of any good is within all the goods of the same place and
months ("甘其毛都口岸7月份共进口蒙古国煤炭116.22万吨 … 7月份口岸单月完成贸易122.65万吨").

Each amount's good is the word right after its unit ("2280万吨炼焦煤") or, else, the last goods word before it since the
amount before it in its sentence (``subject_words.GOODS_KINDS``, ``ALL_GOODS``). A part and its whole are read at most two
sentences apart, in one unit, both levels (no change, daily average, base of a comparison, bound or
forecast), of flows that do not differ, of months not known to differ, and no country named with the part that is not
named with its whole (a good of the whole of a place takes any partner, but no other place). The claim is a
``parts`` claim: the part is at most its whole.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from .claims import Claim
from .clause_words import is_forecast
from .context import flow_at, resolve
from .daily_words import PER_DAY_OR_AVERAGE
from .increments import is_change_amount, is_compared_base
from .numbers import Quantity
from .subject_words import ALL_GOODS, ALL_PARTNERS, CITIES, GOODS_KINDS, is_counted, measure_word, mentions
from .text import Sentence
from .wholes import periods_differ

_UNITS = ("t", "m3")
# a good before its kinds: "水果蔬菜" is the good, not its kind 水果 (a kind that starts with other words, 焦煤, is found
# at its first character before the good's 煤 is reached)
_KIND = re.compile("|".join(
    [f"(?P<g{i}>{good})" for i, (good, _kinds, _disjoint) in enumerate(GOODS_KINDS)]
    + [f"(?P<k{i}>{kinds})" for i, (_good, kinds, _disjoint) in enumerate(GOODS_KINDS)]
    + [f"(?P<all>{ALL_GOODS})"]
), re.IGNORECASE)
_REST = re.compile(r"(?:其它|其他|其余|\bother\s+|прочи\w*\s+)$", re.IGNORECASE)  # "其它煤", "other coal": a kind
_AFTER = re.compile(r"[^\d,，;；。:：()（）]{0,8}")
# not a level of the period: a daily or average amount, a base of a comparison, an amount "from" which it grew
_NOT_LEVEL = re.compile(
    PER_DAY_OR_AVERAGE.pattern + r"|单日|单周|(?:从|由)\s*(?:约)?\s*$",
    re.IGNORECASE,
)
APART = 2  # sentences between a part and its whole, at most
APART_PARTNERS = 3  # … and between a partner's amount and the good's total from all partners
_PORT = re.compile(r"口岸|ports?", re.IGNORECASE)
_WIDE = re.compile(r"全国|我国|全中国|\bnational|nationwide|countrywide|по\s+стране|всей\s+стран\w*", re.IGNORECASE)
_ALL_PARTNERS = re.compile(ALL_PARTNERS, re.IGNORECASE)
_TO_CHINA = re.compile(r"\bto\s+China\b|в\s+Китай|对华|向中国|对中国")  # a partner's exports to China
# a place the part's words name (a port, a crossing, a city): all the goods are a place's
_PLACE = re.compile(CITIES + r"|口岸|港口?|站|\bports?\b|crossings?|переход\w*|порт\w*", re.IGNORECASE)
_COUNTRY_KIND = ("partner group", "city or port", "region or crossing of the partner")


class Good(NamedTuple):
    family: str  # the index of its family in GOODS_KINDS, "all" (all goods) or "other" (another product)
    kind: int  # 1 for a kind of the family's good, 0 for the good itself
    word: str


def good_of(text: str, q: Quantity, lo: int) -> Good | None:
    """The good of the amount at ``q``: named right after its unit, else the last one named before it since ``lo``."""
    after = _AFTER.match(text, q.end)
    for window in ((after.group(0) if after else ""), text[lo : q.start]):
        found = list(_KIND.finditer(window))
        if found:
            last = found[-1]
            key = next(k for k, v in last.groupdict().items() if v)
            if key == "all":
                return Good("all", 0, last.group(0).casefold())
            family = key[1:]
            if key[0] == "g" and _REST.search(window, 0, last.start()):
                return Good(family, 1, window[last.start() - 2 : last.end()].casefold())  # "其它煤": the rest, a kind
            goods = [m for m in found if m.group(f"g{family}")]
            if key[0] == "k" and goods:
                return Good(family, 0, goods[-1].group(0).casefold())  # "coal exports ..., mostly of coking coal"
            return Good(family, int(key[0] == "k"), last.group(0).casefold())
    words = [text[a:b] for a, b, kind in mentions(text) if lo <= a < q.start and kind == "product or trade channel"
             and not is_counted(text[a:b]) and not _PORT.fullmatch(text[a:b])]
    return Good("other", 0, words[-1]) if words else None  # another product ("进口铁矿石88.4万吨"): of all goods only


def _level(s: Sentence, q: Quantity, lo: int) -> bool:
    before = s.text[lo : q.start]
    return (q.kind == "amount" and q.currency in _UNITS and q.hedge.kind not in ("over", "under", "nearly")
            and not is_change_amount(s.text, q) and not is_compared_base(s.text, q) and not _NOT_LEVEL.search(before)
            and not is_forecast(before))


def _named(text: str, lo: int, hi: int) -> set[str]:
    return {text[a:b] for a, b, kind in mentions(text) if lo <= a < hi and kind in _COUNTRY_KIND}


def _countries(text: str, lo: int, hi: int) -> set[str]:
    from .clause_words import countries_in

    return countries_in(text, lo, hi)


def _listed(claims: list[Claim]) -> set[int]:
    """Where the parts of the breakdowns already read are (a part of a "其中" list is not read again)."""
    return {c.sentence_start + q.start for c in claims if c.kind in ("parts", "sum")
            for role, q in c.roles.items() if role != "total" and q.extra.get("sentence_start") is None}


Found = tuple[Sentence, Quantity, Good, int]  # an amount of a good, its sentence and where its words begin


def goods_kind_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim]) -> list[Claim]:
    taken = _listed(claims)
    found: list[Found] = []
    for s in sentences:
        lo = 0
        for q in figures[s.index]:
            if q.kind == "amount" and q.currency:
                start = max(lo, s.text.rfind(";", 0, q.start) + 1, s.text.rfind("；", 0, q.start) + 1)
                good = good_of(s.text, q, start)
                if good is not None and _level(s, q, start):
                    found.append((s, q, good, start))
                lo = q.end
    under: dict[int, tuple[Found, list[Found]]] = {}  # each whole's parts, by the whole's identity
    for p in found:
        ps, part, good, plo = p
        if ps.start + part.start in taken:
            continue
        wholes = [w for w in found if w[1] is not part and w[1].currency == part.currency and (
                  (abs(w[0].index - ps.index) <= APART and _may_hold(w[2], good))
                  or (abs(w[0].index - ps.index) <= APART_PARTNERS and _of_all_partners(w, p)))]
        for w in sorted(wholes, key=lambda t: abs(t[0].start + t[1].start - ps.start - part.start)):
            if _fits(sentences, (ps, part, plo), (w[0], w[1], w[3]), all_goods=w[2].family == "all",
                     partners=not _may_hold(w[2], good)):
                under.setdefault(id(w[1]), (w, []))[1].append(p)
                break
    out: list[Claim] = []
    for (ws, whole, _wg, _wlo), parts in under.values():
        for group in _groups(parts):
            ps, first = group[0][0], group[0][1]
            roles = {"total": _placed(whole, ws, ps)}
            roles |= {f"part{i}": _placed(q, s, ps) for i, (s, q, _g, _lo) in enumerate(group, 1)}
            family = group[0][2].family
            complete = family.isdigit() and len(group) == GOODS_KINDS[int(family)][2] == len({p[2].word for p in group})
            out.append(Claim("sum" if complete else "parts", roles, ps.text, ps.start, ps.lang,
                             resolve(sentences, ps, first.start),
                             note="all the kinds of a good" if complete else "kinds of goods within their goods"))
    return out


def _of_all_partners(whole: Found, part: Found) -> bool:
    """"China's coal imports from all sources … 46.21 million tons" holds "Russian coal imports … 8.76 million tons": a
    good's total from every partner (its words say so and name no country) holds one partner's amount of that good."""
    (ws, w, wg, _wlo), (ps, p, pg, plo) = whole, part
    if wg.family == "all" or (wg.family, wg.kind, wg.word) != (pg.family, pg.kind, pg.word):
        return False
    opens = max(ws.text.rfind(c, 0, w.start) for c in ";；") + 1
    return (_ALL_PARTNERS.search(ws.text, opens, w.end + 12) is not None and not _countries(ws.text, opens, w.start)
            and len(_countries(ps.text, plo, p.start)) == 1)


def _may_hold(whole: Good, part: Good) -> bool:
    """A whole of a good holds its kinds; all the goods of a place hold any good."""
    if whole.family == "all":
        return part.family != "all"
    return whole.family == part.family != "other" and whole.kind == 0 and part.kind == 1


def _groups(parts: list[Found]) -> list[list[Found]]:
    """The parts of one whole that add up together (disjoint kinds, or different families' goods under all the
    goods, each named once), else each alone."""
    goods = [g for _s, _q, g, _lo in parts]
    countries = [frozenset(_countries(s.text, lo, q.start)) for s, q, _g, lo in parts]
    if len(parts) > 1 and len({g.word for g in goods}) == 1 and all(len(c) == 1 for c in countries) and len(
            set(countries)) == len(countries):
        return [sorted(parts, key=lambda p: (p[0].start, p[1].start))]  # one good from distinct partners
    families = [g.family for g in goods]
    disjoint = (all(f.isdigit() and GOODS_KINDS[int(f)][2] > 0 and g.kind == 1 for f, g in zip(families, goods, strict=True))
                or all(f.isdigit() and g.kind == 0 for f, g in zip(families, goods, strict=True)))
    if len(parts) > 1 and disjoint and len({g.word for g in goods}) == len(goods) and (
            len(set(families)) == 1 or len(set(families)) == len(families)):
        return [sorted(parts, key=lambda p: (p[0].start, p[1].start))]
    return [[p] for p in parts]


def _placed(q: Quantity, s: Sentence, claim_sentence: Sentence) -> Quantity:
    return q if s is claim_sentence else replace(q, extra={**q.extra, "sentence_start": s.start})


def _fits(sentences: list[Sentence], p: tuple[Sentence, Quantity, int], w: tuple[Sentence, Quantity, int], *,
          all_goods: bool, partners: bool = False) -> bool:
    (ps, part, plo), (ws, whole, wlo) = p, w
    pf, wf = flow_at(ps.text, part.start), flow_at(ws.text, whole.start)
    if pf == "export" and _TO_CHINA.search(ps.text, plo, part.start):
        pf = "import"  # "Mongolian coal exports to China": China's imports
    if pf in ("export", "import") and wf in ("export", "import") and pf != wf:
        return False
    if wf in ("export", "import") and pf == "total":
        return False
    if periods_differ(resolve(sentences, ps, part.start), resolve(sentences, ws, whole.start)):
        return False
    if measure_word(ps.text, plo, part.start) != measure_word(ws.text, wlo, whole.start) and not all_goods:
        return False  # "煤炭产量" (output) is no part of "煤炭进口" (trade)
    if _WIDE.search(ps.text, plo, part.start) and not _WIDE.search(ws.text, wlo, whole.start):
        return False  # "全国进口原木950万立方米" is no part of one port's timber
    p_places, w_places = _named(ps.text, plo, part.start), _named(ws.text, wlo, whole.start)
    if all_goods:  # any partner's goods are within all the goods of the place the part names, never another's
        return _PLACE.search(ps.text, plo, part.start) is not None and not (p_places and w_places and p_places != w_places)
    if partners:  # one partner's amount within the good's total from all: the place is the whole's
        return p_places <= w_places
    return _countries(ps.text, plo, part.start) <= _countries(ws.text, wlo, whole.start) and p_places <= w_places
