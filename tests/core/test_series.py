"""The series resolver: stated, converted (rate named), summed, derived, and gaps with reasons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from northward.core.series import SeriesQuery, lookup, resolve_series
from northward.errors import UnknownValue
from northward.store import open_store


def _series(home: Path, **kw: Any) -> dict[str, Any]:
    with open_store(home, read_only=True) as store:
        s = resolve_series(store, SeriesQuery("trade_value", **kw))
    return {p.period.label: p for p in s.points}


def test_stated_converted_and_gaps(series_home: Path) -> None:
    pts = _series(series_home, territory="CN-HL", partner="RU", flow="export", unit="USD", start="2019", end="2024")
    assert list(pts) == ["2019", "2020", "2021", "2022", "2023", "2024"]
    assert pts["2023"].how == "stated" and pts["2023"].value == 2.0e9
    p19 = pts["2019"]
    assert p19.how == "converted" and p19.value == pytest.approx(10.7e9 / 6.8985)
    assert p19.rate is not None and p19.rate.concept == "pboc_central_parity" and "test-fx" in p19.sources
    assert "PBoC central parity" in p19.describe()
    assert pts["2020"].is_gap and "2020" in (pts["2020"].gap_reason or "")
    # part-year figures never stand in for a year; twelve months do make one
    assert pts["2022"].how == "converted" or pts["2022"].is_gap
    cny = _series(series_home, territory="CN-HL", partner="RU", flow="export", unit="CNY", start="2022", end="2024")
    assert cny["2022"].how == "summed_months" and cny["2022"].value == 12e9
    assert cny["2024"].value == 37.3e9  # the annual figure, not the January–May one
    p23 = cny["2023"]  # only the market rate is stored for 2023: it is used, and named
    assert p23.how == "converted" and p23.value == pytest.approx(14e9)
    assert p23.rate is not None and p23.rate.concept == "fed_h10_market"


def test_year_to_date_is_its_own_series(series_home: Path) -> None:
    pts = _series(series_home, territory="CN-HL", partner="RU", flow="export", freq="YTD",
                  start="2022-01..2022-05", end="2024-01..2024-05")
    assert list(pts) == ["2022-01..2022-05", "2023-01..2023-05", "2024-01..2024-05"]
    assert pts["2024-01..2024-05"].value == 15e9 and pts["2022-01..2022-05"].value == 4e9
    assert pts["2023-01..2023-05"].is_gap


def test_derived_flows(series_home: Path) -> None:
    pts = _series(series_home, territory="CN-HL", partner="RU", flow="total", start="2023", end="2024")
    assert pts["2024"].how == "derived_total" and pts["2024"].value == pytest.approx(37.3e9 + 197.0e9)
    assert set(pts["2024"].sources) == {"test-article", "test-series"}
    assert pts["2023"].how == "stated" and pts["2023"].value == 220e9  # a stated total wins over a derivation
    with open_store(series_home, read_only=True) as store:
        imp = lookup(store, "trade_value", "CN-HL", "2023", partner="RU", flow="import", unit="CNY")
        assert imp.how == "derived_import" and imp.value == pytest.approx(220e9 - 14e9)
        bal = lookup(store, "trade_value", "CN-HL", "2024", partner="RU", flow="balance")
        assert bal.how == "derived_balance" and bal.value == pytest.approx(37.3e9 - 197e9)


def test_aggregate_sums_members_and_names_the_missing_one(series_home: Path) -> None:
    pts = _series(series_home, territory="NEC", partner="RU", flow="export", start="2019", end="2020")
    assert pts["2019"].how == "summed_members" and pts["2019"].value == pytest.approx(23.0e9)
    assert pts["2020"].is_gap and "CN-HL" in (pts["2020"].gap_reason or "")
    total = _series(series_home, territory="NEC", partner="RU", flow="total", start="2019", end="2019")
    assert total["2019"].how == "stated" and total["2019"].value == 175.3e9


def test_without_a_range_the_stored_years_bound_the_series(series_home: Path) -> None:
    pts = _series(series_home, territory="CN-HL", partner="RU", flow="export")
    assert min(pts) == "2019" and max(pts) == "2024"


def test_unknown_values_are_refused(series_home: Path) -> None:
    with open_store(series_home, read_only=True) as store:
        with pytest.raises(UnknownValue) as info:
            resolve_series(store, SeriesQuery("trade_valeu", "CN-HL"))
        assert info.value.nearest == "trade_value"
        with pytest.raises(UnknownValue):
            resolve_series(store, SeriesQuery("trade_value", "CN-HL", freq="weekly"))
        with pytest.raises(UnknownValue) as info:
            resolve_series(store, SeriesQuery("trade_value", "CN-HK", "RU"))
        assert info.value.nearest == "CN-HL"
        with pytest.raises(UnknownValue):
            resolve_series(store, SeriesQuery("trade_value", "CN-HL", "RUS"))


def test_rates_and_percentages_never_add_up() -> None:
    """NEC's GDP growth is not the sum of its members' growth rates: the resolver leaves a gap."""
    from northward.core.vocabulary import is_additive

    assert is_additive("trade_value", "CNY") and is_additive("population", "persons")
    assert not is_additive("gdp_growth_pct", "percent")
    assert not is_additive("trade_multiple", "times") and not is_additive("trade_rank", "rank")
    assert not is_additive("fx_cny_per_usd", "CNY_per_USD")


def test_aggregate_of_growth_rates_is_a_gap_on_the_shipped_store(shipped_home: Path) -> None:
    with open_store(shipped_home, read_only=True) as store:
        s = resolve_series(store, SeriesQuery("gdp_growth_pct", "NEC", start="2021", end="2022"))
    assert all(p.is_gap for p in s.points)
    assert all("does not add up" in (p.gap_reason or "") for p in s.points)


def test_an_unnamed_partner_or_flow_means_what_the_indicator_says(series_home: Path) -> None:
    """trade_value without a partner is trade with all partners (WLD), without a flow the total
    (data/indicators.yaml `defaults`); an indicator without those dimensions keeps them empty."""
    bare = _series(series_home, territory="CN-HL", start="2019", end="2024")
    named = _series(series_home, territory="CN-HL", partner="WLD", flow="total", start="2019", end="2024")
    assert [(k, p.value, p.how) for k, p in bare.items()] == [(k, p.value, p.how) for k, p in named.items()]
    assert any(not p.is_gap for p in bare.values())
    with open_store(series_home, read_only=True) as store:
        q = resolve_series(store, SeriesQuery("gdp", "CN-HL")).query
        assert (q.partner, q.flow) == (None, None)
        assert resolve_series(store, SeriesQuery("trade_value", "CN-HL", "RU")).query.flow == "total"
        point = lookup(store, "trade_value", "CN-HL", "2023")
        assert point.value == lookup(store, "trade_value", "CN-HL", "2023", partner="WLD", flow="total").value
