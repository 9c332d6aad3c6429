"""HTML pages: they open, name their sources, show three names, and load nothing from outside."""

from __future__ import annotations

import re
from typing import Any

import pytest

PAGES = ["/", "/territories", "/territories/CN-HL", "/territories/NEC", "/explorer",
         "/explorer?territory=CN-HL&partner=RU&hs_level=2", "/sources", "/sources/web-test-customs", "/audit",
         "/docs"]
EXTERNAL = re.compile(r"""<(?:script|link|img|iframe)[^>]+(?:src|href)=["'](?:https?:)?//""", re.IGNORECASE)


@pytest.mark.parametrize("path", PAGES)
def test_page_opens_offline(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert not EXTERNAL.search(r.text), EXTERNAL.search(r.text)
    assert "cdn" not in r.text.lower()
    assert "default-src 'self'" in r.headers["content-security-policy"]


def test_overview_names_sources_under_every_figure(client: Any) -> None:
    html = client.get("/").text
    assert html.count('class="sources"') >= 15
    assert "Хэйлунцзян" in html and "黑龙江省" in html
    assert 'href="/sources/web-test-customs"' in html


def test_explorer_keeps_the_view_in_its_links(client: Any) -> None:
    html = client.get("/explorer", params={"territory": "CN-HL", "partner": "RU", "flow": "total",
                                           "period": "2019..2023", "hs_level": ""}).text
    view = "territory=CN-HL&amp;partner=RU&amp;flow=total&amp;period=2019..2023"
    assert f'id="permalink" href="/explorer?{view}"' in html
    assert f'/api/trade?{view}&amp;format=csv' in html
    assert '<option value="CN-HL" selected>' in html
    assert html.count('<td data-label="territory">CN-HL</td>') == 5


def test_explorer_bad_period_explains(client: Any) -> None:
    r = client.get("/explorer", params={"period": "last year"})
    assert r.status_code == 400 and "write a period as 2024, 2024Q1" in r.text


def test_source_page_lists_citing_figures(client: Any) -> None:
    html = client.get("/sources/web-test-article").text
    assert "A test article about the North" in html
    assert "US$23.2 billion" in html and "73%" in html


def test_vega_bundle_is_served_from_the_package(client: Any, web_home: Any) -> None:
    r = client.get("/static/vendor/vega-bundle.js")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/javascript")
    assert "window.vegaEmbed" in r.text and len(r.content) > 100_000


def test_docs_use_local_swagger_assets(client: Any) -> None:
    html = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in html and "jsdelivr" not in html
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_serve_command_is_registered() -> None:
    from typer.testing import CliRunner

    from northward.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--port" in result.output and "--host" in result.output and "read-only" in result.output


def test_serve_command_serves_the_dashboard(web_home: Any) -> None:
    """`northward serve` as a user runs it: a real process answering on loopback, stopped cleanly."""
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx

    from .conftest import free_port

    port = free_port()
    src = Path(__file__).resolve().parents[2] / "src"
    env = dict(os.environ, PYTHONPATH=str(src) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "northward", "serve", "--home", str(web_home),
                             "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/territories", timeout=5, trust_env=False)
                break
            except httpx.HTTPError:
                assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["count"] == 10
    finally:
        proc.terminate()
        proc.wait(timeout=20)
