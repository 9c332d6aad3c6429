"""Guards on a finding's reading: an error the figures show only if they were read right is not called one.

``guarded(claim, finding)`` is called on every finding (``checks.run_checks``) and turns an ``inconsistent``
verdict into ``unverifiable`` with the reason when

- a figure of the claim was read with uncertainty (``reading_signs.uncertain``: a digit the page's encoding
  lost, a scale set apart by a stray mark, a digit glued on that the reading did not take): reason
  ``uncertain_reading``;
- in a check on the text's own figures (not the store's), the stated and the recomputed value differ by a power
  of ten (×10 … ×10000, within their rounding): a misread scale word or unit is likelier than a published text
  off by a whole order of magnitude, so the text is not called wrong: reason ``scale_slip``.
"""

from __future__ import annotations

import math

from .checkbase import unverifiable
from .claims import Claim
from .findings import Finding
from .intervals import Interval

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


def guarded(claim: Claim, found: Finding) -> Finding:
    """The finding, or ``unverifiable`` when its ``inconsistent`` rests on an uncertain reading or a power of ten."""
    if found.verdict != "inconsistent":
        return found
    why = next((str(q.extra["uncertain"]) for q in claim.roles.values() if q.extra.get("uncertain")), "")
    if why:
        return unverifiable(claim, found.check, f"{why}; the figures would not fit ({found.explanation})",
                            "uncertain_reading")
    factor = scale_slip(found.stated_interval, found.recomputed_interval) if found.check in TEXT_ONLY else None
    if factor is not None:
        return unverifiable(claim, found.check, f"the stated and the recomputed value differ by a factor of "
                            f"{factor:g} (a misread scale word or unit is likelier than an error of a whole order of "
                            f"magnitude): {found.explanation}", "scale_slip")
    return found
