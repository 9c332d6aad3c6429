"""Closed intervals for rounded figures, and the arithmetic that carries rounding through a claim.

A figure written with ``d`` decimals stands for every value within ±0.5·10⁻ᵈ of it (as statcheck
does for test statistics); a recomputed ratio is the image of its inputs' intervals.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Interval:
    """The values a stated or recomputed figure may take: ``lo <= x <= hi`` (either end may be infinite)."""

    lo: float
    hi: float

    @staticmethod
    def point(value: float) -> Interval:
        return Interval(value, value)

    @staticmethod
    def rounded(value: float, decimals: int, scale: float = 1.0) -> Interval:
        """The interval a figure written as ``value`` with ``decimals`` decimals, in units of ``scale``
        (``value`` 37.3, ``scale`` 1e9 for "37.3 billion"), stands for, in base units."""
        half = 0.5 * 10.0 ** (-decimals) * scale
        return Interval(value * scale - half, value * scale + half)

    @property
    def mid(self) -> float:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return self.hi if math.isinf(self.lo) else self.lo
        return (self.lo + self.hi) / 2

    def contains(self, x: float) -> bool:
        return self.lo <= x <= self.hi

    def overlaps(self, other: Interval, *, eps: float = 1e-9) -> bool:
        """True when some value lies in both (with a relative epsilon for float noise)."""
        slack = eps * max(1.0, abs(self.mid), abs(other.mid))
        return self.lo <= other.hi + slack and other.lo <= self.hi + slack

    def distance(self, other: Interval) -> float:
        """The gap between two intervals (0 when they overlap)."""
        if self.overlaps(other):
            return 0.0
        return other.lo - self.hi if other.lo > self.hi else self.lo - other.hi

    def widen_rel(self, below: float, above: float) -> Interval:
        """Stretch the ends by relative amounts of the magnitude (``inf`` opens that side)."""
        mag = max(abs(self.lo), abs(self.hi))
        lo = -math.inf if math.isinf(below) else self.lo - below * mag
        hi = math.inf if math.isinf(above) else self.hi + above * mag
        return Interval(lo, hi)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval) -> Interval:
        products = [self.lo * other.lo, self.lo * other.hi, self.hi * other.lo, self.hi * other.hi]
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("the divisor's interval contains zero")
        return self * Interval(1 / other.hi, 1 / other.lo)

    def scale(self, factor: float) -> Interval:
        a, b = self.lo * factor, self.hi * factor
        return Interval(min(a, b), max(a, b))

    def shift(self, delta: float) -> Interval:
        return Interval(self.lo + delta, self.hi + delta)

    def to_list(self, digits: int = 6) -> list[float | None]:
        def fmt(x: float) -> float | None:
            return None if math.isinf(x) else round(x, digits)

        return [fmt(self.lo), fmt(self.hi)]

    def in_words(self, unit: str = "", decimals: int = 2) -> str:
        """The interval as a reader says it: "between 3.47× and 3.5×", "at least 12.7 bn yuan"."""
        from .. import humanize

        def say(x: float) -> str:
            return humanize.amount(x, unit, decimals) if unit else humanize.number(x, decimals)

        if math.isinf(self.lo) and math.isinf(self.hi):
            return "any value"
        if math.isinf(self.hi):
            return f"at least {say(self.lo)}"
        if math.isinf(self.lo):
            return f"at most {say(self.hi)}"
        lo, hi = say(self.lo), say(self.hi)
        return lo if lo == hi else f"between {lo} and {hi}"

    def describe(self, digits: int = 3) -> str:
        lo = "-inf" if math.isinf(self.lo) else f"{self.lo:.{digits}f}"
        hi = "+inf" if math.isinf(self.hi) else f"{self.hi:.{digits}f}"
        return f"[{lo}, {hi}]"
