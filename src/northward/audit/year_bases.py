"""A multiple whose base the words name only by its year, its level stated elsewhere in the text: "1978年,全市地区生产总值
达到13.13亿元。…2023年,地区生产总值达945.2亿元,是1978年的72倍" (945.2 / 13.13 = 72.0), "GDP reached 94.5 billion yuan,
72 times that of 1978", "в 4 раза больше, чем в 2010 году".

A ``multiple`` with no pair gets its base (``from``) and its level (``to``) when:

- the words right around the multiple name a year as its base (``YEAR_BEFORE``: "是1978年的"; ``YEAR_AFTER``: "times
  that of 1978", "больше, чем в 2010 году");
- its level is the last amount with a unit before the multiple in its clause;
- the base is the one amount of the text in that unit whose own words name that year, of the same subject and
  months (``prior_levels``' keys), with the same measure named right before it (the words from its clause's start or
  its year to the figure, verbs and the territory's "全市" dropped: "地区生产总值" = "地区生产总值", never "一般公共预算收入"
  for "一般公共预算支出");
- and the ratio of the two is within a factor of two of the multiple (a pairing that misses by more is abstained from,
  never judged).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .context import resolve
from .grammar import word_pattern as _c
from .increments import is_change_amount
from .numbers import Quantity
from .prior_levels import _same_subject
from .text import Sentence

_Y = r"(?P<year>(?:19|20)\d\d)"
# the words between a year named as the base and the multiple ("是1978年的72倍")
YEAR_BEFORE: dict[str, re.Pattern[str]] = {"zh": _c(rf"(?:是|为|相当于){_Y}年的?\s*$")}
# the words right after the multiple that name its base's year
YEAR_AFTER: dict[str, re.Pattern[str]] = {
    "en": _c(rf"\s*(?:as\s+(?:much|large|high|many)\s+as|that\s+of|those\s+of|the\s+(?:level|figure)\s+of)\s+"
             rf"(?:in\s+)?{_Y}\b"),
    "ru": _c(rf"\s*(?:больше|выше)\s*,?\s*(?:чем|по\s+сравнению\s+с)\s+(?:(?:в|на)\s+)?(?:уровн\w+\s+)?{_Y}\s*(?:г\.|год)"),
}
# the words that only say a level is reached, dropped from a measure's name
_VERBS = _c(
    r"(?:达到|达|为|仅为|是|增加到|增长到|提高到|上升到|完成|实现|"
    r"\b(?:reached|was|were|stood\s+at|totall?ed|amounted\s+to|of|at|to|in|the)\b|"
    r"(?<!\w)(?:составил\w*|достиг\w*|был\w*|равнял\w*|в|на)(?!\w))"
)
_LOCAL = re.compile(r"^(?:全市|全省|全区|全州|全县|全国|市|省)")
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*(?:年|г\.|года?|году)?")
_STOPS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*(?:年|г\.|года?|году)?|[\d,，;；:：。()（）]")
PLAUSIBLE = 2.0  # the levels' ratio within this factor of the multiple, else not its level and base


def _measure(s: Sentence, q: Quantity) -> str:
    """The measure named right before an amount: the words since the last year, figure or clause mark, with the
    words that only say "reached" dropped ("1978年,全市地区生产总值达到" → "地区生产总值")."""
    head = s.text[max(0, q.start - 40) : q.start]
    cut = [m.end() for m in _STOPS.finditer(head)]
    head = head[cut[-1] :] if cut else head
    head = _VERBS.sub(" ", head.replace(q.hedge.word, " ") if q.hedge.word else head)
    return _LOCAL.sub("", re.sub(r"\s+", " ", head).strip().casefold()).strip()


def _year_of(s: Sentence, q: Quantity, qs: list[Quantity]) -> int | None:
    """The year named last before an amount in its sentence with no other figure between ("1952年…0.06亿元,1978年
    增加到3.7亿元": 1952 and 1978; not "…74.7亿元,是1952年的1245倍;…支出239.6亿元", whose year is not said)."""
    years = [m for m in _YEARS.finditer(s.text, 0, q.start)]
    if not years:
        return None
    last = years[-1]
    if any(last.end() <= x.start < q.start for x in qs if x.kind != "year"):
        return None
    return int(last.group(0)[:4])


def _named_year(s: Sentence, c: Claim) -> int | None:
    factor = c.roles["factor"]
    before, after = YEAR_BEFORE.get(c.lang), YEAR_AFTER.get(c.lang)
    m = before.search(s.text, max(0, factor.start - 12), factor.start) if before else None
    if m is None and after is not None:
        m = after.match(s.text, factor.end)
    return int(m.group("year")) if m else None


def year_base_roles(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim]) -> None:
    """Give each multiple whose words name its base's year that year's level from the text (see the module)."""
    by_start = {s.start: s for s in sentences}
    amounts = [(s, q) for s in sentences for q in figures[s.index] if q.kind == "amount" and q.currency]
    for c in claims:
        if c.kind != "multiple" or "from" in c.roles or c.sentence_start not in by_start:
            continue
        s = by_start[c.sentence_start]
        year = _named_year(s, c)
        if year is None:
            continue
        factor = c.roles["factor"]
        own = [q for q in figures[s.index] if q.kind == "amount" and q.currency and q.end <= factor.start]
        if not own or is_change_amount(s.text, own[-1]):
            continue
        level = own[-1]
        if _year_of(s, level, figures[s.index]) == year or not _measure(s, level):
            continue
        lctx = resolve(sentences, s, level.start)
        bases = []
        for s2, q in amounts:
            if q.currency != level.currency or q is level or _year_of(s2, q, figures[s2.index]) != year \
                    or is_change_amount(s2.text, q):
                continue
            bctx = resolve(sentences, s2, q.start)
            if bctx.months == lctx.months and _same_subject(lctx, bctx) and _measure(s2, q) == _measure(s, level):
                bases.append((s2, q))
        if len(bases) != 1:
            continue
        s2, base = bases[0]
        implied = level.value / base.value / factor.value if base.value and factor.value else 0
        if not 1 / PLAUSIBLE <= implied <= PLAUSIBLE:
            continue
        if s2 is not s:
            base = replace(base, extra={**base.extra, "sentence_start": s2.start})
        c.roles["from"], c.roles["to"] = base, level
        c.note = "its base is the level of the year its words name, stated elsewhere in the text"
