"""Indicators: fixed cases from the fixture dataset, and properties over random stores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from northward.errors import NoData, QueryError
from northward.indicators import IndicatorRequest, compute, compute_in
from northward.indicators.tables import growth_by
from northward.store import Store, memory_store


def test_multiple_heilongjiang_exports_to_russia(fixture_home: Path) -> None:
    r = compute(fixture_home, IndicatorRequest("multiple", territory="CN-HL", partner="RU", flow="export",
                                               start="2019", end="2024"))
    assert round(r.value, 2) == 3.49
    assert r.unit == "times"
    assert {o.value for o in r.lineage.inputs} == {10.7e9, 37.3e9}
    assert [s.source_id for s in r.lineage.sources] == ["test-article"]
    d = r.to_dict()
    assert d["rounded"] == 3.49 and len(d["lineage"]["inputs"]) == 2


def test_growth_and_cagr(fixture_home: Path) -> None:
    g = compute(fixture_home, IndicatorRequest("growth", territory="NEC", partner="RU", flow="total",
                                               start="2019", end="2024"))
    assert round(g.value, 1) == 90.6
    c = compute(fixture_home, IndicatorRequest("cagr", territory="NEC", partner="RU", flow="total",
                                               start="2019", end="2024"))
    assert c.value == pytest.approx(((334.1 / 175.3) ** (1 / 5) - 1) * 100)


def test_aggregate_sums_members_and_converts(fixture_home: Path) -> None:
    r = compute(fixture_home, IndicatorRequest("multiple", territory="NEC", partner="RU", flow="export",
                                               start="2019", end="2024", unit="CNY"))
    assert r.details["base"] == pytest.approx((10.7 + 1.7 + 7.9 + 2.7) * 1e9)
    assert r.details["final"] == pytest.approx((37.3 + 18.3 + 15.7 + 20.4) * 1e9)
    assert "summed from members" in r.details["base_from"]
    usd = compute(fixture_home, IndicatorRequest("multiple", territory="NEC", partner="RU", flow="export",
                                                 start="2019", end="2024", unit="USD"))
    assert usd.value == pytest.approx(r.value * 6.8985 / 7.1217)
    assert "test-fx" in usd.lineage.source_ids()


def test_share_of_territory_trade(fixture_home: Path) -> None:
    r = compute(fixture_home, IndicatorRequest("share", territory="CN-HL", partner="RU", flow="total", period="2023"))
    assert r.value == pytest.approx(2200 / 2978.3 * 100)


def test_convert_and_missing_rate(fixture_home: Path) -> None:
    r = compute(fixture_home, IndicatorRequest("convert", amount=68.985e9, unit="CNY", period="2019"))
    assert r.value == pytest.approx(10e9) and r.unit == "USD"
    with pytest.raises(NoData, match="2021"):
        compute(fixture_home, IndicatorRequest("convert", amount=1.0, period="2021"))


def test_errors_are_clear(fixture_home: Path) -> None:
    with pytest.raises(QueryError) as info:
        compute(fixture_home, IndicatorRequest("nonsense"))
    assert info.value.problem.code == "NW410"
    with pytest.raises(QueryError, match="--start"):
        compute(fixture_home, IndicatorRequest("growth", territory="CN-HL", partner="RU", flow="export"))
    with pytest.raises(NoData):
        compute(fixture_home, IndicatorRequest("growth", territory="CN-HL", partner="JP", flow="export",
                                               start="2019", end="2024"))


# --- properties over random stores -------------------------------------------------------------

PROVINCES = ["CN-HL", "CN-JL", "CN-LN", "CN-NM"]


_SHARED: list[Store] = []


def _store_with(values: dict[tuple[str, str, int], float], rate: float | None = None) -> Store:
    """One in-memory store reused across examples, emptied and refilled each time."""
    if not _SHARED:
        _SHARED.append(memory_store())
    store = _SHARED[0]
    store.memo.clear()
    con = store.con
    for table in ("observation", "territory", "source"):
        con.execute(f"DELETE FROM {table}")
    con.execute("INSERT INTO source (source_id, kind, title) VALUES ('t', 'dataset', 'test data')")
    con.execute("INSERT INTO territory VALUES ('CN','country',NULL,NULL,'China',NULL,NULL,NULL)")
    for p in PROVINCES:
        con.execute("INSERT INTO territory VALUES (?, 'province', 'CN', NULL, ?, NULL, NULL, NULL)", [p, p])
    con.execute("INSERT INTO territory VALUES ('NEC','aggregate','CN',NULL,'NEC',NULL,NULL,?)", [" ".join(PROVINCES)])
    for (terr, partner, year), v in values.items():
        con.execute("INSERT INTO observation (indicator, territory, partner, product, flow, period_start, period_end, "
                    "freq, unit, value, status, source_id) VALUES ('trade_value', ?, ?, 'TOTAL', 'total', ?, ?, 'A', "
                    "'CNY', ?, 'final', 't')", [terr, partner, date(year, 1, 1), date(year, 12, 31), v])
    if rate is not None:
        con.execute("INSERT INTO observation (indicator, territory, period_start, period_end, freq, unit, value, "
                    "status, source_id) VALUES ('fx_cny_per_usd', 'CN', DATE '2020-01-01', DATE '2020-12-31', 'A', "
                    "'CNY_per_USD', ?, 'final', 't')", [rate])
    return store


money = st.floats(min_value=1e6, max_value=1e12, allow_nan=False, allow_infinity=False)
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEWER = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FEWER
@given(st.lists(money, min_size=4, max_size=4))
def test_shares_of_parts_sum_to_the_whole(parts: list[float]) -> None:
    values = {(p, "RU", 2020): v for p, v in zip(PROVINCES, parts, strict=True)}
    values[("CN", "RU", 2020)] = sum(parts)
    store = _store_with(values)
    shares = [compute_in(store, IndicatorRequest("share", territory=p, partner="RU", flow="total", period="2020",
                                                 of="national")).value for p in PROVINCES]
    assert sum(shares) == pytest.approx(100.0)


@FAST
@given(money, money)
def test_growth_and_multiple_agree(a: float, b: float) -> None:
    store = _store_with({("CN-HL", "RU", 2019): a, ("CN-HL", "RU", 2024): b})
    req = {"territory": "CN-HL", "partner": "RU", "flow": "total", "start": "2019", "end": "2024"}
    g = compute_in(store, IndicatorRequest("growth", **req)).value
    m = compute_in(store, IndicatorRequest("multiple", **req)).value
    c = compute_in(store, IndicatorRequest("cagr", **req)).value
    assert g == pytest.approx((m - 1) * 100)
    assert (1 + c / 100) ** 5 == pytest.approx(m)


@FAST
@given(money, st.floats(min_value=5.0, max_value=8.0))
def test_conversion_round_trips(amount: float, rate: float) -> None:
    store = _store_with({}, rate=rate)
    usd = compute_in(store, IndicatorRequest("convert", amount=amount, unit="CNY", to="USD", period="2020")).value
    back = compute_in(store, IndicatorRequest("convert", amount=usd, unit="USD", to="CNY", period="2020")).value
    assert back == pytest.approx(amount)


@FEWER
@given(st.lists(money, min_size=4, max_size=4, unique=True))
def test_rank_orders_by_value(parts: list[float]) -> None:
    store = _store_with({(p, "RU", 2020): v for p, v in zip(PROVINCES, parts, strict=True)})
    ranks = {p: compute_in(store, IndicatorRequest("rank", territory=p, partner="RU", flow="total",
                                                   period="2020")).value for p in PROVINCES}
    expected = sorted(PROVINCES, key=lambda p: -parts[PROVINCES.index(p)])
    assert [p for p, _ in sorted(ranks.items(), key=lambda kv: kv[1])] == expected


def test_balance_and_aggregate_table() -> None:
    store = memory_store()
    store.con.execute("INSERT INTO source (source_id, kind, title) VALUES ('t', 'dataset', 'test data')")
    for flow, v in (("export", 30.0), ("import", 70.0)):
        store.con.execute("INSERT INTO observation (indicator, territory, partner, product, flow, period_start, "
                          "period_end, freq, unit, value, status, source_id) VALUES ('trade_value', 'CN-HL', 'RU', "
                          "'TOTAL', ?, DATE '2024-01-01', DATE '2024-12-31', 'A', 'CNY', ?, 'final', 't')", [flow, v])
    r = compute_in(store, IndicatorRequest("balance", territory="CN-HL", partner="RU", period="2024"))
    assert r.value == -40.0


def test_growth_by_hs_chapter_on_monthly_rows() -> None:
    store = memory_store()
    rows = []
    for year, factor in ((2023, 1.0), (2024, 1.5)):
        for hs, v in (("01012100", 10.0), ("01019000", 30.0), ("85171300", 100.0)):
            rows.append((hs, date(year, 1, 1), v * factor))
    for hs, start, v in rows:
        store.con.execute("INSERT INTO observation (indicator, territory, partner, product, flow, period_start, "
                          "period_end, freq, unit, value, status, source_id) VALUES ('trade_value', 'CN-HL', 'RU', "
                          "?, 'export', ?, ?, 'A', 'CNY', ?, 'final', 't')", [hs, start, start.replace(month=12, day=31), v])
    t = store.table("observation")
    out = store.ibis().execute(growth_by(t, ["territory", "product"], date(2023, 1, 1), date(2024, 1, 1), hs_digits=2))
    by = dict(zip(out["product"], out["growth_pct"], strict=True))
    assert by == pytest.approx({"01": 50.0, "85": 50.0})
