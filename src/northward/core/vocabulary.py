"""The project's vocabulary: periods, flows, frequencies, statuses, units, grades and indicator
names, each with the one parser every door (CLI, web, importers, audit) calls.

An unknown value raises ``errors.UnknownValue`` naming the accepted values and the nearest match.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import UnknownValue

FLOWS = ("export", "import", "total", "balance")
FLOW_WORDS = {"export": "export", "exports": "export", "x": "export", "出口": "export",
              "import": "import", "imports": "import", "m": "import", "进口": "import",
              "total": "total", "trade": "total", "进出口": "total", "balance": "balance", "差额": "balance"}
# A annual, Q quarter, M month, YTD January to a month (cumulative), R a span of years compared end
# to end, P a point in time.
FREQS = ("A", "Q", "M", "YTD", "R", "P")
FREQ_LABELS = {"A": "annual", "Q": "quarterly", "M": "monthly", "YTD": "year to date",
               "R": "span of years", "P": "point in time"}
STATUSES = ("revised", "final", "preliminary", "estimate", "derived")
CURRENCIES = ("CNY", "USD")
UNITS = ("CNY", "USD", "percent", "persons", "times", "rank", "count", "unit", "km", "km2", "CNY_per_USD")
# Units whose values add up: members into an aggregate, exports and imports into a total, months
# into a year. Percentages, multiples, ranks and rates never do (NEC's GDP growth is not the sum of
# its members' growth rates), nor do the few counts that are per place rather than amounts.
ADDITIVE_UNITS = frozenset({"CNY", "USD", "persons", "count", "unit", "km", "km2", "tonnes", "TEU", "trains"})
NOT_ADDITIVE_INDICATORS = frozenset({"port_closed_months"})


def is_additive(indicator: str, unit: str | None) -> bool:
    """Whether figures of this indicator in this unit may be summed (see ADDITIVE_UNITS)."""
    return unit in ADDITIVE_UNITS and indicator not in NOT_ADDITIVE_INDICATORS


# Source authority, most authoritative first (see README "Which figure wins").
GRADES = ("official_original", "official_copy", "reputable_media", "secondary", "unverified_copy")
GRADE_LABELS = {"official_original": "official original", "official_copy": "official text in a copy",
                "reputable_media": "reputable media", "secondary": "secondary or aggregator",
                "unverified_copy": "unverified copy"}

PERIOD_SPELLINGS = ("2024", "2024Q1", "2024-Q1", "2024-03", "2024M03", "2024-01..2024-05",
                    "2024-04..2024-06", "2019..2024", "@2020-11-01")

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})(?:-|M|m)?(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_POINT = re.compile(r"^@(\d{4})-(\d{2})-(\d{2})$")


class PeriodSyntaxError(UnknownValue, ValueError):
    """A period string that matches none of the accepted spellings (code NW403)."""

    code = "NW403"

    def __init__(self, value: str, reason: str | None = None) -> None:
        hint = (f"{reason}; " if reason else "") + "write a period as " + ", ".join(PERIOD_SPELLINGS)
        super().__init__("period", value, PERIOD_SPELLINGS, nearest="", hint=hint, code="NW403")


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, order=True)
class Period:
    """A period of observation: first and last day, and how the value relates to it (``freq``)."""

    start: date
    end: date
    freq: str

    @property
    def label(self) -> str:
        return period_label(self.start, self.end, self.freq)

    @property
    def year(self) -> int:
        return self.end.year

    @property
    def part_year(self) -> bool:
        """A figure for less than a calendar year (month, quarter, January to a month)."""
        return self.freq in ("M", "Q", "YTD")

    def shifted(self, years: int) -> Period:
        """The same period ``years`` later (negative: earlier)."""
        s = self.start.replace(year=self.start.year + years)
        e = month_end(self.end.year + years, self.end.month) if self.end == month_end(
            self.end.year, self.end.month) else self.end.replace(year=self.end.year + years)
        return Period(s, e, self.freq)

    @property
    def human(self) -> str:
        """The period as a reader writes it: 2024, Q1 2024, March 2024, January–May 2024, 2019–2024,
        1 November 2020."""
        s, e = self.start, self.end
        if self.freq == "A":
            return str(s.year)
        if self.freq == "Q":
            return f"Q{(s.month - 1) // 3 + 1} {s.year}"
        if self.freq == "M":
            return f"{calendar.month_name[s.month]} {s.year}"
        if self.freq == "YTD":
            return f"{calendar.month_name[1]}–{calendar.month_name[e.month]} {e.year}"
        if self.freq == "R":
            return f"{s.year}–{e.year}"
        if self.freq == "P":
            return f"{s.day} {calendar.month_name[s.month]} {s.year}"
        return f"{s.isoformat()} to {e.isoformat()}"

    def __str__(self) -> str:
        return self.label


def _month(text: str, whole: str) -> tuple[int, int]:
    m = _MONTH.match(text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise PeriodSyntaxError(whole, f"{text!r} is not a month (YYYY-MM)")
    return int(m.group(1)), int(m.group(2))


def parse_period(text: str) -> Period:
    """Parse any spelling the project accepts: 2024 (year), 2024Q1 / 2024-Q1 / 2024q1 (quarter),
    2024-03 / 2024M03 / 202403 (month), 2024-01..2024-05 (January to May, cumulative: YTD; to
    December: the year), 2024-04..2024-06 (a quarter), 2019..2024 (a span of years), @2020-11-01
    (a point in time). Anything else raises ``PeriodSyntaxError`` (an ``UnknownValue``)."""
    s = str(text).strip()
    try:
        if m := _YEAR.match(s):
            y = int(m.group(1))
            return Period(date(y, 1, 1), date(y, 12, 31), "A")
        if m := _QUARTER.match(s):
            y, q = int(m.group(1)), int(m.group(2))
            return Period(date(y, 3 * q - 2, 1), month_end(y, 3 * q), "Q")
        if _MONTH.match(s):
            y, mo = _month(s, s)
            return Period(date(y, mo, 1), month_end(y, mo), "M")
        if m := _POINT.match(s):
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return Period(d, d, "P")
        if ".." in s:
            return _parse_span(s)
    except ValueError as exc:
        if isinstance(exc, PeriodSyntaxError):
            raise
        raise PeriodSyntaxError(s, str(exc)) from exc
    raise PeriodSyntaxError(s)


def _parse_span(s: str) -> Period:
    a, b = (p.strip() for p in s.split("..", 1))
    if _YEAR.match(a) and _YEAR.match(b):
        y1, y2 = int(a), int(b)
        if y2 <= y1:
            raise PeriodSyntaxError(s, "the span's end year must follow its start year")
        return Period(date(y1, 1, 1), date(y2, 12, 31), "R")
    (y1, m1), (y2, m2) = _month(a, s), _month(b, s)
    if y1 != y2 or m2 < m1:
        raise PeriodSyntaxError(s, "a span of months runs forward within one year")
    if m1 == 1:
        return Period(date(y1, 1, 1), month_end(y1, m2), "A" if m2 == 12 else "YTD")
    if m1 in (4, 7, 10) and m2 == m1 + 2:
        return Period(date(y1, m1, 1), month_end(y1, m2), "Q")
    if m1 == m2:
        return Period(date(y1, m1, 1), month_end(y1, m1), "M")
    raise PeriodSyntaxError(s, "a span of months is cumulative from January or a calendar quarter")


def period_label(start: date, end: date, freq: str) -> str:
    """The canonical period string for stored dates (the inverse of ``parse_period``)."""
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
    """First and last day a filter covers: any period, or a span of months across years
    (2019-03..2024-05) as the web's explorer takes it."""
    s = str(text).strip()
    a, sep, b = s.partition("..")
    if sep and _MONTH.match(a.strip()) and _MONTH.match(b.strip()):
        (y1, m1), (y2, m2) = _month(a, s), _month(b, s)
        if (y2, m2) < (y1, m1):
            raise PeriodSyntaxError(s, "the span must run forward")
        return date(y1, m1, 1), month_end(y2, m2)
    p = parse_period(s)
    return p.start, p.end


