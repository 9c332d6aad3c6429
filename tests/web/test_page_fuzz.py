"""Hypothesis against the HTML pages' parameters: any input gets a page, never a 500."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

text = st.one_of(st.none(), st.text(max_size=30), st.sampled_from(["CN-HL", "RU", "2019..2024", "2024-03",
                                                                     "'; DROP TABLE x;--", "../../etc/passwd"]))


@given(territory=text, partner=text, flow=text, period=text, hs_level=text, product=text)
@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_explorer_never_fails(client: Any, territory: Any, partner: Any, flow: Any, period: Any, hs_level: Any,
                              product: Any) -> None:
    params = {k: v for k, v in dict(territory=territory, partner=partner, flow=flow, period=period,
                                    hs_level=hs_level, product=product).items() if v is not None}
    r = client.get("/explorer", params=params)
    assert r.status_code in (200, 400, 422), (params, r.status_code)
    assert "Traceback" not in r.text


@given(path=st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=20))
@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_territory_and_source_pages_never_fail(client: Any, path: str) -> None:
    for prefix in ("/territories/", "/sources/", "/api/territories/", "/api/sources/"):
        r = client.get(prefix + path.replace("/", "_").replace("?", "_").replace("#", "_"))
        assert r.status_code in (200, 404), (prefix, path, r.status_code)
