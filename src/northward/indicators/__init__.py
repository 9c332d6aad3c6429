"""Indicators computed from the store as Ibis expressions, each result with its lineage."""

from .api import IndicatorRequest, IndicatorResult, compute, compute_in

__all__ = ["IndicatorRequest", "IndicatorResult", "compute", "compute_in"]