def _choose(what: str, text: str | None, accepted: tuple[str, ...], words: dict[str, str] | None = None,
            fold: bool = True) -> str:
    raw = "" if text is None else str(text).strip()
    key = raw.lower() if fold else raw
    if words and key in words:
        return words[key]
    for a in accepted:
        if (a.lower() if fold else a) == key:
            return a
    raise UnknownValue(what, raw, accepted)


def parse_flow(text: str) -> str:
    """export, import, total or balance (also exports, 出口, 进口, 进出口 ...)."""
    return _choose("flow", text, FLOWS, FLOW_WORDS)


def parse_freq(text: str) -> str:
    """A, Q, M, YTD, R or P (also the words annual, quarterly, monthly, year to date)."""
    words = {v: k for k, v in FREQ_LABELS.items()} | {"ytd": "YTD", "year": "A", "month": "M", "quarter": "Q"}
    return _choose("frequency", text, FREQS, words)


def parse_status(text: str) -> str:
    return _choose("status", text, STATUSES)


def parse_unit(text: str) -> str:
    """A base unit (CNY, USD, percent, persons ...); yuan/RMB and dollars are accepted for the currencies."""
    words = {"yuan": "CNY", "rmb": "CNY", "元": "CNY", "dollar": "USD", "dollars": "USD", "usd": "USD",
             "cny": "CNY", "美元": "USD"}
    return _choose("unit", text, UNITS, words)


def parse_currency(text: str) -> str:
    unit = parse_unit(text)
    if unit not in CURRENCIES:
        raise UnknownValue("currency", text, CURRENCIES)
    return unit


def parse_grade(text: str) -> str:
    """A source grade (official_original ... unverified_copy); spaces and hyphens are accepted."""
    return _choose("source grade", str(text).replace(" ", "_").replace("-", "_"), GRADES)


@lru_cache(maxsize=1)
def _indicator_entries() -> tuple[dict[str, Any], ...]:
    """The entries of the shipped dataset's data/indicators.yaml, in file order (read once)."""
    from ..ingest.datafiles import load_yaml

    _, data = load_yaml(Path(__file__).resolve().parent.parent / "data" / "indicators.yaml")
    return tuple(e for e in data or [] if isinstance(e, dict) and "name" in e)


@lru_cache(maxsize=1)
def indicator_names() -> tuple[str, ...]:
    """The indicators of the shipped dataset (data/indicators.yaml), in file order."""
    return tuple(str(e["name"]) for e in _indicator_entries())


def indicator_defaults(name: str) -> dict[str, str]:
    """What a question about ``name`` that names no partner or flow means (data/indicators.yaml
    ``defaults``): trade_value without a partner is trade with all partners (WLD), without a flow the
    total. Empty for indicators that have no such dimension (GDP, population ...)."""
    for e in _indicator_entries():
        if e.get("name") == name and isinstance(e.get("defaults"), dict):
            return {str(k): str(v) for k, v in e["defaults"].items()}
    return {}


def parse_indicator(text: str) -> str:
    return _choose("indicator", text, indicator_names(), fold=False)
