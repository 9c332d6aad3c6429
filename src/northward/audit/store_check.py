"""The store check: claims the text alone cannot settle, checked against stored observations."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .. import humanize
from ..checks import stated_currency
from . import store_policy
from .checkbase import STORE_TOLERANCE, Check, Env, first_fit, fmt, judged, no_data, unverifiable
from .claims import Claim
from .context import Context, _last_flow, whole_keys, whole_measure, whole_territory
from .findings import Finding, finding
from .intervals import Interval
from .numbers import Quantity
from .ru_words import share_named_before
from .subject_words import mentions
from .zh_words import SHARE_WHOLE_WORDS

# a stated level this many times smaller or larger than every store figure for its keys is of another subject
OTHER_SUBJECT = 20


def period_keys(ctx: Context, year: int) -> dict[str, Any]:
    """The look-up's period: the claim's months in ``year`` (part-year against part-year), else the year."""
    p = ctx.period
    if p is None:
        return {}
    return {"period": p.shifted(year - p.start.year)}


def zh_share_whole(claim: Claim) -> str | None:
    """The words naming a Chinese share's whole (占<whole>的X%), or None."""
    if claim.lang != "zh":
        return None
    share = claim.roles["share"]
    m = SHARE_WHOLE_WORDS.search(claim.sentence, max(0, share.start - 40), share.start)
    return m.group("name") if m else None


