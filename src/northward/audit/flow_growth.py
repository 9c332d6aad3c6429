"""A whole's rate from its flows' levels and rates when the text does not state the whole's level: "trade fell
36.4%; exports fell 42.1% to 17.3 bn yuan, imports fell 8.7% to 15.9 bn yuan". Last year's flows (level / (1 +
rate)) add up to last year's whole and this year's to this year's, so the whole's rate follows: (17.3 + 15.9) /
(17.3 / 0.579 + 15.9 / 0.913) − 1 = −29.8%, not −36.4%.

The claim (kind ``flows_growth``: roles ``export`` and ``import``, the levels, and the signed rates
``rate_export``, ``rate_import``, ``rate_total``) is made only when, for one period, territory, partner and
subject, the text gives exactly one rate of the total, with no level and no base and not against another month,
and exactly one export and one import rate, each with the level it led to, in one unit; and when no sum of
those flows is stated (``sum_growth`` then checks the rate against the stated whole).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .. import humanize
from .checkbase import Check, Env, fmt, judged
from .claims import Claim
from .findings import Finding
from .numbers import Quantity
from .part_rates import rate_other_base
from .rate_claims import claim_of, plain_rate
from .subject_words import measure_word
from .sums import rate_of, rate_pointing_back
from .text import Sentence

FLOWS = ("total", "export", "import")
_Key = tuple[str, tuple[int, int] | None, str | None, str | None, str]


def _signed(q: Quantity, c: Claim, at: int) -> Quantity:
    """A rate signed by its verb, its sentence's offset kept when it is not the claim's (``at``)."""
    q = replace(q, value=q.value * c.direction) if c.direction < 0 else q
    return q if c.sentence_start == at else replace(q, extra={**q.extra, "sentence_start": c.sentence_start})


def _placed(q: Quantity, c: Claim, at: int) -> Quantity:
    return q if c.sentence_start == at else replace(q, extra={**q.extra, "sentence_start": c.sentence_start})


def _year_on_year(c: Claim) -> bool:
    """A rate against the same period a year earlier: no base amount, no other measure, not month on month."""
    if c.kind != "change_pct" or "from" in c.roles or c.context.other_measure or not plain_rate(c):
        return False
    return not rate_other_base(c.sentence, c.roles["change"])


def flows_growth_claims(claims: list[Claim]) -> list[Claim]:
    """One ``flows_growth`` claim per total rate whose flows' levels and rates the text gives (see the module)."""
    summed = {(c.roles["export"].value, c.roles["import"].value)
              for c in claims if "export" in c.roles and "import" in c.roles}  # a sum, a balance: the whole is stated
    groups: dict[_Key, dict[str, list[Claim]]] = {}
    for c in claims:
        x = c.context
        if not _year_on_year(c) or x.flow not in FLOWS:
            continue
        key = (x.period_label, x.months, x.territory, x.partner, x.subject[1] if x.subject else "")
        groups.setdefault(key, {}).setdefault(x.flow, []).append(c)
    out: list[Claim] = []
    for g in groups.values():
        if any(len(g.get(f, [])) != 1 for f in FLOWS):
            continue  # a flow with no rate, or with two: which goes with which is not read
        total, exp, imp = g["total"][0], g["export"][0], g["import"][0]
        if len({c.context.currency for c in (total, exp, imp)}) > 1:
            continue  # a rate said in yuan beside rates of no or another currency: no weighting of them
        if "to" in total.roles or "to" not in exp.roles or "to" not in imp.roles:
            continue  # the whole's level is stated (sum_growth's), or a flow's level is not
        e, i = exp.roles["to"], imp.roles["to"]
        if not e.currency or e.currency != i.currency or (e.value, i.value) in summed:
            continue
        at = total.sentence_start
        roles = {
            "export": _placed(e, exp, at), "import": _placed(i, imp, at),
            "rate_export": _signed(exp.roles["change"], exp, at), "rate_import": _signed(imp.roles["change"], imp, at),
            "rate_total": _signed(total.roles["change"], total, at),
        }
        out.append(Claim("flows_growth", roles, total.sentence, at, total.lang, total.context,
                         note="a whole's rate from its flows' levels and rates"))
    return out


MAX_PARTS = 6
CLOSE = 0.005  # the parts' sum within half a percent of the whole (and within its rounding)


def _rate_claim(q: Quantity, claims: list[Claim]) -> Claim | None:
    return claim_of(q, claims)


