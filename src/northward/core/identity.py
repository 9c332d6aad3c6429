"""What "the same fact" is, and which of its candidates wins: written once, as Ibis expressions
that compile for DuckDB here and for Spark on the lake.

A *fact* is an indicator of a territory with a partner, product and flow over a period, in a unit
(and at a place). Customs-only detail columns (trade mode, the customs partner code) are not part
of it: the rows an imported batch gives for one fact are summed into ONE candidate, which competes
with a stated figure for the same fact; they are alternatives, never addends.

Which candidate wins (README, "Which figure wins"):

1. a stated figure before a sum of imported customs/Comtrade detail rows (a file may cover part of
   the trade; ``--batch`` selects the import, and ``check`` lists the disagreement);
2. authority: the source's grade (official original > official text in a copy > reputable media >
   secondary > unverified copy; an ungraded source after every graded one, so it never silently wins);
3. status among the same grade: revised > final > preliminary > estimate > derived;
4. then the kind of source, the later publication date, and the source id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import ibis
import ibis.expr.types as ir

from .vocabulary import GRADES

FACT_KEY = ("indicator", "territory", "partner", "product", "flow", "period_start", "period_end", "unit",
            "place_id")
DETAIL_COLUMNS = ("trade_mode", "partner_code")
GRADE_RANK = {g: i + 1 for i, g in enumerate(GRADES)}
UNGRADED_RANK = len(GRADES) + 1
STATUS_RANK = {"revised": 1, "final": 2, "preliminary": 3, "estimate": 4, "derived": 5}
KIND_RANK = {"statistical_bulletin": 1, "customs_release": 2, "government_document": 3, "dataset": 4,
             "import": 5, "news": 6, "article": 7}
# Imported files are graded by the importer that read them (a customs or Comtrade export is the
# official original); `import table` files carry the grade the user gives, else "unverified_copy".
IMPORTER_GRADE = {"customs": "official_original", "comtrade": "official_original", "sdmx": "official_original"}
DEFAULT_TABLE_GRADE = "unverified_copy"
DETAIL_IMPORTERS = ("customs", "comtrade")
RANGE_QUALIFIERS = ("range_low", "range_high")
HELPER_COLUMNS = ("_detail", "_grade_rank", "_status_rank", "_kind_rank", "_range", "_tiebreak", "_rank",
                  "kind", "published")


def annotated(obs: ir.Table, sources: ir.Table, batches: ir.Table) -> ir.Table:
    """Observations with what the rule needs: the effective ``grade`` and the rank columns."""
    src_cols = ["source_id", "kind", "published"] + (["grade"] if "grade" in sources.columns else [])
    s = sources.select(*src_cols)
    b = batches.select(_b_id=batches.batch_id, importer=batches.importer)
    t = obs.left_join(s, "source_id")
    t = t.left_join(b, t.batch_id == b._b_id).drop("_b_id")
    stored = t.grade if "grade" in src_cols else ibis.null("string")
    by_importer = t.importer.substitute(IMPORTER_GRADE, else_=ibis.null("string"))
    imported_default = ibis.ifelse(t.kind == "import", ibis.literal(DEFAULT_TABLE_GRADE), ibis.null("string"))
    grade = ibis.coalesce(stored, by_importer, imported_default)
    detail = t.importer.isin(list(DETAIL_IMPORTERS)).fill_null(False)
    t = t.mutate(grade=grade, _detail=detail.cast("int8"))
    return t.mutate(
        _grade_rank=t.grade.substitute(GRADE_RANK, else_=UNGRADED_RANK),
        _status_rank=t.status.substitute(STATUS_RANK, else_=9),
        _kind_rank=t.kind.substitute(KIND_RANK, else_=8),
        _range=ibis.ifelse(t.qualifier.isin(list(RANGE_QUALIFIERS)), t.qualifier, ""),
        # rows of one imported batch tie (they are one candidate); stated rows never do
        _tiebreak=ibis.ifelse(t._detail == 1, ibis.literal(0, "int64"), t.obs_id.cast("int64")),
    )


def _key(t: ir.Table) -> list[Any]:
    return [t[k] for k in FACT_KEY] + [t._range]


def _order(t: ir.Table) -> list[Any]:
    return [t._detail, t._grade_rank, t._status_rank, t._kind_rank, t.published.desc(nulls_first=False),
            t.source_id, t._tiebreak]


def ranked(obs: ir.Table, sources: ir.Table, batches: ir.Table) -> ir.Table:
    """Every observation with ``_rank``: 0 for the rows of its fact's winning candidate."""
    t = annotated(obs, sources, batches)
    return t.mutate(_rank=ibis.dense_rank().over(ibis.window(group_by=_key(t), order_by=_order(t))))


