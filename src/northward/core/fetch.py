"""Reading the preferred rows of a key from the store (the one SQL the resolver runs)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..provenance import ObservationRef
from . import identity

COLUMNS = ("obs_id", "indicator", "territory", "partner", "product", "flow", "period_start", "period_end", "freq",
           "unit", "value", "status", "source_id", "batch_id", "grade", "importer", "decimals", "qualifier", "stated")


def _as_date(v: Any) -> Any:
    return v.date() if isinstance(v, datetime) else v


def preferred_rows(store: Any, indicator: str, territories: list[str], partner: str | None, flow: str | None,
                   start: date, end: date, *, product: str | None = None, place_id: str | None = None,
                   source: str | None = None, batch: int | None = None) -> list[dict[str, Any]]:
    """Rows of the preferred candidate of each fact of the key inside [start, end] (plain figures:
    ranges and hedged values are left out). A read-only store cannot change under us, so answers
    are memoised on it (a check or a report asks for the same key many times)."""
    memo_key = ("core.rows", indicator, tuple(territories), partner, flow, start, end, product, place_id, source, batch)
    if store.read_only and memo_key in store.memo:
        return list(store.memo[memo_key])
    from ..engines import attached

    engine = attached(store)
    if engine is not None:  # --engine spark: the same rule as an Ibis expression on that engine
        rows = engine.preferred_rows(indicator, territories, partner, flow, start, end, product=product,
                                     place_id=place_id, source=source, batch=batch)
        if store.read_only:
            store.memo[memo_key] = rows
        return list(rows)
    where = ["indicator = ?", f"territory IN ({', '.join('?' for _ in territories)})", "period_start >= ?",
             "period_end <= ?", "qualifier IS NULL", "value IS NOT NULL"]
    params: list[Any] = [indicator, *territories, start, end]
    for column, value in (("partner", partner), ("flow", flow), ("place_id", place_id)):
        if value is None:
            where.append(f"{column} IS NULL")
        else:
            where.append(f"{column} = ?")
            params.append(value)
    if product and product.isdigit():
        where.append("starts_with(product, ?)")
        params.append(product)
    elif product:
        where.append("coalesce(product, 'TOTAL') = ?")
        params.append(product)
    # in obs_id order, so the row that stands for a sum in the lineage is the same on every engine
    sql = (f"SELECT {', '.join(COLUMNS)} FROM {relation(store, source, batch)} AS p WHERE {' AND '.join(where)} "
           "ORDER BY obs_id")
    rows = store.query(sql, params)
    for r in rows:
        r["period_start"], r["period_end"] = _as_date(r["period_start"]), _as_date(r["period_end"])
    if store.read_only:
        store.memo[memo_key] = rows
    return list(rows)


def relation(store: Any, source: str | None = None, batch: int | None = None) -> str:
    """The preferred rows, or, when a user asks for one source or batch, the rule run among its rows."""
    if not source and batch is None:
        return identity.preferred_relation(store)
    memo_key = ("core.relation", source, batch)
    if memo_key not in store.memo:
        import ibis

        backend = store.ibis()
        obs = identity.select_for(backend.table("observation"), source=source, batch=batch)
        expr = identity.preferred(obs, backend.table("source"), backend.table("batch"))
        store.memo[memo_key] = f"({ibis.to_sql(expr, dialect='duckdb')})"
    return str(store.memo[memo_key])


def ref_of(row: dict[str, Any], rows: int = 1, value: float | None = None) -> ObservationRef:
    """The lineage reference of a stored row (or of ``rows`` rows summed to ``value``)."""
    def opt(v: Any) -> Any:
        return None if v is None or (isinstance(v, float) and v != v) else v

    return ObservationRef(
        indicator=row["indicator"], territory=row["territory"], partner=opt(row.get("partner")),
        product=opt(row.get("product")), flow=opt(row.get("flow")), period_start=_as_date(row["period_start"]),
        period_end=_as_date(row["period_end"]), freq=row["freq"], unit=row["unit"],
        value=float(row["value"] if value is None else value), status=row["status"], source_id=row["source_id"],
        obs_id=int(row["obs_id"]) if opt(row.get("obs_id")) is not None else None, rows=rows)


def members_of(store: Any, code: str) -> list[str]:
    """The member territories of an aggregate (NEC → its four), [] for any other; read once per
    connection."""
    key = ("core.members",)
    if key not in store.memo or not store.read_only:
        rows = store.query("SELECT code, members FROM territory WHERE members IS NOT NULL AND members <> ''")
        store.memo[key] = {r["code"]: str(r["members"]).replace(",", " ").split() for r in rows}
    return list(store.memo[key].get(code, []))


def known_indicator(store: Any, name: str) -> bool:
    """Whether the store lists the indicator or holds figures of it (memoised per connection)."""
    key = ("core.indicator", name)
    if key not in store.memo or not store.read_only:
        store.memo[key] = bool(store.query(
            "SELECT 1 FROM indicator WHERE name = ? UNION ALL SELECT 1 FROM observation WHERE indicator = ? LIMIT 1",
            [name, name]))
    return bool(store.memo[key])


def known_codes(store: Any) -> set[str]:
    """Territory and partner codes the store knows (its territories, WLD, and every partner cited),
    read once per read-only connection."""
    key = ("core.codes",)
    if key not in store.memo or not store.read_only:
        rows = store.query("SELECT code FROM territory UNION SELECT DISTINCT partner FROM observation "
                           "WHERE partner IS NOT NULL")
        store.memo[key] = {str(r["code"]) for r in rows} | {"WLD"}
    return set(store.memo[key])
