"""`docs fetch`: download registered documents, politely (robots.txt, rate limit, retries, user agent).

The network sits behind a seam: pass an ``httpx`` transport (tests use a local HTTP server) and a
``sleep`` function (tests use a no-op clock). Raw snapshots are stored immutably with checksum and
date, then their text is imported like `docs add`.
"""

from __future__ import annotations

import hashlib
import os
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from .. import __version__
from ..errors import NorthwardError
from .db import DOC_FIELDS, CorpusDB
from .extract import extract_bytes
from .importer import put_document
from .registry import DocMeta

USER_AGENT = f"northward/{__version__} (research corpus of public documents; +https://github.com/northward-observatory/northward)"
_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


@dataclass(frozen=True)
class FetchResult:
    """The outcome for one document: fetched, skipped (already has text), blocked (robots), error."""

    doc_id: str
    url: str
    status: str
    http_status: int | None = None
    bytes: int = 0
    sha256: str = ""
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Fetcher:
    """An HTTP client that honours robots.txt, waits between requests to a host, and retries."""

    def __init__(
        self,
        *,
        delay: float = 2.0,
        retries: int = 3,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.delay, self.retries = delay, max(1, retries)
        self.sleep, self.clock = sleep, clock
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT}, timeout=timeout, follow_redirects=True, transport=transport
        )
        self._last: dict[str, float] = {}
        self._crawl_delay: dict[str, float] = {}  # per host, from robots.txt
        self._robots: dict[str, urllib.robotparser.RobotFileParser | httpx.HTTPError] = {}

    def close(self) -> None:
        self.client.close()

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            remaining = max(self.delay, self._crawl_delay.get(host, 0.0)) - (self.clock() - last)
            if remaining > 0:
                self.sleep(remaining)
        self._last[host] = self.clock()

    def get(self, url: str) -> httpx.Response:
        """GET with retries on network errors, 429 and 5xx (waiting longer each time)."""
        host = urlsplit(url).netloc
        error: Exception | None = None
        for attempt in range(1, self.retries + 1):
            self._wait(host)
            try:
                resp = self.client.get(url)
            except httpx.HTTPError as exc:
                error = exc
            else:
                if resp.status_code != 429 and resp.status_code < 500:
                    return resp
                error = httpx.HTTPStatusError(f"HTTP {resp.status_code}", request=resp.request, response=resp)
            if attempt < self.retries:
                self.sleep(self.delay * attempt)
        assert error is not None
        raise error

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets our user agent fetch ``url`` (no robots.txt: allowed).

        Raises the network error when robots.txt cannot be read at all (no network, host down,
        server errors): we do not crawl a site whose rules we could not read.
        """
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                resp = self.get(root + "/robots.txt")
            except httpx.HTTPError as exc:
                self._robots[root] = exc
                raise
            if resp.status_code in (401, 403):
                parser.disallow_all = True  # type: ignore[attr-defined]
            elif resp.status_code >= 400:
                parser.allow_all = True  # type: ignore[attr-defined]
            else:
                parser.parse(resp.text.splitlines())
                crawl_delay = parser.crawl_delay(USER_AGENT)
                if crawl_delay:
                    self._crawl_delay[parts.netloc] = float(crawl_delay)
            self._robots[root] = parser
        found = self._robots[root]
        if isinstance(found, httpx.HTTPError):
            raise found
        return found.can_fetch(USER_AGENT, url)


def _suffix(resp: httpx.Response, url: str) -> str:
    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype in _TYPES:
        return _TYPES[ctype]
    ext = Path(urlsplit(url).path).suffix.lower()
    return ext if ext in (".pdf", ".docx", ".txt", ".html", ".htm", ".shtml") else ".html"


def fetch_documents(
    home: str | os.PathLike[str] | None,
    *,
    doc_ids: list[str] | None = None,
    delay: float = 2.0,
    retries: int = 3,
    refresh: bool = False,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> list[FetchResult]:
    """Fetch registered documents with an address; one result per document, errors included."""
    fetcher = Fetcher(delay=delay, retries=retries, transport=transport, sleep=sleep)
    out: list[FetchResult] = []
    try:
        with CorpusDB(home) as db:
            rows = db.rows("SELECT * FROM document WHERE url IS NOT NULL ORDER BY doc_id")
            if doc_ids:
                known = {r["doc_id"] for r in rows}
                out += [
                    FetchResult(d, "", "error", message="no such document with an address") for d in doc_ids if d not in known
                ]
                rows = [r for r in rows if r["doc_id"] in doc_ids]
            for row in rows:
                if row["sha256"] and not refresh:
                    out.append(FetchResult(row["doc_id"], row["url"], "skipped", message="text already present"))
                    continue
                out.append(_fetch_one(db, fetcher, row))
    finally:
        fetcher.close()
    return out


def _fetch_one(db: CorpusDB, fetcher: Fetcher, row: dict[str, Any]) -> FetchResult:
    url, doc_id = row["url"], row["doc_id"]
    try:
        if not fetcher.allowed(url):
            return FetchResult(doc_id, url, "blocked", message="robots.txt disallows this address")
        resp = fetcher.get(url)
    except httpx.HTTPError as exc:
        return FetchResult(doc_id, url, "error", message=f"network: {exc}")
    if resp.status_code >= 400:
        return FetchResult(doc_id, url, "error", resp.status_code, message=f"HTTP {resp.status_code}")
    data = resp.content
    sha = hashlib.sha256(data).hexdigest()
    now = datetime.now(UTC)
    suffix = _suffix(resp, url)
    folder = db.snapshot_dir / doc_id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{now.strftime('%Y%m%dT%H%M%SZ')}-{sha[:12]}{suffix}"
    if not path.exists():
        path.write_bytes(data)
    with db.transaction():
        db.con.execute(
            "INSERT INTO snapshot(doc_id, url, fetched_at, status, content_type, bytes, sha256, path) VALUES (?,?,?,?,?,?,?,?)",
            (
                doc_id,
                url,
                now.isoformat(timespec="seconds"),
                resp.status_code,
                resp.headers.get("content-type"),
                len(data),
                sha,
                str(path),
            ),
        )
    try:
        extracted = extract_bytes(data, suffix, str(path))
        if not extracted.text.strip():
            return FetchResult(doc_id, url, "error", resp.status_code, len(data), sha, "no text in the page")
        meta = DocMeta(**{k: row[k] for k in DOC_FIELDS})
        with db.transaction():
            put_document(db, meta, extracted, str(path))
    except NorthwardError as exc:
        return FetchResult(doc_id, url, "error", resp.status_code, len(data), sha, exc.message)
    return FetchResult(doc_id, url, "fetched", resp.status_code, len(data), sha)
