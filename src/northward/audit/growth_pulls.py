"""A part's pull on its whole's growth, in points: "保税物流进出口610亿元,增长45.7%,…拉动外贸增长7.5个百分点" says
the part's increase (610 − 610 / 1.457) is 7.5% of last year's whole (the whole's level over one plus its rate);
and its contribution, in percent of the whole's increase: "…对出口增长的贡献率为88.2%".

Read in Chinese when a figure in points follows 拉动 and the words between name the flow pulled (外贸, 进出口: the
total; 出口; 进口), never the nation's (全国, 我国: a whole the text's own figures are not). The part is the last level
before it in its sentence, with its increase stated as an amount ("净增35.1亿元") or its rate; the whole is the
text's first level of that flow before the part, in the part's unit, with its own rate, larger than the part and
of the same period. A pull down (a part that fell) is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .checkbase import Check, Env, fmt, judged
from .claims import Claim
from .context import Context, flow_at, resolve
from .findings import Finding
from .increments import DOWN_WORD, is_change_amount
from .intervals import Interval
from .numbers import Quantity
from .sums import rate_of
from .text import Sentence

KIND = "pull"
# "拉动外贸增长", "拉动出口增幅", "拉动全市进出口增长了": the flow pulled, right before the points
_PULL = re.compile(r"拉动(?P<what>[^\d,，;；。拉]{0,12}?)(?:整体)?(?:增长|增幅|增速)?了?\s*$")
# "对出口增长的贡献率为88.2%", "对全市外贸增长贡献率达62.5%": the part's share of the whole's increase
_CONTRIBUTION = re.compile(r"对(?P<what>[^\d,，;；。对]{0,12}?)(?:增长|增幅|增量)的?贡献率(?:为|达到?|是)?\s*(?:约|近)?\s*$")
_NATION = re.compile(r"全国|我国|中国|国家")
_FLOWS = (("进出口", "total"), ("外贸", "total"), ("贸易", "total"), ("出口", "export"), ("进口", "import"))
# "拉动全市外贸…": the whole is named as the city's (province's, region's); its own sentence must name one too
_WHOLE_PLACE = re.compile(r"全(?P<place>[市省区])")
Placed = tuple[Sentence, Quantity]


def pull_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim],
                amounts: list[tuple[int, Quantity]]) -> list[Claim]:
    positions = [(p, q.currency) for p, q in amounts]
    out: list[Claim] = []
    for s in sentences:
        qs = figures[s.index]
        for i, points in enumerate(qs):
            pattern = _PULL if points.kind == "pp" else _CONTRIBUTION if points.kind == "percent" else None
            m = pattern.search(s.text, max(0, points.start - 24), points.start) if pattern is not None else None
            if m is None or _NATION.search(m.group("what")):
                continue
            flow = next((f for word, f in _FLOWS if word in m.group("what")), None)
            levels = [q for q in qs[:i] if q.kind == "amount" and q.currency and not is_change_amount(s.text, q)]
            if flow is None or not levels or flow_at(s.text, levels[-1].start) != flow:
                continue
            part = levels[-1]
            change = next((q for q in qs[:i] if q.start > part.end and q.kind == "amount" and q.currency == part.currency
                           and is_change_amount(s.text, q)), None)
            rate = rate_of(s.start + part.start, claims, positions)
            if change is not None and DOWN_WORD.search(s.text, max(0, change.start - 4), change.start):
                continue
            if change is None and (rate is None or rate.value <= 0):
                continue
            whole = _whole(sentences, figures, claims, positions, s, part, flow, m.group("what"))
            if whole is None:
                continue
            (ws, w), w_rate = whole
            roles = {"points" if points.kind == "pp" else "contribution": points, "part": part,
                     "whole": _placed(w, ws, s), "whole_rate": _placed(w_rate, None, s)}
            roles.update({"change": change} if change is not None else {"rate": _placed(rate, None, s)})
            out.append(Claim(KIND, roles, s.text, s.start, s.lang, resolve(sentences, s, points.start),
                             note="a part's increase over last year's whole is its pull on the whole's growth"))
    return out


def _whole(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim],
           positions: list[tuple[int, str | None]], s: Sentence, part: Quantity, flow: str,
           what: str) -> tuple[Placed, Quantity] | None:
    """The text's first level of the flow before the part, in its unit, larger, with its rate and the part's period."""
    place = _WHOLE_PLACE.search(what)
    period = _period(resolve(sentences, s, part.start))
    for t in sentences[: s.index + 1]:
        for q in figures[t.index]:
            if t is s and q.start >= part.start:
                return None
            if q.kind != "amount" or q.currency != part.currency or is_change_amount(t.text, q):
                continue
            if flow_at(t.text, q.start) != flow or q.value <= part.value:
                continue
            rate = rate_of(t.start + q.start, claims, positions)
            if rate is None:
                continue
            if place is not None and place.group("place") not in t.text[: q.start]:
                return None
            if _period(resolve(sentences, t, q.start)) != period:
                return None
            return (t, q), rate
    return None


def _period(ctx: Context) -> tuple[str, tuple[int, int] | None]:
    """The period a figure's words give, with its months even when no year is known ("一季度", "上半年")."""
    return ctx.period_label, ctx.months


