"""Comtrade CSV imports, its malformed twin fails cleanly, and the API path replays a recorded response
through the official client (its HTTP pool replaced: no network)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

import pytest

from northward.errors import NetworkError, NorthwardError
from northward.ingest.comtrade import ComtradeOptions, ComtradeQuery, import_comtrade, import_comtrade_api
from northward.store import open_store

from .conftest import COMTRADE, cli, store_counts


def test_csv_imports_totals_only(home: Path) -> None:
    result = import_comtrade(home, [COMTRADE / "china-russia-2023.csv"], ComtradeOptions())
    assert result.rows == 3  # the road-transport breakdown row is not a total
    with open_store(home) as store:
        rows = store.query("SELECT territory, partner, flow, freq, unit, value FROM observation ORDER BY value")
    assert rows[0] == {"territory": "CN", "partner": "RU", "flow": "export", "freq": "A", "unit": "USD",
                       "value": 100e9}
    assert rows[-1]["partner"] == "WLD"


def test_malformed_twin(home: Path) -> None:
    with pytest.raises(NorthwardError) as info:
        import_comtrade(home, [COMTRADE / "china-russia-2023.bad.csv"], ComtradeOptions())
    p = info.value.problem
    assert (p.code, p.line, p.column) == ("NW323", 2, "flowCode")
    assert len(info.value.problems) == 2 and info.value.problems[1].column == "primaryValue"
    assert store_counts(home)["observation"] == 0


class _Response:
    def __init__(self, status: int, data: bytes) -> None:
        self.status, self.data = status, data


class RecordedPool:
    """Stands in for urllib3.PoolManager inside comtradeapicall: answers from a recorded file."""

    calls: ClassVar[list[tuple[str, dict[str, Any]]]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def request(self, method: str, url: str, fields: dict[str, Any] | None = None, **kw: Any) -> _Response:
        RecordedPool.calls.append((url, dict(fields or {})))
        if fields and fields.get("subscription-key") == "bad":
            return _Response(401, b'{"statusCode": 401, "message": "Access denied"}')
        return _Response(200, (COMTRADE / "api-getfinaldata-156-643-2024.json").read_bytes())


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> type[RecordedPool]:
    import comtradeapicall.PreviewGet as preview

    RecordedPool.calls = []
    monkeypatch.setattr(preview.urllib3, "PoolManager", RecordedPool)
    return RecordedPool


def test_api_through_official_client(home: Path, recorded: type[RecordedPool], monkeypatch: pytest.MonkeyPatch
                                     ) -> None:
    monkeypatch.setenv("COMTRADE_API_KEY", "k123")
    query = ComtradeQuery(reporter="156", partner="643", period="2024")
    result = import_comtrade_api(home, query, ComtradeOptions())
    assert result.rows == 2
    url, fields = recorded.calls[0]
    assert url.endswith("/data/v1/get/C/A/HS")
    assert fields["subscription-key"] == "k123" and fields["reportercode"] == "156" and fields["period"] == "2024"
    with open_store(home) as store:
        assert store.scalar("SELECT value FROM observation WHERE flow = 'import'") == 130e9
        assert store.scalar("SELECT count(*) FROM batch WHERE importer = 'comtrade'") == 1
    again = import_comtrade_api(home, query, ComtradeOptions())
    assert again.files[0].status == "already_imported"
    recorded_json = json.loads((COMTRADE / "api-getfinaldata-156-643-2024.json").read_text(encoding="utf-8"))
    assert len(recorded_json["data"]) == 2


def test_api_errors_are_northward_errors(home: Path, recorded: type[RecordedPool],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMTRADE_API_KEY", raising=False)
    with pytest.raises(NorthwardError, match="COMTRADE_API_KEY"):
        import_comtrade_api(home, ComtradeQuery(), ComtradeOptions())
    monkeypatch.setenv("COMTRADE_API_KEY", "bad")
    with pytest.raises(NetworkError):
        import_comtrade_api(home, ComtradeQuery(), ComtradeOptions())
    assert store_counts(home)["observation"] == 0


def test_cli(home: Path, recorded: type[RecordedPool], monkeypatch: pytest.MonkeyPatch) -> None:
    res = cli("import", "comtrade", str(COMTRADE / "china-russia-2023.csv"))
    assert res.exit_code == 0 and "3 rows" in res.output
    monkeypatch.setenv("MY_KEY", "k")
    res = cli("import", "comtrade", "--api", "--period", "2024", "--key-env", "MY_KEY")
    assert res.exit_code == 0 and "2 rows" in res.output, res.output
