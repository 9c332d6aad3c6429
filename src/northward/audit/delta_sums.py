"""The parts' changes add up to the whole's: "煤炭产量4048.6万吨,同比减少1033.7万吨。其中,硬煤3388.64万吨,同比减少1021.7万吨;
褐煤659.98万吨,同比减少11.9万吨" (1021.7 + 11.9 = 1033.7). Last year's levels add up as this year's do, so the changes
said as amounts add up too.

Read only for a breakdown whose parts' levels add up to the whole's (within rounding: the list is the whole of it,
not a few parts of many), when the whole and every part state their change as an amount right after their level
(``increments.level_increments``), all the same way (all increases or all decreases) and none against another
month (环比). The claim is a ``sum`` of the changes.
"""

from __future__ import annotations

from dataclasses import replace

from .claims import Claim, at
from .numbers import Quantity
from .part_rates import rate_other_base
from .text import Sentence

NOTE = "the parts' changes add up to the whole's change"


def delta_sum_claims(sentences: list[Sentence], totals: list[Claim], deltas: dict[int, Quantity]) -> list[Claim]:
    texts = {s.start: s.text for s in sentences}
    out: list[Claim] = []
    for c in totals:
        whole = c.roles.get("total")
        parts = [q for k, q in c.roles.items() if k != "total" and q.kind == "amount"]
        if whole is None or len(parts) < 2 or not _complete(whole, parts):
            continue
        found = [deltas.get(at(c, q)) for q in (whole, *parts)]
        if any(d is None for d in found) or len({d.value > 0 for d in found if d is not None}) != 1:
            continue
        if any(rate_other_base(texts[int(d.extra["sentence_start"])], d) for d in found if d is not None):
            continue  # "褐煤…环比增加30万吨": a change on last month adds up with no change on last year
        changes = [_own(replace(d, value=abs(d.value)), c) for d in found if d is not None]
        roles = {"total": changes[0], **{f"part{i}": d for i, d in enumerate(changes[1:], 1)}}
        out.append(Claim("sum", roles, c.sentence, c.sentence_start, c.lang, c.context, note=NOTE))
    return out


def _complete(whole: Quantity, parts: list[Quantity]) -> bool:
    """Do the parts' levels add up to the whole's, within their rounding?"""
    rec = parts[0].interval()
    for q in parts[1:]:
        rec = rec + q.interval()
    w = whole.interval()
    return rec.lo <= w.hi and w.lo <= rec.hi


def _own(q: Quantity, c: Claim) -> Quantity:
    """``q`` without a sentence offset when it is the claim's own sentence."""
    if q.extra.get("sentence_start") == c.sentence_start:
        return replace(q, extra={k: v for k, v in q.extra.items() if k != "sentence_start"})
    return q
