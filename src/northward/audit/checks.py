"""Checks: small classes that recompute a claim and yield typed findings.

- :class:`ArithmeticCheck`: the claim's own figures (growth from A to B, multiples, percentage
  points, shares of a stated total, exports + imports = trade) within their rounding intervals;
- :class:`CurrencyCheck`: an amount and its conversion against the period's annual average rate;
- :class:`StoreCheck`: claims naming what the store knows (territory, partner, flow, year).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..store import Store
from . import evidence
from .claims import Claim
from .context import whole_keys, whole_measure, whole_territory
from .findings import Finding, finding, verdict_for
from .intervals import Interval
from .numbers import Quantity

FX_TOLERANCE = 0.08  # conversions in news use the day's rate, not the annual average
STORE_TOLERANCE = 0.01  # revisions between releases of the same figure


@dataclass
class Env:
    """What checks may consult: the store (or None) and sources whose figures must not be used."""

    store: Store | None = None
    exclude_sources: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    _cache: dict[tuple[Any, ...], Any] = field(default_factory=dict, repr=False)

    def fx_rate(self, year: int) -> tuple[float, dict[str, Any]] | None:
        """The year's average rate from the store (looked up once per audit)."""
        key = ("fx", year)
        if key not in self._cache and self.store is not None:
            self._cache[key] = evidence.fx_rate(self.store, year)
        return self._cache.get(key)

    def observations(self, **keys: Any) -> list[dict[str, Any]]:
        """Observations for the keys (see ``evidence.observations``), looked up once per audit."""
        key = ("obs", *sorted(keys.items()))
        if key not in self._cache and self.store is not None:
            self._cache[key] = evidence.observations(self.store, exclude_sources=self.exclude_sources, **keys)
        return list(self._cache.get(key, []))


def _fmt(q: Quantity) -> str:
    return q.text.replace("\\$", "$").strip()


def _pct(x: Interval) -> Interval:
    return x.shift(-1).scale(100)


def judged(
    claim: Claim,
    check: str,
    figure: Quantity,
    stated: Interval,
    rec: Interval,
    point: float,
    unit: str,
    explanation: str,
    **kw: Any,
) -> Finding:
    """A finding comparing a stated interval with a recomputed one (consistent when they meet)."""
    return finding(
        claim,
        check,
        verdict_for(stated, rec),
        explanation,
        stated=_fmt(figure),
        stated_interval=stated,
        recomputed=point,
        recomputed_interval=rec,
        unit=unit,
        **kw,
    )


def first_fit(candidates: Iterable[Finding | None]) -> Finding | None:
    """The first consistent finding (sources may disagree: one that fits is enough), else the first one."""
    tried: list[Finding] = []
    for f in candidates:
        if f is None:
            continue
        if f.verdict == "consistent":
            return f
        tried.append(f)
    return tried[0] if tried else None


def no_data(claim: Claim, explanation: str) -> Finding:
    return finding(claim, "store", "unverifiable", explanation, reason="no_data")


class Check:
    """A check: ``applies`` says whether it can judge a claim, ``run`` yields its findings."""

    name = "check"

    def applies(self, claim: Claim) -> bool:
        raise NotImplementedError

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        raise NotImplementedError


