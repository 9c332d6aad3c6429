"""Random and corrupted files: every importer answers with a northward error or a whole batch, never a
traceback and never a partial batch."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from northward.errors import NorthwardError
from northward.ingest.comtrade import ComtradeOptions, import_comtrade_into
from northward.ingest.customs import CustomsOptions, import_customs_into
from northward.ingest.tidy import TableOptions, import_table_into
from northward.store import Store, memory_store

from .conftest import COMTRADE, CUSTOMS, TABLE

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def corrupted(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif kind == "delete":
            del data[pos:pos + draw(st.integers(1, 8))]
        elif kind == "insert":
            data[pos:pos] = draw(st.sampled_from([b",", b'"', b"?", b"\r\n", b"\x00", b"\xff\xfe", "，".encode(),
                                                  b'"x",', b"9" * 30]))
        else:
            del data[pos:]
    return bytes(data)


def counts(store: Store) -> tuple[int, ...]:
    return tuple(int(store.scalar(f"SELECT count(*) FROM {t}")) for t in ("observation", "batch", "source"))


_STORE: list[Store] = []


def shared_store() -> Store:
    """One in-memory store for all examples (migrating a fresh one per example is the slow part)."""
    if not _STORE:
        _STORE.append(memory_store())
    return _STORE[0]


def check(data: bytes, suffix: str, run: Callable[[Store, Path], object]) -> None:
    store = shared_store()
    before = counts(store)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        try:
            run(store, path)
        except NorthwardError as exc:
            assert exc.problem.code.startswith("NW") and exc.problem.message
            assert counts(store) == before, "a failed import left rows behind"
            return
        obs, batches, sources = (a - b for a, b in zip(counts(store), before, strict=True))
        if batches == 0:  # the same bytes were imported before: nothing may change
            assert (obs, sources) == (0, 0)
            return
        assert batches == sources == 1 and obs > 0
        assert store.scalar("SELECT rows FROM batch WHERE batch_id = (SELECT max(batch_id) FROM batch)") == obs
        assert store.scalar("SELECT count(*) FROM observation WHERE note IS NOT NULL") == 0


def customs(store: Store, path: Path) -> None:
    import_customs_into(store, [path], CustomsOptions(flow="export", period="2024"), workdir=path.parent)


def customs_skip(store: Store, path: Path) -> None:
    import_customs_into(store, [path], CustomsOptions(flow="export", period="2024", on_error="skip",
                                                      rejects_dir=path.parent), workdir=path.parent)


def comtrade(store: Store, path: Path) -> None:
    import_comtrade_into(store, [path], ComtradeOptions())


def table(store: Store, path: Path) -> None:
    opts = TableOptions({"territory": "territory", "period": "period", "value": "value"},
                        {"indicator": "trade_value", "unit": "CNY"})
    import_table_into(store, [path], opts, workdir=path.parent)


@SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    check(data, ".csv", customs)
    check(data, ".csv", comtrade)
    check(data, ".csv", table)
    check(data, ".xlsx", table)
    check(data, ".parquet", table)


@SETTINGS
@given(corrupted((CUSTOMS / "zh-monthly.gb18030.csv").read_bytes()))
def test_corrupted_customs_gb18030(data: bytes) -> None:
    check(data, ".csv", customs)
    check(data, ".csv", customs_skip)


@SETTINGS
@given(corrupted((CUSTOMS / "en-usd-by-hs.utf8bom.csv").read_bytes()))
def test_corrupted_customs_utf8(data: bytes) -> None:
    check(data, ".csv", customs)


@SETTINGS
@given(corrupted((COMTRADE / "china-russia-2023.csv").read_bytes()))
def test_corrupted_comtrade(data: bytes) -> None:
    check(data, ".csv", comtrade)


@SETTINGS
@given(corrupted((TABLE / "tidy.csv").read_bytes()))
def test_corrupted_table(data: bytes) -> None:
    check(data, ".csv", table)