def _placed(q: Quantity, t: Sentence | None, s: Sentence) -> Quantity:
    """``q`` with its sentence's offset when that is not the claim's sentence (``t`` None: as ``q`` carries it)."""
    start = q.extra.get("sentence_start") if t is None else t.start
    if start is None or start == s.start:
        return replace(q, extra={k: v for k, v in q.extra.items() if k != "sentence_start"})
    return replace(q, extra={**q.extra, "sentence_start": start})


def _increase(level: Quantity, rate: Quantity) -> tuple[Interval, float]:
    """This year's level less last year's (level over one plus the rate), its interval rising in both."""
    r = rate.interval()
    share = Interval(r.lo / (100 + r.lo), r.hi / (100 + r.hi))  # of this year's level
    return level.interval() * share, level.value * rate.value / (100 + rate.value)


def _grown(rate: Interval) -> Interval:
    """One plus a rate in percent, as a factor."""
    return rate.scale(0.01).shift(1.0)


class PullCheck(Check):
    """The stated pull against the part's increase over last year's whole (the whole over one plus its rate)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == KIND

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        r = claim.roles
        part, whole, w_rate = r["part"], r["whole"], r["whole_rate"]
        base = whole.interval() / _grown(w_rate.interval())
        base_point = whole.value / (1 + w_rate.value / 100)
        if "change" in r:
            gain, gain_point = r["change"].interval(), r["change"].value
        else:
            gain, gain_point = _increase(part, r["rate"])
        if "contribution" in r:  # of the whole's increase: this year's whole less last year's
            stated = r["contribution"]
            if w_rate.value <= 0:
                return
            whole_gain, whole_gain_point = _increase(whole, w_rate)
            rec = (gain / whole_gain).scale(100)
            point = gain_point / whole_gain_point * 100
            expl = (f"the part's increase of {gain_point:,.4g} over the whole's ({fmt(whole)} at {fmt(w_rate)}: "
                    f"{whole_gain_point:,.4g}) is {point:.1f}% ({rec.in_words('percent')}); the text says {fmt(stated)}")
            yield judged(claim, self.name, stated, stated.interval(), rec, point, "percent", expl)
            return
        points = r["points"]
        rec = (gain / base).scale(100)
        point = gain_point / base_point * 100
        expl = (
            f"the part's increase of {gain_point:,.4g} over last year's whole ({fmt(whole)} at {fmt(w_rate)}: "
            f"{base_point:,.4g}) is {point:.2f} points ({rec.in_words('points')}); the text says {fmt(points)}"
        )
        yield judged(claim, self.name, points, points.interval(), rec, point, "pp", expl)