class ArithmeticCheck(Check):
    """Recompute a claim from its own figures, carrying every figure's rounding interval."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        r = claim.roles
        if claim.kind in ("change_pct", "multiple", "change_pp"):
            return "from" in r and "to" in r
        if claim.kind == "share":
            return "part" in r and ("whole" in r or bool(claim.alternatives.get("whole")))
        return claim.kind == "sum"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        r = claim.roles
        try:
            if claim.kind == "change_pct":
                yield self._change(claim, r["from"], r["to"], r["change"])
            elif claim.kind == "multiple":
                yield self._multiple(claim, r["from"], r["to"], r["factor"])
            elif claim.kind == "change_pp":
                yield self._points(claim, r["from"], r["to"], r["points"])
            elif claim.kind == "share":
                yield self._share(claim)
            elif claim.kind == "sum":
                yield self._sum(claim)
        except ZeroDivisionError:
            yield finding(
                claim,
                self.name,
                "unverifiable",
                "a base of zero leaves nothing to divide by",
                reason="zero_base",
            )

    def _change(self, claim: Claim, a: Quantity, b: Quantity, change: Quantity) -> Finding:
        rec = _pct(b.interval() / a.interval())
        stated = change.interval().scale(claim.direction)
        point = (b.value / a.value - 1) * 100
        word = "decline" if claim.direction < 0 else "growth"
        expl = (
            f"{_fmt(a)} → {_fmt(b)} is {point:+.1f}% (within rounding {rec.describe(1)}); the text says {word} of {_fmt(change)}"
        )
        return judged(claim, self.name, change, stated, rec, point, "percent", expl)

    def _multiple(self, claim: Claim, a: Quantity, b: Quantity, factor: Quantity) -> Finding:
        rec = b.interval() / a.interval()
        stated = factor.interval()
        point = b.value / a.value
        expl = (
            f"{_fmt(a)} → {_fmt(b)} is ×{point:.2f} (within rounding {rec.describe(2)}); "
            f"the text says {_fmt(factor)} (×{factor.value:g}, allowed {stated.describe(2)})"
        )
        return judged(claim, self.name, factor, stated, rec, point, "times", expl)

    def _points(self, claim: Claim, a: Quantity, b: Quantity, points: Quantity) -> Finding:
        rec = b.interval() - a.interval()
        point = b.value - a.value
        stated = points.interval().scale(1 if point >= 0 else -1)
        expl = f"{_fmt(a)} → {_fmt(b)} is {point:+.2f} percentage points; the text says {_fmt(points)}"
        return judged(claim, self.name, points, stated, rec, point, "pp", expl)

    def _share(self, claim: Claim) -> Finding:
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
            expl = f"{_fmt(part)} of {_fmt(whole)}{src} is {point:.1f}%; the text says {_fmt(share)}"
            f = finding(
                claim,
                self.name,
                verdict,
                expl,
                stated=_fmt(share),
                stated_interval=stated,
                recomputed=point,
                recomputed_interval=rec,
                unit="percent",
                evidence=[{"whole": _fmt(whole), "inferred": inferred}],
            )
            tried.append(f"{_fmt(whole)}: {point:.1f}%")
            if verdict == "consistent":
                return f
            gap = stated.distance(rec)
            if best is None or gap < best[0]:
                best = (gap, f)
        assert best is not None
        f = best[1]
        if len(wholes) > 1:
            f.explanation += f" (no stated total fits: {'; '.join(tried)})"
        return f

    def _sum(self, claim: Claim) -> Finding:
        t, e, i = claim.roles["total"], claim.roles["export"], claim.roles["import"]
        rec = e.interval() + i.interval()
        stated = t.interval()
        point = e.value + i.value
        verdict = verdict_for(stated, rec)
        scale = t.scale if t.scale != 1 else 1.0
        expl = f"exports {_fmt(e)} + imports {_fmt(i)} = {point / scale:g} (×{scale:g}); the stated total is {_fmt(t)}"
        return finding(
            claim,
            self.name,
            verdict,
            expl,
            stated=_fmt(t),
            stated_interval=stated,
            recomputed=point,
            recomputed_interval=rec,
            unit=t.currency or "",
        )


class CurrencyCheck(Check):
    """An amount in yuan and in dollars: do they agree at the year's annual average rate (±8%)?"""

    name = "currency"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "currency_pair"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        cny, usd = claim.roles["CNY"], claim.roles["USD"]
        years = list(claim.context.start_years) if claim.note == "start of the span" else []
        if not years and claim.context.year:
            years = [claim.context.year]
        if not years:
            yield finding(
                claim,
                self.name,
                "unverifiable",
                "the text names no year for this conversion",
                reason="no_period",
            )
            return
        if env.store is None:
            yield finding(
                claim,
                self.name,
                "unverifiable",
                f"needs the annual average CNY/USD rate for {'/'.join(map(str, years))}: no store "
                "(run `northward build` or pass --home)",
                reason="no_store",
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
                f"{_fmt(cny)} at {rate:.4f} CNY/USD ({year} average) is ${point / 1e9:.2f} billion; "
                f"the text says {_fmt(usd)} (allowed ±{FX_TOLERANCE:.0%} for the day's rate)"
            )
            results.append(
                finding(
                    claim,
                    self.name,
                    verdict,
                    expl,
                    stated=_fmt(usd),
                    stated_interval=allowed,
                    recomputed=point,
                    recomputed_interval=implied,
                    unit="USD",
                    evidence=[{**ev, "year": year}],
                )
            )
        if not results:
            yield finding(
                claim,
                self.name,
                "unverifiable",
                f"the store has no annual average CNY/USD rate for {', '.join(map(str, missing))}",
                reason="fx_gap",
            )
            return
        consistent = [f for f in results if f.verdict == "consistent"]
        chosen = consistent[0] if consistent else results[0]
        if len(years) > 1:
            chosen.explanation += f" (period read as {'/'.join(map(str, years))}; inconsistent only if no candidate year fits)"
            if missing:
                chosen.explanation += f"; no rate for {', '.join(map(str, missing))}"
        yield chosen


