"""Admission control: a worker runs at most as many requests at once as its database pool
serves; the others wait a moment in a first-come queue, then get 503 with Retry-After."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque

import anyio.to_thread
from fastapi import FastAPI, Request
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from smarterp.api.refusals import refusal
from smarterp.core.settings import Settings, get_settings

log = logging.getLogger("smarterp.api")

# Answered without the database, so never queued: static assets and the liveness probe.
EXEMPT_PATHS = ("/static/", "/healthz")
# Threads for sync routes and dependencies beyond one per admitted request (a web page runs
# a few steps in threads one after the other; Starlette's file responses use one too).
SPARE_THREADS = 8
# An overloaded server says so in its log at most this often, not once per refusal.
LOG_EVERY_SECONDS = 10.0


class Turnstile:
    """`capacity` slots handed out in arrival order. A freed slot passes straight to the
    longest waiter, so a newcomer never overtakes the queue; at most `queue_length` wait,
    each for at most `wait_seconds`. Used from one event loop only, so it needs no lock."""

    def __init__(self, capacity: int, queue_length: int, wait_seconds: float) -> None:
        self.capacity = capacity
        self.queue_length = queue_length
        self.wait_seconds = wait_seconds
        self.running = 0
        self._waiting: deque[asyncio.Future[None]] = deque()

    async def enter(self) -> bool:
        """True with a slot held (give it back with `leave`); False when there was no room."""
        if self.running < self.capacity and not self._waiting:
            self.running += 1
            return True
        if len(self._waiting) >= self.queue_length or self.wait_seconds <= 0:
            return False
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append(turn)
        try:
            await asyncio.wait({turn}, timeout=self.wait_seconds)
        except asyncio.CancelledError:
            if turn.done():
                self.leave()  # handed a slot just as the request was abandoned
            else:
                self._waiting.remove(turn)
            raise
        if turn.done():
            return True
        self._waiting.remove(turn)
        return False

    def leave(self) -> None:
        while self._waiting:
            turn = self._waiting.popleft()
            if not turn.done():
                turn.set_result(None)  # the slot changes hands; `running` stays the same
                return
        self.running -= 1


class AdmissionMiddleware:
    """Lets a request through only while it holds a slot of the turnstile; answers 503 with
    Retry-After when none came free in time. The refusal is an ordinary response, so the
    client's keep-alive connection stays open."""

    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        self.turnstile = Turnstile(
            settings.max_concurrent_requests,
            settings.request_queue_length,
            settings.request_queue_wait_seconds,
        )
        self.retry_after = settings.overload_retry_after_seconds
        self._refused = 0
        self._logged_at = 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(EXEMPT_PATHS):
            await self.app(scope, receive, send)
            return
        self._size_thread_pool()
        if not await self.turnstile.enter():
            self._note_refusal()
            await overloaded(scope["path"], self.retry_after)(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.turnstile.leave()

    def _size_thread_pool(self) -> None:
        """Sync routes run in AnyIO's thread pool (40 threads unless told; one pool per event
        loop): give it a thread for every admitted request, so none queues for a thread."""
        limiter = anyio.to_thread.current_default_thread_limiter()
        needed = self.turnstile.capacity + SPARE_THREADS
        if limiter.total_tokens < needed:
            limiter.total_tokens = needed

    def _note_refusal(self) -> None:
        self._refused += 1
        now = time.monotonic()
        if now - self._logged_at >= LOG_EVERY_SECONDS:
            log.warning(
                "overloaded: %d request(s) refused with 503 (%d running, capacity %d)",
                self._refused,
                self.turnstile.running,
                self.turnstile.capacity,
            )
            self._refused, self._logged_at = 0, now


def overloaded(path: str, retry_after: int) -> Response:
    return refusal(
        path,
        503,
        "overloaded",
        "The server is busy",
        f"the server is busy; nothing was done, retry in {retry_after} s",
        {"retry_after_seconds": retry_after},
        {"Retry-After": str(retry_after)},
    )


def _pool_exhausted(request: Request, exc: Exception) -> Response:
    # The database pool had no connection for the whole pool timeout (a pool smaller than
    # the admitted requests, or connections held elsewhere): the request did nothing and may
    # be retried, so it is overload, not a failure.
    log.warning("no database connection free on %s %s: %s", request.method, request.url.path, exc)
    return overloaded(request.url.path, get_settings().overload_retry_after_seconds)


def install(app: FastAPI) -> None:
    app.add_middleware(AdmissionMiddleware, settings=get_settings())
    app.add_exception_handler(PoolTimeout, _pool_exhausted)