def _plain_rate(q: Quantity | None, claims: list[Claim]) -> Quantity | None:
    """The rate when it is year on year (no base amount, no other month), else None. The measure is the levels'
    (their unit), so a rate of freight or throughput counts as well as one of trade."""
    if q is None:
        return None
    c = _rate_claim(q, claims)
    if c is None or "from" in c.roles or not plain_rate(c):
        return None  # a base of its own, or an average annual or real rate (growth_concepts)
    return None if rate_other_base(c.sentence, q) else q


def _adds_up(whole: Quantity, parts: list[Quantity]) -> bool:
    """Do the parts add up to the whole: their sum, as written, within the whole's rounding and within half a
    percent of it?"""
    total = sum(p.value for p in parts)
    return whole.value > 0 and abs(total - whole.value) <= CLOSE * whole.value and whole.rounding().contains(total)


def _months(q: Quantity, claims: list[Claim]) -> tuple[int, int] | None:
    c = _rate_claim(q, claims)
    return c.context.months if c is not None else None


def listed_growth_claims(sentences: list[Sentence], claims: list[Claim], amounts: list[tuple[int, Quantity]]
                         ) -> list[Claim]:
    """A whole's level and rate, then a run of amounts in its unit, each with its own rate, that add up to the
    whole ("вырос на 10,8%, до 1,55 млн TEU. ... каботажных – на 9,5%, до 463,3 тыс. TEU ... импортных – на 36,4%
    ... 584,96 тыс. ..."): the parts make up the whole, so last year's parts make last year's whole and the
    whole's rate follows. Made only when the run's levels are the next amounts of that unit, one rate each,
    all year on year and of the whole's months; and when no ``sum_growth`` claim checks that whole's rate."""
    checked = {(c.roles["rate_total"].value, c.roles["rate_total"].start) for c in claims if c.kind == "sum_growth"}
    positions = [(p, q.currency) for p, q in amounts]
    spans = [(st.start, st.start + len(st.text)) for st in sentences]
    rates = {p: _plain_rate(rate_of(p, claims, positions) or rate_pointing_back(p, claims, positions, spans), claims)
             for p, q in amounts if q.currency}
    out: list[Claim] = []
    for i, (p, whole) in enumerate(amounts):
        total_rate = rates.get(p)
        if total_rate is None or (total_rate.value, total_rate.start) in checked:
            continue
        same = [(pp, q) for pp, q in amounts[i + 1:] if q.currency == whole.currency and q.value != whole.value]
        run = _run(same, whole, rates)  # the parts right after their whole, never a run further on
        if run is None or any(_not_levels(sentences, pos) for pos in (p, run[0][0])):
            continue
        if _siblings(sentences, (p, whole), (run[0][0], run[0][1])):
            continue
        used = {(r.value, r.start, r.extra.get("sentence_start")) for _p, _q, r in run}
        months = {_months(r, claims) for _p, _q, r in run} | {_months(total_rate, claims)}
        if len(used) < len(run) or len(months - {None}) > 1:
            continue  # one rate read for two parts, or parts of other months
        out.append(_listed_claim(sentences, claims, (p, whole, total_rate), run))
    return out


# measures whose levels are the flow itself (trade, freight, passengers): their rates are the levels' changes
_FLOW_MEASURES = ("frei", "груз", "货运量", "pass", "пасс", "旅客")


def _not_levels(sentences: list[Sentence], pos: int) -> bool:
    """Does the sentence at ``pos`` name a measure whose rates are not its levels' nominal change (GDP and value
    added grow in real terms, fixed investment on a comparable basis): never a whole's rate from its parts'."""
    st = next((st for st in sentences if st.start <= pos < st.start + len(st.text)), None)
    word = measure_word(st.text, 0, len(st.text)) if st is not None else ""
    return bool(word) and word not in _FLOW_MEASURES


_Part = tuple[int, Quantity, Quantity]  # an amount's offset in the text, the amount, its signed rate

# "Восточный – 7,7 млн тонн (+14,2%), Ванино – 2,8 млн тонн (-0,5%), …": after an amount and its bracketed rate, a
# list separator and a name: the next amount is the list's next item, written as this one is, not its part
_SIBLING_GAP = re.compile(r"[^\d(（:：;；]{0,20}[(（][^()（）]*[)）]\s*[,;，；、]\s*[^\d:：]{0,40}")
_PARTS_WORD = re.compile(r"of\s+which|includ|consist|compris|в\s+том\s+числе|в\s+т\.\s*ч\.|из\s+них|включая|"
                         r"其中|包括", re.IGNORECASE)


