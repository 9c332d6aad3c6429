"""The formulas, written once. Each works on Ibis column expressions (whole tables, any backend)
and on plain floats (one key at a time), so both paths compute exactly the same thing."""

from __future__ import annotations

from typing import Any, TypeVar

N = TypeVar("N", bound=Any)


def multiple(base: N, final: N) -> N:
    return final / base


def growth_pct(base: N, final: N) -> N:
    return (final / base - 1) * 100


def cagr_pct(base: N, final: N, years: float) -> N:
    return ((final / base) ** (1.0 / years) - 1) * 100


def share_pct(part: N, whole: N) -> N:
    return part / whole * 100


def balance(exports: N, imports: N) -> N:
    return exports - imports


def cny_to_usd(value: N, rate: N) -> N:
    return value / rate


def usd_to_cny(value: N, rate: N) -> N:
    return value * rate


RULES = {
    "multiple": "final / base",
    "growth": "(final / base - 1) × 100",
    "cagr": "((final / base)^(1/years) - 1) × 100",
    "share": "part / whole × 100",
    "balance": "exports - imports",
    "convert": "CNY / rate = USD; USD × rate = CNY (annual average CNY per USD)",
}
