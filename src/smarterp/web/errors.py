"""Error pages for people: an unknown address, a wrong method or an unexpected failure outside
a page's own handling (pages.WebRoute) answers a browser with an HTML page in its language;
the API under /api, and any client that does not ask for HTML, keep the JSON errors."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from smarterp.web import i18n
from smarterp.web.pages import error_page, signed_in

Handler = Callable[[Request, Exception], Response | Awaitable[Response]]

# The message under a page's title, where the status alone says what to do.
_MESSAGES = {
    404: "There is no page at this address. It may have moved, or the link is wrong.",
    405: "This address does not take that kind of request.",
    500: "An unexpected error occurred; it was logged for the operators.",
}


def wants_page(request: Request) -> bool:
    """A browser asking for a page of the web app (not the API, not a script or an image)."""
    path = request.url.path
    if path == "/api" or path.startswith("/api/"):
        return False
    return "text/html" in request.headers.get("accept", "")


def _title(status: int) -> str:
    if status == 404:
        return "Not found"
    return "Something went wrong" if status >= 500 else "Something is not right"


async def _page(request: Request, status: int, detail: str) -> Response:
    try:
        user = await run_in_threadpool(signed_in, request)
    except Exception:  # the failure being shown may be the database's own
        user = None
    request.state.web_user = user
    header = request.headers.get("accept-language")
    tr = i18n.translator(user.language if user else i18n.pick_language(header))
    message = tr.gettext(_MESSAGES[status]) if status in _MESSAGES else detail
    return error_page(request, status, tr.gettext(_title(status)), message)


def _http_page(json_handler: Handler) -> Handler:
    async def handler(request: Request, exc: Exception) -> Response:
        if not (wants_page(request) and isinstance(exc, HTTPException)):
            return await _answer(json_handler, request, exc)
        detail = exc.detail if isinstance(exc.detail, str) else ""
        return await _page(request, exc.status_code, detail)

    return handler


def _internal_page(json_handler: Handler) -> Handler:
    async def handler(request: Request, exc: Exception) -> Response:
        logged = await _answer(json_handler, request, exc)  # the API's handler logs it
        if not wants_page(request):
            return logged
        return await _page(request, 500, "")

    return handler


async def _answer(json_handler: Handler, request: Request, exc: Exception) -> Response:
    answer = json_handler(request, exc)
    return await answer if isinstance(answer, Awaitable) else answer


def install(app: FastAPI) -> None:
    """Put the HTML pages in front of the API's JSON error handlers (which still log)."""
    app.add_exception_handler(HTTPException, _http_page(app.exception_handlers[HTTPException]))
    app.add_exception_handler(Exception, _internal_page(app.exception_handlers[Exception]))
