"""Ranks among the figures a text gives: "Mongolia, its largest trading partner, 10.65 billion yuan ...
Russia, the second largest trading partner, 7.64 billion yuan": the first place's figure is not below
the second's.

Each place is paired with the amount nearest to it in its sentence (the first after it in its clause,
else the last before it); places are compared only within one ranking (the same words after the rank:
"trading partner", "supplier of crude oil"), one unit and one period. The logic is language-neutral;
each language plugs in ``RANK_WORDS`` (a pattern whose group ``ord`` is a word of ``PLACES``, and whose
group ``what`` names the ranking) and ``NOT_NOW`` (words that make a place a past one: "former").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from .checkbase import Check, Env, fmt
from .claims import Claim, at
from .context import clause_bounds, facts, flow_at, resolve
from .findings import Finding, finding
from .grammar import word_pattern as _c
from .numbers import Quantity
from .text import Sentence

PLACES: dict[str, int] = {
    "largest": 1, "biggest": 1, "top": 1, "leading": 1, "first": 1, "second": 2, "third": 3, "fourth": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
RANK_WORDS: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\b(?:the|its|their|[a-z]+'s|[a-z]+’s)\s+(?P<ord>largest|biggest|top|leading|first|second|third|fourth|fifth|"
        r"sixth|seventh|eighth|ninth|tenth)(?:[\s-]+(?:largest|biggest))?\s+(?P<what>(?:[a-z-]+\s+){0,2}?"
        r"(?:partner|supplier|source|market|buyer|exporter|importer|port|destination)s?)\b"
    ),
}
NOT_NOW: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:former|previous|once|then|erstwhile)\s+$"),
    "ru": _c(r"(?:бывш\w*|прежн\w*)\s+$"),
    "zh": _c(r"(?:曾|曾经|原|一度)$"),
}
# the first place of a ranking, in words: its partner's figure is not below any other partner's figure the text
# gives in its unit and period ("крупнейшим торговым партнером остается Монголия ... 297 млн долл ... с Россией
# ... 252 млн долл"); English reads it from RANK_WORDS (largest, biggest, top, leading, first)
_RANKED = r"(?:партн[её]р|поставщик|импорт[её]р|экспорт[её]р|покупател|рын|направлени|источник)\w*"
LEADER_WORDS: dict[str, re.Pattern[str]] = {
    "ru": _c(rf"(?:крупнейш\w*|наиболее\s+крупн\w+|главн\w+|основн\w+)\s+(?:[\w-]+\s+){{0,2}}?{_RANKED}|\bлидер\w*"),
    "zh": _c(r"(?:最大|第一大)的?(?:贸易伙伴|贸易国|进口来源国|进口来源地|出口市场|出口目的地|供应国|来源国|市场)"),
}
# any place of any ranking, present or past, near a figure ("Jilin's former top trading partner", "на втором месте")
PLACED: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\b(?:largest|biggest|top|leading|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b[\s-]+"
        r"(?:[a-z-]+\s+){0,2}?(?:partner|supplier|source|market|buyer|exporter|importer|port|destination)s?\b"
    ),
    "ru": _c(rf"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|крупнейш|лидер)\w*\s+(?:[\w-]+\s+){{0,2}}?(?:мест\w*|{_RANKED})"),
    "zh": _c(r"第[一二三四五六七八九十\d]+(?:大|位)|排名第|最大"),
}
MAX_PEER_SENTENCES = 2  # sentences after the leader's in which other partners' figures are compared with it
MAX_DISTANCE = 120  # characters from a place to its amount


def rank_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """Pairs of places in one ranking whose amounts the text gives: the better place's is not smaller."""
    placed: list[tuple[int, str, Sentence, Quantity]] = []  # (place, ranking, sentence, amount)
    for s in sentences:
        pat, past = RANK_WORDS.get(s.lang), NOT_NOW.get(s.lang)
        if pat is None:
            continue
        for m in pat.finditer(s.text):
            if past is not None and past.search(s.text[max(0, m.start() - 20) : m.start() + 1]):
                continue
            q = _amount_near(s.text, m.start(), m.end(), figures[s.index])
            if q is not None:
                placed.append((PLACES[m.group("ord").lower()], m.group("what").lower().rstrip("s"), s, q))
    out: list[Claim] = []
    for a, b in itertools.combinations(placed, 2):
        if a[1] != b[1] or a[0] == b[0] or a[3].currency != b[3].currency or a[3] is b[3]:
            continue
        hi, lo = (a, b) if a[0] < b[0] else (b, a)
        if resolve(sentences, hi[2], hi[3].start).period_label != resolve(sentences, lo[2], lo[3].start).period_label:
            continue
        first = hi if hi[2].index <= lo[2].index else lo
        roles = {
            "higher": _at(hi[3], hi[2], first[2]),
            "lower": _at(lo[3], lo[2], first[2]),
        }
        s = first[2]
        claim = Claim("order", roles, s.text, s.start, s.lang, resolve(sentences, s, roles["higher"].start),
                      note=f"place {hi[0]} and place {lo[0]} of the {hi[1]}s")
        out.append(claim)
    return out


