"""A part and its whole, each with its year-on-year rate: "imports of Russian timber 13.3 million m3, up 29.6%;
of which sawn timber 8.3 million m3, up 40.9%" ("其中", "в том числе", "из них", "of which"). The part is
within the whole, and so is last year's part (its level over 1 + its rate) within last year's whole: a part
that grew much faster than its whole must have been a small part of it.

A claim (kind ``part_growth``: roles ``whole``, ``part``, ``rate_whole``, ``rate_part``, the rates signed) is
made only for a single part (two or more are the ``parts`` check's) in the whole's unit, told right after the
marker; the whole is the last amount in that unit before the marker, in its sentence or the one before; both
rates are the ones stated with their amounts, and both figures are of one period.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .checkbase import Check, Env, fmt
from .claims import Claim
from .context import resolve
from .findings import Finding, finding
from .increments import is_change_amount
from .intervals import Interval
from .numbers import Quantity
from .sums import _PART_WORDS, _rate_of
from .text import Sentence


def part_growth_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim]) -> list[Claim]:
    """One ``part_growth`` claim for each single part told with its whole and both rates (see the module)."""
    positions = [(s.start + q.start, q.currency) for s in sentences for q in figures[s.index] if q.kind == "amount"]
    out: list[Claim] = []
    for s in sentences:
        m = _PART_WORDS.search(s.text)
        if m is None:
            continue
        amounts = [q for q in figures[s.index] if q.kind == "amount" and q.currency and not is_change_amount(s.text, q)]
        after = [q for q in amounts if q.start >= m.end()]
        if not after:
            continue
        part = after[0]
        if sum(1 for q in after if q.currency == part.currency) != 1:
            continue  # two or more parts: the parts check's
        before = [(s, q) for q in amounts if q.end <= m.start() and q.currency == part.currency]
        if not before and s.index > 0:
            prev = sentences[s.index - 1]
            before = [(prev, q) for q in figures[prev.index] if q.kind == "amount" and q.currency == part.currency
                      and not is_change_amount(prev.text, q)]
        if not before:
            continue
        ws, whole = before[-1]
        rate_part = _rate_of(s.start + part.start, claims, positions)
        rate_whole = _rate_of(ws.start + whole.start, claims, positions)
        if rate_part is None or rate_whole is None or rate_part.start == rate_whole.start:
            continue
        pc, wc = resolve(sentences, s, part.start), resolve(sentences, ws, whole.start)
        if pc.period_label != wc.period_label:
            continue
        if ws is not s:
            whole = replace(whole, extra={**whole.extra, "sentence_start": ws.start})
        roles = {"whole": whole, "part": part, "rate_whole": rate_whole, "rate_part": rate_part}
        roles = {k: (replace(q, extra={e: v for e, v in q.extra.items() if e != "sentence_start"})
                     if q.extra.get("sentence_start") == s.start else q) for k, q in roles.items()}
        out.append(Claim("part_growth", roles, s.text, s.start, s.lang, pc, note="a part and its whole with their rates"))
    return out


class PartGrowthCheck(Check):
    """The part within its whole, this year and last (each level over 1 + its rate)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "part_growth"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        r = claim.roles
        part, whole = r["part"].interval(), r["whole"].interval()
        before_part = part / r["rate_part"].interval().scale(0.01).shift(1)
        before_whole = whole / r["rate_whole"].interval().scale(0.01).shift(1)
        unit = r["whole"].currency or ""
        was_part = r["part"].value / (1 + r["rate_part"].value / 100)
        was_whole = r["whole"].value / (1 + r["rate_whole"].value / 100)
        if part.lo > whole.hi:
            verdict, why = "inconsistent", f"the part {fmt(r['part'])} exceeds its whole {fmt(r['whole'])}"
        elif before_part.lo > before_whole.hi:
            verdict = "inconsistent"
            why = (f"last year's part ({fmt(r['part'])} at {r['rate_part'].value:+g}%: {was_part:,.6g}) exceeds last "
                   f"year's whole ({fmt(r['whole'])} at {r['rate_whole'].value:+g}%: {was_whole:,.6g})")
        else:
            verdict = "consistent"
            why = (f"{fmt(r['part'])} is within {fmt(r['whole'])}, and last year's part ({was_part:,.6g}) within last "
                   f"year's whole ({was_whole:,.6g})")
        yield finding(claim, self.name, verdict, why, stated=fmt(r["part"]), stated_interval=part,
                      recomputed=was_whole, recomputed_interval=Interval(0.0, before_whole.hi), unit=unit)
