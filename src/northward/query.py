"""Questions to the store: observations (filtered, preferred release) and sources."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from .core import identity
from .core.vocabulary import parse_flow, parse_grade, period_bounds, period_label
from .errors import QueryError
from .store import Store, open_store

OUTPUT_COLUMNS = ("indicator", "territory", "partner", "product", "flow", "period", "value", "unit",
                  "qualifier", "status", "source_id", "stated", "note")


@dataclass
class ObservationFilter:
    """A selection of observations, as `northward show` and the web's explorer take it."""

    indicators: list[str] = field(default_factory=list)
    territories: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    flow: str | None = None
    period: str | None = None
    product: str | None = None
    hs_level: int | None = None
    source: str | None = None
    batch: int | None = None
    all_releases: bool = False
    limit: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause and its parameters (values are always parameters, never SQL text)."""
        clauses: list[str] = ["TRUE"]
        params: list[Any] = []
        for column, values in (("o.indicator", self.indicators), ("o.territory", self.territories),
                               ("o.partner", _expand_partners(self.partners))):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)
        if self.flow:
            clauses.append("o.flow = ?")
            params.append(parse_flow(self.flow))
        if self.period:
            start, end = period_bounds(self.period)
            clauses.append("o.period_start >= ? AND o.period_end <= ?")
            params.extend([start, end])
        if self.product:
            if self.product.isdigit():
                clauses.append("o.product LIKE ?")
                params.append(self.product + "%")
            else:
                clauses.append("o.product = ?")
                params.append(self.product)
        if self.hs_level is not None:
            if self.hs_level not in (2, 4, 6, 8):
                raise QueryError(f"--hs-level {self.hs_level}: use 2, 4, 6 or 8", code="NW404")
            clauses.append("regexp_full_match(o.product, '[0-9]+') AND length(o.product) >= ?")
            params.append(self.hs_level)
        if self.source:
            clauses.append("o.source_id = ?")
            params.append(self.source)
        if self.batch is not None:
            clauses.append("o.batch_id = ?")
            params.append(int(self.batch))
        return " AND ".join(clauses), params


def _expand_partners(codes: list[str]) -> list[str]:
    """Partner codes with groups (EU27, ASEAN, EAEU ...) replaced by their members."""
    from .ingest.partners import expand_partner

    return [member for code in codes for member in expand_partner(code)]


def preferred_sql(store: Store, where: str, all_releases: bool) -> str:
    """Observations matching `where`: by default the preferred candidate of each fact, chosen by
    the semantic core's rule (``core.identity``); with ``all_releases`` every row."""
    if all_releases:
        return f"SELECT o.* FROM observation o WHERE {where}"
    return f"SELECT o.* FROM {identity.preferred_relation(store)} AS o WHERE {where}"


# the order rows come back in, one total order so every engine returns the same list
# (obs_id last: two releases of one fact otherwise tie, and engines break ties differently)
ROW_ORDER = ("indicator", "territory", "partner", "product", "flow", "period_start", "period_end", "status", "obs_id")
SUM_ORDER = ("indicator", "territory", "partner", "product", "flow", "period_start", "period_end", "freq", "unit")


def select_observations(store: Store, flt: ObservationFilter) -> list[dict[str, Any]]:
    """Rows for the filter, preferred release by default, HS codes aggregated when asked."""
    from .engines import attached

    engine = attached(store)
    if engine is not None:  # --engine spark: the same selection as Ibis expressions on that engine
        return engine.select_observations(flt)
    where, params = flt.where()
    # asking for one source or batch puts it first: the rule then runs among its rows only
    base = preferred_sql(store, where, flt.all_releases or bool(flt.source) or flt.batch is not None)
    if flt.hs_level is not None:
        sql = (f"SELECT indicator, territory, partner, left(product, {int(flt.hs_level)}) AS product, flow, "
               "period_start, period_end, freq, unit, sum(value) AS value, NULL AS qualifier, "
               "min(status) AS status, string_agg(DISTINCT source_id, ' ') AS source_id, "
               "NULL AS stated, count(*) || ' rows summed' AS note "
               f"FROM ({base}) GROUP BY ALL ORDER BY {', '.join(SUM_ORDER)}")
    else:
        sql = (f"SELECT indicator, territory, partner, product, flow, period_start, period_end, freq, unit, value, "
               f"qualifier, status, source_id, stated, note, obs_id FROM ({base}) "
               f"ORDER BY {', '.join(ROW_ORDER)}")
    if flt.limit:
        sql += f" LIMIT {int(flt.limit)}"
    def read() -> list[dict[str, Any]]:
        rows = store.query(sql, params)
        for r in rows:
            r["period"] = period_label(r["period_start"], r["period_end"], r["freq"])
        return rows

    # a read-only store keeps the rows in its memo (a server's snapshot shares it across requests)
    return [dict(r) for r in store.memoised(("query", sql, tuple(params)), read)]


