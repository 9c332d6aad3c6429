"""Errors as answers: a helpful page for browsers, JSON for /api/, never a traceback."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import NoData, NorthwardError, QueryError, StoreError, StoreMissing, UnknownValue
from .limits import MAX_TEXT_CHARS, RequestTooLarge, TextTooLong

log = logging.getLogger("northward.web")

HINTS = {
    404: "check the address, or start from the overview at /",
    405: "this address does not take that method; see /docs for the API",
    413: "send a smaller body",
    422: "fix the parameters named in the message; /docs lists what each one takes",
    500: "this is a bug in northward; the server log has the details",
}


def status_of(exc: NorthwardError) -> int:
    from .services.areas import AreaUnavailable

    if isinstance(exc, StoreMissing | StoreError | AreaUnavailable):
        return 503
    if isinstance(exc, RequestTooLarge | TextTooLong):
        return 413
    if isinstance(exc, UnknownValue):  # 404 for a territory that does not exist, 422 for a bad parameter
        return exc.http_status
    if isinstance(exc, NoData) or exc.problem.code == "NW404":
        return 404
    if isinstance(exc, QueryError):
        return 400
    return 400


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path.startswith("/openapi")


def answer(request: Request, status: int, body: dict[str, Any]) -> Response:
    body.setdefault("hint", HINTS.get(status, ""))
    if wants_json(request):
        return JSONResponse({"error": body}, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "error": body},
                                      status_code=status)


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    errors = exc.errors()
    parts = []
    field = None
    for e in errors[:5]:
        loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path")]
        field = field or ".".join(loc) or None
        parts.append(f"{'.'.join(loc) or 'request'}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request", field


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into a page or a JSON error."""

    @app.exception_handler(NorthwardError)
    async def northward_error(request: Request, exc: NorthwardError) -> Response:
        return answer(request, status_of(exc), exc.to_dict())

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        message, field = _validation_message(exc)
        body: dict[str, Any] = {"code": "NW422", "message": message}
        if field:
            body["column"] = field
        return answer(request, 422, body)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        if exc.status_code == 400 and "maximum size" in message:  # a form field or file over the parser's limit
            return answer(request, 413, {"code": RequestTooLarge.code, "message": message,
                                         "hint": RequestTooLarge.default_hint + "; texts: at most "
                                                 f"{MAX_TEXT_CHARS:,} characters"})
        return answer(request, exc.status_code, {"code": f"NW{exc.status_code}", "message": message})

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return answer(request, 500, {"code": "NW500", "message": "the server met an unexpected error"})
