"""A figure cut off rather than rounded: "$374 млн" for exports $178,4 млн + imports $196,5 млн = $374,9 млн.

Writers and old reports often drop the digits past the last one they write instead of rounding (374,9 → 374;
64,8% → 百分之六十四). Read that way, the figure stands for [written value, written value + one unit of its last
digit): when only that reading fits, the figure holds on a documented basis ("truncated, not rounded"), which is
no error of the text.
"""

from __future__ import annotations

from .hedges import EXACT
from .intervals import Interval
from .numbers import Quantity

MAX_STEP = 0.005  # a figure of three digits or more (374, 3,74): its last digit is at most half a percent of it
TRUNCATED_BASIS = "the figure cut off at its last written digit, not rounded"


def truncated(q: Quantity) -> Interval | None:
    """The values a figure written without a hedge stands for when it was cut off, not rounded (None for a figure
    in words or with a hedge: their reading is not a matter of digits)."""
    if q.hedge is not EXACT or q.tolerance or q.value <= 0:
        return None
    step = 10.0 ** (-q.decimals) * q.scale
    if step > MAX_STEP * q.value:
        return None  # "5,1 млрд" for 5,19: two digits leave a window (2%) that would excuse real errors
    return Interval(q.value, q.value + step)


def fits_truncated(q: Quantity, recomputed: Interval) -> bool:
    """Does the recomputed value fit the figure read as cut off (and only so: the caller found it off when rounded)?"""
    iv = truncated(q)
    return iv is not None and iv.overlaps(recomputed)
