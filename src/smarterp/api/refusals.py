"""Answers the server's guards give before a route runs: JSON for the API, a plain page for
the web app."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from starlette.responses import HTMLResponse, Response

from smarterp.api.errors import error_response

# Addresses whose clients read JSON; every other one is a page of the web app.
JSON_PATHS = ("/api/", "/openapi.json", "/healthz", "/readyz")

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><h1>{title}</h1><p>{message}</p></body></html>
"""


def wants_json(path: str) -> bool:
    return path.startswith(JSON_PATHS)


def refusal(
    path: str,
    status: int,
    code: str,
    title: str,
    message: str,
    details: dict[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """The error shape of the API for API paths; a page without templates or database for
    the web app (it is sent when the server has no room to render one)."""
    if wants_json(path):
        return error_response(status, code, message, details, headers)
    page = _PAGE.format(title=html.escape(title), message=html.escape(message))
    return HTMLResponse(page, status_code=status, headers=headers)
