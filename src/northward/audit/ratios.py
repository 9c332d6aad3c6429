"""Ratios between two amounts a text gives, read in one place for the three languages: "240 billion dollars,
nearly three times that of 2013, when it was 89 billion dollars", "33.2 million tonnes, 2.4 times the 13.73
million tonnes of 2002", "3320万吨,是2002年1373万吨的2.4倍", "240 млрд долларов, что почти в три раза больше, чем
... 89 млрд", "почти в 2 раза больше грузовых машин: 550 против 300 ранее".

A multiple with no "from A to B" pair gets its two amounts when the words say which is the base:

- the base is the first amount in the multiple's unit after the ratio words (``AFTER``: "times as much as",
  "times that of", "times the"), or, where a language writes the base first ("是B的2.4倍"), the amount the
  words before the multiple close (``BEFORE``, after ``BASE_LEAD``); the other term is the last amount in
  that unit before both;
- a comparative (``MORE`` / ``LESS``, right after the multiple or just before it) then ``THAN`` ("чем") and
  the base: the amount before the multiple against the first amount in its unit after "чем";
- a comparative, then the two amounts after it joined by ``AGAINST`` ("550 против 300"): the first against
  the second;
- ``THAT_IS`` ("то есть") after two amounts: the larger against the smaller.

"More" reads from the base to the other term (×N), "less" the other way. The logic is language-neutral;
each language plugs its words into the dicts below.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bases import named_again
from .claims import Claim
from .clause_words import RESPECTIVELY
from .grammar import word_pattern as _c
from .growth_concepts import other_bases
from .increments import is_change_amount
from .numbers import FRACTION_NOTE, Quantity, scan

# after the multiple, up to the base amount (nothing else may stand between)
AFTER: dict[str, re.Pattern[str]] = {
    "en": _c(
        # "doubles from 57 million": the multiple's word may end in its verb's ending
        r"(?:s|d|ing)?\s*(?:as\s+(?:much|large|big|high|many)\s+as|that\s+of|those\s+of|"
        r"the\s+(?:level|size|value|volume|figure)\s+of|the|from)\b(?:[^\d;。]{0,50}?(?:when\s+(?:it|they|the\s+\w+)\s+(?:was|were|stood\s+at|amounted\s+to|totall?ed)|at|of|with))?\s*(?:the\s+)?"
        # "three times the level of 2019 ($1.5 billion)": the base in brackets after its year
        r"(?:\(\s*)?$"
    ),
}
# between the base amount and the multiple, for languages that write the base first ("1373万吨的2.4倍"), and
# the words right before that base ("是2002年1373万吨的")
BEFORE: dict[str, re.Pattern[str]] = {"zh": _c(r"[^\d，,。；;:：]{0,4}的\s*")}
BASE_LEAD: dict[str, re.Pattern[str]] = {"zh": _c(r"(?:是|为|相当于)\s*$")}
# a comparative of a multiple: right after it ("в 3 раза больше") or just before it ("ниже примерно в 2,5 раза")
MORE: dict[str, str] = {"ru": r"больше|выше|превыша\w*"}
LESS: dict[str, str] = {"ru": r"меньше|ниже"}
THAN: dict[str, re.Pattern[str]] = {"ru": _c(r"[\s,]*чем\b")}
AGAINST: dict[str, re.Pattern[str]] = {"ru": _c(r"^[^\d;.!?]{0,40}?:\s*(?:[^\d;.!?]{0,30}?)$")}  # "...: 550 против 300"
AGAINST_JOIN: dict[str, re.Pattern[str]] = {"ru": _c(r"^\s*(?:\w+\s+){0,2}?против\s*$")}
THAT_IS: dict[str, re.Pattern[str]] = {"ru": _c(r"(?:то\s+есть|т\.\s?е\.|иными\s+словами)")}
MAX_GAP = 80  # characters between the multiple and its base
BARE_COUNT = 1000  # a count with no unit is a term of a ratio only from a thousand (never a day, a rank, a small number)
# between a base read after the multiple and the level it went to ("from the $75bn earned in 2019 to an estimated")
_TO_AFTER_BASE = _c(r"[^\d;.!?]{0,40}?(?:\bto|(?<!\w)до|至)\b[^\d;.!?]{0,25}")
MAX_THAN_GAP = 120


def ratio_roles(claims: list[Claim], figures_of: dict[int, list[Quantity]]) -> None:
    """Give a multiple with no pair its base ("from") and its other term ("to") when the words name them."""
    for c in claims:
        if c.kind != "multiple" or "from" in c.roles:
            continue
        qs = figures_of.get(c.sentence_start, [])
        found = _terms(c.sentence, c.lang, c.roles["factor"], qs) or _compared(c.sentence, c.lang, c.roles["factor"], qs)
        if found is not None:
            c.roles["from"], c.roles["to"] = found
            c.note = "a ratio of two amounts the sentence gives"


def _counted(q: Quantity) -> bool:
    """An amount with a unit, or a bare count of thousands ("16,138 in November, almost double the 8,235")."""
    return q.kind == "amount" and (bool(q.currency) or (not q.scaled and q.value >= BARE_COUNT))


def _terms(text: str, lang: str, factor: Quantity, qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    amounts = [q for q in qs if _counted(q)]
    base: Quantity | None = None
    after = AFTER.get(lang)
    nxt = next((q for q in qs if q.start >= factor.end and q.kind != "year"), None)
    if after is not None and nxt is not None and _counted(nxt):
        gap = text[factor.end : nxt.start]
        if len(gap) <= MAX_GAP and after.fullmatch(_without_years(gap)):
            base = nxt
    before, lead = BEFORE.get(lang), BASE_LEAD.get(lang)
    if base is None and before is not None:
        prev = [q for q in amounts if q.end <= factor.start]
        if prev and before.fullmatch(_without_years(text[prev[-1].end : factor.start])) and (
            lead is None or lead.search(_without_years(text[max(0, prev[-1].start - 12) : prev[-1].start]).rstrip())
        ):
            base = prev[-1]
    if base is None:
        return None
    if base.start > factor.start:
        later = next((q for q in amounts if q.start >= base.end and q.currency == base.currency), None)
        if later is not None and _TO_AFTER_BASE.fullmatch(_without_years(text[base.end : later.start])):
            return base, later  # "halved from the $75bn earned in 2019 to an estimated $35bn": the level it went to
    other = [q for q in amounts if q.end <= min(base.start, factor.start) and q.currency == base.currency]
    if not other or any(q.kind == "multiple" for q in qs if other[-1].end <= q.start < factor.start and q is not factor):
        return None
    return base, other[-1]


def _without_years(gap: str) -> str:
    return re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*(?:年|г\.?|года?)?", " ", gap)


def _direction(text: str, lang: str, q: Quantity) -> tuple[int, int] | None:
    """(+1 more / -1 less, where the comparative ends) for the multiple ``q``, or None."""
    more, less = MORE.get(lang), LESS.get(lang)
    if more is None or less is None:
        return None
    m = re.compile(rf"\w*\s*(?P<dir>{more}|{less})\b", re.IGNORECASE).match(text, q.end)
    if m:
        return (1 if re.match(more, m.group("dir"), re.IGNORECASE) else -1), m.end()
    b = re.compile(rf"(?P<dir>{more}|{less})\s+(?:\w+\s+){{0,2}}?(?:в\s+)?$", re.IGNORECASE).search(
        text[max(0, q.start - 40) : q.start]
    )
    if b:
        return (1 if re.match(more, b.group("dir"), re.IGNORECASE) else -1), q.end
    return None


def _compared(text: str, lang: str, q: Quantity, qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """(from, to) of a multiple with a comparative: the base and the amount that is N times it."""
    d = _direction(text, lang, q)
    if d is None:
        return None
    sign, end = d
    amounts = [x for x in qs if x.kind == "amount" and x.currency and not is_change_amount(text, x)]
    before = [x for x in amounts if x.end <= q.start]
    than, that_is = THAN.get(lang), THAT_IS.get(lang)
    m = than.match(text, end) if than is not None else None
    if m and before:
        x = before[-1]
        y = next((z for z in amounts if z.start >= m.end() and z.currency == x.currency), None)
        if y is None or y.start - m.end() > MAX_THAN_GAP or re.search(r"[;!?]", text[m.end() : y.start]):
            return None
        return (y, x) if sign > 0 else (x, y)  # X is N times more than Y: Y → X
    pair = _against(text, lang, end, qs)
    if pair is not None:
        x, y = pair
        return (y, x) if sign > 0 else (x, y)
    if that_is is not None and len(before) >= 2 and that_is.search(text, before[-1].end, q.start):
        a, b = before[-2], before[-1]
        if a.currency != b.currency:
            return None
        return (b, a) if a.value >= b.value else (a, b)  # the larger against the smaller
    return None


def _against(text: str, lang: str, end: int, qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """"в 2 раза больше грузовых машин: 550 против 300 ранее": the two figures after the comparative,
    joined by "против" (the first is the one compared, the second its base)."""
    lead, join = AGAINST.get(lang), AGAINST_JOIN.get(lang)
    nxt = [x for x in qs if x.start >= end and x.kind != "year"][:2]
    if lead is None or join is None or len(nxt) < 2 or any(x.kind != "amount" for x in nxt):
        return None
    x, y = nxt
    if x.currency != y.currency or not lead.match(text[end : x.start]) or not join.match(text[x.end : y.start]):
        return None
    return x, y


# a multiple and a percent both told of one growth ("более чем в три раза увеличил импорт ... поставки выросли
# на 214%", "в пять раз нарастил поставки ... подскочил на 543%"): ×N is +(N−1)×100%
TWICE_TOLD_MIN_RATE = 50.0  # percent: a smaller rate is not the growth a multiple tells
TWICE_TOLD_MIN_FACTOR = 1.5
TWICE_TOLD_SENTENCES = 2  # sentences from the multiple to its rate
HEADLINE_SENTENCES = 3  # from a headline (the text's first sentence, no period named) to the rate it sums up
FRACTION_BOUNDS = ("over", "under", "nearly", "just_over", "just_under")


def factor_as_rate(c: Claim) -> Quantity | None:
    """A growth multiple with no pair as the rate it stands for ("увеличился в 3,1 раза", "3.1 times"): ×N is
    +(N−1)×100%, with the figure's rounding (×3,1 is +205% to +215%). None for a multiple in words ("doubled"),
    a hedged one, a decline or one below ×1."""
    q = c.roles.get("factor")
    if c.kind != "multiple" or q is None or "from" in c.roles or "rate" in c.roles or c.direction < 0:
        return None
    if q.tolerance or q.hedge.kind != "exact" or q.value <= 1:
        return None
    # the rate's figure is the factor less one, in hundreds: its rounding is the factor's, times 100
    return replace(q, value=(q.value - 1) * 100, kind="percent", scale=100.0, currency=None,
                   note="a multiple as a rate")


def _implied_rate(c: Claim) -> float:
    """The rate a growth in words stands for: ×N is +(N−1)×100%, "more than a third" +33.3%."""
    return (c.roles["factor"].value - 1) * 100 if c.kind == "multiple" else c.roles["change"].value


def _in_words(c: Claim) -> bool:
    """A growth multiple with no pair, or a rise by a fraction in words with a bound ("более, чем на треть")."""
    if c.direction <= 0 or "from" in c.roles:
        return False
    if c.kind == "multiple":
        return c.roles["factor"].value >= TWICE_TOLD_MIN_FACTOR
    q = c.roles.get("change")
    return c.kind == "change_pct" and q is not None and q.note == FRACTION_NOTE and q.hedge.kind in FRACTION_BOUNDS


def twice_told(claims: list[Claim], sentence_index: dict[int, int]) -> list[Claim]:
    """A growth in words (a multiple, or a fraction with a bound) and the one growth rate in figures of at least
    50% (a fraction's: half its size) stated in its sentence, the next two or the two before, for the same flow (or none named),
    period and, for a fraction, subject (unless the words are a headline: the text's first sentence, naming no
    period, whose rate may come three sentences on), with no other growth in words or large rate beside them:
    the multiple is checked against 1 + rate/100, the fraction's bound against the rate."""
    worded = [c for c in claims if _in_words(c)]
    rates = [c for c in claims if c.kind == "change_pct" and "from" not in c.roles and c.direction > 0
             and c.roles["change"].note != FRACTION_NOTE]
    out: list[Claim] = []
    for m in worded:
        at = sentence_index[m.sentence_start]
        # a multiple's rate: at least half the rate it stands for, and no more is asked than 50% (×1.5 and
        # "+45%" may be one growth; ×3 and "+60%" too, which the check then judges)
        least = min(TWICE_TOLD_MIN_RATE, _implied_rate(m) / 2) if m.kind == "multiple" else _implied_rate(m) / 2
        reach = HEADLINE_SENTENCES if at == 0 and m.context.months is None else TWICE_TOLD_SENTENCES
        near_rates = [r for r in rates if -TWICE_TOLD_SENTENCES <= sentence_index[r.sentence_start] - at <= reach
                      and r.roles["change"].value >= least]  # the rate told first, then in words, as well
        near_words = [x for x in worded if abs(sentence_index[x.sentence_start] - at) <= TWICE_TOLD_SENTENCES]
        if len(near_rates) != 1 or len(near_words) != 1:
            continue
        r = near_rates[0]
        told_at = (m.roles.get("factor") or m.roles["change"]).start
        if sentence_index[r.sentence_start] < at and not named_again(m.sentence[:told_at], r.sentence, m.lang):
            continue  # a rate told before: only when the words in words name its subject again ("container imports")
        flows = {r.context.flow, m.context.flow} - {None}
        headline = at == 0 and m.context.months is None and r.sentence_start > m.sentence_start
        if len(flows) > 1 or (r.context.period_label != m.context.period_label and not headline):
            continue
        if m.kind != "multiple" and not headline and r.context.subject != m.context.subject:
            continue  # "贸易额增长了将近四分之一 … 农产品贸易额增长了42%": another subject's rate
        if r.sentence_start == m.sentence_start and RESPECTIVELY.search(m.sentence):
            continue  # "对澳洲、拉美、非洲…同比分别增长2.1倍、53.8%、12.2%": each member's growth, not one told twice
        rate = r.roles["change"]
        told = m.roles.get("factor") or m.roles["change"]  # a multiple, or a fraction in words
        if other_bases((m.sentence, told.start), (r.sentence, rate.start)):
            continue  # "同1950年相比增长2.8倍；同1953年相比增长87%": two growths from other years
        if _levels_of_two_units(m.sentence, told, r.sentence, rate, m.lang):
            continue  # "人员45.6万人次,同比增长1.2倍;交通工具8.9万辆次,同比增长85%": two measures' growths
        if r.sentence_start != m.sentence_start:
            rate = replace(rate, extra={**rate.extra, "sentence_start": r.sentence_start})
        if m.kind == "multiple":
            out.append(Claim("multiple", {"factor": m.roles["factor"], "rate": rate}, m.sentence, m.sentence_start,
                             m.lang, m.context, note="a multiple and a rate told of one growth"))
        else:
            out.append(Claim("comparison", {"bound": m.roles["change"], "figure": rate}, m.sentence,
                             m.sentence_start, m.lang, m.context, note="a growth in words and in figures"))
    return out


def _levels_of_two_units(a_text: str, a: Quantity, b_text: str, b: Quantity, lang: str) -> bool:
    """Do the levels said right before two growth figures (the last amount before each in its sentence) have two
    units? Then the growths are of two measures, never one growth told twice."""
    units = []
    for text, q in ((a_text, a), (b_text, b)):
        levels = [x for x in scan(text, lang) if x.kind == "amount" and x.currency and x.end <= q.start
                  and not is_change_amount(text, x)]
        units.append(levels[-1].currency if levels else None)
    return None not in units and units[0] != units[1]
