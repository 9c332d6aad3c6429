"""Which change a growth rate measures: the concept guards of every check that sets a rate against levels.

A rate beside two levels ("from A to B, up X%"), a level and its increase, or the store's levels is the
plain (nominal, total) change between them only if its words say nothing else. Two concepts are never
that change:

- an **average annual** rate (年均增长, 平均每年增长, 每年递增, "average annual", "a year on average",
  "compound annual", "в среднем за год", "среднегодовой", "ежегодно в среднем"): over ``n`` years the
  levels give (b / a) ** (1 / n) − 1, which :func:`compound_rate` computes when the span's years are
  known (both ends' years read); otherwise the rate is unverifiable;
- a **real** rate (按可比价格计算, 扣除价格因素, 实际增长, "in real terms", "after inflation", "at constant
  prices", "в сопоставимых ценах", "в реальном выражении"): prices left out, it is never the change of
  two amounts in current money, unless those amounts are themselves stated at constant prices (the
  words in brackets right after the amount: "643亿元（按一九五七年不变价格计算）"). A rate of GDP,
  national income or value added is real by the statistical convention of every office (the levels are
  at current prices), unless the words say nominal.

For other checks: :func:`rate_concept` (a rate's words) and :func:`claim_concept` (a claim's rate);
:func:`concept_guard` (why a claim comparing its rate with levels must abstain, or None);
:func:`guarded_change` and :func:`guarded_increment` (the finding for two levels, or a level and its
increase, when the concept decides it); :func:`span_years` and :func:`compound_rate` (an average over a
span); :func:`other_bases` (two growths each measured from its own year are not one growth told twice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import humanize
from .checkbase import fmt, judged, unverifiable
from .claims import Claim
from .context import Context
from .findings import Finding
from .intervals import Interval
from .numbers import Quantity
from .zh_numerals import zh_year

# words right before the rate (in its clause) that make it an average annual rate
_AVERAGE_BEFORE = re.compile(
    r"(?<![去今前明上同全当])年均|平均每年|每年平均|年平均|每年递增|逐年递增|平均年增|"
    r"\baverage(?:d)?\s+(?:annual|yearly|a\s+year|per\s+year)|\bannual(?:ised|ized)?\s+average|\bcompound(?:ed)?\s+annual|"
    r"\bCAGR\b|\baverage\s+(?:growth\s+)?(?:rate\s+)?of\b[^.;,]{0,20}?\b(?:a|per)\s+year|"
    r"среднегодов\w*|в\s+среднем\s+(?:за\s+год|в\s+год|ежегодно)|ежегодно\s+в\s+среднем|в\s+среднем\s+на\b[^.;]{0,6}$",
    re.IGNORECASE,
)
# words right after the rate: "7% a year on average", "на 5% в год", "5% per annum"
_AVERAGE_AFTER = re.compile(
    r"^\s*(?:(?:a|per|each)\s+year|annually|per\s+annum|y/y\s+on\s+average)\s+on\s+average\b|"
    r"^\s*(?:on\s+average\s+)?(?:a|per|each)\s+year\b(?!\s+(?:earlier|ago|before))|^\s*(?:annually|per\s+annum)\b|"
    r"^\s*(?:в\s+среднем\s+)?(?:в\s+год|ежегодно|за\s+год\s+в\s+среднем)\b",
    re.IGNORECASE,
)
# phrases that govern the rates after them in their stretch of sentence ("按可比价格计算，A增长5%，B增长6%")
_REAL_GOVERNING = re.compile(
    r"按(?:可比|不变)价(?:格)?计算|扣除(?:物价|价格)\S{0,6}因素|剔除(?:物价|价格)\S{0,6}因素|"
    r"\bin\s+real\s+terms\b|\b(?:after|adjusted\s+for|net\s+of)\s+inflation\b|\bat\s+(?:constant|comparable)\s+prices\b|"
    r"в\s+сопоставимых\s+ценах|в\s+сопоставимой\s+оценке|в\s+постоянных\s+ценах|в\s+реальном\s+выражении|с\s+учетом\s+инфляции",
    re.IGNORECASE,
)
# words of one rate ("实际增长16.9%", "real wages rose 3%"): only for the rate of their own clause
_REAL_ATTACHED = re.compile(
    r"实际(?:增长|下降|增加|减少|增速)|\breal\s+(?:growth|GDP|GRP|incomes?|wages?|output|value)\b|\binflation[-\s]adjusted\b|"
    r"реальн\w+\s+(?:рост\w*|доход\w*|зарплат\w*|заработн\w+|ВВП|ВРП|объем\w*)|индекс\w*\s+физического\s+объема",
    re.IGNORECASE,
)
# measures whose growth rate offices publish in real terms while the levels are in current prices
_REAL_BY_CONVENTION = re.compile(
    r"生产总值|\bGDP\b|\bGRP\b|国民收入|国民生产总值|增加值|\bvalue\s+added\b|\bВВП\b|\bВРП\b|валов\w+\s+(?:внутренн|регионал)\w+\s+продукт\w*|"
    r"добавленн\w+\s+стоимост\w*",
    re.IGNORECASE,
)
_NOMINAL = re.compile(r"名义|现价|按当年价格|\bnominal\b|\bat\s+current\s+prices\b|номинал\w*|в\s+текущих\s+ценах", re.IGNORECASE)
# a note in brackets right after an amount: the amount itself is at constant prices
_BRACKETED = re.compile(r"[（(][^（()）]{0,30}[)）]")
_STRONG_BREAK = re.compile(r"[;；。]")
_CLAUSE_BREAK = re.compile(r"[,，;；:：]|\s[—–-]\s")
_FIGURE_KINDS = ("amount", "percent", "multiple", "pp")
AVERAGE = "average"
REAL = "real"
REASON = "other_concept"


@dataclass(frozen=True)
class RateConcept:
    """What a rate's words make it: an average annual rate, a real rate (prices left out), both or neither."""

    average: bool = False
    real: bool = False
    words: str = ""  # the words read, for the explanation
    by_convention: bool = False  # real only because it is a rate of GDP, national income or value added

    @property
    def plain(self) -> bool:
        return not (self.average or self.real)