def _siblings(sentences: list[Sentence], whole: tuple[int, Quantity], part: tuple[int, Quantity]) -> bool:
    """Are the whole and its first part two items of one list: in one sentence, the whole with its rate bracketed
    after it, then a separator and a name, and no word that opens its parts ("of which", "в том числе", "其中")?"""
    (p, w), (pp, _q) = whole, part
    st = next((st for st in sentences if st.start <= p < st.start + len(st.text)), None)
    if st is None or not st.start <= pp < st.start + len(st.text):
        return False
    between = st.text[p - st.start + (w.end - w.start) : pp - st.start]
    return _SIBLING_GAP.fullmatch(between) is not None and _PARTS_WORD.search(between) is None


def _run(after: list[tuple[int, Quantity]], whole: Quantity, rates: dict[int, Quantity | None]) -> list[_Part] | None:
    """The shortest run (two or more) of the amounts ``after`` that adds up to the whole, each with its rate."""
    run: list[_Part] = []
    for pp, q in after[:MAX_PARTS]:
        rate = rates.get(pp)
        if rate is None or q.value >= whole.value:
            return None
        run.append((pp, q, rate))
        if len(run) >= 2 and _adds_up(whole, [x for _p, x, _r in run]):
            return run
        if sum(x.value for _p, x, _r in run) > whole.value * (1 + CLOSE):
            return None
    return None


def _listed_claim(sentences: list[Sentence], claims: list[Claim], whole: _Part, run: list[_Part]) -> Claim:
    """The ``flows_growth`` claim of a whole and its listed parts, written in the whole's sentence."""
    own = next(st for st in sentences if st.start <= whole[0] < st.start + len(st.text))
    rate_claim = _rate_claim(whole[2], claims)

    def placed(q: Quantity, pos: int) -> Quantity:
        start = next(st.start for st in sentences if st.start <= pos < st.start + len(st.text))
        return q if start == own.start else replace(q, extra={**q.extra, "sentence_start": start})

    def rate_placed(q: Quantity) -> Quantity:
        if q.extra.get("sentence_start") == own.start:
            return replace(q, extra={k: v for k, v in q.extra.items() if k != "sentence_start"})
        return q

    roles: dict[str, Quantity] = {"total": placed(whole[1], whole[0]), "rate_total": rate_placed(whole[2])}
    for n, (pp, q, rate) in enumerate(run, 1):
        roles[f"part{n}"] = placed(q, pp)
        roles[f"rate_part{n}"] = rate_placed(rate)
    ctx = rate_claim.context if rate_claim is not None else claims[0].context
    return Claim("flows_growth", roles, own.text, own.start, own.lang, ctx,
                 note="a whole's rate from its listed parts' levels and rates")


def _members(r: dict[str, Quantity]) -> list[str]:
    """The claim's levels (exports and imports, or listed parts): every role but the whole's and the rates."""
    return [k for k in r if k != "total" and not k.startswith("rate_")]


def _name(role: str) -> str:
    return {"export": "exports", "import": "imports"}.get(role, role.replace("part", "part "))


class FlowsGrowthCheck(Check):
    """The whole's rate recomputed from its parts' levels and rates (their rounding carried)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "flows_growth"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        r = claim.roles
        parts = _members(r)
        now = [r[p].interval() for p in parts]
        before = [r[p].interval() / r[f"rate_{p}"].interval().scale(0.01).shift(1) for p in parts]
        rec = (sum(now[1:], now[0]) / sum(before[1:], before[0])).shift(-1).scale(100)
        last = {p: r[p].value / (1 + r[f"rate_{p}"].value / 100) for p in parts}
        this_year = sum(r[p].value for p in parts)
        point = (this_year / sum(last.values()) - 1) * 100
        unit = r[parts[0]].currency or ""
        named = " and ".join(
            f"{_name(p)} {humanize.amount(last[p], unit)} ({fmt(r[p])} at "
            f"{humanize.percent(r[f'rate_{p}'].value, signed=True)})" for p in parts
        )
        expl = (
            f"last year's {named} make this year's {humanize.amount(this_year, unit)} a change of "
            f"{humanize.percent(point, signed=True)} ({rec.in_words('percent')}); the text says "
            f"{humanize.percent(r['rate_total'].value, signed=True)}"
        )
        total = r["rate_total"]
        yield judged(claim, self.name, total, total.interval(), rec, point, "percent", expl)
