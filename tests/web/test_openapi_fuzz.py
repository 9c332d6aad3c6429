"""Schemathesis against the app's own OpenAPI spec: no generated request gets a 500."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the test extras: pip install -e .[test]")

EXAMPLES = 10


def test_no_generated_request_gets_a_server_error(app: Any) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    checked: list[str] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def call(case: Any) -> None:
            response = case.call()
            where = f"{case.method} {case.formatted_path} {case.query}"
            if response.status_code == 503:  # an area this build lacks answers so, by design
                assert response.json()["error"]["code"] == "NW904", f"{where}: {response.text[:300]}"
                return
            assert response.status_code < 500, f"{where}: {response.text[:300]}"
            if response.status_code >= 400:
                assert "error" in response.json(), f"{where}: {response.text[:300]}"

        call()
        checked.append(operation.label)
    assert any("/api/trade" in label for label in checked)


@pytest.mark.parametrize("path", ["/openapi.json"])
def test_openapi_lists_every_api_route(client: Any, path: str) -> None:
    spec = client.get(path).json()
    paths = set(spec["paths"])
    assert {"/api/overview", "/api/territories", "/api/territories/{code}", "/api/observations", "/api/trade",
            "/api/indicators/{name}", "/api/sources", "/api/sources/{source_id}", "/api/places",
            "/api/documents/search", "/api/audit"} <= paths
    assert not any(p.startswith("/static") or p in ("/", "/explorer") for p in paths)
