"""Jinja filters that write numbers, units and periods the way analysts read them."""

from __future__ import annotations

import math
import re
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape

from .. import humanize
from ..provenance import grade_label
from ..tables import format_value


def human(value: Any, unit: str | None = None) -> str:
    """297830000000, 'CNY' -> '297.83 bn yuan'; 12.3, 'percent' -> '12.3%' (see ``northward.humanize``)."""
    return humanize.amount(value, unit)


def plain(value: Any) -> str:
    """A table cell as the CLI prints it: thousands separators, no float noise, empty for none."""
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    return format_value(value)


def period_of(row: dict[str, Any]) -> str:
    """The period of a row as a reader writes it (March 2024, January–May 2024, 1 November 2020)."""
    if row.get("period"):
        from ..core.vocabulary import PeriodSyntaxError, parse_period

        try:
            return parse_period(str(row["period"])).human
        except PeriodSyntaxError:
            return str(row["period"])
    start, end = row.get("period_start"), row.get("period_end")
    return f"{start}..{end}" if start and end and start != end else str(end or start or "")


def highlight(text: Any, query: str | None) -> Markup:
    """The text, HTML-escaped, with each word of the query wrapped in <mark>."""
    safe = str(escape(text or ""))
    terms = sorted({t for t in re.split(r"\s+", query or "") if t and t.upper() not in ("AND", "OR", "NOT")},
                   key=len, reverse=True)
    if terms:
        pattern = re.compile("|".join(re.escape(str(escape(t.strip('"')))) for t in terms if t.strip('"')),
                             re.IGNORECASE)
        if pattern.pattern:
            safe = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", safe)
    return Markup(safe)


def install(env: Environment) -> None:
    env.filters["highlight"] = highlight
    env.filters["human"] = human
    env.filters["plain"] = plain
    env.filters["period"] = period_of
    env.filters["grade"] = grade_label
