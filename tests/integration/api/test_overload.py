"""The server under load and abuse: requests beyond capacity get 503 with Retry-After (never
500), and oversized or unauthenticated bodies are refused before they are read."""

from __future__ import annotations

import http.client
import select
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from smarterp.core import auth
from smarterp.core.db import make_engine, unit_of_work
from smarterp.core.permissions import Role
from smarterp.core.settings import get_settings
from smarterp.web.app import create_app
from tests.http_server import serving

V1 = "/api/v1"
KB = 1024

Configure = Callable[..., None]
# What does not depend on the database runs on SQLite only.
sqlite_only = pytest.mark.parametrize("engine", ["sqlite"], indirect=True)


@pytest.fixture
def configure(monkeypatch: pytest.MonkeyPatch) -> Iterator[Configure]:
    """Set SMARTERP_* settings for the apps built in this test, as an operator would."""

    def configure(**values: Any) -> None:
        for name, value in values.items():
            monkeypatch.setenv(f"SMARTERP_{name.upper()}", str(value))
        get_settings.cache_clear()

    yield configure
    get_settings.cache_clear()


def tokens(engine: Engine) -> dict[str, str]:
    with unit_of_work(engine, actor="test") as s:
        made = {}
        for role in (Role.ADMIN, Role.VIEWER):
            auth.create_user(s, role.value, role)
            made[role.value] = auth.create_token(s, role.value, "tests")[1]
        return made


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def small_pool(engine: Engine, size: int, timeout: float) -> Engine:
    url = engine.url.render_as_string(hide_password=False)
    return make_engine(url, pool_size=size, max_overflow=0, pool_timeout=timeout)


@contextmanager
def partners_locked(engine: Engine) -> Iterator[None]:
    """Hold the lock a new partner needs, so requests creating one wait holding their
    database connection: on SQLite the write lock, on PostgreSQL the partner table."""
    with unit_of_work(engine, actor="test") as s:
        if engine.dialect.name == "postgresql":
            s.execute(text("LOCK TABLE partner IN EXCLUSIVE MODE"))
        else:
            s.execute(text("select 1"))  # BEGIN IMMEDIATE: SQLite's write lock is held
        yield


# --- Overload --------------------------------------------------------------------------------


def test_requests_beyond_capacity_get_503_with_retry_after_never_500(
    engine: Engine, configure: Configure
) -> None:
    configure(
        max_concurrent_requests=2,
        request_queue_length=3,
        request_queue_wait_seconds=0.3,
        overload_retry_after_seconds=1,
    )
    secrets = tokens(engine)
    # One connection for the lock below, one for each admitted request; a long pool wait, so
    # what refuses the surplus is admission, not a pool timeout.
    server_engine = small_pool(engine, size=3, timeout=10)
    app = create_app(server_engine)
    with serving(app) as base, httpx.Client(base_url=base, timeout=20) as client:
        client.get("/healthz")

        def create(i: int) -> tuple[httpx.Response, float]:
            r = client.post(
                f"{V1}/partners", json={"name": f"Burst {i}"}, headers=bearer(secrets["admin"])
            )
            return r, time.perf_counter()

        with ThreadPoolExecutor(12) as pool:
            with partners_locked(server_engine):
                futures = [pool.submit(create, i) for i in range(12)]
                time.sleep(1.5)  # all have arrived: 2 wait on the lock, the others are refused
                released = time.perf_counter()
            answers = [f.result() for f in futures]
    codes = sorted(r.status_code for r, _ in answers)
    assert set(codes) == {201, 503}, codes
    assert codes.count(201) >= 2
    for r, answered in answers:
        if r.status_code == 503:
            assert r.headers["Retry-After"] == "1"
            assert r.json()["error"]["code"] == "overloaded"
            assert r.headers.get("connection") != "close"  # keep-alive survives the refusal
            assert answered < released  # refused after the short wait, not after the lock
    with unit_of_work(engine, read_only=True) as s:
        made = s.scalar(text("select count(*) from partner where name like 'Burst %'"))
    assert made == codes.count(201)
    server_engine.dispose()


@sqlite_only
def test_web_pages_beyond_capacity_get_a_plain_503_page(
    engine: Engine, configure: Configure
) -> None:
    configure(max_concurrent_requests=1, request_queue_length=0, overload_retry_after_seconds=3)
    app = create_app(engine)
    entered, release = threading.Event(), threading.Event()

    @app.get("/held")
    def held() -> dict[str, str]:
        entered.set()
        release.wait(5)
        return {"status": "done"}

    with TestClient(app) as client, ThreadPoolExecutor(1) as pool:
        first = pool.submit(client.get, "/held")
        assert entered.wait(5)
        page = client.get("/login")
        api = client.get(f"{V1}/partners")
        release.set()
        assert first.result().status_code == 200
    assert page.status_code == 503 and page.headers["Retry-After"] == "3"
    assert page.headers["content-type"].startswith("text/html")
    assert "busy" in page.text
    assert api.status_code == 503 and api.json()["error"]["code"] == "overloaded"


def test_a_pool_timeout_is_503_with_retry_after(engine: Engine, configure: Configure) -> None:
    configure(overload_retry_after_seconds=1)
    secrets = tokens(engine)
    tiny = small_pool(engine, size=1, timeout=0.2)
    app = create_app(tiny)
    with TestClient(app, raise_server_exceptions=False) as client, tiny.connect():
        # The pool's only connection is held: the request waits 0.2 s for one, then gives up.
        r = client.get(f"{V1}/partners", headers=bearer(secrets["viewer"]))
    assert r.status_code == 503, r.text
    assert r.headers["Retry-After"] == "1"
    assert r.json()["error"]["code"] == "overloaded"
    tiny.dispose()


