"""The answer caches: same address, same bytes; errors and POSTs are never kept; can be turned off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from northward.web import create_app
from northward.web.respcache import ResponseCache


def _cache_of(app: Any) -> ResponseCache:
    node = app.middleware_stack
    while node is not None and not isinstance(node, ResponseCache):
        node = getattr(node, "app", None)
    assert node is not None, "no response cache in the stack"
    return node


def test_repeated_get_is_served_from_the_cache(web_home: Path) -> None:
    app = create_app(web_home, cache=True)
    with TestClient(app, raise_server_exceptions=False) as c:
        first = c.get("/api/trade", params={"territory": "CN-JL"})
        cache = _cache_of(app)
        hits = cache.hits
        second = c.get("/api/trade", params={"territory": "CN-JL"})
        assert cache.hits == hits + 1
        assert first.content == second.content and second.headers["content-type"] == "application/json"
        assert "default-src 'self'" in second.headers["content-security-policy"]
        c.get("/api/territories/XX")
        c.get("/api/territories/XX")
        c.post("/api/audit", json={"text": ""})
        assert cache.hits == hits + 1  # errors and POSTs are computed every time


def test_cache_can_be_turned_off(web_home: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("NORTHWARD_WEB_CACHE", "0")
    app = create_app(web_home)
    with TestClient(app) as c:
        assert c.get("/api/overview").status_code == 200
        assert app.state.cache == {} and not app.state.cache_enabled
        node = app.middleware_stack
        while node is not None:
            assert not isinstance(node, ResponseCache)
            node = getattr(node, "app", None)
