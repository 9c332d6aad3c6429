"""Small look-ups the pages share: territory names, sources, the values a filter can take."""

from __future__ import annotations

from typing import Any

from ...errors import QueryError
from ...query import sources_by_id
from ...store import Store

FOCUS = ("NEC", "CN-HL", "CN-JL", "CN-LN", "CN-NM")


def territories(store: Store) -> dict[str, dict[str, Any]]:
    """Every territory by code, with its names in Chinese, English and Russian."""
    rows = store.memoised("web.territories", lambda: store.query(
        "SELECT code, level, parent, name_zh, name_en, name_ru, members FROM territory ORDER BY code"))
    return {r["code"]: dict(r) for r in rows}


def territory(store: Store, code: str) -> dict[str, Any]:
    """One territory by code, or by what ``northward.subjects`` reads as one (cn-hl, Heilongjiang, 黑龙江);
    an unknown one is a 404 naming the nearest code."""
    from ... import subjects
    from ...errors import UnknownValue

    sql = "SELECT code, level, parent, name_zh, name_en, name_ru, members FROM territory WHERE code = ?"
    rows = store.query(sql, [code])
    if not rows:
        known = [r["code"] for r in store.query("SELECT code FROM territory ORDER BY code")]
        try:
            rows = store.query(sql, [subjects.resolve("territory", code, known)])
        except UnknownValue as exc:
            raise UnknownValue("territory", code, known, code="NW404", http_status=404,
                               nearest=exc.nearest if exc.nearest in known else None,
                               hint="see /territories (or /api/territories) for the codes the store knows") from None
    if not rows:
        raise QueryError(f"no territory with code {code!r}", code="NW404",
                         hint="see /territories (or /api/territories) for the codes the store knows")
    return rows[0]


def label(names: dict[str, dict[str, Any]], code: str | None) -> str:
    """'Heilongjiang 黑龙江 Хэйлунцзян' style label, or the code itself when unknown."""
    if not code:
        return ""
    t = names.get(code)
    if not t:
        return code
    return " · ".join(n for n in (t.get("name_en"), t.get("name_zh"), t.get("name_ru")) if n)


def trade_options(store: Store) -> dict[str, list[Any]]:
    """The values the trade explorer's filters can take, read from the stored trade figures."""
    options = store.memoised("web.trade_options", lambda: _trade_options(store))
    return {k: list(v) for k, v in options.items()}


def _trade_options(store: Store) -> dict[str, list[Any]]:
    def distinct(column: str) -> list[Any]:
        # column names come from this fixed list, never from the request
        sql = (f"SELECT DISTINCT {column} AS v FROM observation WHERE indicator = 'trade_value' "
               f"AND {column} IS NOT NULL ORDER BY 1")
        return [r["v"] for r in store.query(sql)]

    years = store.query("SELECT DISTINCT year(period_end) AS y FROM observation "
                        "WHERE indicator = 'trade_value' ORDER BY 1")
    return {
        "territory": distinct("territory"), "partner": distinct("partner"), "flow": distinct("flow"),
        "unit": distinct("unit"), "freq": distinct("freq"), "year": [r["y"] for r in years],
        "product": distinct("product")[:500],
    }


def source(store: Store, source_id: str) -> dict[str, Any]:
    """One source with every field, or a 404-style error naming the fix."""
    rows = sources_by_id(store, [source_id])
    if not rows:
        raise QueryError(f"no source with id {source_id!r}", code="NW404",
                         hint="see /sources for every source in the store")
    return rows[0]