def _local(q: Quantity) -> bool:
    return q.extra.get("sentence_start") is None


def _chunk_start(text: str, pos: int) -> int:
    """Where the rate's stretch of the sentence begins: after the last semicolon or full stop before it."""
    marks = [m.end() for m in _STRONG_BREAK.finditer(text, 0, pos)]
    return max(marks, default=0)


def _clause_start(text: str, pos: int, figures: list[Quantity]) -> int:
    """Where the rate's own words begin: after the last clause break and the last figure before it."""
    marks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)]
    marks += [q.end for q in figures if q.end <= pos and q.kind in _FIGURE_KINDS]
    return max(marks, default=0)


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_BREAK.search(text, pos)
    return m.start() if m else len(text)


def _amount_note(text: str, pos: int, levels: list[Quantity]) -> bool:
    """Is ``pos`` inside brackets right after one of ``levels``: that amount's own note ("643亿元（按…不变价格计算）")?"""
    for a in levels:
        b = _BRACKETED.match(text, a.end + len(text[a.end : a.end + 3]) - len(text[a.end : a.end + 3].lstrip()))
        if b and b.start() <= pos < b.end():
            return True
    return False


def _real_words(text: str, spans: list[tuple[re.Pattern[str], int, int]], levels: list[Quantity]) -> str | None:
    for pat, lo, hi in spans:
        for m in pat.finditer(text, lo, hi):
            if not _amount_note(text, m.start(), levels):
                return m.group(0)
    return None


