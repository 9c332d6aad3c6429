"""Import while the dashboard runs: the server (another process) never blocks the writer, and shows
the new batch after the import."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..ingest.conftest import TABLE, cli


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> dict:  # type: ignore[type-arg]
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())  # type: ignore[no-any-return]


@pytest.fixture()
def served(fixture_home: Path) -> Iterator[str]:
    """`northward serve` on the fixture store, in its own process."""
    port = _free_port()
    env = {**os.environ, "NORTHWARD_HOME": str(fixture_home)}
    proc = subprocess.Popen([sys.executable, "-m", "northward", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                _get(base + "/api/sources")
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "serve exited") from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_import_succeeds_while_serving_and_the_api_shows_it_after(served: str, fixture_home: Path) -> None:
    before = _get(served + "/api/observations?indicator=tidy_test&format=json")
    assert before["count"] == 0
    r = cli("import", "table", str(TABLE / "tidy.csv"), "--home", str(fixture_home),
            "--set", "indicator=tidy_test", "--set", "unit=CNY")
    assert r.exit_code == 0, r.stderr
    deadline = time.monotonic() + 10
    while True:
        after = _get(served + "/api/observations?indicator=tidy_test&format=json")
        if after["count"] == 4 or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert after["count"] == 4
    # and again: the server let go of the store once more; the CLI can still write
    assert cli("drop-batch", "2", "--home", str(fixture_home)).exit_code == 0
    deadline = time.monotonic() + 10
    while _get(served + "/api/observations?indicator=tidy_test")["count"] and time.monotonic() < deadline:
        time.sleep(0.3)
    assert _get(served + "/api/observations?indicator=tidy_test")["count"] == 0


def test_snapshots_are_removed_when_the_app_closes(fixture_home: Path) -> None:
    from northward.web.storeaccess import StoreAccess

    access = StoreAccess(fixture_home)
    with access.cursor() as store:
        assert store.scalar("SELECT count(*) FROM source") > 0
    folder = access.folder
    assert list(folder.glob("web-snapshot-*"))
    access.close()
    assert not list(folder.glob("web-snapshot-*"))
