"""Migration 0041 (source authority columns) applies on its own, and is a no-op after 0040."""

from __future__ import annotations

import duckdb
import pytest

from northward.store.schema import migrations


def _sql(version: int) -> str:
    return next(sql for v, _, sql in migrations() if v == version)


def _columns(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'source'").fetchall()}


@pytest.mark.parametrize("with_0040", [False, True])
def test_0041_applies_with_or_without_0040(with_0040: bool) -> None:
    con = duckdb.connect()
    for version, _, sql in migrations():
        if version < 40:
            con.execute(sql)
    assert "grade" not in _columns(con)
    if with_0040:
        con.execute(_sql(40))
    con.execute(_sql(41))
    con.execute(_sql(41))  # twice: still no error
    assert {"grade", "original_publisher", "retrieved_from"} <= _columns(con)