class StoreCheck(Check):
    """Claims the text alone cannot settle, checked against observations for their keys."""

    name = "store"

    def applies(self, claim: Claim) -> bool:
        r = claim.roles
        if claim.kind in ("change_pct", "multiple"):
            return "from" not in r
        if claim.kind == "share":
            return "part" not in r or ("whole" not in r and "ref_share" not in r and not claim.alternatives.get("whole"))
        return claim.kind in ("rank", "value", "rate")

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        for f in self._run(claim, env):
            yield store_policy.settle(f)

    def _run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        open_key = store_policy.unresolved(claim)
        if open_key is not None:
            yield unverifiable(claim, self.name, open_key[1], open_key[0])
            return
        if env.store is None:
            yield unverifiable(
                claim,
                self.name,
                f"the text gives no base to recompute it from; the store could check "
                f"{claim.context.describe()}, but there is no store",
                "no_store",
            )
            return
        if claim.kind == "value":
            yield self._value(claim, env)
        elif claim.kind in ("change_pct", "multiple"):
            yield self._change(claim, env)
        elif claim.kind == "rank":
            yield self._rank(claim, env)
        elif claim.kind == "rate":
            yield self._rate(claim, env)
        else:
            yield self._share(claim, env)

    def _lookup(
        self, claim: Claim, env: Env, year: int, currency: str | None, indicator: str = "trade_value"
    ) -> list[dict[str, Any]]:
        assert env.store is not None
        ctx = claim.context
        return env.observations(
            indicator=indicator,
            territory=ctx.territory or "",
            year=year,
            partner=ctx.partner or "WLD",
            flow=ctx.flow,
            unit=currency,
            **period_keys(ctx, year),
        )

    def _value(self, claim: Claim, env: Env) -> Finding:
        q = claim.roles["value"]
        rows = self._lookup(claim, env, claim.context.year or 0, q.currency)
        if not rows:
            return unverifiable(
                claim, self.name, f"the store has no {claim.context.describe()} figure in {q.currency}", "no_data"
            )
        allowed = q.interval().widen_rel(STORE_TOLERANCE, STORE_TOLERANCE)
        fits = [r for r in rows if allowed.contains(float(r["value"]))]
        row = (fits or rows)[0]
        if not fits and q.value > 0 and not any(1 / OTHER_SUBJECT < float(r["value"]) / q.value < OTHER_SUBJECT for r in rows):
            return unverifiable(  # "мороженого на $2,7 млн" beside China's imports from Russia: a good the words name
                claim, self.name, f"the text's {fmt(q)} is not within a factor of {OTHER_SUBJECT} of the store's "
                f"{humanize.amount(float(row['value']), q.currency or '')} for {claim.context.describe()}: most likely "
                "a part of it (a good, a place) the audit did not read, not the same figure", "no_context")
        return finding(
            claim,
            self.name,
            "consistent" if fits else "inconsistent",
            f"the store holds {humanize.amount(float(row['value']), q.currency or '')} for {claim.context.describe()} "
            f"({row['source_id']}); the text says {fmt(q)}",
            stated=fmt(q),
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
            for currency in ([ctx.currency] if ctx.currency else ["CNY", "USD"])
            for start in starts
            for s_row in self._lookup(claim, env, start, currency)[:3]
            for e_row in self._lookup(claim, env, end, currency)[:3]
        )
        from_levels = first_fit(candidates)
        if from_levels is not None and from_levels.verdict == "consistent":
            return from_levels
        if claim.kind == "change_pct" and not ctx.start_years:
            published = self._published_rate(claim, env, stated_q, from_levels)
            if published is not None:
                return published
        return from_levels or no_data(
            claim, f"the store lacks {ctx.describe()} for {'/'.join(map(str, starts))} or {end}"
        )

    def _published_rate(
        self, claim: Claim, env: Env, stated_q: Quantity, from_levels: Finding | None
    ) -> Finding | None:
        """A year-on-year rate against the rates sources publish for the same keys and period.

        Customs compute year-on-year rates on the previous year's revised figure, so a published rate
        may differ from one recomputed from first-release levels: a stated rate that matches the
        published one but not the levels is ``basis_differs`` (basis named), not inconsistent."""
        rows = self._lookup(claim, env, claim.context.year or 0, "percent", indicator="trade_growth_pct")
        to = claim.roles.get("to")
        currency = claim.context.currency or (to.currency if to is not None and to.currency in ("CNY", "USD") else None)
        if claim.context.currency:  # "yuan-denominated trade grew 2.9%": only a rate stated in yuan will do
            rows = [r for r in rows if stated_currency(r) == currency]
        elif currency:  # "rose 5% to 100 bn yuan": a rate stated in dollars is another figure
            rows = [r for r in rows if stated_currency(r) in (currency, None)]
        if not rows:
            return None
        stated = stated_q.interval().scale(claim.direction)
        fits = [r for r in rows if stated.contains(float(r["value"]))]
        row = (fits or rows)[0]
        rate = float(row["value"])
        words = f"{row['source_id']} publishes {humanize.percent(rate, signed=True)} for {claim.context.describe()}"
        if fits and from_levels is not None:
            basis = "year-on-year rate on the previous year's revised figure (the customs' method)"
            f = finding(
                claim,
                self.name,
                "basis_differs",
                f"{words}, as the text says; the stored levels give {humanize.percent(from_levels.recomputed, signed=True)}: "
                f"the published rate is computed on the previous year's revised figure",
                stated=fmt(stated_q),
                stated_interval=stated,
                recomputed=from_levels.recomputed,
                recomputed_interval=from_levels.recomputed_interval,
                unit="percent",
                evidence=[row, *from_levels.evidence],
                basis=basis,
            )
            return f
        if fits:
            return judged(claim, self.name, stated_q, stated, Interval.point(rate), rate, "percent",
                          f"{words}; the text says {fmt(stated_q)}", evidence=[row])
        if from_levels is None and currency and not any(stated_currency(r) == currency for r in rows):
            return None  # a rate of unknown currency may confirm a yuan figure's rate, never contradict it
        if from_levels is None:  # no levels: the published rate alone decides
            return judged(claim, self.name, stated_q, stated, Interval.point(rate), rate, "percent",
                          f"{words}; the text says {fmt(stated_q)}", evidence=rows[:3])
        from_levels.explanation += f"; {words} (no basis explains the text's figure)"
        from_levels.evidence = [*from_levels.evidence, *rows[:2]]
        return from_levels

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
            f"the store's {claim.context.describe()} went from {humanize.amount(a, currency)} to "
            f"{humanize.amount(b, currency)} ({start}→{end}): "
            f"{humanize.amount(rec, unit) if unit == 'times' else humanize.percent(rec, signed=True)}; "
            f"the text says {fmt(stated_q)}"
        )
        return judged(claim, self.name, stated_q, stated, rec_iv, rec, unit, expl, evidence=[s_row, e_row])

    def _share(self, claim: Claim, env: Env) -> Finding:
        """A share whose part or total the text does not give: the store supplies them."""
        ctx, share = claim.context, claim.roles["share"]
        local = claim.sentence[share.end : share.end + 90]
        local = re.sub(r"^\s*[(（][^()（）]{0,40}[)）]", "", local, count=1)  # "3.5% (1.5 trillion yuan) of ..."
        phrase = re.split(r"[;；)）]|,(?!\d)|，", local)[0]
        part_words: str | None = None
        named = zh_share_whole(claim)  # "占全省外贸总值的72.8%": the whole is named before the share
        if named is not None:
            phrase = named
        elif not re.match(r"\s*(?:of|от|всего|общего|внешне|товарооборот)", phrase, re.IGNORECASE):
            named_ru = share_named_before(claim.sentence, share.start)  # "доля России во внешней торговле ... — 73,1%"
            if named_ru is None:
                return unverifiable(claim, self.name, "the text does not say what the share is of", "no_base")
            part_words, phrase = named_ru
        indicator, unit, freqs = whole_measure(phrase)
        if indicator != "trade_value":
            return self._share_of_measure(claim, env, phrase, indicator, unit, freqs)
        w_territory, w_partner, w_flow = whole_keys(phrase, ctx)
        if named is not None and (w_flow is None or mentions(phrase)):
            return unverifiable(claim, self.name, f"the store does not key the whole {phrase!r}", "no_context")
        p_flow = w_flow or ctx.flow  # "4.5% of Chinese exports": the part is exports too
        if part_words is not None:  # "доля экспорта в товарообороте": the part's own words name its flow
            p_flow = _last_flow(part_words) or w_flow
        w_flow = w_flow or ctx.flow
        if not (w_territory and w_flow and p_flow):
            return unverifiable(
                claim, self.name, f"the total of the share could not be read from {phrase.strip()!r}", "no_context"
            )
        year = ctx.year or 0
        part_q = claim.roles.get("part")
        for currency in [part_q.currency] if part_q and part_q.currency else ["CNY", "USD"]:
            wholes = env.observations(
                indicator="trade_value",
                territory=w_territory,
                year=year,
                partner=w_partner,
                flow=w_flow,
                unit=currency,
                **period_keys(ctx, year),
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
                    **period_keys(ctx, year),
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
            return unverifiable(claim, self.name, f"the text gives no part of the {indicator} total", "no_base")
        territory = whole_territory(phrase, claim.context) or "CN"
        year = claim.context.year or 0
        wholes = env.observations(indicator=indicator, territory=territory, year=year, unit=unit, freqs=freqs, product=None,
                                  **period_keys(claim.context, year))  # a part of a year: that part's total only
        name = f"{territory} {indicator} {claim.context.period_label}"
        fit = first_fit(self._share_finding(claim, part_q.interval(), [], w, name, unit or "") for w in wholes[:3])
        return fit or no_data(claim, f"the store has no {name}")

    def _share_finding(
        self, claim: Claim, part_iv: Interval, part_ev: list[dict[str, Any]], w: dict[str, Any], whole_name: str, currency: str
    ) -> Finding:
        share = claim.roles["share"]
        rec = (part_iv / Interval.point(float(w["value"]))).scale(100).widen_rel(STORE_TOLERANCE, STORE_TOLERANCE)
        expl = (
            f"{humanize.amount(part_iv.mid, currency)} of the store's {whole_name} "
            f"({humanize.amount(float(w['value']), currency)}, {w['source_id']}) is {humanize.percent(rec.mid)}; "
            f"the text says {fmt(share)}"
        )
        return judged(claim, self.name, share, share.interval(), rec, rec.mid, "percent", expl, evidence=[*part_ev, w])

    def _rate(self, claim: Claim, env: Env) -> Finding:
        """A GDP growth rate against the store's rates for the territory and year (any source may fit)."""
        ctx, q = claim.context, claim.roles["rate"]
        rows = env.observations(  # a part of a year against the same months only, never the annual rate
            indicator="gdp_growth_pct", territory=ctx.territory or "", year=ctx.year or 0, unit="percent", product=None,
            **period_keys(ctx, ctx.year or 0),
        )
        if not rows:
            return unverifiable(claim, self.name, f"the store has no GDP growth for {ctx.territory} {ctx.period_label}",
                                "no_data")
        stated = q.interval()
        fits = [r for r in rows if stated.contains(float(r["value"]))]
        row = (fits or rows)[0]
        others = sorted({humanize.number(float(r["value"]), 1) for r in rows})
        expl = (
            f"the store gives GDP growth of {'/'.join(others)}% for {ctx.territory} {ctx.period_label} "
            f"({row['source_id']}); the text says {fmt(q)}"
        )
        return judged(
            claim,
            self.name,
            q,
            stated,
            Interval.point(float(row["value"])),
            float(row["value"]),
            "percent",
            expl,
            evidence=[row] if fits else rows,
        )

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
            **period_keys(ctx, ctx.year or 0),  # a rank in the first half is not the year's rank
        )
        if not rows:
            return unverifiable(claim, self.name, f"the store has no rank for {ctx.describe()}", "no_data")
        value = float(rows[0]["value"])
        verdict = "consistent" if value == q.value else "inconsistent"
        return finding(
            claim,
            self.name,
            verdict,
            f"the store ranks {ctx.describe()} {humanize.number(value, 0)}; the text says {fmt(q)}",
            stated=fmt(q),
            recomputed=value,
            unit="rank",
            evidence=rows,
        )
