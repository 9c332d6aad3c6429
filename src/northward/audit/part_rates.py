"""A whole's rate between its parts' rates: total trade's year-on-year rate is a weighted mean of its
exports' and imports' rates (last year's levels are the weights), so with no level given it must still lie
between them ("exports grew 7.1%, imports 15.5%, and trade 9.8%"; "экспорт +7,1%, импорт +15,5%";
"出口增长7.1%,进口增长15.5%,进出口增长9.8%").

The claim (kind ``rate_between``: roles ``rate_total``, ``rate_export``, ``rate_import``, signed) is made only
when the text gives, for one period, territory, subject and partner (or none named), exactly one rate of the
total, one of exports and one of imports, none of them paired with a base, compared with another month or
told of another measure; and when no ``sum_growth`` claim (levels and rates) already checks that rate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .. import humanize
from .checkbase import Check, Env, fmt
from .claims import Claim
from .clause_words import names_balance
from .context import clause_bounds
from .findings import Finding, finding, verdict_for
from .grammar import word_pattern as _c
from .intervals import Interval
from .numbers import Quantity
from .rate_claims import plain_rate

FLOWS = ("total", "export", "import")
# a rate against the previous month or quarter, not against the same period a year earlier
_OTHER_BASE = _c(
    r"环比|(?:month|quarter)[- ]on[- ](?:month|quarter)|(?:month|quarter)[- ]over[- ](?:month|quarter)|\b[mq]/[mq]\b|"
    r"(?:previous|prior|preceding)\s+(?:month|quarter)|\b(?:a|the)\s+(?:month|quarter)\s+(?:earlier|before)|"
    r"\bon\s+the\s+(?:month|quarter)\b|(?:versus|against|over|compared\s+(?:with|to))\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b(?!\s*,?\s*(?:\d|last\s+year|a\s+year)|\s*[-–—])|"
    r"предыдущ\w+\s+(?:месяц|квартал)\w*|прошл\w+\s+(?:месяц|квартал)\w*|"
    r"чем\s+в\s+(?:январ|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
)


def other_base(words: str) -> bool:
    """Do a rate's words (its clause on) compare it with another month or quarter, not a year earlier?"""
    return bool(_OTHER_BASE.search(words))


# where a rate's own words end: the next figure (a year is words), a clause mark, or "and" before the next rate
_OWN_WORDS_END = re.compile(r",(?!\s*чем)|[，;；。]|\band\b|\bи\b|(?<!\d)\d(?!\d{3}(?!\d))")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def rate_other_base(sentence: str, rate: Quantity) -> bool:
    """Do a rate's own words compare it with another month or quarter, not a year earlier? In English and
    Russian they follow it ("up by 9.1% against the month earlier and by 22.6% year on year"), in Chinese
    they come before it (同比增长5%,环比增长3%)."""
    if _CJK.search(sentence[max(0, rate.start - 2) : rate.start]):
        cut = max((m.end() for m in _OWN_WORDS_END.finditer(sentence, max(0, rate.start - 30), rate.start)), default=0)
        return other_base(sentence[max(cut, rate.start - 30) : rate.start])
    end = _OWN_WORDS_END.search(sentence, rate.end, rate.end + 50)
    return other_base(sentence[rate.end : end.start() if end else rate.end + 50])


def _signed(c: Claim) -> Quantity:
    q = c.roles["change"]
    q = replace(q, value=q.value * c.direction) if c.direction < 0 else q
    return replace(q, extra={**q.extra, "sentence_start": c.sentence_start})


def _plain_rate(c: Claim) -> bool:
    """A year-on-year rate of trade: no base amount, no other measure, not against another month."""
    if c.kind != "change_pct" or "from" in c.roles or c.context.other_measure or not plain_rate(c):
        return False  # an average annual or real rate is never mixed with plain ones (growth_concepts)
    cs, _ce = clause_bounds(c.sentence, c.roles["change"].start)
    if names_balance(c.sentence[cs : c.roles["change"].start]):
        return False  # "with the overall trade deficit growing by 5.9 percent": the balance's rate, not trade's
    return not rate_other_base(c.sentence, c.roles["change"])  # "на 30% больше, чем в июне": its own words


def between_claims(claims: list[Claim]) -> list[Claim]:
    """One ``rate_between`` claim per group of a total's, exports' and imports' rates (see the module)."""
    checked = {(c.roles["rate_total"].value, c.roles["rate_total"].start) for c in claims if c.kind == "sum_growth"}
    groups: dict[tuple[str, tuple[int, int] | None, str | None, str], list[Claim]] = {}
    for c in claims:
        if _plain_rate(c):
            x = c.context
            subject = x.subject[1] if x.subject else ""
            groups.setdefault((x.period_label, x.months, x.territory, subject), []).append(c)
    out: list[Claim] = []
    for group in groups.values():
        if len({c.context.partner for c in group} - {None}) > 1 or any(c.context.flow is None for c in group):
            continue  # two partners, or a rate whose flow the words do not name
        by_flow: dict[str, list[Claim]] = {f: [c for c in group if c.context.flow == f] for f in FLOWS}
        if any(len({round(c.roles["change"].value * c.direction, 6) for c in by_flow[f]}) != 1 for f in FLOWS):
            continue  # a flow with no rate, or with two different ones
        total = by_flow["total"][0]
        if len({c.context.currency for c in group}) > 1:
            continue  # "exports in yuan grew 5% … trade grew 1.9% to $244.8 bn": rates in two currencies are no mean
        if any((c.roles["change"].value * c.direction, c.roles["change"].start) in checked for c in by_flow["total"]):
            continue
        roles = {f"rate_{f}": _signed(by_flow[f][0]) for f in FLOWS}
        roles = {k: (replace(q, extra={e: v for e, v in q.extra.items() if e != "sentence_start"})
                     if q.extra["sentence_start"] == total.sentence_start else q) for k, q in roles.items()}
        out.append(Claim("rate_between", roles, total.sentence, total.sentence_start, total.lang, total.context,
                         note="a total's rate lies between its parts' rates"))
    return out


class RateBetweenCheck(Check):
    """The total's rate within the range its exports' and imports' rates span (with their rounding)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "rate_between"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        r = claim.roles
        e, i, t = r["rate_export"].interval(), r["rate_import"].interval(), r["rate_total"].interval()
        span = Interval(min(e.lo, i.lo), max(e.hi, i.hi))
        verdict = verdict_for(t, span)
        pct = {k: humanize.percent(q.value, signed=True) for k, q in r.items()}
        expl = (
            f"total trade's rate is a weighted mean of its exports' ({pct['rate_export']}) and imports' "
            f"({pct['rate_import']}) rates, so it lies {span.in_words('percent')}; the text says {pct['rate_total']}"
        )
        yield finding(claim, self.name, verdict, expl, stated=fmt(r["rate_total"]), stated_interval=t,
                      recomputed=(span.lo + span.hi) / 2, recomputed_interval=span, unit="percent")