def rate_concept(
    text: str, rate: Quantity, figures: Sequence[Quantity] = (), levels: Sequence[Quantity] = ()
) -> RateConcept:
    """The concept of the rate ``rate`` of the sentence ``text`` (offsets of ``rate`` and ``figures`` in it).

    Average: words of the rate's clause before it (after the previous figure) or right after it. Real: a
    governing phrase ("按可比价格计算", "in real terms") in the rate's stretch of sentence (since the last
    semicolon) or its clause after it, or a rate's own word ("实际增长", "real wages") since the previous
    rate, other than a bracketed note on one of ``levels`` (amounts at constant prices); or, against
    ``levels`` in money, a rate of GDP, national income or value added since the previous rate, when no word
    says nominal."""
    if not _local(rate):
        return RateConcept()
    others = [q for q in figures if q is not rate and _local(q)]
    lo = _clause_start(text, rate.start, others)
    before, after = text[lo : rate.start], text[rate.end : rate.end + 30]
    avg = _AVERAGE_BEFORE.search(before) or _AVERAGE_AFTER.match(after)
    chunk = _chunk_start(text, rate.start)
    since_rate = max([chunk, *(q.end for q in others if q.kind in ("percent", "pp") and q.end <= rate.start)])
    end = _clause_end(text, rate.end)
    local_levels = [q for q in levels if _local(q)]
    real = _real_words(text, [(_REAL_GOVERNING, chunk, end), (_REAL_ATTACHED, since_rate, end)], local_levels)
    words = [w for w in (avg.group(0) if avg else None, real) if w]
    if real is None and any(q.currency for q in local_levels):
        conv = _REAL_BY_CONVENTION.search(text, since_rate, rate.start)
        if conv and not _NOMINAL.search(text, chunk, end):
            return RateConcept(bool(avg), True, " ".join([*words, conv.group(0)]), by_convention=True)
    return RateConcept(bool(avg), real is not None, " ".join(words))


def claim_concept(claim: Claim) -> RateConcept:
    """The concept of a claim's rate (role ``change``, else ``rate`` or ``average``), against its levels."""
    rate = claim.roles.get("change") or claim.roles.get("rate")
    if rate is None or rate.kind != "percent":
        return RateConcept()
    figures = list(claim.roles.values())
    levels = [q for k, q in claim.roles.items() if k in ("from", "to", "delta", "value") and q.kind == "amount"]
    return rate_concept(claim.sentence, rate, figures, levels)


_YEAR_AFTER = re.compile(
    r"\s*(?:in|at\s+the\s+end\s+of|в|на\s+конец)?\s*((?:19|20)\d\d)(?!\d)(?:\s*(?:году|г\.))?", re.IGNORECASE
)
_YEAR_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年?(?:底|末)?的?\s*$")


def _year_of(text: str, q: Quantity) -> int | None:
    """A year written right at a level: "2015年的120亿元", "$40 billion in 2014", "200 млрд рублей в 2016 году"."""
    if not _local(q):
        return None
    m = _YEAR_BEFORE.search(text, max(0, q.start - 10), q.start) or _YEAR_AFTER.match(text, q.end, q.end + 20)
    return int(m.group(1)) if m else None


def span_years(ctx: Context, text: str = "", a: Quantity | None = None, b: Quantity | None = None) -> int | None:
    """The years an average runs over, when both ends are read: the years written at the two levels
    ("从2007年的…上升到2012年的…"), else the context's start year and year ("2016–2021"); else None."""
    ya, yb = (_year_of(text, a), _year_of(text, b)) if a is not None and b is not None else (None, None)
    if ya and yb:
        n = yb - ya
    elif ctx.year and len(ctx.start_years) == 1 and ctx.period is None and not ctx.partial_period:
        n = ctx.year - ctx.start_years[0]
    else:
        return None
    return n if 1 <= n <= 50 else None


def compound_rate(a: Interval, b: Interval, years: int) -> Interval:
    """The average annual rate (percent) that takes a level in ``a`` to one in ``b`` over ``years`` years."""
    lo = ((b.lo / a.hi) ** (1 / years) - 1) * 100 if b.lo > 0 and a.hi > 0 else -100.0
    hi = ((b.hi / a.lo) ** (1 / years) - 1) * 100 if b.hi > 0 and a.lo > 0 else float("inf")
    return Interval(lo, hi)


def concept_guard(claim: Claim, checkable_average: bool = False) -> str | None:
    """Why a claim that sets its rate against levels (two amounts, an amount and its increase, the store's
    levels) must abstain: the rate is real, or an average annual rate (unless ``checkable_average``: the
    caller compounds it over :func:`span_years`). None when the rate is the plain change."""
    concept = claim_concept(claim)
    if concept.real:
        how = ("a rate of GDP, national income or value added is real (at comparable prices) by convention"
               if concept.by_convention else f"a real rate ({concept.words!r}: prices left out)")
        return f"{how}, never the change between amounts in current money"
    if concept.average and not checkable_average:
        return f"an average annual rate ({concept.words!r}) is not the total change between two levels"
    return None


