"""The /docs page: Swagger UI served from the package (no CDN) under a strict CSP."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

# swagger-ui-dist 5.35.0 from npm (Apache-2.0, see swagger-ui.LICENSE): Swagger UI 5 is the
# first to read OpenAPI 3.1, which FastAPI writes, and no wheel ships it.
ASSETS = Path(__file__).parent / "static"
ASSETS_PATH = "/docs/assets"

# The page runs with the API's origin, so whoever controls a script here could call the API
# as the person reading it: only our own files, no inline script, no other site.
DOCS_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; font-src 'self'; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}

PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>smarterp API</title>
<link rel="stylesheet" href="{ASSETS_PATH}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{ASSETS_PATH}/swagger-ui-bundle.js"></script>
<script src="{ASSETS_PATH}/swagger-init.js"></script>
</body>
</html>
"""


def add_docs_page(app: FastAPI) -> None:
    """GET /docs and its assets (create the app with docs_url=None)."""
    app.mount(ASSETS_PATH, StaticFiles(directory=ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(PAGE, headers=DOCS_HEADERS)
