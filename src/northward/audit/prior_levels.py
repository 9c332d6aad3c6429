"""A rate's base stated elsewhere in the text as the previous year's level: "trade rose to 243.03 billion yuan
in January-March, up 27.8% ... [it] reached 190.12 billion yuan in January-March 2021"; "2016: $69.52 billion.
In 2017 this figure increased by 20.8%, to $84.07 billion" (243.03 / 190.12 = +27.8%).

A year-on-year rate with no base gets one (roles ``from`` and ``to`` of its ``change_pct`` claim) when:
its level is the amount it led to, or the amount right before it in its sentence; the base is the one amount of
the text in the level's unit whose own words name the year before the level's (the level's own words name a
year, or none at all, and then no other amount with a year is of that subject) and the same months; both are
of one subject (the same port, product or other country named, or none; flow, partner and territory: none
that differ). A level that names no year takes the base's year plus one only when the text names no other year and the base
comes in a later sentence (a year named first is the whole text's).

Customs compute a year-on-year rate on the previous year's revised level, so a rate a little off the two
first-release levels the text quotes (within ``REVISED_GAP``) is ``basis_differs``, not an error.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import period_words
from .claims import Claim
from .context import Context, clause_bounds, resolve
from .increments import is_change_amount
from .intervals import Interval
from .numbers import Quantity
from .part_rates import other_base
from .text import Sentence

PRIOR_NOTE = "its base is the previous year's level stated elsewhere in the text"
REVISED_GAP = 0.3  # percentage points between a rate and its levels that a revised base explains
REVISED_BASIS = "year-on-year rate on the previous year's revised level (the customs' method)"
REVISED_WORDS = ": a gap this small is the previous year's revised level, on which customs compute the rate"
PLAUSIBLE = 2.0  # the levels' ratio within this factor of the one the rate implies, else not its base
AFTER_GAP = 30  # characters from a rate to the level right after it ("by 27.1%, exceeding $107 billion")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_COUNTRY = re.compile(r"another country \('([^']+)'\)")


def _own_year(s: Sentence, q: Quantity) -> int | None:
    """The year an amount's own clause names, else the last one named before it in its sentence."""
    cs, ce = clause_bounds(s.text, q.start)
    here = [int(m.group(0)) for m in _YEAR.finditer(s.text, cs, ce)]
    if here:
        return here[-1] if len(set(here)) == 1 else None
    before = [int(m.group(0)) for m in _YEAR.finditer(s.text, 0, q.start)]
    return before[-1] if before else None


def _key(x: Context) -> dict[str, str | None]:
    country = _COUNTRY.search(x.unresolved)
    return {
        "flow": x.flow, "territory": x.territory, "subject": x.subject[1] if x.subject else None,
        "partner": None if country else x.partner, "country": country.group(1) if country else None,
    }


def _same_subject(a: Context, b: Context) -> bool:
    ka, kb = _key(a), _key(b)
    if ka["country"] != kb["country"] or ka["subject"] != kb["subject"]:
        return False  # a port's or a product's figure is never the whole's base, nor the whole a port's
    return all(ka[k] is None or kb[k] is None or ka[k] == kb[k] for k in ("flow", "territory", "partner"))


def _level(s: Sentence, c: Claim, qs: list[Quantity]) -> Quantity | None:
    """The level a rate is told with: the one it led to, the amount right after it, or the last before it."""
    if "to" in c.roles:
        return c.roles["to"]
    rate = c.roles["change"]
    after = next((q for q in qs if q.start >= rate.end), None)
    if after is not None and after.kind == "amount" and len(s.text[rate.end : after.start]) <= AFTER_GAP \
            and not any(ch.isdigit() for ch in s.text[rate.end : after.start]):
        return after
    before = [q for q in qs if q.end <= rate.start and q.kind in ("amount", "percent")]
    before = [q for q in before if not _bracketed(s.text, q)]
    if before and before[-1].kind == "amount" and not re.search(r"[;；]", s.text[before[-1].end : rate.start]):
        return before[-1]
    return None


def _has_rate(claims: list[Claim], s: Sentence, q: Quantity) -> bool:
    """Is a rate told with this amount (it is then a figure of its own year, not only a base)?"""
    return any(c.kind == "change_pct" and c.sentence_start == s.start and c.roles.get("to") is not None
               and c.roles["to"].start == q.start for c in claims)


