"""Periods as the dataset writes them (2024, 2024-03, 2024-Q1, 2023-01..2023-05, 2019..2024, @2020-11-01)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YTD = re.compile(r"^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$")
_SPAN = re.compile(r"^(\d{4})\.\.(\d{4})$")
_POINT = re.compile(r"^@(\d{4})-(\d{2})-(\d{2})$")

FREQS = ("A", "Q", "M", "YTD", "R", "P")


class PeriodSyntaxError(ValueError):
    """A period string that matches none of the accepted forms."""


@dataclass(frozen=True)
class Period:
    """A period of observation: first and last day, and how the value relates to it."""

    start: date
    end: date
    freq: str

    @property
    def label(self) -> str:
        return period_label(self.start, self.end, self.freq)

    @property
    def year(self) -> int:
        return self.end.year


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> Period:
    """Parse a period string; raise PeriodSyntaxError with the accepted forms otherwise."""
    s = text.strip()
    try:
        if m := _YEAR.match(s):
            y = int(m.group(1))
            return Period(date(y, 1, 1), date(y, 12, 31), "A")
        if m := _MONTH.match(s):
            y, mo = int(m.group(1)), int(m.group(2))
            return Period(date(y, mo, 1), _month_end(y, mo), "M")
        if m := _QUARTER.match(s):
            y, q = int(m.group(1)), int(m.group(2))
            return Period(date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "Q")
        if m := _YTD.match(s):
            y1, m1, y2, m2 = (int(g) for g in m.groups())
            if y1 != y2 or m1 != 1 or m2 < 1:
                raise PeriodSyntaxError(f"{s!r}: a cumulative period runs from January to a month of the same year")
            return Period(date(y1, 1, 1), _month_end(y2, m2), "YTD")
        if m := _SPAN.match(s):
            y1, y2 = int(m.group(1)), int(m.group(2))
            if y2 <= y1:
                raise PeriodSyntaxError(f"{s!r}: the span's end year must follow its start year")
            return Period(date(y1, 1, 1), date(y2, 12, 31), "R")
        if m := _POINT.match(s):
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return Period(d, d, "P")
    except ValueError as exc:
        if isinstance(exc, PeriodSyntaxError):
            raise
        raise PeriodSyntaxError(f"{s!r}: {exc}") from exc
    raise PeriodSyntaxError(
        f"{s!r} is not a period: use 2024, 2024-03, 2024-Q1, 2024-01..2024-05, 2019..2024 or @2020-11-01")


def period_label(start: date, end: date, freq: str) -> str:
    """The period string for stored dates (the inverse of parse_period)."""
    if freq == "A":
        return f"{start.year}"
    if freq == "M":
        return f"{start.year}-{start.month:02d}"
    if freq == "Q":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if freq == "YTD":
        return f"{start.year}-01..{end.year}-{end.month:02d}"
    if freq == "R":
        return f"{start.year}..{end.year}"
    if freq == "P":
        return f"@{start.isoformat()}"
    return f"{start.isoformat()}..{end.isoformat()}"


def period_bounds(text: str) -> tuple[date, date]:
    """First and last day a filter like 2024, 2019..2024 or 2024-03 covers."""
    p = parse_period(text)
    return p.start, p.end
