"""The table-level Ibis formulas (the path that runs on DuckDB here and on Spark elsewhere)."""

from __future__ import annotations

from datetime import date

import ibis
import pytest

from northward.indicators import tables
from northward.store import memory_store


@pytest.fixture(scope="module")
def backend():
    return memory_store().ibis()


def _run(backend, expr):
    return backend.execute(expr).to_dict("records")


def test_balance_aggregate_and_convert(backend) -> None:
    y = date(2020, 1, 1)
    levels = ibis.memtable({
        "territory": ["CN-HL", "CN-JL", "CN-LN", "CN-NM", "CN-HL", "CN-JL", "CN-LN"],
        "period_start": [y, y, y, y, date(2021, 1, 1), date(2021, 1, 1), date(2021, 1, 1)],
        "value": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0],
    })
    members = ["CN-HL", "CN-JL", "CN-LN", "CN-NM"]
    agg = _run(backend, tables.aggregate_table(levels, members, "NEC", ["period_start"]))
    # 2021 lacks CN-NM, so only 2020 is complete
    assert [(r["territory"], r["value"]) for r in agg] == [("NEC", 10.0)]

    ex = ibis.memtable({"territory": ["CN-HL"], "value": [30.0]})
    im = ibis.memtable({"territory": ["CN-HL"], "value": [70.0]})
    assert _run(backend, tables.balance_table(ex, im, ["territory"]))[0]["balance"] == -40.0

    cny = ibis.memtable({"period_start": [y], "value": [68.974], "unit": ["CNY"]})
    rates = ibis.memtable({"period_start": [y], "value": [6.8974]})
    usd = _run(backend, tables.convert_table(cny, rates, "USD"))[0]
    assert usd["value"] == pytest.approx(10.0) and usd["unit"] == "USD"
    back = _run(backend, tables.convert_table(ibis.memtable({"period_start": [y], "value": [10.0], "unit": ["USD"]}),
                                              rates, "CNY"))[0]
    assert back["value"] == pytest.approx(68.974)


def test_change_share_and_rank_tables(backend) -> None:
    a, b = date(2019, 1, 1), date(2024, 1, 1)
    levels = ibis.memtable({"territory": ["CN-HL", "CN-HL", "CN-JL", "CN-JL"], "period_start": [a, b, a, b],
                            "value": [10.7, 37.3, 1.7, 18.3]})
    rows = {r["territory"]: r for r in _run(backend, tables.change_table(levels, ["territory"], a, b, 5.0))}
    assert round(rows["CN-HL"]["multiple"], 2) == 3.49
    assert rows["CN-JL"]["growth_pct"] == pytest.approx((18.3 / 1.7 - 1) * 100)
    assert (1 + rows["CN-HL"]["cagr_pct"] / 100) ** 5 == pytest.approx(37.3 / 10.7)

    parts = ibis.memtable({"territory": ["CN-HL", "CN-JL"], "value": [1.0, 3.0]})
    whole = ibis.memtable({"territory": ["CN-HL", "CN-JL"], "value": [4.0, 4.0]})
    shares = {r["territory"]: r["share_pct"] for r in _run(backend, tables.share_table(parts, whole, ["territory"]))}
    assert shares == {"CN-HL": 25.0, "CN-JL": 75.0}

    ranked = {r["territory"]: (r["rank"], r["among"]) for r in _run(backend, tables.rank_table(
        ibis.memtable({"territory": ["A", "B", "C"], "value": [5.0, 9.0, 5.0], "g": [1, 1, 1]}), ["g"]))}
    assert ranked == {"B": (1, 3), "A": (2, 3), "C": (2, 3)}
