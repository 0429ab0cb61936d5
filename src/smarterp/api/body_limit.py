"""Request body limits: a body over the limit is refused with 413 before it is read (by its
Content-Length, or as soon as a chunked body passes the limit), and a write to the API without
a bearer token gets its 401 before its body is read."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from smarterp.api.deps import API_PREFIX
from smarterp.api.refusals import refusal
from smarterp.core.settings import Settings, get_settings

# Routes that take uploads (emails with their text, documents) allow the larger limit.
UPLOAD_PATHS = (f"{API_PREFIX}/docs/",)
# The body is left unread, so the connection cannot carry another request: close it.
CLOSE = {"Connection": "close"}


class BodyTooLarge(HTTPException):
    """Raised to the route reading a chunked body once it passes the limit; the middleware
    then answers 413 in place of whatever the route made of it."""

    def __init__(self) -> None:
        super().__init__(413, "request body too large")


@dataclass
class _Reading:
    limit: int
    received: int = 0
    exceeded: bool = False
    started: bool = False  # the response began before the limit was passed


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        self.max_bytes = settings.max_body_bytes
        self.max_upload_bytes = settings.max_upload_body_bytes

    def limit_for(self, path: str) -> int:
        return self.max_upload_bytes if path.startswith(UPLOAD_PATHS) else self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        headers = Headers(scope=scope)
        length = _content_length(headers)
        chunked = "transfer-encoding" in headers
        if not chunked and not length:
            await self.app(scope, receive, send)  # no body to guard
            return
        limit = self.limit_for(path)
        if length is not None and length > limit:
            await too_large(path, limit)(scope, receive, send)
            return
        if path.startswith(API_PREFIX + "/") and not _has_bearer_token(headers):
            await unauthenticated()(scope, receive, send)
            return
        await self._counted(scope, receive, send, _Reading(limit))

    async def _counted(self, scope: Scope, receive: Receive, send: Send, state: _Reading) -> None:
        """Run the app on a body that may not announce its size, counting it as it arrives."""

        async def limited_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                state.received += len(message.get("body", b""))
                if state.received > state.limit:
                    state.exceeded = True
                    raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            if state.exceeded and not state.started:
                return  # the route's answer to a cut-off body; ours goes out instead
            if message["type"] == "http.response.start":
                state.started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not state.exceeded or state.started:
                raise
        if state.exceeded and not state.started:
            await too_large(scope["path"], state.limit)(scope, receive, send)


def _content_length(headers: Headers) -> int | None:
    value = headers.get("content-length")
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None  # the HTTP server refuses a malformed length before we get here


def _has_bearer_token(headers: Headers) -> bool:
    scheme, _, credentials = headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and bool(credentials.strip())


def _size(n: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:g} {unit}"
    return f"{n} bytes"


def too_large(path: str, limit: int) -> Response:
    return refusal(
        path,
        413,
        "payload_too_large",
        "Too large",
        f"the request body is larger than the {_size(limit)} this address accepts",
        {"limit_bytes": limit},
        CLOSE,
    )


def unauthenticated() -> Response:
    return refusal(
        API_PREFIX + "/",
        401,
        "unauthorized",
        "Unauthorized",
        "missing bearer token: send 'Authorization: Bearer <token>'",
        headers={"WWW-Authenticate": "Bearer", **CLOSE},
    )


def install(app: FastAPI) -> None:
    app.add_middleware(BodyLimitMiddleware, settings=get_settings())
