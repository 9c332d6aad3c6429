from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from northward.errors import StoreError, StoreMissing
from northward.store import memory_store, open_store
from northward.store.schema import current_version, latest_version, migrations

TABLES = {"source", "territory", "observation", "place", "place_alias", "corridor", "corridor_node", "document",
          "batch", "indicator", "product", "schema_version"}


def test_new_store_has_every_table_and_latest_schema(home: Path) -> None:
    with open_store(home) as store:
        names = {r["table_name"] for r in store.query("SELECT table_name FROM information_schema.tables")}
        assert names >= TABLES
        assert current_version(store.con) == latest_version() == migrations()[-1][0]
    assert (home / "northward.duckdb").exists()


def test_migrations_are_applied_once(home: Path) -> None:
    open_store(home).close()
    with open_store(home) as store:
        assert store.scalar("SELECT count(*) FROM schema_version") == len(migrations())


def test_read_only_open_of_missing_store_says_build(home: Path) -> None:
    with pytest.raises(StoreMissing) as info:
        open_store(home, read_only=True)
    assert "northward build" in info.value.hint


def test_read_only_store_refuses_writes(home: Path) -> None:
    open_store(home).close()
    with open_store(home, read_only=True) as store, pytest.raises(duckdb.Error):
        store.con.execute("INSERT INTO batch (importer, status) VALUES ('x', 'done')")


def test_store_newer_than_code_is_refused(home: Path) -> None:
    with open_store(home) as store:
        store.con.execute("INSERT INTO schema_version (version, name) VALUES (9999, 'future')")
    with pytest.raises(StoreError, match="newer"):
        open_store(home)


def test_transaction_rolls_back_on_error() -> None:
    store = memory_store()
    with pytest.raises(RuntimeError), store.transaction() as con:
        con.execute("INSERT INTO batch (importer, status) VALUES ('x', 'done')")
        raise RuntimeError("boom")
    assert store.scalar("SELECT count(*) FROM batch") == 0


def test_home_comes_from_environment(home: Path) -> None:
    from northward.config import settings

    assert settings().home == home.resolve()
    assert settings("/tmp/elsewhere").store_path == Path("/tmp/elsewhere/northward.duckdb")
