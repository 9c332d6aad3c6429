"""Numbers as a person writes them: 334.1 bn yuan, 1.19 m people, +90.6%, ×3.49.

One place for every door (CLI tables, web pages, report, audit findings), so a figure reads the
same wherever it is shown. No scientific notation and no float noise, ever.
"""

from __future__ import annotations

import math
from typing import Any

UNIT_WORDS = {"CNY": "yuan", "USD": "US$", "persons": "people", "percent": "%", "times": "×"}
SCALES = ((1e12, "trn"), (1e9, "bn"), (1e6, "m"))


def _trim(text: str) -> str:
    """'334.10' -> '334.1', '12.00' -> '12'."""
    return text.rstrip("0").rstrip(".") if "." in text else text


def _finite(value: Any) -> float | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def number(value: Any, decimals: int = 2) -> str:
    """A plain number with thousands separators and at most ``decimals`` decimals, or '—'."""
    v = _finite(value)
    if v is None:
        return "—" if value is None or isinstance(value, (int, float)) else str(value)
    if v == int(v) and abs(v) < 1e15:
        return f"{int(v):,}"
    return _trim(f"{v:,.{decimals}f}")


def scaled(value: Any, decimals: int = 2) -> str:
    """A large number with a scale word: 334100000000 -> '334.1 bn'; 1190000 -> '1.19 m'."""
    v = _finite(value)
    if v is None:
        return number(value)
    for size, word in SCALES:
        if abs(v) >= size:
            return f"{_trim(f'{v / size:,.{decimals}f}')} {word}"
    return number(v, decimals)


def percent(value: Any, decimals: int = 1, signed: bool = False) -> str:
    """12.345 -> '12.3%' (or '+12.3%' when ``signed``)."""
    v = _finite(value)
    if v is None:
        return "—"
    sign = "+" if signed and v > 0 else ""
    if abs(v) >= 1e6:  # a rate on a near-zero base: the digits mean nothing
        return f"over {'-' if v < 0 else sign}1,000,000%"
    return f"{sign}{_trim(f'{v:,.{decimals}f}')}%"


def amount(value: Any, unit: str | None = None, decimals: int = 2) -> str:
    """A value in its unit as a reader writes it: ('CNY', 297.83e9) -> '297.83 bn yuan'."""
    unit = unit or ""
    if _finite(value) is None:
        return "—" if value is None or isinstance(value, (int, float)) else str(value)
    if unit == "percent":
        return percent(value, 1)
    if unit == "times":
        return f"×{_trim(f'{float(value):,.2f}')}"
    if unit == "rank":
        return f"rank {number(value, 0)}"
    word = UNIT_WORDS.get(unit, unit.replace("_", " "))
    return " ".join(p for p in (scaled(value, decimals), word) if p)
