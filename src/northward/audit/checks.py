"""Checks: small classes that recompute a claim and yield typed findings.

- :class:`ArithmeticCheck`: the claim's own figures (growth from A to B, multiples, percentage
  points, shares of a stated total, exports + imports = trade) within their rounding intervals;
- :class:`CurrencyCheck`: an amount and its conversion against the period's annual average rate;
- :class:`StoreCheck`: claims naming what the store knows (territory, partner, flow, year).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from .. import humanize
from . import conversions
from .balance_change import BalanceChangeCheck
from .checkbase import (
    FX_TOLERANCE,
    STORE_TOLERANCE,
    Check,
    Env,
    first_fit,
    fmt,
    judged,
    no_data,
    rate_as_published,
    unverifiable,
)
from .claims import PLUS_ONE_NOTE, POINTS_OR_PERCENT_NOTE, Claim
from .count_rates import CountGrowthCheck
from .findings import Finding, finding, verdict_for
from .flow_growth import FlowsGrowthCheck
from .growth_concepts import REASON as CONCEPT_REASON
from .growth_concepts import concept_guard, guarded_change, guarded_increment
from .growth_pulls import PullCheck
from .intervals import Interval
from .numbers import Quantity
from .part_rates import RateBetweenCheck
from .part_trend import PartTrendCheck
from .per_period import PerPeriodCheck
from .prior_levels import PRIOR_NOTE, REVISED_BASIS, REVISED_WORDS, revised_gap
from .ranks import OrderCheck
from .reading_guards import guarded
from .relations import RelationCheck
from .share_lists import OPEN_LIST
from .share_mean import ShareMeanCheck
from .store_check import StoreCheck
from .truncation import TRUNCATED_BASIS, fits_truncated
from .unit_conversions import UnitConversionCheck
from .unit_prices import UnitPriceCheck
from .unit_totals import UnitTotalCheck
from .wholes import ambiguous
from .worded_shares import ShareTwiceCheck
from .year_spans import YearSpanCheck

__all__ = [
    "CHECKS",
    "FX_TOLERANCE",
    "STORE_TOLERANCE",
    "ArithmeticCheck",
    "Check",
    "CurrencyCheck",
    "Env",
    "StoreCheck",
    "first_fit",
    "judged",
    "no_data",
    "run_checks",
]


OPEN_BELOW_LEVEL = 0.999  # an open bound on an increase ("over 390") stops just below the level it led to

_PART_NAMES = {"export": "exports", "import": "imports", "transit": "transit", "dry": "dry cargo", "liquid": "liquid cargo",
               "loaded": "loaded", "empty": "empty", "primary": "primary industry",
               "secondary": "secondary industry", "tertiary": "tertiary industry"}


def _coarse(part: Quantity, total: Quantity) -> Interval:
    """A part written far more coarsely than its total ("6,5 млн" of "6 млн 712,3 тыс.") may be cut
    rather than rounded: its interval reaches one step of its last digit above it."""
    r, t = part.rounding(), total.rounding()
    step = r.hi - r.lo
    if part.tolerance or step <= 0 or step < 100 * (t.hi - t.lo):
        return part.interval()
    i = part.interval()
    return Interval(i.lo, max(i.hi, part.value + step))


def _pct(x: Interval) -> Interval:
    return x.shift(-1).scale(100)


def _how(r: dict[str, Quantity], part: str) -> str:
    """How a part's last-year level was found: "less 13.37万" (its increase), "at +10.5%" (its rate)."""
    d = r.get(f"delta_{part}")
    if d is not None:
        return f"{'less' if d.value >= 0 else 'plus'} {fmt(d)}"
    return f"at {humanize.percent(r[f'rate_{part}'].value, signed=True)}"


def _last_year(r: dict[str, Quantity], part: str) -> Interval:
    """A part's level a year before: less its increase said as an amount, else divided by 1 + its rate."""
    if f"delta_{part}" in r:
        return r[part].interval() - r[f"delta_{part}"].interval()  # a decrease is a negative amount
    return r[part].interval() / r[f"rate_{part}"].interval().scale(0.01).shift(1)


