"""OpenAPI docs at /docs with Swagger UI served from an installed package (fastapi-offline), no CDN."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

router = APIRouter(include_in_schema=False)

ASSETS = {"swagger-ui-bundle.js": "application/javascript", "swagger-ui.css": "text/css",
          "favicon.png": "image/png"}
# The docs page starts Swagger UI with an inline script; only this page allows one.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'")


def _assets_dir() -> Path | None:
    try:
        import fastapi_offline
    except ImportError:
        return None
    return Path(fastapi_offline.__file__).parent / "static"


@router.get("/docs")
def docs() -> HTMLResponse:
    if _assets_dir() is None:
        return HTMLResponse("<h1>API documentation</h1><p>The Swagger UI assets (package fastapi-offline) "
                            "are not installed; the OpenAPI description is at <a href='/openapi.json'>"
                            "/openapi.json</a>.</p>")
    page = get_swagger_ui_html(openapi_url="/openapi.json", title="northward API",
                               swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                               swagger_css_url="/docs-assets/swagger-ui.css",
                               swagger_favicon_url="/docs-assets/favicon.png",
                               swagger_ui_parameters={"validatorUrl": None})
    page.headers["Content-Security-Policy"] = DOCS_CSP
    return page


@router.get("/docs-assets/{name}")
def docs_asset(name: str) -> FileResponse:
    folder = _assets_dir()
    # only the three known file names are served: no path from the request reaches the disk
    if folder is None or name not in ASSETS:
        raise HTTPException(404, f"no documentation asset {name!r}")
    return FileResponse(folder / name, media_type=ASSETS[name])
