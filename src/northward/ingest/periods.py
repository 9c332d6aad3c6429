"""Periods and flows that customs files do not carry: parsed from options or from file names."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .problems import ImportOptionError

FLOW_WORDS = {"export": "export", "exports": "export", "x": "export", "出口": "export",
              "import": "import", "imports": "import", "m": "import", "进口": "import"}

_MONTH = re.compile(r"^(\d{4})-?(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)


@dataclass(frozen=True)
class PeriodSpec:
    """The span a file's values cover: real start and end dates and a frequency (M, Q, YTD, A)."""

    start: date
    end: date
    freq: str

    def label(self) -> str:
        if self.freq == "A":
            return str(self.start.year)
        if self.freq == "M":
            return f"{self.start:%Y-%m}"
        return f"{self.start:%Y-%m}..{self.end:%Y-%m}"


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_flow(text: str) -> str:
    flow = FLOW_WORDS.get(text.strip().lower())
    if flow is None:
        raise ImportOptionError(f"unknown flow {text!r}", hint="use --flow export or --flow import")
    return flow


def _month(text: str) -> tuple[int, int]:
    m = _MONTH.match(text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ImportOptionError(f"{text!r} is not a month", hint="write months as YYYY-MM, e.g. 2024-03")
    return int(m.group(1)), int(m.group(2))


def parse_period(text: str, cumulative: bool = False) -> PeriodSpec:
    """2024 (year), 2024-03 (month; Jan–Mar with ``cumulative``), 2024Q1, or 2024-01..2024-03 (a span).

    A span starting in January is cumulative (YTD, or A for a whole year); a three-month span starting
    in April, July or October is a quarter. Other spans are refused rather than guessed.
    """
    raw = text.strip()
    if ".." in raw:
        a, b = raw.split("..", 1)
        (y1, m1), (y2, m2) = _month(a), _month(b)
        if y1 != y2 or m2 < m1:
            raise ImportOptionError(f"the span {raw!r} must run forward within one year",
                                    hint="write e.g. --period 2024-01..2024-06")
        if m1 == 1:
            return PeriodSpec(date(y1, 1, 1), month_end(y1, m2), "A" if m2 == 12 else "YTD")
        if m1 in (4, 7, 10) and m2 == m1 + 2 and not cumulative:
            return PeriodSpec(date(y1, m1, 1), month_end(y1, m2), "Q")
        if m1 == m2:
            return parse_period(a, cumulative)
        raise ImportOptionError(f"the span {raw!r} is neither cumulative from January nor a quarter",
                                hint="import each month (--period YYYY-MM) or the span from January")
    if _YEAR.match(raw):
        y = int(raw)
        return PeriodSpec(date(y, 1, 1), date(y, 12, 31), "A")
    q = _QUARTER.match(raw)
    if q:
        y, n = int(q.group(1)), int(q.group(2))
        return PeriodSpec(date(y, 3 * n - 2, 1), month_end(y, 3 * n), "Q")
    y, m = _month(raw)
    if cumulative:
        return PeriodSpec(date(y, 1, 1), month_end(y, m), "A" if m == 12 else "YTD")
    return PeriodSpec(date(y, m, 1), month_end(y, m), "M")


@dataclass(frozen=True)
class NamePattern:
    """A file-name template such as ``{flow}_{period}.csv`` or ``hl-{flow}-{year}{month}*.csv``."""

    template: str

    def regex(self) -> re.Pattern[str]:
        parts = {"flow": r"(?P<flow>[A-Za-z]+|出口|进口)", "period": r"(?P<period>\d{4}(?:-?(?:\d{2}|Q[1-4]))?"
                 r"(?:\.\.\d{4}-?\d{2})?)", "year": r"(?P<year>\d{4})", "month": r"(?P<month>\d{2})"}
        out, pos = "", 0
        for m in re.finditer(r"\{(\w+)\}|\*", self.template):
            out += re.escape(self.template[pos:m.start()])
            if m.group(0) == "*":
                out += ".*"
            elif m.group(1) in parts:
                out += parts[m.group(1)]
            else:
                raise ImportOptionError(f"unknown placeholder {{{m.group(1)}}} in --name-pattern",
                                        hint="use {flow}, {period}, {year}, {month} and *")
            pos = m.end()
        return re.compile(out + re.escape(self.template[pos:]), re.IGNORECASE)

    def match(self, file_name: str) -> dict[str, str]:
        m = self.regex().fullmatch(file_name)
        if not m:
            raise ImportOptionError(f"the file name {file_name!r} does not match --name-pattern "
                                    f"{self.template!r}", file=file_name,
                                    hint="rename the file or give --flow and --period explicitly")
        found = {k: v for k, v in m.groupdict().items() if v}
        if "year" in found:
            found["period"] = found["year"] + (f"-{found['month']}" if "month" in found else "")
        return found
