"""An Ibis backend holding the observation relation: the same expressions on any engine."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import ibis
import ibis.expr.types as ir

from ..core import identity
from ..core.fetch import COLUMNS


def _plain(value: Any) -> Any:
    """A value as the DuckDB path returns it: None for missing, dates as dates, ints as ints."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, datetime):
        return value.date()
    return value


def records(df: Any) -> list[dict[str, Any]]:
    """Rows of a pandas frame as plain Python dicts."""
    return [{k: _plain(v) for k, v in row.items()} for row in df.to_dict("records")]


class IbisEngine:
    """A named Ibis backend where ``observation``, ``source`` and ``batch`` are registered."""

    def __init__(self, name: str, backend: Any) -> None:
        self.name = name
        self.backend = backend

    def table(self, name: str) -> ir.Table:
        return self.backend.table(name)

    def execute(self, expr: ir.Expr) -> Any:
        return self.backend.execute(expr)

    def preferred(self, obs: ir.Table | None = None) -> ir.Table:
        """The core's preference rule over (a selection of) the observation relation."""
        return identity.preferred(obs if obs is not None else self.table("observation"), self.table("source"),
                                  self.table("batch"))

    def preferred_rows(self, indicator: str, territories: list[str], partner: str | None, flow: str | None,
                       start: date, end: date, *, product: str | None = None, place_id: str | None = None,
                       source: str | None = None, batch: int | None = None) -> list[dict[str, Any]]:
        """What ``core.fetch.preferred_rows`` returns, computed on this engine.

        Filters on the fact key go before the rule (a whole fact is kept or dropped, so the winner
        cannot change, and the engine reads only the partitions it needs); the figure filters
        (plain values only) go after it, as the core's SQL applies them."""
        t = identity.select_for(self.table("observation"), source=source, batch=batch)
        conds = [t.indicator == indicator, t.territory.isin(territories), t.period_start >= start,
                 t.period_end <= end]
        for column, value in (("partner", partner), ("flow", flow), ("place_id", place_id)):
            conds.append(t[column].isnull() if value is None else t[column] == value)
        if product and product.isdigit():
            conds.append(t["product"].startswith(product))
        elif product:
            conds.append(t["product"].fill_null("TOTAL") == product)
        p = self.preferred(t.filter(conds))
        p = p.filter([p.qualifier.isnull(), p.value.notnull()]).select(*COLUMNS)
        return records(self.execute(p))
