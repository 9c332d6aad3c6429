"""`northward coverage` on the shipped store: each cell is the series resolver's answer."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from northward.cli import app
from northward.core.series import SeriesQuery, resolve_series
from northward.coverage import CoverageRow, build_coverage, check_layout
from northward.errors import UnknownValue
from northward.store import open_store

runner = CliRunner()


@pytest.fixture(scope="module")
def store(shipped_home: Path):
    with open_store(shipped_home, read_only=True) as s:
        yield s


def test_states_and_grades(store) -> None:
    cov = build_coverage(store, ["gdp_growth_pct", "trade_value", "fx_cny_per_usd_market"], ["CN-NM", "CN-HL", "CN"],
                         2019, 2026)
    nm = CoverageRow("gdp_growth_pct", "CN-NM", None, None)
    assert (cov.cell(nm, 2023).state, cov.cell(nm, 2023).grade) == ("stated", "official_original")
    assert cov.cell(nm, 2024).state == "gap" and cov.cell(nm, 2024).code == "-"
    hl_total = CoverageRow("trade_value", "CN-HL", "RU", "total")
    assert cov.cell(hl_total, 2024).state == "derived" and "export + import" in cov.cell(hl_total, 2024).how
    fx = CoverageRow("fx_cny_per_usd_market", "CN", None, None)
    assert cov.cell(fx, 2025).state == "stated" and cov.cell(fx, 2026).state == "part-year"
    assert cov.cell(fx, 2026).sources == ("fred-exchus",) and cov.cell(fx, 2026).code == "P:s"
    counts = cov.counts()
    assert sum(counts.values()) == len(cov.rows) * len(cov.years) and counts["converted"] >= 1


def test_cells_agree_with_the_series(store) -> None:
    cov = build_coverage(store, ["trade_value"], ["CN-HL"], 2019, 2024)
    for row in cov.rows:
        series = resolve_series(store, SeriesQuery(row.indicator, row.territory, row.partner, row.flow,
                                                   start="2019", end="2024"))
        for p in series.points:
            cell = cov.cell(row, p.period.year)
            assert (cell.state in ("gap", "part-year")) == p.is_gap, (row, p.period.label)
            if not p.is_gap:
                assert cell.grade == p.grade and cell.sources == p.sources


def test_aggregate_only_for_additive_units(store) -> None:
    cov = build_coverage(store, ["gdp_growth_pct", "gdp"], [], 2019, 2024)
    shown = {(r.indicator, r.territory) for r in cov.rows}
    assert ("gdp", "NEC") in shown and ("gdp_growth_pct", "NEC") not in shown


def test_unknown_values(store) -> None:
    with pytest.raises(UnknownValue, match="gdp"):
        build_coverage(store, ["gpd"])
    with pytest.raises(UnknownValue):
        build_coverage(store, [], ["CN-XX"])
    with pytest.raises(UnknownValue):
        check_layout("tall")


def test_cli_long_csv(shipped_home: Path) -> None:
    result = runner.invoke(app, ["coverage", "--home", str(shipped_home), "-i", "gdp", "-t", "CN-JL", "--start", "2019",
                                 "--end", "2024", "--layout", "long", "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["year"] for r in rows] == [str(y) for y in range(2019, 2025)]
    assert {r["year"]: r["grade"] for r in rows}["2024"] == "unverified_copy"  # dy.1ku.cc, a content farm


def test_cli_wide_table_has_legend(shipped_home: Path) -> None:
    result = runner.invoke(app, ["coverage", "--home", str(shipped_home), "-i", "gdp", "--start", "2022", "--end", "2023"])
    assert result.exit_code == 0 and "part-year only" in result.output and "unverified copy" in result.output


def test_report_section(store) -> None:
    from northward.report.coverage import report_section

    section = report_section(store)
    assert section is not None and section.key == "coverage"
    assert "cov-stated" in section.html and "cov-gap" in section.html and "part-year only" in section.html
    assert "NEC" in section.html and "trade_value / RU / total" in section.html
    assert "nmgtj-2024-01-19-nm-gdp-2023" in section.source_ids
