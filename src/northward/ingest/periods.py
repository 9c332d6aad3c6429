"""Periods and flows that customs files do not carry: parsed from options or from file names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..core.vocabulary import PeriodSyntaxError, month_end
from ..core.vocabulary import parse_flow as core_flow
from ..core.vocabulary import parse_period as core_period
from ..errors import UnknownValue
from .problems import ImportOptionError

__all__ = ["NamePattern", "PeriodSpec", "month_end", "parse_flow", "parse_period"]


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


def parse_flow(text: str) -> str:
    """export or import (the vocabulary's spellings: exports, x, 出口, imports, m, 进口)."""
    try:
        flow = core_flow(text)
    except UnknownValue:
        flow = None
    if flow not in ("export", "import"):
        raise ImportOptionError(f"unknown flow {text!r}", hint="use --flow export or --flow import")
    return flow


def parse_period(text: str, cumulative: bool = False) -> PeriodSpec:
    """The period of a file, parsed by the vocabulary (``core.vocabulary.parse_period``): 2024,
    2024-03 (Jan–Mar with ``cumulative``), 2024Q1, 2024-01..2024-03 (cumulative) or a quarter's span.
    Spans of years and points in time are refused: a file covers one year or part of it."""
    try:
        p = core_period(text)
    except PeriodSyntaxError as exc:
        raise ImportOptionError(exc.message, hint=exc.hint) from exc
    if p.freq in ("R", "P"):
        raise ImportOptionError(f"{text!r} is not the period of one file",
                                hint="give a year, a month, a quarter or a span from January, e.g. 2024-01..2024-06")
    if cumulative and p.freq == "M":
        return PeriodSpec(date(p.start.year, 1, 1), p.end, "A" if p.end.month == 12 else "YTD")
    return PeriodSpec(p.start, p.end, p.freq)


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
