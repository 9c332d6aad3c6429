"""Fixtures of the web tests: a store built from the web test data, the app, a live server, a browser."""

from __future__ import annotations

import importlib.util
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data" / "seed"
DOCS = Path(__file__).parent / "data" / "docs" / "web-reports.jsonl"
CHROMIUM = Path("/usr/bin/chromium")


def screenshots_dir() -> Path | None:
    """Where the browser tests save their screenshots: `NORTHWARD_SCREENSHOTS`, if set (`make
    screenshots` points it at docs/screenshots); otherwise nowhere, so a test run leaves the tracked
    images alone."""
    target = os.environ.get("NORTHWARD_SCREENSHOTS")
    return Path(target) if target else None


@pytest.fixture(scope="session")
def web_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home whose store was built by `northward build` from tests/web/data/seed (test figures only)."""
    from northward.ingest.seed import build_store

    home = tmp_path_factory.mktemp("web-home")
    build_store(home, data_dir=DATA)
    if importlib.util.find_spec("northward.corpus.api") is not None:
        from northward.corpus.api import add

        report = add(home, [DOCS], meta={"territory": "CN-HL", "issuer": "测试政府",
                                         "doc_type": "government_work_report"})
        assert not report.failures, report.failures
    return home


def needs(module: str) -> Any:
    """Skip a test when another area's library is not in this build (the page answers 503 then)."""
    return pytest.mark.skipif(importlib.util.find_spec(module) is None,
                              reason=f"{module} is not in this build yet")


@pytest.fixture(scope="session")
def app(web_home: Path) -> Any:
    from northward.web import create_app

    return create_app(web_home)


@pytest.fixture(scope="session")
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def shipped_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home built by `northward build` from the shipped dataset (real figures, places, documents)."""
    from northward.ingest.seed import build_store, default_data_dir

    if not any((default_data_dir() / "observations").glob("*.csv")):
        pytest.skip("no shipped observations in this build")
    home = tmp_path_factory.mktemp("shipped-home")
    build_store(home)
    return home


@pytest.fixture(scope="session")
def shipped_client(shipped_home: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from northward.web import create_app

    with TestClient(create_app(shipped_home), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def live_server(app: Any) -> Iterator[str]:
    yield from serve_in_thread(app)


@pytest.fixture(scope="session")
def shipped_server(shipped_home: Path) -> Iterator[str]:
    from northward.web import create_app

    yield from serve_in_thread(create_app(shipped_home))


def serve_in_thread(app: Any) -> Iterator[str]:
    """The app under uvicorn in a background thread on a free loopback port."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
