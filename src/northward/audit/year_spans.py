"""The years between two years a sentence names, and an anniversary against its founding year: "1932年…直到1945年,…其间
长达13年", "from 1949 to 1978, almost 30 years", "с 1991 по 2021 год, за 30 лет" (not "5 years in a row", "连续5年");
"в этом году отмечается 70-летие … В 1956 году
станция была создана" (on a page of 2026: 2026 − 1956 = 70), "成立于1956年…今年是建站70周年".

A span (kind ``year_span``: roles ``first``, ``last`` and ``years``) is read when a sentence names exactly two years
joined by range words (``RANGE``: 到, 至, until, to, по …) and, after the second, a count of years (``COUNT``: "13年",
"30 years", "30 лет", not "5年代" nor a year); the count may be the years between them or, counted inclusively (a
five-year plan 1953–1957), one more; a hedged count ("近30年", "over 20 years") is a bound.

An anniversary (the same kind, ``first`` the founding year) is read when a sentence names an N-th anniversary
(``ANNIVERSARY``) of a year it or the next sentence names (exactly one year, before the anniversary's), celebrated in
the year its sentence names, else "this year" (``THIS_YEAR``) against the document's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .checkbase import Check, Env, judged
from .claims import Claim
from .context import resolve
from .findings import Finding
from .hedges import hedge_before
from .intervals import Interval
from .numbers import Quantity
from .text import Sentence
from .zh_numerals import zh_integer

_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])(?P<y>(?:1[89]|20)\d\d)(?!\d)(?![.,]\d)(?!\s*(?:年代|-?е\b|s\b))")
RANGE = re.compile(r"^(?:[^。；;!?]{0,80}?(?:直到|一直到|到|至|until|till|through|to|по|до)\s*|(?:年)?\s*[-–—~]\s*)$",
                   re.IGNORECASE)
COUNT = re.compile(
    r"(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:多|余)?\s*(?:年(?![代度初底末])|years?\b|лет\b|года?\b)",
    re.IGNORECASE,
)
ANNIVERSARY = re.compile(
    r"(?P<n>\d{1,3})(?:-?\s*(?:летие|летия|летию|летним\s+юбилеем)|-?(?:я|й|ю)\s+годовщин\w*|\s*周年|(?:st|nd|rd|th)\s+"
    r"anniversary)|(?P<zh>[一两二三四五六七八九十]{1,3})周年",  # "运行一周年", "建站七十周年"
    re.IGNORECASE,
)
THIS_YEAR = re.compile(r"в\s+этом\s+году|в\s+текущем\s+году|this\s+year|今年|本年", re.IGNORECASE)
MAX_AFTER = 40  # characters from the second year to the count of years
# a count of years that is not the span's: "5 years in a row", "连续5年", "5 лет назад", "10 years old"
NOT_SPAN = re.compile(r"\s*(?:in\s+a\s+row|running|consecutive|straight|ago|old|later|earlier|before|after|назад|спустя|"
                      r"подряд|после|后|前|以后|以前|之后|之前)", re.IGNORECASE)
NOT_SPAN_BEFORE = re.compile(r"(?:连续|consecutive|straight|в\s+течение\s+последних)\s*$", re.IGNORECASE)


def _year_q(s: Sentence, m: re.Match[str], note: str = "") -> Quantity:
    return Quantity(float(m.group("y")), "amount", m.start("y"), m.end("y"), m.group("y"), decimals=0, currency="years",
                    note=note)


def _count(s: Sentence, m: re.Match[str]) -> Quantity:
    """The count of years, with the hedge before it ("近30年", "over 20 years") or after it ("30多年")."""
    raw = m.group("n")
    value = float(raw) if raw.isdigit() else float(zh_integer(raw))
    hedge = hedge_before(s.text[: m.start("n")], s.text[m.end("n") :])
    return Quantity(value, "amount", m.start("n"), m.end(), m.group(0), decimals=0, currency="years", hedge=hedge)


def year_span_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        years = list(_YEAR.finditer(s.text))
        if len({m.group("y") for m in years}) == 2 and len(years) == 2:
            a, b = years
            if int(a.group("y")) < int(b.group("y")) and RANGE.match(s.text[a.end() : b.start()]):
                m = COUNT.search(s.text, b.end(), b.end() + MAX_AFTER)
                if m is not None and not re.search(r"\d", s.text[b.end() : m.start()]) \
                        and not NOT_SPAN.match(s.text, m.end()) and not NOT_SPAN_BEFORE.search(s.text, 0, m.start()):
                    roles = {"first": _year_q(s, a), "last": _year_q(s, b), "years": _count(s, m)}
                    out.append(Claim("year_span", roles, s.text, s.start, s.lang, resolve(sentences, s, m.start()),
                                     note="the years between two years"))
        out.extend(_anniversaries(sentences, s))
    return out


def _anniversaries(sentences: list[Sentence], s: Sentence) -> list[Claim]:
    found = list(ANNIVERSARY.finditer(s.text))
    if len(found) != 1:
        return []
    m = found[0]
    own = list(_YEAR.finditer(s.text))
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    if len(own) == 1 and THIS_YEAR.search(s.text) is None:
        return []  # one year named: the anniversary's own year or its founding one, not both
    if own:
        founding = own
        where = s
    elif nxt is not None:
        founding = list(_YEAR.finditer(nxt.text))
        where = nxt
    else:
        return []
    if len({f.group("y") for f in founding}) != 1 or THIS_YEAR.search(s.text) is None or s.doc_date is None:
        return []
    n = float(m.group("n")) if m.group("n") else float(zh_integer(m.group("zh")))
    first = _year_q(where, founding[0], note="the founding year")
    at = Quantity(float(s.doc_date.year), "amount", m.start(), m.end(), "this year", decimals=0, currency="years",
                  extra={"sentence_start": s.start}) if where is not s else \
        Quantity(float(s.doc_date.year), "amount", m.start(), m.end(), "this year", decimals=0, currency="years")
    if where is not s:
        first = Quantity(first.value, "amount", first.start, first.end, first.text, decimals=0, currency="years",
                         extra={"sentence_start": where.start})
    at_n = m.start("n") if m.group("n") else m.start("zh")
    years = Quantity(n, "amount", at_n, m.end(), m.group(0), decimals=0, currency="years")
    if not first.value < at.value:
        return []
    return [Claim("year_span", {"first": first, "last": at, "years": years}, s.text, s.start, s.lang,
                  resolve(sentences, s, m.start()), note="an anniversary against its founding year")]


class YearSpanCheck(Check):
    """The stated count of years against the years between the two (or one more, counted inclusively)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "year_span"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        r = claim.roles
        gap = r["last"].value - r["first"].value
        inclusive = claim.note != "an anniversary against its founding year"
        rec = Interval(gap, gap + 1 if inclusive else gap)
        stated = r["years"]
        iv = stated.hedge.apply(Interval(stated.value, stated.value))
        how = f" (or {int(gap) + 1}, counting both)" if inclusive else ""
        unit = "year" if gap == 1 else "years"
        expl = (f"{int(r['first'].value)} to {int(r['last'].value)} is {int(gap)} {unit}{how}; the text says "
                f"{stated.text}")
        yield judged(claim, self.name, stated, iv, rec, gap, "years", expl)

