"""`docs fetch` against a local HTTP server: robots.txt, retries, user agent, snapshots, import."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from northward.corpus import api
from northward.corpus.db import CorpusDB
from northward.corpus.fetch import USER_AGENT, fetch_documents

from .conftest import FIXTURES

PAGES = {
    "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n"),
    "/docs/hl.html": ("text/html; charset=utf-8", (FIXTURES / "hl-ports.html").read_bytes()),
    "/docs/note.pdf": ("application/pdf", (FIXTURES / "transport-note.pdf").read_bytes()),
    "/docs/scan.pdf": ("application/pdf", (FIXTURES / "scanned-image-only.pdf").read_bytes()),
    "/private/secret.html": ("text/html", b"<p>secret</p>"),
}


class _Handler(BaseHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}
    agents: ClassVar[set[str]] = set()

    def do_GET(self) -> None:
        type(self).hits[self.path] = type(self).hits.get(self.path, 0) + 1
        type(self).agents.add(self.headers.get("User-Agent", ""))
        if self.path == "/flaky":
            self.send_response(503)
            self.end_headers()
            return
        page = PAGES.get(self.path)
        if page is None:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", page[0])
        self.send_header("Content-Length", str(len(page[1])))
        self.end_headers()
        self.wfile.write(page[1])

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.hits, _Handler.agents = {}, set()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _register(home: Path, base: str, paths: dict[str, str]) -> None:
    with CorpusDB(home) as db, db.transaction():
        for doc_id, path in paths.items():
            db.con.execute(
                "INSERT INTO document(doc_id, title, territory, published, year, url, registered)"
                " VALUES (?, ?, 'CN-HL', '2024-07-04', 2024, ?, 1)",
                (doc_id, f"测试 {doc_id}", base + path),
            )


def test_fetch_imports_text_and_keeps_a_snapshot(home: Path, server: str) -> None:
    _register(home, server, {"t-hl": "/docs/hl.html", "t-pdf": "/docs/note.pdf"})
    waits: list[float] = []
    results = fetch_documents(home, doc_ids=["t-hl", "t-pdf"], delay=0.5, sleep=waits.append)
    assert [(r.doc_id, r.status) for r in results] == [("t-hl", "fetched"), ("t-pdf", "fetched")]
    assert results[0].sha256 == hashlib.sha256(PAGES["/docs/hl.html"][1]).hexdigest()
    assert _Handler.agents == {USER_AGENT} and "northward" in USER_AGENT
    assert _Handler.hits["/robots.txt"] == 1  # read once per host
    # waits between requests to the host: robots.txt's Crawl-delay (1 s) beats --delay (0.5 s)
    assert waits and all(w <= 1 for w in waits) and max(waits) > 0.5
    with CorpusDB(home) as db:
        snaps = db.rows("SELECT doc_id, sha256, path, bytes, fetched_at FROM snapshot ORDER BY doc_id")
    assert [s["doc_id"] for s in snaps] == ["t-hl", "t-pdf"]
    assert Path(snaps[0]["path"]).read_bytes() == PAGES["/docs/hl.html"][1]
    assert api.search(home, "中蒙俄经济走廊")[0].doc_id == "t-hl"
    assert api.show_document(home, "t-hl")["title"] == "测试 t-hl"  # registered metadata kept
    again = fetch_documents(home, doc_ids=["t-hl"], delay=0, sleep=waits.append)
    assert again[0].status == "skipped"


def test_robots_retries_and_errors(home: Path, server: str) -> None:
    _register(
        home,
        server,
        {
            "t-private": "/private/secret.html",
            "t-flaky": "/flaky",
            "t-404": "/nothing",
            "t-scan": "/docs/scan.pdf",
        },
    )
    results = {
        r.doc_id: r
        for r in fetch_documents(
            home,
            doc_ids=["t-private", "t-flaky", "t-404", "t-scan", "x"],
            delay=0,
            retries=3,
            sleep=lambda s: None,
        )
    }
    assert results["t-private"].status == "blocked" and "/private/secret.html" not in _Handler.hits
    assert results["t-flaky"].status == "error" and _Handler.hits["/flaky"] == 3
    assert results["t-404"].status == "error" and results["t-404"].http_status == 404
    assert results["t-scan"].status == "error" and "no text layer" in results["t-scan"].message
    assert results["x"].status == "error"
    assert all(not d["has_text"] for d in api.list_documents(home) if d["doc_id"].startswith("t-"))


def test_no_network_is_an_error_per_document(home: Path) -> None:
    _register(home, "http://127.0.0.1:9", {"t-off": "/docs/hl.html"})
    result = fetch_documents(home, doc_ids=["t-off"], delay=0, retries=1, sleep=lambda s: None)[0]
    assert result.status == "error" and result.message.startswith("network:")