# --- Body size -------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    sent: int  # body bytes the client managed to send before the answer came
    seconds: float


def send_raw(
    base: str, head: str, chunks: Iterable[bytes] = (), *, budget: int = 32 * 1024 * KB
) -> Answer:
    """Send a request head, then body chunks until the server answers (or `budget` bytes are
    out), and read the answer: shows how much of a body the server took before refusing."""
    host, port = base.removeprefix("http://").split(":")
    started = time.perf_counter()
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(head.encode())
        sent = 0
        try:
            for chunk in chunks:
                if select.select([sock], [], [], 0)[0] or sent >= budget:
                    break  # the answer is there: the server stopped reading
                sock.sendall(chunk)
                sent += len(chunk)
        except OSError:
            pass  # the server closed the connection under the body; its answer is buffered
        resp = http.client.HTTPResponse(sock)
        resp.begin()
        body = resp.read()
        return Answer(resp.status, resp.msg, body, sent, time.perf_counter() - started)


def head(path: str, *headers: str) -> str:
    return "\r\n".join([f"POST {path} HTTP/1.1", "Host: test", *headers, "", ""])


def chunked(size: int, total: int) -> Iterator[bytes]:
    piece = b"x" * size
    frame = f"{size:x}\r\n".encode() + piece + b"\r\n"
    for _ in range(total // size):
        yield frame
    yield b"0\r\n\r\n"


@sqlite_only
def test_a_body_announced_too_large_is_refused_before_it_is_read(
    engine: Engine, configure: Configure
) -> None:
    configure(max_body_bytes=64 * KB)
    secrets = tokens(engine)
    with serving(create_app(engine)) as base:
        api = send_raw(
            base,
            head(
                f"{V1}/partners",
                f"Authorization: Bearer {secrets['admin']}",
                "Content-Type: application/json",
                f"Content-Length: {200 * 1024 * KB}",
            ),
        )
        web = send_raw(
            base,
            head(
                "/login",
                "Content-Type: application/x-www-form-urlencoded",
                f"Content-Length: {65 * KB}",
            ),
        )
    # Not one byte of the body was sent: the server answered from the headers alone.
    assert api.status == 413, api.body
    assert b"payload_too_large" in api.body and b"larger than the 64 KB" in api.body
    assert api.headers["Connection"] == "close"
    assert web.status == 413 and web.headers["Content-Type"].startswith("text/html")


@sqlite_only
@pytest.mark.parametrize(
    ("path", "content_type"),
    [(f"{V1}/partners", "application/json"), ("/login", "application/x-www-form-urlencoded")],
)
def test_a_chunked_body_is_cut_off_at_the_limit(
    engine: Engine, configure: Configure, path: str, content_type: str
) -> None:
    configure(max_body_bytes=256 * KB)
    secrets = tokens(engine)
    with serving(create_app(engine)) as base:
        # A body that would be 200 MB, sent 64 KB at a time until the server answers.
        answer = send_raw(
            base,
            head(
                path,
                f"Authorization: Bearer {secrets['admin']}",
                f"Content-Type: {content_type}",
                "Transfer-Encoding: chunked",
            ),
            chunked(64 * KB, 200 * 1024 * KB),
        )
    assert answer.status == 413, answer.body
    assert answer.sent < 16 * 1024 * KB, answer.sent  # refused soon after the limit
    assert b"256 KB" in answer.body


@sqlite_only
def test_upload_routes_allow_the_larger_limit(engine: Engine, configure: Configure) -> None:
    configure(max_body_bytes=64 * KB, max_upload_body_bytes=1024 * KB)
    secrets = tokens(engine)
    email = {"from": "a@example.com", "subject": "order", "body": "please send 2 chai " * 5000}
    with TestClient(create_app(engine)) as client:
        upload = client.post(f"{V1}/docs/extract", json=email, headers=bearer(secrets["admin"]))
        other = client.post(
            f"{V1}/partners", json={"name": "x" * 90 * KB}, headers=bearer(secrets["admin"])
        )
    assert upload.status_code == 200, upload.text
    assert other.status_code == 413
    assert other.json()["error"]["details"] == {"limit_bytes": 64 * KB}


@sqlite_only
def test_an_unauthenticated_oversized_post_is_refused_at_once(
    engine: Engine, configure: Configure
) -> None:
    configure()  # the default limits
    with serving(create_app(engine)) as base:
        announced = send_raw(
            base,
            head(
                f"{V1}/partners",
                "Content-Type: application/json",
                f"Content-Length: {200 * 1024 * KB}",
            ),
        )
        streamed = send_raw(
            base,
            head(f"{V1}/partners", "Content-Type: application/json", "Transfer-Encoding: chunked"),
            chunked(64 * KB, 200 * 1024 * KB),
        )
    assert announced.status == 413 and announced.seconds < 1
    # No token and a body of unknown size: 401 before the body is read.
    assert streamed.status == 401, streamed.body
    assert streamed.headers["WWW-Authenticate"] == "Bearer"
    assert streamed.sent < 16 * 1024 * KB and streamed.seconds < 2