def _base_of_another_level(claims: list[Claim], s: Sentence, q: Quantity, level: Quantity) -> bool:
    """Is ``q`` the base of a rate the text tells of another level ("Cumulative imports were 389.18 bn, as against
    474.71 bn …, a fall of 18.02%")? Two levels of one year for one flow are two measures (merchandise, or goods and
    services): the base is the other one's, never this level's."""
    return any(c.sentence_start == s.start and (f := c.roles.get("from")) is not None and f.start == q.start
               and (t := c.roles.get("to")) is not None and t.value != level.value for c in claims)


def _beside_another_level(amounts: list[tuple[Sentence, Quantity, int | None]], s: Sentence, q: Quantity,
                          level: Quantity) -> bool:
    """Is ``q`` set beside another level as its base ("389.18 bn …, as against 474.71 bn", "550 против 300")?"""
    if not period_words.set_beside(s.text, q.start):
        return False
    before = [x for s2, x, _y in amounts if s2 is s and x.end <= q.start and x.currency == q.currency]
    return bool(before) and before[-1].value != level.value


def _bracketed(text: str, q: Quantity) -> bool:
    return text.rfind("(", 0, q.start) > text.rfind(")", 0, q.start)


def prior_bases(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim]) -> None:
    """Give each year-on-year rate with no base the previous year's level the text states (see the module)."""
    by_start = {s.start: s for s in sentences}
    amounts = [(s, q, _own_year(s, q)) for s in sentences for q in figures[s.index] if q.kind == "amount" and q.currency]
    for c in claims:
        if c.kind != "change_pct" or "from" in c.roles or c.sentence_start not in by_start:
            continue
        s = by_start[c.sentence_start]
        cs, _ce = clause_bounds(s.text, c.roles["change"].start)
        if other_base(s.text[cs:]):
            continue
        level = _level(s, c, [q for q in figures[s.index] if q.kind != "year"])
        if level is None or not level.currency or level.extra.get("sentence_start") is not None:
            continue
        if is_change_amount(s.text, level):
            continue  # "plunged 60%, a loss of $7 billion": the change's amount, not this year's level
        year = _own_year(s, level)
        lctx = resolve(sentences, s, level.start)
        cands = []
        for s2, q, y in amounts:
            if y is None or (s2 is s and q.start == level.start) or q.currency != level.currency or q.value == level.value:
                continue
            if is_change_amount(s2.text, q):
                continue  # "净增116亿元": an increase, not a level
            if _base_of_another_level(claims, s2, q, level) or _beside_another_level(amounts, s2, q, level):
                continue  # "imports 389.18 bn, as against 474.71 bn": the base of another level of this year
            bctx = resolve(sentences, s2, q.start)
            if bctx.months == lctx.months and _same_subject(lctx, bctx):
                cands.append((s2, q, y))
        if year is None:  # "rose to 243.03 bn in January-March": this year, when the one dated figure is its base
            years = {y for _s, _q, y in cands}
            named = {int(m.group(0)) for x in sentences for m in _YEAR.finditer(x.text)}
            if len(years) != 1 or named != years or any(_has_rate(claims, s2, q) for s2, q, _y in cands):
                continue  # the text names another year too, or the dated figure has a rate of its own
            if any(s2.start <= s.start for s2, _q, _y in cands):
                continue  # a year named before the level is the level's own year; only a later one looks back
            year = years.pop() + 1
        bases = [(s2, q) for s2, q, y in cands if y == year - 1]
        if len(bases) != 1:
            continue
        s2, base = bases[0]
        implied = level.value / base.value / (1 + c.direction * c.roles["change"].value / 100) if base.value else 0
        if not 1 / PLAUSIBLE <= implied <= PLAUSIBLE:
            continue  # levels a rate misses by more than half are not its level and base (a pairing error)
        if s2 is not s:
            base = replace(base, extra={**base.extra, "sentence_start": s2.start})
        c.roles["from"], c.roles["to"] = base, level
        c.note = PRIOR_NOTE


def revised_gap(stated: Interval, rec: Interval) -> bool:
    """Is the stated rate off the levels' by no more than a revised base explains?"""
    gap = max(stated.lo - rec.hi, rec.lo - stated.hi)
    return 0 < gap <= REVISED_GAP