def _at(q: Quantity, s: Sentence, first: Sentence) -> Quantity:
    return q if s is first else replace(q, extra={**q.extra, "sentence_start": s.start})


def _amount_near(text: str, start: int, end: int, qs: list[Quantity]) -> Quantity | None:
    """The first amount after the place in its clause or the next, else the last amount before it."""
    amounts = [q for q in qs if q.kind == "amount" and q.currency and not _bracketed(text, q)]
    after = [q for q in amounts if q.start >= end and q.start - end <= MAX_DISTANCE]
    if after and not re.search(r"[;；。]", text[end : after[0].start]) and not _OTHER.search(text[end : after[0].start]):
        return after[0]
    cs, _ce = clause_bounds(text, start)
    before = [q for q in amounts if q.end <= start and start - q.end <= MAX_DISTANCE]
    return before[-1] if before and not re.search(r"[;；。]", text[before[-1].end : start]) and cs >= 0 else None


# "the second largest partner, after Mongolia, whose trade ...": the amount after is another place's
_OTHER = _c(r"\b(?:after|behind|than|following|only\s+to)\b|после|仅次于")


def _bracketed(text: str, q: Quantity) -> bool:
    return bool(re.search(r"[(（]\s*\S{0,12}\s*$", text[max(0, q.start - 14) : q.start]))