def preferred(obs: ir.Table, sources: ir.Table, batches: ir.Table) -> ir.Table:
    """The rows of each fact's winning candidate (all rows of an imported batch's candidate, so a sum
    over them is the candidate's value), with the effective ``grade`` and the batch's ``importer``."""
    t = ranked(obs, sources, batches)
    return t.filter(t._rank == 0).drop(*HELPER_COLUMNS)


def candidates(obs: ir.Table, sources: ir.Table, batches: ir.Table) -> ir.Table:
    """One row per candidate of each fact: the key, the source, its grade and status, the value
    (the sum of an imported batch's rows), how many rows, whether it is imported detail, and
    ``rank`` (0 = the one the rule picks)."""
    t = ranked(obs, sources, batches)
    group = [*FACT_KEY, "_range", "freq", "source_id", "status", "grade", "kind", "_detail", "_rank"]
    return t.group_by(group).aggregate(value=t.value.sum(), rows=t.count(), obs_id=t.obs_id.min(),
                                        decimals=t.decimals.max(), qualifier=t.qualifier.max(),
                                        stated=t.stated.max()).rename(rank="_rank", detail="_detail")


def select_for(obs: ir.Table, *, source: str | None = None, batch: int | None = None) -> ir.Table:
    """Observations restricted to one source or batch, when a user asks for it (before the rule)."""
    if source:
        obs = obs.filter(obs.source_id == source)
    if batch is not None:
        obs = obs.filter(obs.batch_id == int(batch))
    return obs


def key_of(row: dict[str, Any], columns: Sequence[str] = FACT_KEY) -> tuple[Any, ...]:
    """The fact key of a row as a tuple (for grouping in Python)."""
    return tuple(row.get(k) for k in columns)


_SQL: dict[tuple[str, str], str] = {}


def compiled_sql(store: Any, what: str = "preferred", dialect: str = "duckdb") -> str:
    """The SQL of ``preferred`` (or ``candidates``) over the store's tables, compiled once per
    process (compiling an Ibis expression costs a few hundred ms) and reused with filters around it."""
    if (what, dialect) not in _SQL:
        backend = store.ibis()
        fn = {"preferred": preferred, "candidates": candidates}[what]
        expr = fn(backend.table("observation"), backend.table("source"), backend.table("batch"))
        _SQL[(what, dialect)] = str(ibis.to_sql(expr, dialect=dialect))
    return _SQL[(what, dialect)]


MATERIALISE_BELOW = 2_000_000  # rows; larger stores query the preference SQL in place


def preferred_relation(store: Any) -> str:
    """What to select preferred rows FROM: on a read-only store of modest size, a temporary table
    filled once per connection (each look-up then costs milliseconds, not the window's planning);
    otherwise the preference SQL itself as a subquery."""
    return _relation(store, "preferred")


def candidates_relation(store: Any) -> str:
    """What to select candidates FROM (``candidates``), materialised like ``preferred_relation``."""
    return _relation(store, "candidates")


def materialise(store: Any, schema: str) -> None:
    """Fill ``preferred`` and ``candidates`` once into tables of ``schema`` (of a writable copy of the
    store, opened read-only afterwards) and make them the relations of the store's memo.

    For a server's snapshot: immutable while served, so the rule runs once per snapshot instead of
    once per request's cursor. Stores of MATERIALISE_BELOW rows or more keep the subquery."""
    for what in ("preferred", "candidates"):
        sql = compiled_sql(store, what)
        if store.scalar("SELECT count(*) FROM observation") < MATERIALISE_BELOW:
            store.con.execute(f"CREATE OR REPLACE TABLE {schema}._{what} AS {sql}")
            store.memo[f"{what}_relation"] = f"{schema}._{what}"
        else:
            store.memo[f"{what}_relation"] = f"({sql})"


def _relation(store: Any, what: str) -> str:
    if not store.read_only:
        return f"({compiled_sql(store, what)})"
    memo_key = f"{what}_relation"
    if memo_key not in store.memo:
        sql = compiled_sql(store, what)  # before the count: compiling reads schemas on this connection
        n = store.scalar("SELECT count(*) FROM observation")
        if n < MATERIALISE_BELOW:
            store.con.execute(f"CREATE TEMP TABLE _{what} AS {sql}")
            store.memo[memo_key] = f"_{what}"
        else:
            store.memo[memo_key] = f"({sql})"
    return str(store.memo[memo_key])