def guarded_change(claim: Claim, check: str, a: Quantity, b: Quantity, change: Quantity) -> Finding | None:
    """The finding of a rate stated beside two levels ``a`` → ``b`` when its concept decides it: a real rate
    abstains; an average annual rate is compounded over the span's years, or abstains when they are not read.
    None for a plain rate (the caller checks the total change)."""
    return _guarded(claim, check, a.interval(), a.value, fmt(a), b, change, span_years(claim.context, claim.sentence, a, b))


def guarded_increment(claim: Claim, check: str, to: Quantity, delta: Quantity, change: Quantity) -> Finding | None:
    """The same for a level and its increase since a year ("$6.69 billion, an increase of $4.89 billion from 2001,
    or an average annual growth of 30 percent"): the start is the level less the increase."""
    if rate_concept(claim.sentence, delta, list(claim.roles.values())).average:
        return unverifiable(claim, check, "an average yearly increase ('平均每年增加', 'on average a year') is not the "
                            "change over the last year: the level less it is no base", REASON)
    sign = -1 if claim.direction < 0 else 1
    a_iv = to.interval() - delta.interval().scale(sign)
    a_val = to.value - sign * delta.value
    return _guarded(claim, check, a_iv, a_val, f"{fmt(to)} {'+' if sign < 0 else '−'} {fmt(delta)}", to, change,
                    span_years(claim.context))


def _guarded(claim: Claim, check: str, a_iv: Interval, a_val: float, a_text: str, b: Quantity, change: Quantity,
             years: int | None) -> Finding | None:
    why = concept_guard(claim, checkable_average=True)
    if why is not None:
        return unverifiable(claim, check, why, REASON)
    concept = claim_concept(claim)
    if not concept.average:
        return None
    if years is None:
        return unverifiable(claim, check, f"an average annual rate ({concept.words!r}) over a span whose years are "
                            "not read: the total change between the levels is another figure", REASON)
    try:
        rec = compound_rate(a_iv, b.interval(), years)
        point = ((b.value / a_val) ** (1 / years) - 1) * 100
    except (ZeroDivisionError, ValueError):
        return unverifiable(claim, check, "a level of zero or below has no average annual rate", "zero_base")
    if isinstance(point, complex):
        return unverifiable(claim, check, "a level of zero or below has no average annual rate", "zero_base")
    stated = change.interval().scale(claim.direction)
    expl = (f"{a_text} → {fmt(b)} over {years} years is {humanize.percent(point, signed=True)} a year on average "
            f"({rec.in_words('percent')}); the text says an average of {fmt(change)}")
    return judged(claim, check, change, stated, rec, point, "percent", expl)


# a year a growth is measured from: after a base word, in the same clause ("同第一个五年计划的第一年——一九五三年的…相比",
# "比2019年", "compared with 2019")
_BASE_YEAR = re.compile(
    r"(?:同|与|(?<!对)比(?![重例率])|较|compared\s+(?:with|to)|\bfrom|\bover|\bsince|\bagainst|по\s+сравнению\s+с|"
    r"против|относительно)[^\d，,；;。.]{0,20}?(?:((?:19|20)\d\d)(?!\d)|([一二][〇零一二三四五六七八九]{3})年)",
    re.IGNORECASE,
)


def base_years(text: str, pos: int) -> set[int]:
    """The years a growth in the stretch of sentence before ``pos`` (since the last semicolon or full stop) is said
    to be measured from: each after a base word, in digits or Chinese numerals."""
    found = _BASE_YEAR.finditer(text, _chunk_start(text, pos), pos)
    return {int(m.group(1)) if m.group(1) else zh_year(m.group(2)) for m in found}


def other_bases(a: tuple[str, int], b: tuple[str, int]) -> bool:
    """Are two growths (sentence, position) measured from other bases: each in its own stretch of sentence,
    both naming years, and not the same ones ("同一九五零年…比较，增长二点八倍；同一九五三年…比较，增长百分之八十七")?"""
    (ta, pa), (tb, pb) = a, b
    if ta == tb and _chunk_start(ta, pa) == _chunk_start(tb, pb):
        return False
    ya, yb = base_years(ta, pa), base_years(tb, pb)
    return bool(ya) and bool(yb) and ya != yb