def show_observations(home: str | os.PathLike[str] | None, flt: ObservationFilter) -> list[dict[str, Any]]:
    with open_store(home, read_only=True) as store:
        rows = select_observations(store, flt)
    return [{k: r.get(k) for k in OUTPUT_COLUMNS} for r in rows]


def sources_query(kind: str | None = None, used: bool = False, search: str | None = None,
                  grade: str | None = None) -> tuple[str, list[Any]]:
    clauses, params = ["TRUE"], []
    if kind:
        clauses.append("s.kind = ?")
        params.append(kind)
    if grade:
        clauses.append("s.grade = ?")
        params.append(parse_grade(grade))
    if search:
        clauses.append("(s.title ILIKE ? OR s.title_en ILIKE ? OR s.publisher ILIKE ? OR s.source_id ILIKE ? "
                       "OR s.original_publisher ILIKE ?)")
        params.extend([f"%{search}%"] * 5)
    used_sql = ("(SELECT count(*) FROM observation o WHERE o.source_id = s.source_id "
                "OR o.primary_source_id = s.source_id)")
    if used:
        clauses.append(f"{used_sql} > 0")
    sql = (f"SELECT s.source_id, s.kind, s.grade, s.title, s.title_en, s.publisher, s.original_publisher, s.url, "
           f"s.retrieved_from, s.published, s.accessed, s.ref, {used_sql} AS figures FROM source s "
           f"WHERE {' AND '.join(clauses)} ORDER BY s.source_id")
    return sql, params


def select_sources(store: Store, kind: str | None = None, used: bool = False,
                   search: str | None = None, grade: str | None = None) -> list[dict[str, Any]]:
    sql, params = sources_query(kind, used, search, grade)
    return [dict(r) for r in store.memoised(("query", sql, tuple(params)), lambda: store.query(sql, params))]


def list_sources(home: str | os.PathLike[str] | None, kind: str | None = None, used: bool = False,
                 search: str | None = None, grade: str | None = None) -> list[dict[str, Any]]:
    with open_store(home, read_only=True) as store:
        return select_sources(store, kind, used, search, grade)


def sources_by_id(store: Store, source_ids: list[str]) -> list[dict[str, Any]]:
    """Full source rows for these ids, in the given order."""
    ids = [s for s in dict.fromkeys(source_ids) if s]
    if not ids:
        return []
    rows = store.memoised(("sources_by_id", tuple(ids)), lambda: store.query(
        f"SELECT * FROM source WHERE source_id IN ({', '.join('?' for _ in ids)})", ids))
    by_id = {r["source_id"]: r for r in rows}
    return [dict(by_id[i]) for i in ids if i in by_id]


def export_observations(home: str | os.PathLike[str] | None, flt: ObservationFilter, fmt: str,
                        out: Any = None, wide: bool = False) -> int:
    """Print or write the filtered observations; Excel files get a sheet of the sources cited."""
    from .export import export_rows, package_format
    from .tables import emit

    with open_store(home, read_only=True) as store:
        rows = [{k: r.get(k) for k in OUTPUT_COLUMNS} for r in select_observations(store, flt)]
        if package_format(fmt):  # a folder: datapackage.json and the data (northward.export)
            export_rows(store, rows, None, out, fmt=fmt, name="northward-observations",
                        title="Observations selected with northward show")
            return len(rows)
        ids = [i for r in rows for i in str(r["source_id"] or "").split()]
        sources = sources_by_id(store, ids) if fmt == "xlsx" else None
    emit(rows, fmt, out, title="Observations", sources=sources, columns=OUTPUT_COLUMNS, wide=wide)
    return len(rows)
