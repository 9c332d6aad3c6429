"""Guards on a finding's reading: an error the figures show only if they were read right is not called one.

``guarded(claim, finding)`` is called on every finding (``checks.run_checks``) and turns an ``inconsistent``
verdict into ``unverifiable`` with the reason when

- a figure of the claim was read with uncertainty (``reading_signs.uncertain``: a digit the page's encoding
  lost, a scale set apart by a stray mark, a digit glued on that the reading did not take): reason
  ``uncertain_reading``;
- the claim's figures stand on both sides of another source the text names ("据海关统计…。另据商务厅数据…",
  ``attributions``): two publishers may count one flow two ways, so their difference is no error of the text:
  reason ``two_sources``;
- in a check on the text's own figures (not the store's), the stated and the recomputed value differ by a power
  of ten (×10 … ×10000, within their rounding) and a figure's scale or unit was not written at it (the reader
  gave it from a list, a table's header, the unit said before; or a short "m", "mio"): a misread scale is likelier
  than a published text off by a whole order of magnitude, so the text is not called wrong: reason
  ``scale_slip``. When every figure carries its own scale word, a power of ten is the writer's slip and stays an
  error ("a surplus of 0.9 million" between exports of 4.7 billion and imports of 3.8 billion).
- in a check on the text's own figures, the stated figure is written round (a whole number ending in three zeros or
  more, "39,000 tons", "12 000 вагонов", no scale word, no bound) and would fit if it stood for any value it rounds (39,000 for
  38,500 … 39,500): a round total is most often rounded by its writer, so its parts adding to 39,100 are no error:
  reason ``round_figure``.
"""

from __future__ import annotations

import math
import re

from .checkbase import unverifiable
from .claims import Claim
from .findings import Finding
from .intervals import Interval
from .numbers import Quantity

# checks that set the text's own figures against each other (the store's check compares with published data,
# where a text's figure off by a power of ten is a real error worth naming)
TEXT_ONLY = ("arithmetic", "currency")
SLIPS = (10.0, 100.0, 1000.0, 10000.0)


def scale_slip(stated: Interval | None, recomputed: Interval | None) -> float | None:
    """The power of ten (×10 … ×10000, either way) by which the two intervals meet, else None. Both must be
    finite and on one side of zero (a zero or a bound fits any power)."""
    if stated is None or recomputed is None:
        return None
    ends = (stated.lo, stated.hi, recomputed.lo, recomputed.hi)
    if any(math.isinf(x) for x in ends) or not (all(x > 0 for x in ends) or all(x < 0 for x in ends)):
        return None
    for factor in SLIPS:
        if stated.overlaps(recomputed.scale(factor)) or recomputed.overlaps(stated.scale(factor)):
            return factor
    return None


# notes of figures whose unit or scale the reader gave them from elsewhere (a list's last amount, a table's header,
# the unit said before or after) or whose parts it joined
_INFERRED_NOTES = ("as before", "said after", "whole's unit", "list's last amount", "compound")
_SHORT_SCALE = re.compile(r"\d\s?(?:m|b|k|bn|mn|mio)\b", re.IGNORECASE)
_WRITTEN_SCALE = re.compile(r"[^\d\s.,$¥₽\\]")


def scale_not_written(q: Quantity) -> bool:
    """Was the figure's scale or unit not written at it (given from elsewhere, joined from parts) or written in
    a short form ("5m", "3 mio")? Then a power of ten between two readings may be the reader's."""
    if any(n in q.note for n in _INFERRED_NOTES):
        return True
    return q.scaled and (_WRITTEN_SCALE.search(q.text) is None or _SHORT_SCALE.search(q.text) is not None)


_ROUND = re.compile(r"[1-9](?P<zeros>(?:[\s,\u00a0\u202f]?0)+)$")


def round_figure(q: Quantity) -> Interval | None:
    """The values a figure written round ("39,000", "12 000") may stand for, rounded to the thousand, when it ends
    in three zeros or more and carries no scale word, decimals or bound; else None."""
    if q.kind != "amount" or q.decimals or q.scaled or q.tolerance or q.hedge.kind != "exact":
        return None  # (a mark passed, "more than 50,000", "突破1000列", is exact: the mark is the figure)
    m = _ROUND.search(q.text.strip())
    zeros = sum(c == "0" for c in m.group("zeros")) if m else 0
    if zeros < 3:
        return None
    half = 1000.0 / 2  # rounded to the thousand at most: "60,000" for 59,500 … 60,500, never 55,000 … 65,000
    return Interval(q.value - half, q.value + half)


def _round_stated(claim: Claim, found: Finding) -> Quantity | None:
    """The claim's round figure that is the finding's stated value and would fit at any value it rounds."""
    stated, recomputed = found.stated_interval, found.recomputed_interval
    if stated is None or recomputed is None:
        return None
    for q in claim.roles.values():
        wide = round_figure(q)
        if wide is not None and stated.lo <= q.value <= stated.hi and wide.overlaps(recomputed):
            return q
    return None


def guarded(claim: Claim, found: Finding) -> Finding:
    """The finding, or ``unverifiable`` when its ``inconsistent`` rests on an uncertain reading or a power of ten."""
    if found.verdict != "inconsistent":
        return found
    if claim.two_sources:
        return unverifiable(claim, found.check, f"{claim.two_sources}; the figures would not fit "
                            f"({found.explanation})", "two_sources")
    why = next((str(q.extra["uncertain"]) for q in claim.roles.values() if q.extra.get("uncertain")), "")
    if why:
        return unverifiable(claim, found.check, f"{why}; the figures would not fit ({found.explanation})",
                            "uncertain_reading")
    factor = scale_slip(found.stated_interval, found.recomputed_interval) if found.check in TEXT_ONLY else None
    if factor is not None and any(scale_not_written(q) for q in claim.roles.values()):
        return unverifiable(claim, found.check, f"the stated and the recomputed value differ by a factor of "
                            f"{factor:g} (a misread scale word or unit is likelier than an error of a whole order of "
                            f"magnitude): {found.explanation}", "scale_slip")
    rounded = _round_stated(claim, found) if found.check in TEXT_ONLY else None
    if rounded is not None:
        return unverifiable(claim, found.check, f"{rounded.text.strip()} is written round and may be rounded by its "
                            f"writer, and at a value it rounds the figures fit: {found.explanation}", "round_figure")
    return found
