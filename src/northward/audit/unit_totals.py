"""A total made of a count of like units, each of one size: "six production lines, each of which ... with the annual
capacity of 7 billion cubic meters ... its design capacity of 42 billion cubic meters" (6 × 7 = 42), "четыре
энергоблока мощностью по 300 МВт каждый ... общая мощность 1200 МВт", "4台机组,每台装机容量30万千瓦…总装机容量120万千瓦".

The claim (kind ``unit_total``: roles ``count``, ``each`` and ``total``) is made when a sentence counts units (a
number, in figures or words, right before their noun) and then says what each holds (``EACH``, with no other figure
between the count and that amount), and that sentence or one of the next two states, after a word of the whole
(``TOTAL_BEFORE``: "total", "design", "общая", "总"), exactly one larger amount in that unit, named by the same measure
("capacity" … "capacity", "мощност" … "мощност", 处理能力 … 处理能力); the total is within a factor of two of the
count times the size (else the pairing is not trusted and nothing is said).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from .. import humanize
from .checkbase import Check, Env, fmt, judged
from .claims import Claim
from .context import resolve
from .findings import Finding
from .grammar import word_pattern as _c
from .list_words import COUNT, count_value
from .numbers import Quantity
from .text import Sentence

EACH: dict[str, re.Pattern[str]] = {
    # not "each year", "каждый месяц": a period, not a unit
    "en": _c(r"\beach\b(?!\s+(?:year|month|week|day|quarter)s?\b)|\bapiece\b"),
    "ru": _c(r"(?<![а-яё])(?:кажд\w+(?!\s+(?:год|месяц|недел|день|дня|сутк|квартал))|по(?=\s+(?:около\s+)?\d))"
             r"(?![а-яё])"),  # "мощностью по 300 МВт"
    "zh": _c(r"每[条个座台套列艘组口]|单[条个座台套]"),
}
TOTAL_BEFORE: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:total|overall|combined|aggregate|design|full|in\s+all|altogether)\b"),
    "ru": _c(r"(?<![а-яё])(?:общ\w+|суммарн\w+|совокупн\w+|в\s+сумме|всего|в\s+общей\s+сложности|проектн\w+)"),
    "zh": _c(r"总|共计|合计|设计"),
}
COUNT_REACH = 60  # characters from the count to "each"
MAX_EACH = 100  # characters from "each" to the size it gives
TOTAL_LEAD = 50  # characters before the total where its word of the whole and its measure stand
REACH = 2  # sentences after the count's where the total may be stated
PLAUSIBLE = 2.0
_WORD = re.compile(r"[^\W\d_]{5,}")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def _measures(text: str, lang: str) -> set[str]:
    """The words naming a measure: five-letter stems (en, ru), or two-character pieces of Chinese words."""
    if lang == "zh":
        return {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)} - {"每条", "每个", "每台"}
    return {m.group().casefold()[:5] for m in _WORD.finditer(text)}


def unit_total_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        each_pat, total_pat = EACH.get(s.lang), TOTAL_BEFORE.get(s.lang)
        if each_pat is None or total_pat is None:
            continue
        qs = figures[s.index]
        for e in each_pat.finditer(s.text):
            size = next((q for q in qs if q.start >= e.end()), None)
            if size is None or size.kind != "amount" or not size.currency or size.start - e.end() > MAX_EACH:
                continue
            count = _count_before(s, e.start(), qs)
            if count is None:
                continue
            lead = s.text[count.end : size.start]  # the units and their measure: "причала мощностью по"
            total = _total(sentences, figures, s, size, total_pat, _measures(lead, s.lang))
            if total is None:
                continue
            implied = count.value * size.value
            if not 1 / PLAUSIBLE <= total.value / implied <= PLAUSIBLE:
                continue
            out.append(Claim("unit_total", {"count": count, "each": size, "total": total}, s.text, s.start, s.lang,
                             resolve(sentences, s, size.start), note="a count of units times each one's size"))
    return out


# a flow between two sides, each side's figure said once: "4 million people – approximately 2 million on each side"
BOTH_SIDES: dict[str, re.Pattern[str]] = {
    "en": _c(r"\s*(?:people\s+|passengers\s+|tourists\s+|trips\s+|visitors\s+)?(?:on\s+each\s+side|"
             r"in\s+each\s+direction|each\s+way|from\s+each\s+(?:side|country))\b"),
    "ru": _c(r"\s*(?:человек\s+|пассажир\w*\s+|туристов\s+)?(?:с\s+каждой\s+стороны|в\s+каждую\s+сторону|"
             r"в\s+каждом\s+направлении)(?![а-яё])"),
}
BOTH_SIDES_NOTE = "a two-way total, each side's figure given: the two sides make the whole"
# between the total and each side's figure: the total's unit and period ("people", "trips a year"), a dash, comma or
# "or", a hedge
_SIDE_GAP = re.compile(r"(?:\s*[^\W\d]+){0,3}?[\s,:;–—-]*(?:(?:or|i\.e\.|that\s+is|или|то\s+есть)\s+)?"
                       r"(?:approximately|about|around|roughly|some|nearly|almost|примерно|около|порядка|почти)?\s*",
                       re.IGNORECASE)
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|and|will|would)\b|(?<![а-яё])(?:а|но|и|тогда\s+как)(?![а-яё])",
                           re.IGNORECASE)


def both_sides_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """A two-way flow and each side's share of it said as one figure ("the mutual tourist flow reached 4 million
    people - approximately 2 million people on each side", "в каждую сторону"): the total is two times that figure
    (a ``sum`` of the two sides' equal parts). Read only when the side's amount follows the total's right after a dash, a
    comma or "or", in its unit, with nothing else between."""
    out: list[Claim] = []
    for s in sentences:
        pat = BOTH_SIDES.get(s.lang)
        if pat is None:
            continue
        qs = [q for q in figures[s.index] if q.kind == "amount" and q.currency]
        for total, each in itertools.pairwise(qs):
            if each.currency != total.currency or not pat.match(s.text, each.end):
                continue
            between = s.text[total.end : each.start]
            if not _SIDE_GAP.fullmatch(between) or _OTHER_CLAUSE.search(between) \
                    or not 1 / PLAUSIBLE <= total.value / (2 * each.value) <= PLAUSIBLE:
                continue
            out.append(Claim("sum", {"total": total, "part1": each, "part2": each}, s.text, s.start, s.lang,
                             resolve(sentences, s, each.start), note=BOTH_SIDES_NOTE))
    return out


def _count_before(s: Sentence, at: int, qs: list[Quantity]) -> Quantity | None:
    """The count right before "each" in its sentence: the last one, with no amount between it and "each"."""
    found = [m for m in COUNT.finditer(s.text, max(0, at - COUNT_REACH), at) if count_value(m) is not None]
    if not found:
        return None
    m = found[-1]
    n = count_value(m)
    if n is None or n < 2 or any(q.kind in ("amount", "percent") and m.end() <= q.start < at for q in qs):
        return None
    if re.match(r"\s*(?:%|percent|процент|年|year|год|лет|月|month|месяц|day|дн|天)", s.text[m.end() :], re.IGNORECASE):
        return None
    return Quantity(float(n), "amount", m.start(), m.end(), m.group(0), decimals=0, currency=None)


def _total(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, size: Quantity,
           total_pat: re.Pattern[str], measures: set[str]) -> Quantity | None:
    found = []
    for t in sentences[s.index : s.index + 1 + REACH]:
        for q in figures[t.index]:
            if (t is s and q.start <= size.start) or q.kind != "amount" or q.currency != size.currency:
                continue
            if q.value <= size.value:
                continue
            lead = t.text[max(0, q.start - TOTAL_LEAD) : q.start]
            if not total_pat.search(lead) or not (_measures(lead, t.lang) & measures):
                continue
            found.append(q if t is s else replace(q, extra={**q.extra, "sentence_start": t.start}))
    return found[0] if len(found) == 1 else None


class UnitTotalCheck(Check):
    """The stated total against the count times each unit's size (the size's rounding carried)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "unit_total"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        n, each, total = claim.roles["count"], claim.roles["each"], claim.roles["total"]
        rec = each.interval().scale(n.value)
        point = each.value * n.value
        expl = (f"{int(n.value)} × {fmt(each)} is {humanize.amount(point, each.currency)} (within rounding "
                f"{rec.in_words(each.currency or '')}); the text says {fmt(total)}")
        yield judged(claim, self.name, total, total.interval(), rec, point, total.currency or "", expl)
