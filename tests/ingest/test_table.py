"""`import table`: tidy CSV, Excel and Parquet, mapped with --map/--set; malformed twins fail cleanly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from northward.errors import NorthwardError
from northward.ingest.tidy import TableOptions, import_table, parse_pairs
from northward.store import open_store

from .conftest import TABLE, cli, store_counts

MAP = {"territory": "territory", "partner": "partner", "flow": "flow", "period": "period", "value": "value"}
SET = {"indicator": "trade_value", "unit": "CNY"}


def _rows(home: Path) -> list[dict]:
    with open_store(home) as store:
        return store.query("SELECT territory, partner, flow, period_start, period_end, freq, value FROM observation "
                           "ORDER BY period_start, territory")


@pytest.mark.parametrize("name", ["tidy.csv", "tidy.xlsx", "tidy.parquet"])
def test_formats_import(home: Path, name: str) -> None:
    result = import_table(home, [TABLE / name], TableOptions(MAP, SET))
    assert result.rows == 4
    rows = _rows(home)
    assert rows[0] == {"territory": "CN-HL", "partner": "RU", "flow": "export", "period_start": date(2023, 1, 1),
                       "period_end": date(2023, 12, 31), "freq": "A", "value": 1500.5}
    q = next(r for r in rows if r["freq"] == "Q")
    assert (q["period_start"], q["period_end"], q["value"]) == (date(2024, 1, 1), date(2024, 3, 31), None)
    m = next(r for r in rows if r["freq"] == "M")
    assert (m["period_end"], m["value"]) == (date(2024, 3, 31), 88.25)


@pytest.mark.parametrize(("name", "column", "line"), [("tidy.bad.csv", "value", 3), ("tidy.bad.xlsx", "period", 4)])
def test_malformed_twins(home: Path, name: str, column: str, line: int) -> None:
    with pytest.raises(NorthwardError) as info:
        import_table(home, [TABLE / name], TableOptions(MAP, SET))
    assert (info.value.problem.code, info.value.problem.column, info.value.problem.line) == ("NW323", column, line)
    assert store_counts(home)["observation"] == 0


def test_mapping_errors(home: Path) -> None:
    with pytest.raises(NorthwardError, match="no column 'Amount'"):
        import_table(home, [TABLE / "tidy.csv"], TableOptions({**MAP, "value": "Amount"}, SET))
    with pytest.raises(NorthwardError, match="no column or value for unit"):
        import_table(home, [TABLE / "tidy.csv"], TableOptions(MAP, {"indicator": "trade_value"}))
    with pytest.raises(NorthwardError, match="expected export, import"):
        import_table(home, [TABLE / "tidy.csv"], TableOptions({k: v for k, v in MAP.items() if k != "flow"},
                                                              {**SET, "flow": "outward"}))
    assert parse_pairs(["value=A,territory=B"], "--map") == {"value": "A", "territory": "B"}


def test_cli(home: Path) -> None:
    res = cli("import", "table", str(TABLE / "tidy.csv"), "--map",
              "territory=territory,partner=partner,flow=flow,period=period,value=value",
              "--set", "indicator=trade_value", "--set", "unit=CNY")
    assert res.exit_code == 0, res.output
    assert "4 rows" in res.output


def test_fixture_files_match_the_csv() -> None:
    """The Excel and Parquet fixtures hold the same table as tidy.csv (make_fixtures.py writes them)."""
    csv = pd.read_csv(TABLE / "tidy.csv", dtype=str)
    assert pd.read_excel(TABLE / "tidy.xlsx", dtype=str).fillna("").equals(csv.fillna(""))
    assert pd.read_parquet(TABLE / "tidy.parquet").fillna("").equals(csv.fillna(""))
