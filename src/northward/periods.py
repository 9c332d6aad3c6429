"""Periods: a re-export of the semantic core's vocabulary (``northward.core.vocabulary``), kept
so older imports work. New code imports from ``northward.core``."""

from __future__ import annotations

from .core.vocabulary import FREQS, Period, PeriodSyntaxError, month_end, parse_period, period_bounds, period_label

__all__ = ["FREQS", "Period", "PeriodSyntaxError", "month_end", "parse_period", "period_bounds", "period_label"]
