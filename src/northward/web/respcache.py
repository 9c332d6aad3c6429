"""A bounded cache of whole GET responses: the app serves a snapshot of the store, so until a new
snapshot is swapped in (after an import) the same address gets the same answer, and answering it
again costs no query, no template. A swap empties the cache."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_ENTRIES = 1024
MAX_BODY = 2 * 1024 * 1024          # larger answers (big CSV/Excel downloads) are not kept
MAX_TOTAL = 96 * 1024 * 1024        # bytes kept in all
SKIP_PREFIXES = ("/static/", "/docs-assets/")


class ResponseCache:
    """ASGI middleware keeping successful GET answers by path and query string (LRU, bounded)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._entries: OrderedDict[tuple[str, bytes], tuple[list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self.hits = 0
        self._generation = -1

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(SKIP_PREFIXES):
            await self.app(scope, receive, send)
            return
        generation = _generation(scope)
        key = (scope["path"], scope.get("query_string", b""))
        with self._lock:
            if generation != self._generation:
                self._entries.clear()
                self._size, self._generation = 0, generation
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
                self.hits += 1
        if entry is not None:
            headers, body = entry
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self._record(key, scope, receive, send)

    async def _record(self, key: tuple[str, bytes], scope: Scope, receive: Receive, send: Send) -> None:
        state: dict[str, Any] = {"status": None, "headers": [], "chunks": [], "size": 0, "keep": True}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["headers"] = list(message.get("headers", []))
                state["keep"] = message["status"] == 200
            elif message["type"] == "http.response.body" and state["keep"]:
                body = message.get("body", b"")
                state["size"] += len(body)
                if state["size"] > MAX_BODY:
                    state["keep"], state["chunks"] = False, []
                else:
                    state["chunks"].append(body)
                if not message.get("more_body", False) and state["keep"]:
                    self._store(key, state["headers"], b"".join(state["chunks"]))
            await send(message)

        await self.app(scope, receive, capture)

    def _store(self, key: tuple[str, bytes], headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        with self._lock:
            if key in self._entries:
                return
            self._entries[key] = (headers, body)
            self._size += len(body)
            while self._entries and (len(self._entries) > MAX_ENTRIES or self._size > MAX_TOTAL):
                _, (_, old) = self._entries.popitem(last=False)
                self._size -= len(old)


def _generation(scope: Scope) -> int:
    """The store snapshot's generation (looking for a newer store first); -1 without a store."""
    from ..errors import NorthwardError

    access = getattr(getattr(scope.get("app"), "state", None), "access", None)
    if access is None:
        return -1
    try:
        return int(access.refresh())
    except NorthwardError:
        return -1
