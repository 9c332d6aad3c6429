"""A rate's or a multiple's base that the words of comparison name by its period and then give: in brackets
("10485吨,比2022年3月(2690吨)多3倍", "2239.4万吨,超出历史最高值(2019年2100.9万吨)6.6%", "По сравнению с 2022
годом (20,6 тысяч тонн), рост экспорта составил 69%", "5135 туристов, что вдвое превышает количество поездок за
аналогичный период (2579 туристов)", "up 12% compared with 2022 (4.1 million)"), or in a clause after the period
("Рост по сравнению с аналогичным периодом 2023 года, когда было экспортировано 6,085 тыс. тонн, составил 25,03%",
"на 13% выше допандемийных показателей: в первом полугодии 2019 года ... около 150 тыс.", "compared with the same
period of 2022, when it shipped 1.2 million").

A ``change_pct`` or ``multiple`` claim with no base gets one (``from``, and ``to`` when it has no level) when:

- the comparison words (``LEAD``) come right before the base's period, which names a year or a period ("2022年3月",
  "аналогичный период", "2019年"), with no figure between them and the base's opening (a bracket, "when", a colon);
- the rate or multiple comes right after that base (only words, and brackets, between) or right before the
  comparison words;
- the base is the one amount in its bracket, or the one amount after "when"/the colon in the level's unit;
- the level is the last amount in the base's unit before the rate and the comparison words in the sentence (not in
  brackets nor after "including"), or, when the sentence gives none before them, the one such amount of the
  sentence before, which states no rate of its own;
- both are of one flow and country, and their ratio is within a factor of two of what the rate says (else abstain).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import period_words
from .claims import Claim
from .context import flow_at
from .grammar import word_pattern as _c
from .increments import is_change_amount
from .numbers import Quantity
from .rankings import countries
from .text import Sentence

# the words that set a level against an earlier one, right before the earlier one's period
LEAD: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?|from|over)\s+"),
    "ru": _c(r"(?<![а-яё])(?:по\s+сравнению\s+с|в\s+сравнении\s+с|чем|превыша\w*|превысил\w*|против|относительно|"
             r"выше|ниже|больше|меньше)\s+"),
    "zh": _c(r"(?<![同环])(?:比|较|超出|超过|高于|低于|相比于?|对比)(?![重例率])"),
}
# what opens the base after its period: a bracket, or a clause saying what the period saw
OPENER: dict[str, re.Pattern[str]] = {
    "en": _c(r"\s*(?:\(|,\s*when\b|:)"),
    "ru": _c(r"\s*(?:\(|,\s*когда\b|:)"),
    "zh": _c(r"\s*(?:[(（]|[,，]\s*(?:当时|那时)|[:：])"),
}
# a part of the figure before it: never the level a rate is told of
INCLUDED = _c(r"в\s+т\.\s*ч\.?|в\s+том\s+числе|из\s+них|\bincluding\b|\bof\s+which\b|其中|包括")
_FIGURE_FREE = re.compile(r"[^\d,;.，。；]{0,90}")  # the base's period words (years and periods blanked out)
_BETWEEN = re.compile(r"[^\d;；。]{0,40}")  # from the base to the rate told of it (brackets left out)
_NEAR = re.compile(r"[^\d;.，。；]{0,14}")  # from a rate to the comparison words after it ("в 2,7 раза меньше, чем")
# right after a rate, its own comparison: "на 21% больше, чем на аналогичную дату", "41% more than in August"
_OWN_COMPARISON = _c(r"\s*(?:больше|меньше|выше|ниже|more|less|higher|lower|above|below)\s*,?\s*(?:чем|than)\b")
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
PLAUSIBLE = 2.0  # the two levels' ratio within this factor of what the rate says, else it is not their rate


@dataclass(frozen=True)
class _Base:
    lead: int  # where the comparison words start
    end: int  # where the base's words end (its bracket closed, or its clause)
    candidates: tuple[Quantity, ...]  # the amounts the base may be


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# a year, or a month by its number ("2022年3月", "2019 года")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*(?:年|г\.?|года?|годом|году)?|(?<!\d)1?\d\s*月份?")


def _period_spans(text: str) -> list[tuple[int, int]]:
    """Where the sentence names a period: its period words, years, months by number, "the same period"."""
    return ([(p.start, p.end) for p in period_words.find(text)] + [(m.start(), m.end()) for m in _YEAR.finditer(text)]
            + [(m.start(), m.end()) for m in period_words.SAME_PERIOD.finditer(text)])


def _bases(s: Sentence, qs: list[Quantity]) -> list[_Base]:
    """Every base the sentence names by its period and then gives."""
    lead, opener = LEAD.get(s.lang), OPENER.get(s.lang)
    if lead is None or opener is None:
        return []
    spans = _period_spans(s.text)
    blanked = _blank(s.text, spans)
    told = [(p.start, p.end) for p in period_words.find(s.text)]  # not "6" of "за 6 месяцев" (a year with a unit is
    amounts = [q for q in qs if q.kind == "amount" and not any(a <= q.start < b for a, b in told)]  # an amount)
    out = []
    for m in lead.finditer(s.text):
        o = next((o for o in opener.finditer(blanked, m.end()) if _FIGURE_FREE.fullmatch(blanked, m.end(), o.start())),
                 None)
        if o is None:
            continue
        named = any(m.end() <= a < o.end() + 60 for a, _ in spans)  # the base's period is named
        if not named:
            continue
        if o.group().strip()[:1] in "(（":
            close = min((i for i in (s.text.find(")", o.end()), s.text.find("）", o.end())) if i >= 0), default=-1)
            if close < 0:
                continue
            inside = [q for q in amounts if o.end() <= q.start < close]
            if len(inside) == 1 and not any(q.kind == "percent" for q in qs if o.end() <= q.start < close):
                out.append(_Base(m.start(), close + 1, tuple(inside)))
            continue
        stop = _clause_stop(s.text, o.end())
        after = [q for q in amounts if o.end() <= q.start < stop and not _bracketed(s.text, q.start)]
        if after and o.group().strip()[:1] in ":：" and not any(o.end() <= a < after[0].start for a, _ in spans):
            continue  # after a colon, the base's clause names its own period (": в первом полугодии 2019 года …")
        if after:
            out.append(_Base(m.start(), after[-1].end, tuple(after)))
    return out


def _clause_stop(text: str, pos: int) -> int:
    m = re.compile(r"[;；。]|,\s*(?:составил|соста|was|is|增长|下降)").search(text, pos)
    return m.start() if m else len(text)


def _bracketed(text: str, pos: int) -> bool:
    return any(m.start() < pos < m.end() for m in _BRACKETS.finditer(text))


def _told_of(s: Sentence, rate: Quantity, base: _Base, qs: list[Quantity]) -> bool:
    """Is the rate told of this base: right after it (words and brackets between) or right before its lead? Not
    after it when another rate stands right before the lead (the base is that one's: "в 2,7 раза меньше, чем в июле
    (на $194,3 тыс.), но на 41% больше, чем в августе прошлого года") or when the rate's own comparison follows it."""
    if rate.start >= base.end:
        if _BETWEEN.fullmatch(_BRACKETS.sub("", s.text[base.end : rate.start])) is None:
            return False
        if _OWN_COMPARISON.match(s.text, rate.end):
            return False  # "на 21% больше, чем на аналогичную дату": its own base, named after it
        return not any(q.kind in ("percent", "multiple") and q.end <= base.lead
                       and _NEAR.fullmatch(s.text, q.end, base.lead) for q in qs)
    return rate.end <= base.lead and _NEAR.fullmatch(s.text, rate.end, base.lead) is not None


def _like(q: Quantity, base: Quantity) -> bool:
    return q.kind == "amount" and q.currency == base.currency


def _levels(s: Sentence, qs: list[Quantity], before: int, base: Quantity) -> list[Quantity]:
    out = []
    for q in qs:
        if q.end > before or q is base or not _like(q, base) or _bracketed(s.text, q.start):
            continue
        if INCLUDED.search(s.text[max(0, q.start - 40) : q.start]) or is_change_amount(s.text, q):
            continue
        out.append(q)
    return out


def _plausible(c: Claim, base: Quantity, level: Quantity) -> bool:
    told = 1 + c.direction * c.roles["change"].value / 100 if "change" in c.roles else c.roles["factor"].value
    if base.value <= 0 or told <= 0:
        return False
    implied = level.value / base.value
    if implied < 1 and "factor" in c.roles:
        implied = 1 / implied  # "fell threefold": the base divided
    return 1 / PLAUSIBLE <= implied / told <= PLAUSIBLE


def compared_base_roles(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim]) -> None:
    """Give each rate or multiple with no base the base its comparison words name and give (see the module)."""
    by_start = {s.start: s for s in sentences}
    for c in claims:
        if c.kind not in ("change_pct", "multiple") or "from" in c.roles or c.sentence_start not in by_start:
            continue
        s = by_start[c.sentence_start]
        rate = c.roles.get("change") or c.roles.get("factor")
        if rate is None or rate.extra.get("sentence_start") not in (None, s.start):
            continue
        qs = figures[s.index]
        for base in (b for b in _bases(s, qs) if _told_of(s, rate, b, qs)):
            pair = _pair(sentences, figures, s, c, rate, base)
            if pair is not None:
                c.roles["from"], c.roles["to"] = pair
                c.note = "the rate's base named by its period and given after it"
                break