class OrderCheck(Check):
    """The better place's figure is not below the worse place's (within rounding)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "order"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        hi, lo = claim.roles["higher"], claim.roles["lower"]
        ok = hi.interval().hi >= lo.interval().lo
        expl = (
            f"{claim.note}: {fmt(hi)} {'is not below' if ok else 'is below'} {fmt(lo)}"
            + ("" if ok else ", so the places are out of order")
        )
        yield finding(claim, self.name, "consistent" if ok else "inconsistent", expl, stated=fmt(hi),
                      stated_interval=hi.interval(), recomputed=lo.value, recomputed_interval=lo.interval(),
                      unit=hi.currency or "")


def leader_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], ranked: list[Claim]) -> list[Claim]:
    """The first place of a ranking against each other partner the text gives a figure for: the
    leader's figure is not below theirs. The leader is the one partner named in its clause; a peer is an
    amount in the leader's unit and period, in its sentence or the next two, whose clause names one
    partner, another one, and the same flow. A pair ``ranked`` (two places named) already holds is left out."""
    seen = {tuple(at(c, c.roles[r]) for r in ("higher", "lower")) for c in ranked}
    out: list[Claim] = []
    for s in sentences:
        for place, q in _leaders(s, figures[s.index]):
            if _partner_at(s.text, q, figures[s.index]) not in (None, place):
                continue  # the amount near the words is another partner's
            own = place
            ctx = resolve(sentences, s, q.start)
            flow = flow_at(s.text, q.start)
            for t in sentences[s.index : s.index + MAX_PEER_SENTENCES + 1]:
                for x in figures[t.index]:
                    if x is q or x.kind != "amount" or x.currency != q.currency or (t is s and x.start < q.start):
                        continue
                    other = _partner_at(t.text, x, figures[t.index])
                    if other is None or other == own or flow_at(t.text, x.start) != flow or _placed(t, x):
                        continue  # a place of its own (of this ranking or another) is read by rank_claims
                    if resolve(sentences, t, x.start).period_label != ctx.period_label:
                        continue
                    roles = {"higher": q, "lower": _at(x, t, s)}
                    if (s.start + q.start, t.start + x.start) in seen:
                        continue
                    out.append(Claim("order", roles, s.text, s.start, s.lang, ctx,
                                     note=f"the first place ({own}) and another partner ({other})"))
    return out


def _placed(s: Sentence, q: Quantity) -> bool:
    """Is the amount at ``q`` given a place of a ranking in its clause ("the second largest export market")?"""
    cs, _ce = clause_bounds(s.text, q.start)
    pat = PLACED.get(s.lang)
    return pat is not None and pat.search(s.text, max(0, min(cs, q.start - MAX_DISTANCE)), q.start) is not None




def _leaders(s: Sentence, qs: list[Quantity]) -> list[tuple[str, Quantity]]:
    """(the leader's partner, its amount) for each first place the sentence names."""
    pat, past = LEADER_WORDS.get(s.lang), NOT_NOW.get(s.lang)
    found: list[tuple[int, int]] = []
    if pat is not None:
        found = [(m.start(), m.end()) for m in pat.finditer(s.text)]
    elif s.lang in RANK_WORDS:
        found = [(m.start(), m.end()) for m in RANK_WORDS[s.lang].finditer(s.text) if PLACES[m.group("ord").lower()] == 1]
    out: list[tuple[str, Quantity]] = []
    for start, end in found:
        if past is not None and past.search(s.text[max(0, start - 20) : start]):
            continue
        cs, ce = clause_bounds(s.text, start)
        partners = _countries(s.text[cs:ce])
        q = _amount_near(s.text, start, end, qs)
        if len(partners) == 1 and q is not None:
            out.append((partners.pop(), q))
    return out


def _partner_at(text: str, q: Quantity, qs: list[Quantity]) -> str | None:
    """The one partner named between the amount before ``q`` (or the sentence's start) and ``q``, else in
    ``q``'s clause: "с Россией, который составил 252 млн", "Южная Корея (353 тыс. т), Япония (11,8 тыс. т)"
    (None when none or several)."""
    start = max((x.end for x in qs if x.kind == "amount" and x.end <= q.start), default=0)
    partners = _countries(text[start : q.start])
    if not partners:
        cs, ce = clause_bounds(text, q.start)
        partners = _countries(text[cs:ce])
    return partners.pop() if len(partners) == 1 else None


def _countries(text: str) -> set[str]:
    """The partners a text names, China among them (the resolver reads China as a territory)."""
    f = facts(text)
    return {c for _p, c in f.partners} | {c for _p, c in f.territories if c == "CN"}


# "the highest growth was registered at X (+3.2%)", "наибольший рост показал ...", "增幅最大": the fastest-growing
# part's rate (group "top"), or the slowest one's or the steepest fall's (no group: "наибольшее снижение", "降幅最大"):
# a whole's rate is a weighted mean of its parts', so it lies between the slowest and the fastest part's; and the
# part's rate is above (below) every other part's the text lists with its level in the same unit
GROWTH_PLACE: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:(?P<top>highest|fastest|biggest|largest|strongest)\s+(?:rate\s+of\s+)?(?:growth|increase|rise)\b|"
             r"(?:lowest|slowest|smallest|weakest)\s+(?:rate\s+of\s+)?(?:growth|increase|rise)\b|"
             r"(?:largest|biggest|steepest|sharpest|deepest|strongest)\s+(?:decline|drop|fall|decrease)\b)"),
    "ru": _c(r"(?:(?P<top>наибольш\w+|максимальн\w+|самы\w+\s+(?:высок|быстр|больш)\w+)|наименьш\w+|минимальн\w+)\s+"
             r"(?:темп\w*\s+)?(?:рост\w*|прирост\w*)|"
             r"(?:наибольш\w+|максимальн\w+|сильнейш\w+|самы\w+\s+(?:сильн|больш|значительн|глубок)\w+)\s+"
             r"(?:снижени|падени|сокращени)\w*"),
    "zh": _c(r"(?:(?P<top>增幅最大|增速最快|增长最快|增幅最高)|增幅最小|增速最慢|增长最慢|降幅最大|下降最多|减少最多|降幅最高)"),
}
MAX_PLACE_GAP = 120  # characters from the words to the part's rate
MAX_PEER_GAP = 2  # sentences after the part's in which the other parts' rates are listed


