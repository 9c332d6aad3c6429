"""Imported rows live in the Parquet lake, listed by the catalogue; observation is curated ∪ lake."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from northward.errors import NorthwardError
from northward.ingest.customs import CustomsOptions, import_customs
from northward.store import drop_batch, open_store
from northward.store.lake import catalogued, curated_table

from ..ingest.conftest import CUSTOMS, cli

MONTHLY = CUSTOMS / "zh-monthly.gb18030.csv"


def _lake_files(home: Path) -> list[str]:
    root = home / "lake"
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.parquet")) if root.exists() else []


def test_import_writes_partitioned_parquet_listed_in_the_catalogue(fixture_home: Path) -> None:
    with open_store(fixture_home) as store:
        curated = store.scalar("SELECT count(*) FROM observation")
    result = import_customs(fixture_home, [MONTHLY], CustomsOptions(flow="export"))
    batch = result.files[0].batch_id
    files = _lake_files(fixture_home)
    assert files and all(f.startswith(f"observation/batch_id={batch}/year=2024/") for f in files)
    with open_store(fixture_home, read_only=True) as store:
        assert catalogued(store.con) == files
        assert store.scalar("SELECT sum(rows) FROM lake_file") == 6
        # the DuckDB file keeps only the curated rows; the relation shows both
        assert store.scalar(f"SELECT count(*) FROM {curated_table(store.con)}") == curated
        assert store.scalar("SELECT count(*) FROM observation") == curated + 6
        assert store.scalar("SELECT count(*) FROM observation WHERE batch_id = ?", [batch]) == 6
        # Ibis sees the same relation
        assert store.table("observation").count().execute() == curated + 6
    # DuckDB alone reads the lake in place, as any engine would
    plain = duckdb.sql(f"SELECT sum(value) FROM read_parquet('{fixture_home}/lake/observation/**/*.parquet', "
                       "hive_partitioning=true)").fetchall()[0]
    assert plain is not None and plain[0] > 0


def test_reimport_is_a_no_op_and_drop_batch_removes_the_files(home: Path) -> None:
    first = import_customs(home, [MONTHLY], CustomsOptions(flow="export"))
    files = _lake_files(home)
    again = import_customs(home, [MONTHLY], CustomsOptions(flow="export"))
    assert again.files[0].status == "already_imported" and _lake_files(home) == files
    with open_store(home) as store:
        assert drop_batch(store, first.files[0].batch_id) == 6
        assert store.scalar("SELECT count(*) FROM observation") == 0
        assert store.scalar("SELECT count(*) FROM lake_file") == 0
    assert _lake_files(home) == []
    assert not (home / "lake" / "observation" / f"batch_id={first.files[0].batch_id}").exists()


def test_drop_batch_command_and_show_see_the_lake(home: Path) -> None:
    result = import_customs(home, [MONTHLY], CustomsOptions(flow="export"))
    out = cli("show", "--territory", "CN-HL", "--format", "csv")
    assert out.exit_code == 0 and "01012100" in out.output
    out = cli("drop-batch", str(result.files[0].batch_id))
    assert out.exit_code == 0, out.output
    assert _lake_files(home) == []


def test_rebuilding_the_default_dataset_keeps_imported_rows(fixture_home: Path) -> None:
    import_customs(fixture_home, [MONTHLY], CustomsOptions(flow="export"))
    from northward.ingest.seed import build_store

    with open_store(fixture_home) as store:  # force a rebuild: forget the seed's fingerprint
        store.con.execute("UPDATE batch SET sha256 = 'old' WHERE importer = 'seed'")
    build_store(fixture_home, data_dir=Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "good")
    with open_store(fixture_home, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM observation WHERE product = '01012100'") >= 1
        assert store.scalar("SELECT sum(rows) FROM lake_file") == 6


def test_rejected_rows_are_not_in_the_lake(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "in" / "zh-monthly.gb18030.bad.csv"
    bad.parent.mkdir()
    shutil.copy(CUSTOMS / bad.name, bad)
    result = import_customs(home, [bad], CustomsOptions(flow="export", on_error="skip", rejects_dir=tmp_path))
    assert result.rejected >= 1
    with open_store(home, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM observation") == result.rows
        assert store.scalar("SELECT count(*) FROM observation WHERE note IS NOT NULL") == 0
        assert store.scalar("SELECT sum(rows) FROM lake_file") == result.rows


def test_a_failed_import_leaves_no_file(home: Path) -> None:
    with pytest.raises(NorthwardError):
        import_customs(home, [CUSTOMS / "zh-monthly.gb18030.bad.csv"], CustomsOptions(flow="export"))
    assert _lake_files(home) == []
    assert not any((home / "lake" / "_staging").rglob("*.parquet"))


def test_the_lake_can_live_elsewhere(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "shared-lake"
    monkeypatch.setenv("NORTHWARD_LAKE", str(elsewhere))
    import_customs(home, [MONTHLY], CustomsOptions(flow="export"))
    assert list(elsewhere.rglob("*.parquet")) and not (home / "lake").exists()
    with open_store(home, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM observation") == 6
