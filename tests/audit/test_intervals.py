"""Rounding intervals and their arithmetic (statcheck-style)."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from northward.audit.intervals import Interval


def test_rounded_and_division() -> None:
    a = Interval.rounded(10.7, 1, 1e9)
    b = Interval.rounded(37.3, 1, 1e9)
    ratio = b / a
    assert math.isclose(ratio.lo, 37.25 / 10.75) and math.isclose(ratio.hi, 37.35 / 10.65)
    assert not ratio.overlaps(Interval.rounded(3.7, 1))
    assert ratio.overlaps(Interval.rounded(3.5, 1))


def test_sum_difference_and_distance() -> None:
    s = Interval.rounded(221.77, 2) + Interval.rounded(76.06, 2)
    assert s.overlaps(Interval.rounded(297.83, 2))
    d = Interval(5, 6) - Interval(1, 2)
    assert (d.lo, d.hi) == (3, 5)
    assert Interval(1, 2).distance(Interval(3, 4)) == 1


@given(st.floats(min_value=0.1, max_value=1e4), st.floats(min_value=0.1, max_value=1e4), st.integers(0, 3))
def test_a_ratio_rounded_as_written_is_always_consistent(a: float, b: float, d: int) -> None:
    """Whatever the true inputs, their ratio rounded to d decimals lies inside the recomputed interval."""
    ra, rb = round(a, 2), round(b, 2)
    if ra == 0 or rb == 0:
        return
    stated = Interval.rounded(round(rb / ra, d), d)
    recomputed = Interval.rounded(rb, 2) / Interval.rounded(ra, 2)
    assert stated.overlaps(recomputed)
