"""The per-snapshot memo of the web server (``web.storeaccess``): every answer of the benchmark's mix
is the same with and without it (and when it is asked again, from the memo), and a swap to a new
snapshot drops the memo, so an import shows after it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CUSTOMS = Path(__file__).resolve().parents[1] / "fixtures" / "customs" / "hl-ru-export-2024.csv"


def _mix(codes: list[str]) -> list[str]:
    """The requests of benchmarks/web_load.py's mix (pages, JSON and CSV), for these territories."""
    pairs = [(t, p) for t in codes for p in ("RU", "WLD")]
    return ["/", "/sources", "/api/overview", "/api/sources",
            *(f"/territories/{t}" for t in codes),
            *(f"/explorer?territory={t}&partner={p}" for t, p in pairs),
            *(f"/explorer?territory={t}&flow=total&period=2019..2024" for t in codes),
            *(f"/api/trade?territory={t}&partner={p}" for t, p in pairs),
            *(f"/api/observations?territory={t}&indicator=trade_value" for t in codes),
            *(f"/api/observations?territory={t}&format=csv" for t in codes),
            *(f"/api/series?territory={t}&partner=RU&flow=total" for t in codes),
            *(f"/api/territories/{t}" for t in codes)]


def _client(home: Path, memo: bool) -> Any:
    from fastapi.testclient import TestClient

    from northward.web import create_app

    return TestClient(create_app(home, cache=False, memo=memo), raise_server_exceptions=False)


@pytest.fixture()
def own_home(web_home: Path, tmp_path: Path) -> Iterator[Path]:
    home = tmp_path / "home"
    shutil.copytree(web_home, home, ignore=shutil.ignore_patterns("cache"))
    yield home


def test_every_answer_of_the_mix_is_the_same_with_and_without_the_memo(web_home: Path) -> None:
    with _client(web_home, memo=True) as memo, _client(web_home, memo=False) as plain:
        codes = [r["code"] for r in plain.get("/api/territories").json()["rows"]
                 if r["code"] in ("NEC", "CN-HL", "CN-JL", "CN-LN", "CN-NM")]
        assert len(codes) >= 2
        for path in _mix(codes):
            want = plain.get(path)
            assert want.status_code == 200, (path, want.text[:300])
            for attempt in ("first", "from the memo"):
                got = memo.get(path)
                assert got.status_code == 200, (path, attempt)
                if got.headers["content-type"].startswith("application/json"):
                    assert got.json() == want.json(), (path, attempt)
                else:
                    assert got.text == want.text, (path, attempt)
        base = memo.app.state.access.base()  # type: ignore[attr-defined]
        assert base.memo, "the snapshot's memo kept nothing"
        assert any(isinstance(k, tuple) and k[0] == "core.series" for k in base.memo)
        assert base.memo["preferred_relation"] == "nw_snapshot._preferred"


def test_a_swap_drops_the_memo_and_the_new_batch_shows(own_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from northward.cli import app as cli_app
    from northward.web import storeaccess

    path = "/api/observations?territory=CN-HL&partner=RU&flow=export&all_releases=true"
    with _client(own_home, memo=True) as client:
        before = client.get(path).json()["count"]
        assert client.get(path).json()["count"] == before  # asked again: from the memo
        old = client.app.state.access.base()
        assert any(isinstance(k, tuple) and k[0] == "query" for k in old.memo)
        r = CliRunner().invoke(cli_app, ["import", "customs", str(CUSTOMS), "--flow", "export", "--period", "2024",
                                         "--home", str(own_home)])
        assert r.exit_code == 0, r.output
        monkeypatch.setattr(storeaccess, "CHECK_EVERY", 0.0)
        after = client.get(path).json()
        new = client.app.state.access.base()
        assert new is not old and new.memo is not old.memo
        assert after["count"] > before, "the memo of the old snapshot answered after the swap"
        assert any(r["period"] == "2024" for r in after["rows"])


def test_clean_gives_what_the_json_encoder_gives() -> None:
    import math
    from datetime import date, datetime
    from decimal import Decimal

    from fastapi.encoders import jsonable_encoder

    from northward.web.routes.common import clean

    class Text(str):
        pass

    value = {"d": date(2024, 3, 1), "t": datetime(2024, 3, 1, 12, 30), "n": math.nan, "i": -math.inf,
             "f": 1.5, "_hidden": 1, 3: (1, [2.0, None, True]), "dec": Decimal("2.5"), "s": Text("x")}
    assert clean(value) == {"d": "2024-03-01", "t": "2024-03-01T12:30:00", "n": None, "i": None, "f": 1.5,
                            "3": [1, [2.0, None, True]], "dec": jsonable_encoder(Decimal("2.5")), "s": "x"}


def test_the_snapshot_memo_is_bounded_in_entries_and_rows() -> None:
    from northward.web.storeaccess import SnapshotMemo

    memo = SnapshotMemo(limit=3, rows=10)
    for i in range(5):
        memo[("k", i)] = i
    assert list(memo) == [("k", 2), ("k", 3), ("k", 4)]
    memo["big"] = list(range(11))  # longer than the budget: not kept
    assert "big" not in memo
    memo["a"] = list(range(6))
    memo["b"] = list(range(6))  # 12 rows > 10: the oldest go until it fits
    assert "a" not in memo and memo["b"] == list(range(6)) and memo.rows == 6