def growth_place_claims(sentences: list[Sentence], claims: list[Claim]) -> list[Claim]:
    """The fastest- (or slowest-) growing part's rate against its whole's: the one rate of no narrower subject
    stated before it in the text, for the same period; the part is a port, product or region the words name. And
    against each other part listed with it: a rate of a named subject, in the part's sentence or the next two, of
    the same period and flow, with the level it led to in the part's level's unit (the part's level too is given)."""
    rates = [c for c in claims if c.kind == "change_pct" and "from" not in c.roles]
    out: list[Claim] = []
    for s in sentences:
        pat = GROWTH_PLACE.get(s.lang)
        if pat is None:
            continue
        for m in pat.finditer(s.text):
            part = [c for c in rates if c.sentence_start == s.start and 0 <= c.roles["change"].start - m.end() <= MAX_PLACE_GAP]
            if not part:
                continue
            p = min(part, key=lambda c: c.roles["change"].start)
            top = m.group("top") is not None
            out.extend(_against_peers(sentences, s, p, rates, top))
            named = [c for c in part if c.context.subject is not None]  # against its whole, the part names its subject
            if not named:
                continue
            p = min(named, key=lambda c: c.roles["change"].start)
            wholes = [c for c in rates if c.sentence_start < s.start and c.context.subject is None
                      and c.context.period_label == p.context.period_label]
            if len(wholes) != 1 or ((wholes[0].context.flow or p.context.flow) and wholes[0].context.flow != p.context.flow):
                continue
            w = wholes[0]
            hi, lo = (_signed_rate(p), _signed_rate(w)) if top else (_signed_rate(w), _signed_rate(p))
            first = w
            roles = _in_sentence({"higher": hi, "lower": lo}, first.sentence_start)
            name = p.context.subject[1] if p.context.subject else "?"
            note = f"the {'fastest' if top else 'slowest'}-growing part ({name}) and its whole"
            out.append(Claim("order", roles, first.sentence, first.sentence_start, first.lang, p.context, note=note))
    return out


def _signed_rate(c: Claim) -> Quantity:
    q = c.roles["change"]
    return replace(q, value=q.value * c.direction, extra={**q.extra, "sentence_start": c.sentence_start})


def _in_sentence(roles: dict[str, Quantity], start: int) -> dict[str, Quantity]:
    """The roles with the sentence offset dropped where it is the claim's own sentence."""
    return {k: (replace(q, extra={e: v for e, v in q.extra.items() if e != "sentence_start"})
                if q.extra["sentence_start"] == start else q) for k, q in roles.items()}


def _against_peers(sentences: list[Sentence], s: Sentence, p: Claim, rates: list[Claim], top: bool) -> list[Claim]:
    """The placed part's rate against each other listed part's (see ``growth_place_claims``)."""
    level = p.roles.get("to")
    if level is None or not level.currency:
        return []
    reach = {s.start}
    for st in sentences[s.index + 1 : s.index + MAX_PEER_GAP + 1]:
        if GROWTH_PLACE[st.lang].search(st.text) if st.lang in GROWTH_PLACE else False:
            break  # another ranking's words: its rates are its own
        reach.add(st.start)
    # any other rate listed with its level in the unit: a part, or the whole (whose rate lies between its parts')
    peers = [c for c in rates if c is not p and c.sentence_start in reach and c.context.period_label == p.context.period_label
             and "to" in c.roles and c.roles["to"].currency == level.currency
             and (c.context.flow == p.context.flow or None in (c.context.flow, p.context.flow))]
    out: list[Claim] = []
    name = p.context.subject[1] if p.context.subject else "?"
    for c in peers:
        hi, lo = (_signed_rate(p), _signed_rate(c)) if top else (_signed_rate(c), _signed_rate(p))
        roles = _in_sentence({"higher": hi, "lower": lo}, s.start)
        word = "fastest growth" if top else "slowest growth or steepest fall"
        out.append(Claim("order", roles, s.text, s.start, s.lang, p.context,
                         note=f"the part with the {word} ({name}) and another part listed with it"))
    return out
