"""Reads through the API write nothing: they do not wait for writers, and token use is kept."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from smarterp.core.auth import ApiToken, User
from smarterp.core.db import unit_of_work
from tests.integration.api.conftest import Api


def _last_used(api: Api, username: str) -> object:
    with unit_of_work(api.engine) as s:
        return s.scalar(select(ApiToken.last_used_at).join(User).where(User.username == username))


def test_a_read_records_the_tokens_use_once(api: Api) -> None:
    assert _last_used(api, "viewer") is None
    assert api.get("/api/v1/partners", who="viewer").status_code == 200
    first = _last_used(api, "viewer")
    assert first is not None
    assert api.get("/api/v1/partners", who="viewer").status_code == 200
    assert _last_used(api, "viewer") == first  # not rewritten within the minute


def test_a_read_does_not_wait_for_a_writer(api: Api) -> None:
    if api.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL readers never wait for writers")
    api.get("/api/v1/partners")  # the token's use is recorded: the next reads write nothing
    with api.engine.begin() as writer:  # begins IMMEDIATE: someone holds the write lock
        writer.exec_driver_sql("SELECT 1")
        started = time.monotonic()
        r = api.get("/api/v1/partners")
        waited = time.monotonic() - started
    assert r.status_code == 200
    assert waited < 5  # the busy timeout is 30 s: a reader that queued would still be waiting


def test_a_write_through_get_is_refused_on_postgresql(api: Api) -> None:
    if api.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no read-only transactions")
    with pytest.raises(Exception, match="read-only"), unit_of_work(api.engine, read_only=True) as s:
        s.execute(select(ApiToken).with_for_update())