def _pair(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, c: Claim, rate: Quantity,
          base: _Base) -> tuple[Quantity, Quantity] | None:
    found = []
    first = min(rate.start, base.lead)
    for b in base.candidates:
        if is_change_amount(s.text, b):
            continue
        told = c.roles.get("to")
        level: Quantity | None = told if told is not None and _like(told, b) else None
        where = s
        if level is None and told is None:
            own = _levels(s, figures[s.index], first, b)
            if own:
                level = own[-1]
            elif s.index > 0 and not any(q.kind == "amount" for q in figures[s.index] if q.end <= first):
                prev = sentences[s.index - 1]
                theirs = figures[prev.index]
                if not any(q.kind in ("percent", "multiple") for q in theirs):
                    earlier = _levels(prev, theirs, len(prev.text), b)
                    if len(earlier) == 1:  # the one level of the sentence before, not one of its several
                        level, where = earlier[-1], prev
        if level is None or not _plausible(c, b, level) or not _same_subject(where, level, s, b):
            continue
        if where is not s:
            level = replace(level, extra={**level.extra, "sentence_start": where.start})
        found.append((b, level))
    return found[0] if len(found) == 1 else None


def _same_subject(ls: Sentence, level: Quantity, bs: Sentence, base: Quantity) -> bool:
    """Of one flow (or none named) and no country named by the base's sentence that the level's does not name."""
    a, b = flow_at(ls.text, level.start), flow_at(bs.text, base.start)
    if a is not None and b is not None and a != b:
        return False
    if ls is bs:
        return True
    return not ({n.code for n in countries(bs.text)} - {n.code for n in countries(ls.text)})
