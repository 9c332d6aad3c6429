"""A plan against what was done, in Chinese: "计划完成货物吞吐量1.5亿吨,…已完成1.28亿吨,完成全年计划的85.3%" (the
done over the plan is the percent said, a ``share``), and "超额完成…原计划出口34万吨,实际出口37.69万吨" (a plan
exceeded: what was done is above it, an ``order``).

The plan is the one amount of the text, in the sentence of the claim or the one before or after it, that its
words call a plan or a target (``zh_words.PLAN_BEFORE``; never a forecast, 预计); what was done is the last amount
before the percent in its unit (or the one its words call actual, 实际). With two plans in that unit, or none,
nothing is read.
"""

from __future__ import annotations

from dataclasses import replace

from .claims import Claim
from .context import resolve
from .increments import is_change_amount
from .numbers import Quantity
from .text import Sentence
from .zh_words import ACTUAL_BEFORE, COMPLETION_BEFORE, OVERFULFILLED, PLAN_BEFORE

REACH = 1  # sentences before or after the claim's in which its plan may be said
WORDS_BEFORE = 16  # characters before a figure that say what it is
Placed = tuple[Sentence, Quantity]


def plan_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        if s.lang != "zh":
            continue
        qs = figures[s.index]
        for i, q in enumerate(qs):
            if q.kind != "percent" or not COMPLETION_BEFORE.search(s.text, max(0, q.start - WORDS_BEFORE), q.start):
                continue
            done = next((x for x in reversed(qs[:i]) if x.kind == "amount" and x.currency), None)
            if done is None or is_change_amount(s.text, done) or _is_plan(s, done):
                continue
            plan = _plan(sentences, figures, s, done.currency)
            if plan is None:
                continue
            roles = {"share": q, "part": done, "whole": _placed(plan, s)}
            out.append(Claim("share", roles, s.text, s.start, s.lang, resolve(sentences, s, q.start),
                             note="what was done over the plan is the plan's completion"))
        if OVERFULFILLED.search(s.text):
            out.extend(_exceeded(sentences, figures, s))
    return out


def _exceeded(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence) -> list[Claim]:
    """"超额完成…原计划出口34万吨,实际出口37.69万吨": what was done (said as actual) is above the plan."""
    done = [x for x in figures[s.index] if x.kind == "amount" and x.currency
            and ACTUAL_BEFORE.search(s.text, max(0, x.start - WORDS_BEFORE), x.start)]
    if len(done) != 1:
        return []
    plan = _plan(sentences, figures, s, done[0].currency)
    if plan is None:
        return []
    roles = {"higher": done[0], "lower": _placed(plan, s)}
    return [Claim("order", roles, s.text, s.start, s.lang, resolve(sentences, s, done[0].start),
                  note="a plan exceeded: what was done is above it")]


def _is_plan(s: Sentence, q: Quantity) -> bool:
    return PLAN_BEFORE.search(s.text, max(0, q.start - WORDS_BEFORE), q.start) is not None


def _plan(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, unit: str | None) -> Placed | None:
    """The one amount in ``unit`` the words call a plan, in the sentence or the ``REACH`` ones around it."""
    found = [(t, x) for t in sentences[max(0, s.index - REACH) : s.index + REACH + 1] for x in figures[t.index]
             if x.kind == "amount" and x.currency == unit and _is_plan(t, x)]
    return found[0] if len(found) == 1 else None


def _placed(plan: Placed, s: Sentence) -> Quantity:
    t, q = plan
    if t is s:
        return q
    return replace(q, extra={**q.extra, "sentence_start": t.start})
