"""The vocabulary: every spelling of a period, and unknown values rejected with the nearest match."""

from __future__ import annotations

from datetime import date

import pytest

from northward.core.vocabulary import (
    PeriodSyntaxError,
    indicator_names,
    parse_flow,
    parse_freq,
    parse_grade,
    parse_indicator,
    parse_period,
    parse_unit,
    period_bounds,
)
from northward.errors import QueryError, UnknownValue


@pytest.mark.parametrize(("text", "start", "end", "freq", "label"), [
    ("2024", date(2024, 1, 1), date(2024, 12, 31), "A", "2024"),
    ("2024Q1", date(2024, 1, 1), date(2024, 3, 31), "Q", "2024-Q1"),
    ("2024-Q2", date(2024, 4, 1), date(2024, 6, 30), "Q", "2024-Q2"),
    ("2024q3", date(2024, 7, 1), date(2024, 9, 30), "Q", "2024-Q3"),
    ("2024-03", date(2024, 3, 1), date(2024, 3, 31), "M", "2024-03"),
    ("2024M02", date(2024, 2, 1), date(2024, 2, 29), "M", "2024-02"),
    ("202403", date(2024, 3, 1), date(2024, 3, 31), "M", "2024-03"),
    ("2024-01..2024-05", date(2024, 1, 1), date(2024, 5, 31), "YTD", "2024-01..2024-05"),
    ("2024-01..2024-12", date(2024, 1, 1), date(2024, 12, 31), "A", "2024"),
    ("2024-04..2024-06", date(2024, 4, 1), date(2024, 6, 30), "Q", "2024-Q2"),
    ("2019..2024", date(2019, 1, 1), date(2024, 12, 31), "R", "2019..2024"),
    ("@2020-11-01", date(2020, 11, 1), date(2020, 11, 1), "P", "@2020-11-01"),
    (" 2024 ", date(2024, 1, 1), date(2024, 12, 31), "A", "2024"),
])
def test_every_spelling(text: str, start: date, end: date, freq: str, label: str) -> None:
    p = parse_period(text)
    assert (p.start, p.end, p.freq, p.label) == (start, end, freq, label)
    assert parse_period(p.label) == p  # the label parses back to the same period


@pytest.mark.parametrize("bad", ["2024-13", "24", "2024Q5", "2024..2019", "2024-03..2024-05", "2023-11..2024-02",
                                 "@2020-02-30", "next year", ""])
def test_bad_periods_are_unknown_values(bad: str) -> None:
    with pytest.raises(PeriodSyntaxError) as info:
        parse_period(bad)
    err = info.value
    assert isinstance(err, UnknownValue) and isinstance(err, QueryError) and isinstance(err, ValueError)
    assert err.problem.code == "NW403"
    assert "2024-Q1" in err.hint  # the accepted spellings are named


def test_filter_bounds_accept_month_spans_across_years() -> None:
    assert period_bounds("2019-03..2024-05") == (date(2019, 3, 1), date(2024, 5, 31))
    assert period_bounds("2024Q1") == (date(2024, 1, 1), date(2024, 3, 31))


def test_flows_units_freqs_grades() -> None:
    assert parse_flow("Exports") == "export" and parse_flow("进口") == "import" and parse_flow("total") == "total"
    assert parse_unit("yuan") == "CNY" and parse_unit("usd") == "USD" and parse_unit("percent") == "percent"
    assert parse_freq("ytd") == "YTD" and parse_freq("annual") == "A"
    assert parse_grade("official original") == "official_original"
    with pytest.raises(UnknownValue) as info:
        parse_flow("exprot")
    assert info.value.nearest == "export"
    with pytest.raises(UnknownValue):
        parse_unit("EUR")


def test_indicator_names_come_from_the_shipped_list() -> None:
    names = indicator_names()
    assert "trade_value" in names and "gdp_growth_pct" in names
    assert parse_indicator("trade_value") == "trade_value"
    with pytest.raises(UnknownValue) as info:
        parse_indicator("trade_valu")
    assert info.value.nearest == "trade_value"


@pytest.mark.parametrize(("text", "human"), [
    ("2024", "2024"), ("2024Q1", "Q1 2024"), ("2024-03", "March 2024"), ("2024-01..2024-05", "January–May 2024"),
    ("2019..2024", "2019–2024"), ("@2020-11-01", "1 November 2020"),
])
def test_periods_as_a_reader_writes_them(text: str, human: str) -> None:
    assert parse_period(text).human == human
