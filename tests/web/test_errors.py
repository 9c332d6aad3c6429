"""Bad requests get a clear JSON error or page (code, message, fix), never a traceback or a 500."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.mark.parametrize(("url", "status", "code"), [
    ("/api/territories/XX", 404, "NW404"),
    ("/api/sources/no-such-source", 404, "NW404"),
    ("/api/observations?limit=0", 422, "NW422"),
    ("/api/observations?period=20x4", 422, "NW403"),  # an UnknownValue: a bad parameter
    ("/api/trade?hs_level=3", 400, "NW410"),
    ("/api/trade?flow=sideways", 422, "NW422"),
    ("/api/indicators/share?territory=CN-HL", 400, "NW411"),
    ("/api/indicators/growth?territory=CN-HL&partner=RU&flow=total&start=2001&end=2023", 404, "NW401"),
    ("/api/nowhere", 404, "NW404"),
])
def test_api_errors_are_json_with_a_fix(client: Any, url: str, status: int, code: str) -> None:
    r = client.get(url)
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code and err["message"] and err["hint"]


@pytest.mark.parametrize("url", ["/territories/XX", "/sources/nope", "/no/such/page", "/explorer?period=abc"])
def test_page_errors_are_pages(client: Any, url: str) -> None:
    r = client.get(url)
    assert r.status_code in (400, 404)
    assert r.headers["content-type"].startswith("text/html")
    assert "What to do" in r.text and "Traceback" not in r.text


def test_sql_in_a_parameter_is_only_a_value(client: Any) -> None:
    hostile = {"territory": "CN-HL' OR '1'='1", "source": "x'; DROP TABLE source;--"}
    r = client.get("/api/observations", params=hostile)
    assert r.status_code == 404 and r.json()["error"]["code"] == "NW405"  # no such territory
    r = client.get("/api/observations", params={"source": hostile["source"]})
    assert r.status_code == 200 and r.json()["count"] == 0
    assert client.get("/api/sources").json()["count"] == 4
    r = client.get("/api/trade", params={"territory": "CN-HL' OR 1=1 --"})
    assert r.status_code == 404 and r.json()["error"]["what"] == "territory"


@pytest.mark.parametrize("url", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2Fapp.py",
                                 "/docs-assets/..%2F..%2Fcore.py", "/docs-assets/core.py"])
def test_no_path_traversal(client: Any, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert "create_app" not in r.text and "def " not in r.text


def test_oversized_body_is_refused_before_reading(client: Any) -> None:
    r = client.post("/api/audit", content=b"x" * (3 * 1024 * 1024),
                    headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "NW901" and "MB" in r.json()["error"]["hint"]


def test_too_long_text_is_refused_with_the_limit(client: Any) -> None:
    r = client.post("/api/audit", json={"text": "word " * 50_000})
    assert r.status_code == 413
    err = r.json()["error"]
    assert err["code"] == "NW902" and "200,000" in err["message"]


def test_empty_text_and_binary_upload(client: Any) -> None:
    assert client.post("/api/audit", json={"text": "   "}).json()["error"]["code"] == "NW903"
    r = client.post("/api/audit/file", files={"file": ("x.txt", b"\x81\xff\xfe\x00\x81" * 10, "text/plain")})
    assert r.status_code == 400 and r.json()["error"]["code"] == "NW903"


def test_audit_page_shows_limit_message(client: Any) -> None:
    r = client.post("/audit", data={"text": "x" * 200_001})
    assert r.status_code == 413
    assert "200,000" in r.text and "split the text" in r.text


def test_missing_store_says_how_to_build_it(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from northward.web import create_app

    with TestClient(create_app(tmp_path), raise_server_exceptions=False) as c:
        page = c.get("/")
        api = c.get("/api/overview")
    assert page.status_code == 503 and "northward build" in page.text
    assert api.status_code == 503 and api.json()["error"]["code"] == "NW101"


def test_store_is_read_only(app: Any, client: Any) -> None:
    import duckdb

    client.get("/api/territories")
    store = app.state.access.base()
    assert store.read_only
    with pytest.raises(duckdb.Error):
        store.con.execute("DELETE FROM source")


def test_form_field_over_the_parser_limit_is_a_413_with_a_fix(client: Any) -> None:
    r = client.post("/audit", data={"text": "x" * 1_500_000})
    assert r.status_code == 413
    assert "NW901" in r.text and "200,000 characters" in r.text
