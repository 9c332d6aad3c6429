"""An Ibis backend holding the observation relation: the same expressions on any engine."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import ibis
import ibis.expr.types as ir

from ..core import identity
from ..core.fetch import COLUMNS

INT_COLUMNS = ("obs_id", "batch_id", "decimals", "rows", "rank", "among")


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
    """Rows of a pandas frame as plain Python dicts (whole numbers of integer columns as ints, as
    DuckDB gives them, even where pandas made the column float to hold a missing value)."""
    ints = {c for c in df.columns if str(df[c].dtype).lower().startswith(("int", "uint"))}
    ints |= {c for c in df.columns if c in INT_COLUMNS}
    out = []
    for row in df.to_dict("records"):
        rec = {k: _plain(v) for k, v in row.items()}
        for k in ints:
            if isinstance(rec.get(k), float):
                rec[k] = int(rec[k])
        out.append(rec)
    return out


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
        p = p.filter([p.qualifier.isnull(), p.value.notnull()]).select(*COLUMNS).order_by("obs_id")
        return records(self.execute(p))

    def select_observations(self, flt: Any) -> list[dict[str, Any]]:
        """What ``query.select_observations`` returns for a filter, computed on this engine."""
        from ..core.vocabulary import parse_flow, period_bounds, period_label
        from ..errors import QueryError
        from ..query import ROW_ORDER, SUM_ORDER, _expand_partners

        t = self.table("observation")
        conds = []
        for column, values in (("indicator", flt.indicators), ("territory", flt.territories),
                               ("partner", _expand_partners(flt.partners))):
            if values:
                conds.append(t[column].isin(list(values)))
        if flt.flow:
            conds.append(t.flow == parse_flow(flt.flow))
        if flt.period:
            start, end = period_bounds(flt.period)
            conds += [t.period_start >= start, t.period_end <= end]
        if flt.product:
            conds.append(t["product"].startswith(flt.product) if flt.product.isdigit() else t["product"] == flt.product)
        if flt.hs_level is not None:
            if flt.hs_level not in (2, 4, 6, 8):
                raise QueryError(f"--hs-level {flt.hs_level}: use 2, 4, 6 or 8", code="NW404")
            conds += [t["product"].re_search("^[0-9]+$"), t["product"].length() >= flt.hs_level]
        if flt.source:
            conds.append(t.source_id == flt.source)
        if flt.batch is not None:
            conds.append(t.batch_id == int(flt.batch))
        t = t.filter(conds) if conds else t
        # one source or batch asked for: every row of it; else the rule's pick (the filters above
        # are on the fact key, so they keep or drop whole facts and cannot change a winner)
        base = t if (flt.all_releases or flt.source or flt.batch is not None) else self.preferred(t)
        order = SUM_ORDER if flt.hs_level is not None else ROW_ORDER
        if flt.hs_level is not None:
            g = base.mutate(product=base["product"].substr(0, int(flt.hs_level)))
            expr = g.group_by(["indicator", "territory", "partner", "product", "flow", "period_start", "period_end",
                               "freq", "unit"]).aggregate(value=g.value.sum(), status=g.status.min(),
                                                          _sources=g.source_id.collect(distinct=True), _n=g.count())
        else:
            expr = base.select("indicator", "territory", "partner", "product", "flow", "period_start", "period_end",
                               "freq", "unit", "value", "qualifier", "status", "source_id", "stated", "note", "obs_id")
        expr = expr.order_by([ibis.asc(c, nulls_first=False) for c in order])  # as DuckDB SQL: NULLS LAST
        if flt.limit:
            expr = expr.limit(int(flt.limit))
        rows = records(self.execute(expr))
        for r in rows:
            if flt.hs_level is not None:
                r.update(qualifier=None, stated=None, source_id=" ".join(sorted(r.pop("_sources") or [])),
                         note=f"{r.pop('_n')} rows summed")
            r["period"] = period_label(r["period_start"], r["period_end"], r["freq"])
        return rows