class ArithmeticCheck(Check):
    """Recompute a claim from its own figures, carrying every figure's rounding interval."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        r = claim.roles
        if claim.kind == "multiple" and "rate" in r:
            return True
        if claim.kind in ("change_pct", "multiple", "change_pp"):
            return "from" in r and "to" in r
        if claim.kind == "share":
            return "part" in r and ("whole" in r or "ref_share" in r or bool(claim.alternatives.get("whole")))
        return claim.kind in ("sum", "sum_growth", "parts", "average_growth", "change_abs", "share_list")

    # kinds whose recomputation reads the claim's roles itself: kind -> method
    _WHOLE_CLAIM: ClassVar[dict[str, str]] = {
        "share": "_share", "sum": "_sum", "sum_growth": "_sum_growth", "parts": "_parts",
        "average_growth": "_average", "change_abs": "_increment", "share_list": "_share_list",
    }

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        r = claim.roles
        try:
            if claim.kind == "change_pct":
                yield self._change(claim, r["from"], r["to"], r["change"])
            elif claim.kind == "multiple" and "rate" in r:
                yield self._multiple_rate(claim, r["factor"], r["rate"])
            elif claim.kind == "multiple":
                yield self._multiple(claim, r["from"], r["to"], r["factor"])
            elif claim.kind == "change_pp":
                yield self._points(claim, r["from"], r["to"], r["points"])
            elif claim.kind in self._WHOLE_CLAIM:
                yield getattr(self, self._WHOLE_CLAIM[claim.kind])(claim)
        except ZeroDivisionError:
            yield unverifiable(claim, self.name, "a base of zero leaves nothing to divide by", "zero_base")

    def _change(self, claim: Claim, a: Quantity, b: Quantity, change: Quantity) -> Finding:
        concept = guarded_change(claim, self.name, a, b, change)  # an average annual or a real rate
        if concept is not None:
            return concept
        rec = _pct(b.interval() / a.interval())
        stated = rate_as_published(change).scale(claim.direction)
        point = (b.value / a.value - 1) * 100
        word = "decline" if claim.direction < 0 else "growth"
        expl = (
            f"{fmt(a)} → {fmt(b)} is {humanize.percent(point, signed=True)} (within rounding "
            f"{rec.in_words('percent')}); the text says {word} of {fmt(change)}"
        )
        if claim.note == PRIOR_NOTE and revised_gap(stated, rec):
            return finding(claim, self.name, "basis_differs", expl + REVISED_WORDS, stated=fmt(change),
                           stated_interval=stated, recomputed=point, recomputed_interval=rec, unit="percent",
                           basis=REVISED_BASIS)
        if claim.direction > 0 and not stated.overlaps(rec) and stated.overlaps(rec.shift(100)):
            # "rose 300% (from 1.5 to 4.5)": the later level as a percent of the earlier, said as the increase
            expl += (f"; {fmt(change)} is the later level as a percent of the earlier "
                     f"({humanize.percent(point + 100)}, an index), not the increase")
        return judged(claim, self.name, change, stated, rec, point, "percent", expl)

    def _multiple(self, claim: Claim, a: Quantity, b: Quantity, factor: Quantity) -> Finding:
        fell = factor.value > 1 and b.value < a.value  # "fell fourfold, from 38.2 to 10.1": the level divided by N
        rec = a.interval() / b.interval() if fell else b.interval() / a.interval()
        stated = factor.interval()
        point = a.value / b.value if fell else b.value / a.value
        expl = (
            f"{fmt(a)} → {fmt(b)} is {'a fall of ' if fell else ''}{humanize.amount(point, 'times')} "
            f"(within rounding {rec.in_words('times')}); "
            f"the text says {fmt(factor)} ({humanize.amount(factor.value, 'times')}, allowed {stated.in_words('times')})"
        )
        return _plus_one_loose(claim, self.name, factor, rec, judged(claim, self.name, factor, stated, rec, point, "times", expl))

    def _multiple_rate(self, claim: Claim, factor: Quantity, rate: Quantity) -> Finding:
        """A multiple and a rate told of one growth: ×N is a rise of (N − 1) × 100%."""
        rec = rate.interval().scale(0.01).shift(1)
        point = 1 + rate.value / 100
        expl = (
            f"a rise of {fmt(rate)} is {humanize.amount(point, 'times')} ({rec.in_words('times')}); the text says "
            f"{fmt(factor)} (allowed {factor.interval().in_words('times')})"
        )
        found = judged(claim, self.name, factor, factor.interval(), rec, point, "times", expl)
        return _plus_one_loose(claim, self.name, factor, rec, found)

    def _points(self, claim: Claim, a: Quantity, b: Quantity, points: Quantity) -> Finding:
        rec = b.interval() - a.interval()
        point = b.value - a.value
        stated = points.interval().scale(1 if point >= 0 else -1)
        expl = f"{fmt(a)} → {fmt(b)} is {point:+.2f} percentage points; the text says {fmt(points)}"
        found = judged(claim, self.name, points, stated, rec, point, "pp", expl)
        if found.verdict != "inconsistent" or claim.note != POINTS_OR_PERCENT_NOTE:
            return found
        # "by 4.3%" of two percents may be points or a change relative to the first: an error only when neither fits
        relative = _pct(b.interval() / a.interval())
        change = (b.value / a.value - 1) * 100 if a.value else 0.0
        expl += (f", and {humanize.percent(change, signed=True)} relative to {fmt(a)} (within rounding "
                 f"{relative.in_words('percent')}): the text's {fmt(points)} is neither")
        if verdict_for(stated, relative) == "consistent":
            expl = (f"{fmt(a)} → {fmt(b)} is {humanize.percent(change, signed=True)} relative to {fmt(a)}; "
                    f"the text says {fmt(points)}")
            return judged(claim, self.name, points, stated, relative, change, "percent", expl)
        return judged(claim, self.name, points, stated, rec, point, "pp", expl)

    def _share(self, claim: Claim) -> Finding:
        if "ref_share" in claim.roles:
            return self._share_of_implied_whole(claim)
        part, share = claim.roles["part"], claim.roles["share"]
        stated = share.interval()
        wholes = [claim.roles["whole"]] if "whole" in claim.roles else claim.alternatives["whole"]
        tried: list[str] = []
        best: tuple[float, Finding] | None = None
        for whole in wholes:
            rec = (part.interval() / whole.interval()).scale(100)
            point = part.value / whole.value * 100
            verdict = verdict_for(stated, rec)
            inferred = "whole" not in claim.roles
            src = " (the total stated before it)" if inferred else ""
            expl = f"{fmt(part)} of {fmt(whole)}{src} is {humanize.percent(point)}; the text says {fmt(share)}"
            f = finding(
                claim,
                self.name,
                verdict,
                expl,
                stated=fmt(share),
                stated_interval=stated,
                recomputed=point,
                recomputed_interval=rec,
                unit="percent",
                evidence=[{"whole": fmt(whole), "inferred": inferred}],
            )
            tried.append(f"{fmt(whole)}: {humanize.percent(point)}")
            if verdict == "consistent":
                return f
            gap = stated.distance(rec)
            if best is None or gap < best[0]:
                best = (gap, f)
        assert best is not None
        f = best[1]
        if "whole" not in claim.roles and ambiguous(wholes):  # two earlier totals of one flow: no guess
            return unverifiable(
                claim, self.name, f"the whole of {fmt(share)} is not stated and no earlier total of the same "
                f"subject and period fits: {'; '.join(tried)}", "no_base")
        if len(wholes) > 1:
            f.explanation += f" (no stated total fits: {'; '.join(tried)})"
        return f

    def _share_of_implied_whole(self, claim: Claim) -> Finding:
        """A share of the whole an earlier share implies ("A, 占…总值的43.2%; B, 占39.8%": B / (A / 43.2%))."""
        r = claim.roles
        part, share, ref_part, ref_share = r["part"], r["share"], r["ref_part"], r["ref_share"]
        whole = ref_part.interval() / ref_share.interval().scale(0.01)
        whole_point = ref_part.value / ref_share.value * 100
        rec = (part.interval() / whole).scale(100)
        point = part.value / whole_point * 100
        expl = (
            f"{fmt(part)} of the whole that {fmt(ref_part)} at {fmt(ref_share)} implies "
            f"({humanize.amount(whole_point, part.currency or '')}) is {humanize.percent(point)}; the text says {fmt(share)}"
        )
        return judged(claim, self.name, share, share.interval(), rec, point, "percent", expl)

    def _sum(self, claim: Claim) -> Finding:
        t = claim.roles["total"]
        parts = [(role, q) for role, q in claim.roles.items() if role != "total"]  # exports + imports, or sectors
        rec = _coarse(parts[0][1], t)
        for _role, q in parts[1:]:
            rec = rec + _coarse(q, t)
        stated = t.interval()
        point = sum(q.value for _role, q in parts)
        verdict = verdict_for(stated, rec)
        named = " + ".join(f"{_PART_NAMES.get(role, role)} {fmt(q)}" for role, q in parts)
        expl = (
            f"{named} = {humanize.amount(point, t.currency or '')} "
            f"({rec.in_words(t.currency or '')} within rounding); the stated total is {fmt(t)}"
        )
        basis = ""
        if verdict == "inconsistent" and fits_truncated(t, rec):  # "$374 млн" for 178,4 + 196,5 = 374,9
            verdict, basis = "basis_differs", TRUNCATED_BASIS
            expl += f" ({TRUNCATED_BASIS})"
        return finding(
            claim,
            self.name,
            verdict,
            expl,
            stated=fmt(t),
            stated_interval=stated,
            recomputed=point,
            recomputed_interval=rec,
            unit=t.currency or "",
            basis=basis,
        )


    def _parts(self, claim: Claim) -> Finding:
        """Parts listed after their whole add up to no more than it (the list need not be complete; GDP's
        three sectors, a complete breakdown, are a sum claim of sectors.py)."""
        t = claim.roles["total"]
        parts = [q for k, q in claim.roles.items() if k.startswith("part")]
        rec = parts[0].interval()
        for q in parts[1:]:
            rec = rec + q.interval()
        point = sum(q.value for q in parts)
        stated = t.interval()
        verdict = "inconsistent" if rec.lo > stated.hi else "consistent"
        unit = t.currency or ""
        said = (f"the part {fmt(parts[0])}" if len(parts) == 1
                else f"the parts {' + '.join(fmt(q) for q in parts)} = {humanize.amount(point, unit)}")
        expl = (
            f"{said} ({rec.in_words(unit)} within rounding); "
            + (f"more than the whole, {fmt(t)}" if verdict == "inconsistent" else f"within the whole, {fmt(t)}")
        )
        return finding(claim, self.name, verdict, expl, stated=fmt(t), stated_interval=stated, recomputed=point,
                       recomputed_interval=rec, unit=unit)

    def _share_list(self, claim: Claim) -> Finding:
        """Shares listed to "the rest" divide one whole: they add up to 100%."""
        shares = list(claim.roles.values())
        rec = shares[0].interval()
        for q in shares[1:]:
            rec = rec + q.interval()
        point = sum(q.value for q in shares)
        stated = Interval(0.0, 100.0) if claim.note == OPEN_LIST else Interval.point(100.0)
        why = ("shares of one whole add up to at most 100%" if claim.note == OPEN_LIST
               else claim.note or "a list closed by the rest (or exports and imports) adds up to 100%")
        expl = (
            f"the shares {' + '.join(fmt(q) for q in shares)} = {humanize.percent(point)} "
            f"({rec.in_words('percent')} within rounding); {why}"
        )
        return finding(claim, self.name, verdict_for(stated, rec), expl, stated="100%", stated_interval=stated,
                       recomputed=point, recomputed_interval=rec, unit="percent")

    def _increment(self, claim: Claim) -> Finding:
        """A change stated as an amount and as a rate: last year's level is the level less the increase (plus
        the decrease)."""
        if "from" in claim.roles:
            why = concept_guard(claim)  # a real or an average rate beside an amount and its base
            return unverifiable(claim, self.name, why, CONCEPT_REASON) if why else self._increment_from(claim)
        d, to, change = claim.roles["delta"], claim.roles["to"], claim.roles["change"]
        concept = guarded_increment(claim, self.name, to, d, change)  # a real rate, or an average over years
        if concept is not None:
            return concept
        if claim.direction < 0:
            rec = (d.interval() / (to.interval() + d.interval())).scale(100)
            point = d.value / (to.value + d.value) * 100
        else:  # an increase said as a bound ("年增量超过390亿") is less than its level: the bound stays open below it
            d_iv, to_iv = d.interval(), to.interval()
            d_iv = Interval(d_iv.lo, min(d_iv.hi, to_iv.lo * OPEN_BELOW_LEVEL))
            rec = (d_iv / (to_iv - d_iv)).scale(100)  # monotone even for "over X"
            point = d.value / (to.value - d.value) * 100
        word = "a decrease" if claim.direction < 0 else "an increase"
        expl = (
            f"{fmt(to)} after {word} of {fmt(d)} is {humanize.percent(point * claim.direction, signed=True)} on the year before "
            f"({rec.in_words('percent')}); the text says {fmt(change)}"
        )
        found = judged(claim, self.name, change, rate_as_published(change), rec, point, "percent", expl)
        if found.verdict == "inconsistent" and change.note == PLUS_ONE_NOTE \
                and verdict_for(change.interval().shift(-100.0), rec) == "consistent":
            return unverifiable(claim, self.name, f"{fmt(change)} is +{change.value:g}% by the rule (增长N倍 = ×(N+1)) and "
                                f"+{change.value - 100:g}% in loose use; the figures fit only the loose reading", "ambiguous")
        return found

    def _increment_from(self, claim: Claim) -> Finding:
        """A change told with the level it is measured from: the rate is the change over that level."""
        d, base, change = claim.roles["delta"], claim.roles["from"], claim.roles["change"]
        rec = (d.interval() / base.interval()).scale(100)
        point = d.value / base.value * 100
        expl = f"a change of {fmt(d)} on {fmt(base)} is {humanize.percent(point)} ({rec.in_words('percent')}); " \
               f"the text says {fmt(change)}"
        return judged(claim, self.name, change, rate_as_published(change), rec, point, "percent", expl)

    def _average(self, claim: Claim) -> Finding:
        """An average annual rate compounded over the years gives the total growth stated beside it."""
        total, avg = claim.roles["change"], claim.roles["average"]
        n = int(avg.extra["years"])
        a = avg.interval()
        rec = Interval(((1 + a.lo / 100) ** n - 1) * 100, ((1 + a.hi / 100) ** n - 1) * 100)
        point = ((1 + avg.value / 100) ** n - 1) * 100
        expl = (
            f"{fmt(avg)} a year over {n} years compounds to {humanize.percent(point, signed=True)} "
            f"({rec.in_words('percent')}); the text says {fmt(total)}"
        )
        return judged(claim, self.name, total, total.interval(), rec, point, "percent", expl)

    def _sum_growth(self, claim: Claim) -> Finding:
        """The total's rate recomputed from its parts' amounts and rates (last year's parts add up)."""
        r = claim.roles
        parts = [k for k in r if k != "total" and not k.startswith(("rate_", "delta_"))]  # exports and imports, or members
        bases = [_last_year(r, p) for p in parts]
        base = bases[0]
        for b in bases[1:]:
            base = base + b
        rec = _pct(r["total"].interval() / base)
        before = {p: r[p].value - r[f"delta_{p}"].value if f"delta_{p}" in r else r[p].value / (1 + r[f"rate_{p}"].value / 100)
                  for p in parts}
        point = (r["total"].value / sum(before.values()) - 1) * 100
        stated = r["rate_total"].interval()
        if any(p.startswith("part") for p in parts):  # parts listed under their whole need not be all of it: last
            return self._parts_growth(claim, parts, before, rec, point)  # year's parts were at most last year's whole
        named = " and ".join(
            f"{_PART_NAMES.get(p, p)} {humanize.amount(before[p], r[p].currency or '')} ({fmt(r[p])} {_how(r, p)})"
            for p in parts
        )
        expl = (
            f"{_base_period(claim)} {named} make {fmt(r['total'])} a change of "
            f"{humanize.percent(point, signed=True)} ({rec.in_words('percent')}); the text says {fmt(r['rate_total'])}"
        )
        return judged(claim, self.name, r["rate_total"], stated, rec, point, "percent", expl)

    def _parts_growth(self, claim: Claim, parts: list[str], before: dict[str, float], rec: Interval,
                      point: float) -> Finding:
        """"进口木材1331.66万立方米,增长29.6%。其中板材829.97万立方米,增长40.87%": last year's parts (part / (1 +
        rate), or part less its increase) add up to no more than last year's whole, so the whole's rate is at most
        whole / their sum - 1."""
        r = claim.roles
        bound = Interval(-100.0, rec.hi)
        named = " + ".join(f"{humanize.amount(before[p], r[p].currency or '')} ({fmt(r[p])} {_how(r, p)})" for p in parts)
        expl = (
            f"{_base_period(claim)} parts {named} leave {fmt(r['total'])} a change of at most "
            f"{humanize.percent(rec.hi, signed=True)} (within rounding); the text says {fmt(r['rate_total'])}"
        )
        return judged(claim, self.name, r["rate_total"], r["rate_total"].interval(), bound, point, "percent", expl)


def _base_period(claim: Claim) -> str:
    """Whose levels the rates lead back to: last year's, or the month before's (rates against the previous month)."""
    return "the month before's" if "month before" in claim.note else "last year's"


class CurrencyCheck(Check):
    """An amount in yuan and in dollars: do they agree at the year's annual average rate (±8%)?"""

    name = "currency"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "currency_pair"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        if "RUB" in claim.roles:  # roubles: at the rate of the text's other conversions
            yield conversions.at_text_rate(claim, self.name)
            return
        cny, usd = claim.roles["CNY"], claim.roles["USD"]
        if "rate" in claim.roles:  # "($1 = 7.1641 yuan)": the writer's own rate
            yield conversions.at_stated_rate(claim, self.name)
            return
        years = list(claim.context.start_years) if claim.note == "start of the span" else []
        if not years and claim.context.year:
            years = [claim.context.year]
        if not years and claim.context.doc_year:  # a conversion at the day's rate: the document's year
            years = [claim.context.doc_year]
        if not years:
            no_year = None
            if env.store is not None:
                rates = env._cache.setdefault(("fx", "all"), conversions.all_years_rates(env.store))
                no_year = conversions.without_year(claim, self.name, rates)
            yield no_year or unverifiable(claim, self.name, "the text names no year for this conversion", "no_period")
            return
        if env.store is None:
            yield unverifiable(
                claim,
                self.name,
                f"needs the annual average CNY/USD rate for {'/'.join(map(str, years))}: no store "
                "(run `northward build` or pass --home)",
                "no_store",
            )
            return
        results: list[Finding] = []
        missing: list[int] = []
        for year in years:
            got = env.fx_rate(year)
            if got is None:
                missing.append(year)
                continue
            rate, ev = got
            implied = cny.interval().scale(1 / rate)
            allowed = usd.interval().widen_rel(FX_TOLERANCE, FX_TOLERANCE)
            verdict = verdict_for(allowed, implied)
            point = cny.value / rate
            expl = (
                f"{fmt(cny)} at {humanize.number(rate, 4)} CNY/USD ({year} average) is {humanize.amount(point, 'USD')}; "
                f"the text says {fmt(usd)} (allowed ±{FX_TOLERANCE:.0%} for the day's rate)"
            )
            results.append(
                finding(
                    claim,
                    self.name,
                    verdict,
                    expl,
                    stated=fmt(usd),
                    stated_interval=allowed,
                    recomputed=point,
                    recomputed_interval=implied,
                    unit="USD",
                    evidence=[{**ev, "year": year}],
                )
            )
        if not results:
            gap = ", ".join(map(str, missing))
            yield unverifiable(claim, self.name, f"the store has no annual average CNY/USD rate for {gap}", "fx_gap")
            return
        consistent = [f for f in results if f.verdict == "consistent"]
        chosen = consistent[0] if consistent else results[0]
        if len(years) > 1:
            chosen.explanation += f" (period read as {'/'.join(map(str, years))}; inconsistent only if no candidate year fits)"
            if missing:
                chosen.explanation += f"; no rate for {', '.join(map(str, missing))}"
        yield chosen


CHECKS: tuple[Check, ...] = (ArithmeticCheck(), CurrencyCheck(), StoreCheck(), RelationCheck(), OrderCheck(),
                             RateBetweenCheck(), CountGrowthCheck(), BalanceChangeCheck(),
                             PartTrendCheck(), UnitPriceCheck(), ShareMeanCheck(),
                             ShareTwiceCheck(), FlowsGrowthCheck(), PerPeriodCheck(),
                             UnitConversionCheck(), YearSpanCheck(), UnitTotalCheck(), PullCheck())


def run_checks(claim: Claim, env: Env) -> list[Finding]:
    """Every applicable check's findings on one claim (at least one finding per claim)."""
    out: list[Finding] = []
    for check in CHECKS:
        if check.applies(claim):
            out.extend(guarded(claim, f) for f in check.run(claim, env))
    if not out:
        out.append(finding(claim, "none", "unverifiable", "no check applies to this claim", reason="no_check"))
    return out


def _plus_one_loose(claim: Claim, check: str, factor: Quantity, rec: Interval, found: Finding) -> Finding:
    """"增长了2.2倍" is ×3.2 by the rule and ×2.2 in loose use: when only the loose reading fits, the text does not
    settle which it meant, so neither is called an error."""
    if found.verdict != "inconsistent" or factor.note != PLUS_ONE_NOTE:
        return found
    if verdict_for(factor.interval().shift(-1), rec) != "consistent":
        return found
    return unverifiable(claim, check, f"{factor.text} is ×{factor.value:g} by the rule (增长N倍 = ×(N+1)) and "
                        f"×{factor.value - 1:g} in loose use; the figures fit only the loose reading "
                        f"({rec.in_words('times')}), so the text does not settle it", "ambiguous")
