"""The semantic core: the one place that says what a period, a flow, a unit and "the same fact"
are, which source wins, and how a series is resolved. Every other part is an adapter over it.

- ``vocabulary``: periods and the closed sets (flows, frequencies, statuses, units, grades,
  indicator names), each with a parser that raises ``errors.UnknownValue``.
- ``identity``: the fact key and the preference rule, as Ibis expressions (DuckDB and Spark).
- ``series``: the resolver (``SeriesQuery`` → ``Series`` of points with how, lineage, gaps).
"""

from __future__ import annotations

from .vocabulary import (
    CURRENCIES,
    FLOWS,
    FREQS,
    GRADES,
    STATUSES,
    UNITS,
    Period,
    PeriodSyntaxError,
    parse_currency,
    parse_flow,
    parse_freq,
    parse_grade,
    parse_indicator,
    parse_period,
    parse_status,
    parse_unit,
    period_bounds,
    period_label,
)

__all__ = ["CURRENCIES", "FLOWS", "FREQS", "GRADES", "STATUSES", "UNITS", "Period", "PeriodSyntaxError",
           "parse_currency", "parse_flow", "parse_freq", "parse_grade", "parse_indicator", "parse_period",
           "parse_status", "parse_unit", "period_bounds", "period_label"]
