"""The dashboard and JSON API: ``create_app(home)`` builds the FastAPI app over a read-only store."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..config import settings
from . import failures, formatting
from .assets import vega_bundle
from .limits import MAX_BODY_BYTES, RequestTooLarge
from .respcache import ResponseCache
from .storeaccess import StoreAccess

log = logging.getLogger("northward.web")
CACHE_ENV = "NORTHWARD_WEB_CACHE"
MEMO_ENV = "NORTHWARD_WEB_MEMO"
PACKAGE_DIR = Path(str(resources.files("northward.web")))

# Vega compiles expressions with Function(), hence 'unsafe-eval'; everything else comes from here.
CSP = ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'self'")


def create_app(home: str | os.PathLike[str] | None = None, *, cache: bool | None = None,
               memo: bool | None = None) -> FastAPI:
    """The web app for the store under ``home`` (opened read-only, on first request).

    ``cache``: keep computed answers and whole GET responses (default on; ``NORTHWARD_WEB_CACHE=0``
    turns it off, e.g. to measure the cost of computing every answer).
    ``memo``: keep, per snapshot of the store, the preference rule's rows and the core's look-ups
    (default on; ``NORTHWARD_WEB_MEMO=0`` turns it off; see ``web.storeaccess``).
    """
    if cache is None:
        cache = _switch(CACHE_ENV)
    if memo is None:
        memo = _switch(MEMO_ENV)
    conf = settings(home)
    answers: dict[tuple[object, ...], object] = {}
    access = StoreAccess(conf.home, on_swap=answers.clear, memo=memo)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Prepare the chart bundle in the background so the first page with a chart is not slow.
        threading.Thread(target=_warm_bundle, args=(conf.cache_dir,), daemon=True).start()
        yield
        access.close()

    app = FastAPI(
        title="northward API",
        version=__version__,
        description="Evidence on China's opening to the North: trade, territories, places, documents, "
                    "claims audit and sources. Every figure names its source. Tables also come as CSV "
                    "(`format=csv`).",
        lifespan=lifespan,
        docs_url=None, redoc_url=None,  # served by routes.docs from the package, not a CDN
    )
    app.state.access = access
    app.state.settings = conf
    templates = Jinja2Templates(directory=str(PACKAGE_DIR / "templates"))
    formatting.install(templates.env)
    templates.env.globals["version"] = __version__
    app.state.templates = templates
    app.state.cache = answers  # emptied when a new snapshot of the store is swapped in
    app.state.cache_enabled = cache

    failures.install(app)
    if cache:
        app.add_middleware(ResponseCache)
    app.add_middleware(Guard)

    from .routes import api, docs, documents, pages, places_docs, timeline

    app.include_router(docs.router)
    app.include_router(api.router)
    app.include_router(places_docs.api_router)
    app.include_router(documents.api_router)
    app.include_router(pages.router)
    app.include_router(places_docs.page_router)
    app.include_router(documents.page_router)
    app.include_router(timeline.api_router)
    app.include_router(timeline.page_router)
    app.mount("/static", StaticFiles(directory=str(PACKAGE_DIR / "static")), name="static")
    return app


def _switch(env: str) -> bool:
    return os.environ.get(env, "1") not in ("0", "off", "false", "no")


def _warm_bundle(cache_dir: Path) -> None:
    try:
        vega_bundle(cache_dir)
    except Exception:  # the request that needs it will report the failure
        log.warning("could not prepare the vega bundle", exc_info=True)


class Guard:
    """ASGI middleware: refuse oversized bodies before reading them; set headers that keep pages local."""

    HEADERS = ((b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer"))

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            exc = RequestTooLarge(f"the request body has {length.decode(errors='replace')} bytes, more than "
                                  f"the limit of {MAX_BODY_BYTES:,}")
            response = failures.answer(Request(scope), 413, exc.to_dict())
            await self._with_headers(response, scope, receive, send)
            return
        await self._with_headers(self.app, scope, receive, send)

    async def _with_headers(self, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.HEADERS if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await app(scope, receive, send_with_headers)


def serve(home: str | os.PathLike[str] | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the dashboard with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(home), host=host, port=port, log_level="info")