class StoreCheck(Check):
    """Claims the text alone cannot settle, checked against observations for their keys."""

    name = "store"

    def applies(self, claim: Claim) -> bool:
        r = claim.roles
        if claim.kind in ("change_pct", "multiple"):
            return "from" not in r
        if claim.kind == "share":
            return "part" not in r or ("whole" not in r and not claim.alternatives.get("whole"))
        return claim.kind in ("rank", "value")

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        why = self._unresolved(claim)
        if why:
            yield finding(claim, self.name, "unverifiable", why, reason="no_context")
            return
        if env.store is None:
            yield finding(
                claim,
                self.name,
                "unverifiable",
                f"the text gives no base to recompute it from; the store could check "
                f"{claim.context.describe()}, but there is no store",
                reason="no_store",
            )
            return
        if claim.kind == "value":
            yield self._value(claim, env)
        elif claim.kind in ("change_pct", "multiple"):
            yield self._change(claim, env)
        elif claim.kind == "rank":
            yield self._rank(claim, env)
        else:
            yield self._share(claim, env)

    @staticmethod
    def _unresolved(claim: Claim) -> str:
        ctx = claim.context
        need_territory = not (claim.kind == "share" and "part" in claim.roles)  # the total names its own
        missing = [k for k, v in (("territory", ctx.territory), ("year", ctx.year)) if not v and (need_territory or k == "year")]
        if claim.kind in ("value", "change_pct", "multiple") and not ctx.flow:
            missing.append("flow")
        if missing:
            return f"the text gives no base and its {', '.join(missing)} could not be read from the words around it"
        if ctx.partial_period and claim.kind != "rank":
            return "a part-year figure (months or quarters): the store check uses annual figures only"
        return ""

    def _lookup(self, claim: Claim, env: Env, year: int, currency: str | None) -> list[dict[str, Any]]:
        assert env.store is not None
        ctx = claim.context
        return env.observations(
            indicator="trade_value",
            territory=ctx.territory or "",
            year=year,
            partner=ctx.partner or "WLD",
            flow=ctx.flow,
            unit=currency,
        )

    def _value(self, claim: Claim, env: Env) -> Finding:
        q = claim.roles["value"]
        rows = self._lookup(claim, env, claim.context.year or 0, q.currency)
        if not rows:
            return finding(
                claim,
                self.name,
                "unverifiable",
                f"the store has no {claim.context.describe()} figure in {q.currency}",
                reason="no_data",
            )
        allowed = q.interval().widen_rel(STORE_TOLERANCE, STORE_TOLERANCE)
        fits = [r for r in rows if allowed.contains(float(r["value"]))]
        row = (fits or rows)[0]
        return finding(
            claim,
            self.name,
            "consistent" if fits else "inconsistent",
            f"the store holds {float(row['value']) / q.scale:g} for {claim.context.describe()} "
            f"({row['source_id']}); the text says {_fmt(q)}",
            stated=_fmt(q),
            stated_interval=allowed,
            recomputed=float(row["value"]),
            unit=q.currency or "",
            evidence=[row] if fits else rows,
        )

    def _change(self, claim: Claim, env: Env) -> Finding:
        ctx = claim.context
        end = ctx.year or 0
        starts = ctx.start_years or [end - 1]
        stated_q = claim.roles.get("change") or claim.roles["factor"]
        candidates = (
            self._change_finding(claim, stated_q, s_row, e_row, start, end, currency)
            for currency in ("CNY", "USD")
            for start in starts
            for s_row in self._lookup(claim, env, start, currency)[:3]
            for e_row in self._lookup(claim, env, end, currency)[:3]
        )
        return first_fit(candidates) or no_data(
            claim, f"the store lacks {ctx.describe()} for {'/'.join(map(str, starts))} or {end}"
        )

    def _change_finding(
        self,
        claim: Claim,
        stated_q: Quantity,
        s_row: dict[str, Any],
        e_row: dict[str, Any],
        start: int,
        end: int,
        currency: str,
    ) -> Finding | None:
        a, b = float(s_row["value"]), float(e_row["value"])
        if a == 0:
            return None
        ratio = b / a
        if claim.kind == "multiple":
            rec, stated, unit = ratio, stated_q.interval(), "times"
        else:
            rec, stated, unit = (ratio - 1) * 100, stated_q.interval().scale(claim.direction), "percent"
        rec_iv = Interval.point(rec).widen_rel(STORE_TOLERANCE, STORE_TOLERANCE)
        expl = (
            f"the store's {claim.context.describe()} went from {a:.4g} to {b:.4g} {currency} "
            f"({start}→{end}): "
            f"{rec:.3g}{'×' if unit == 'times' else '%'}; the text says {_fmt(stated_q)}"
        )
        return judged(claim, self.name, stated_q, stated, rec_iv, rec, unit, expl, evidence=[s_row, e_row])

    def _share(self, claim: Claim, env: Env) -> Finding:
        """A share whose part or total the text does not give: the store supplies them."""
        ctx, share = claim.context, claim.roles["share"]
        local = claim.sentence[share.end : share.end + 90]
        local = re.sub(r"^\s*[(（][^()（）]{0,40}[)）]", "", local, count=1)  # "3.5% (1.5 trillion yuan) of ..."
        phrase = re.split(r"[;；)）]|,(?!\d)|，", local)[0]
        if not re.match(r"\s*(?:of|от|всего|общего|внешне|товарооборот)", phrase, re.IGNORECASE):
            return finding(claim, self.name, "unverifiable", "the text does not say what the share is of", reason="no_base")
        indicator, unit, freqs = whole_measure(phrase)
        if indicator != "trade_value":
            return self._share_of_measure(claim, env, phrase, indicator, unit, freqs)
        w_territory, w_partner, w_flow = whole_keys(phrase, ctx)
        p_flow = w_flow or ctx.flow  # "4.5% of Chinese exports": the part is exports too
        w_flow = w_flow or ctx.flow
        if not (w_territory and w_flow and p_flow):
            return finding(
                claim,
                self.name,
                "unverifiable",
                f"the total of the share could not be read from {phrase.strip()!r}",
                reason="no_context",
            )
        year = ctx.year or 0
        part_q = claim.roles.get("part")
        for currency in [part_q.currency] if part_q and part_q.currency else ["CNY", "USD"]:
            wholes = env.observations(
                indicator="trade_value", territory=w_territory, year=year, partner=w_partner, flow=w_flow, unit=currency
            )
            if part_q is not None:
                parts: list[tuple[Interval, list[dict[str, Any]]]] = [(part_q.interval(), [])]
            else:
                rows = env.observations(
                    indicator="trade_value",
                    territory=ctx.territory or "",
                    year=year,
                    partner=ctx.partner or "WLD",
                    flow=p_flow,
                    unit=currency,
                )
                parts = [(Interval.point(float(r["value"])), [r]) for r in rows[:3]]
            whole_name = f"{w_territory} {w_flow}{'' if w_partner == 'WLD' else ' with ' + w_partner} {year}"
            fit = first_fit(
                self._share_finding(claim, part_iv, part_ev, w, whole_name, currency)
                for part_iv, part_ev in parts
                for w in wholes[:3]
            )
            if fit is not None:
                return fit
        return no_data(
            claim, f"the store lacks the part ({ctx.describe()}) or the total ({w_territory} {w_flow} {w_partner} {year})"
        )

    def _share_of_measure(
        self, claim: Claim, env: Env, phrase: str, indicator: str, unit: str | None, freqs: tuple[str, ...]
    ) -> Finding:
        """A stated part of the country's GDP or population: the store gives the total."""
        part_q = claim.roles.get("part")
        if part_q is None:
            return finding(claim, self.name, "unverifiable", f"the text gives no part of the {indicator} total", reason="no_base")
        territory = whole_territory(phrase, claim.context) or "CN"
        year = claim.context.year or 0
        wholes = env.observations(indicator=indicator, territory=territory, year=year, unit=unit, freqs=freqs, product=None)
        name = f"{territory} {indicator} {year}"
        fit = first_fit(self._share_finding(claim, part_q.interval(), [], w, name, unit or "") for w in wholes[:3])
        return fit or no_data(claim, f"the store has no {name}")

    def _share_finding(
        self, claim: Claim, part_iv: Interval, part_ev: list[dict[str, Any]], w: dict[str, Any], whole_name: str, currency: str
    ) -> Finding:
        share = claim.roles["share"]
        rec = (part_iv / Interval.point(float(w["value"]))).scale(100).widen_rel(STORE_TOLERANCE, STORE_TOLERANCE)
        expl = (
            f"{part_iv.mid:.4g} of the store's {whole_name} ({float(w['value']):.4g} {currency}, "
            f"{w['source_id']}) is {rec.mid:.1f}%; the text says {_fmt(share)}"
        )
        return judged(claim, self.name, share, share.interval(), rec, rec.mid, "percent", expl, evidence=[*part_ev, w])

    def _rank(self, claim: Claim, env: Env) -> Finding:
        assert env.store is not None
        ctx = claim.context
        q = claim.roles["rank"]
        rows = env.observations(
            indicator="trade_rank",
            territory=ctx.territory or "",
            year=ctx.year or 0,
            partner=ctx.partner,
            flow=ctx.flow,
            product=None,
        )
        if not rows:
            return finding(
                claim,
                self.name,
                "unverifiable",
                f"the store has no rank for {ctx.describe()}",
                reason="no_data",
            )
        value = float(rows[0]["value"])
        verdict = "consistent" if value == q.value else "inconsistent"
        return finding(
            claim,
            self.name,
            verdict,
            f"the store ranks {ctx.describe()} {value:g}; the text says {_fmt(q)}",
            stated=_fmt(q),
            recomputed=value,
            unit="rank",
            evidence=rows,
        )


CHECKS: tuple[Check, ...] = (ArithmeticCheck(), CurrencyCheck(), StoreCheck())


def run_checks(claim: Claim, env: Env) -> list[Finding]:
    """Every applicable check's findings on one claim (at least one finding per claim)."""
    out: list[Finding] = []
    for check in CHECKS:
        if check.applies(claim):
            out.extend(check.run(claim, env))
    if not out:
        out.append(finding(claim, "none", "unverifiable", "no check applies to this claim", reason="no_check"))
    return out
