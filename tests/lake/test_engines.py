"""Choosing the engine: names, errors, and the DuckDB Ibis path against the core's SQL (no Spark needed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from northward.engines import engine_name, open_engine, select_engine
from northward.errors import NorthwardError, UnknownValue
from northward.ingest.customs import CustomsOptions, import_customs
from northward.store import open_store

from ..ingest.conftest import CUSTOMS, cli


def test_engine_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NORTHWARD_ENGINE", raising=False)
    assert engine_name(None) == "duckdb"
    monkeypatch.setenv("NORTHWARD_ENGINE", "Spark")
    assert engine_name(None) == "spark"
    assert engine_name("duckdb") == "duckdb"
    with pytest.raises(UnknownValue) as err:
        engine_name("sparc")
    assert "spark" in str(err.value.problem.hint) or "spark" in err.value.problem.message


def test_an_unknown_engine_is_a_clear_error(fixture_home: Path) -> None:
    try:
        out = cli("show", "--territory", "CN-HL", "--engine", "polars")
    finally:
        select_engine("duckdb")
    assert out.exit_code == 2 and "NW405" in out.output


def test_local_spark_without_java_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    from northward.engines import spark

    monkeypatch.setattr(spark, "_SESSION", None)
    monkeypatch.setattr(spark.shutil, "which", lambda _: None)
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.delenv("NORTHWARD_SPARK_REMOTE", raising=False)
    with pytest.raises(NorthwardError) as err:
        spark.session()
    assert err.value.problem.code in ("NW011", "NW012") and err.value.problem.hint


def test_the_duckdb_ibis_path_agrees_with_the_core_sql(fixture_home: Path) -> None:
    """Both paths over curated rows and lake rows: the rows the core's fetch and `show` return."""
    from northward.core.fetch import preferred_rows
    from northward.query import ObservationFilter, select_observations

    import_customs(fixture_home, [CUSTOMS / "zh-monthly.gb18030.csv"], CustomsOptions(flow="export"))
    import_customs(fixture_home, [CUSTOMS / "hl-ru-export-2024.csv"], CustomsOptions(flow="export", period="2024"))
    with open_store(fixture_home, read_only=True) as store:
        engine = open_engine(store, "duckdb")
        for product in (None, "TOTAL", "0808"):
            args = ("trade_value", ["CN-HL"], "RU", "export", date(2019, 1, 1), date(2024, 12, 31))
            sql = preferred_rows(store, *args, product=product)
            assert sql and sql == engine.preferred_rows(*args, product=product)
        for flt in (ObservationFilter(territories=["CN-HL"], partners=["RU"]),
                    ObservationFilter(territories=["CN-HL"], hs_level=4),
                    ObservationFilter(territories=["CN-HL"], all_releases=True, period="2024")):
            assert select_observations(store, flt) == engine.select_observations(flt)
