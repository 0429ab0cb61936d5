"""Database engine, declarative base and the unit of work (one transaction per use-case call)."""

from __future__ import annotations

import enum
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, DateTime, Engine, MetaData, create_engine, event, make_url
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    sessionmaker,
)

from smarterp.core.settings import get_settings

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Set only while the demo writes records of a moment it simulates (a manual entry posted at
# 02:00 last month); everything else reads the real clock.
_SIMULATED_NOW: ContextVar[datetime | None] = ContextVar("simulated_now", default=None)


def utcnow() -> datetime:
    simulated = _SIMULATED_NOW.get()
    return simulated if simulated is not None else datetime.now(UTC)


@contextmanager
def simulated_clock(moment: datetime) -> Iterator[None]:
    """Within the block, records are stamped at `moment` (the demo's history)."""
    token = _SIMULATED_NOW.set(moment)
    try:
        yield
    finally:
        _SIMULATED_NOW.reset(token)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


READ_ONLY = "smarterp_read_only"
BUSY_TIMEOUT_SECONDS = 30


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    cur.close()


class _SQLiteWriters:
    """Begins SQLite transactions; writers of one process queue on a lock of their own.

    A writer takes SQLite's write lock at BEGIN (BEGIN IMMEDIATE): two writers that both read
    first would otherwise deadlock on upgrade and one would fail with "database is locked".
    Waiting for that lock is SQLite's busy handler, which polls with sleeps growing to 100 ms:
    under load a writer that has backed off keeps losing to newcomers and waits seconds. So
    the writers of a process wait on a lock here first, woken the moment it is free, and only
    one per process polls SQLite's. A read-only unit of work begins deferred, without either
    lock, so readers never queue behind writers."""

    HELD = "smarterp_writer_lock"

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def begin(self, conn: Connection) -> None:
        if conn.get_execution_options().get(READ_ONLY, False):
            conn.exec_driver_sql("BEGIN")
            return
        if not self._lock.acquire(timeout=BUSY_TIMEOUT_SECONDS):
            raise sqlite3.OperationalError("database is locked (waited for other writers)")
        conn.info[self.HELD] = True
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            self.end(conn)
            raise

    def end(self, conn: Connection) -> None:
        """On commit or rollback; the lock may be released by another thread than took it
        (the web server begins and commits a request in different pool threads)."""
        if conn.info.pop(self.HELD, False):
            self._lock.release()


# Connections beyond one per admitted request (settings.max_concurrent_requests): the
# webhook dispatcher, the audit sealer, readiness checks, a token's last-use touch.
POOL_RESERVE = 4


def _pool_options(
    url: str, pool_size: int | None, max_overflow: int | None, pool_timeout: float | None
) -> dict[str, Any]:
    """A pool as large as the requests a worker admits at once, so no admitted request waits
    for a connection; the wait that remains is bounded and answered with 503 (api.admission)."""
    if url.startswith("sqlite") and make_url(url).database in (None, "", ":memory:"):
        return {}  # an in-memory database has one connection per thread, no queue
    settings = get_settings()
    return {
        "pool_size": pool_size or settings.max_concurrent_requests + POOL_RESERVE,
        "max_overflow": POOL_RESERVE if max_overflow is None else max_overflow,
        "pool_timeout": pool_timeout or settings.db_pool_timeout_seconds,
    }


def make_engine(
    url: str,
    *,
    echo: bool = False,
    pool_size: int | None = None,
    max_overflow: int | None = None,
    pool_timeout: float | None = None,
) -> Engine:
    """An engine for `url`; the pool's size and wait default to the settings."""
    pool = _pool_options(url, pool_size, max_overflow, pool_timeout)
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False}, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "connect")
        def _no_pysqlite_begin(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None

        writers = _SQLiteWriters()
        event.listen(engine, "begin", writers.begin)
        event.listen(engine, "commit", writers.end)
        event.listen(engine, "rollback", writers.end)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, **pool)


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    return make_engine(url, echo=get_settings().sql_echo)


def default_engine() -> Engine:
    return engine_for(get_settings().resolved_database_url())


SESSION_CACHE = "reference_rows"


def session_cache(session: Session, name: str) -> dict[Any, Any]:
    """A memo of reference rows (taxes, locations, products...) for one session: an order asks
    for the same few again and again. Holding the objects keeps them in the identity map, so
    `session.get` answers without SQL. Forgotten on rollback, which may have undone them."""
    caches: dict[str, dict[Any, Any]] = session.info.setdefault(SESSION_CACHE, {})
    return caches.setdefault(name, {})


@event.listens_for(Session, "after_soft_rollback")
def _forget_session_cache(session: Session, _previous: Any) -> None:
    session.info.pop(SESSION_CACHE, None)


@lru_cache(maxsize=64)
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, autoflush=True)


@contextmanager
def unit_of_work(
    engine: Engine, *, actor: str = "system", via: str = "cli", read_only: bool = False
) -> Iterator[Session]:
    """One transaction: commit when the block ends, roll everything back on any error.

    `read_only` promises the block writes nothing: PostgreSQL enforces it, and SQLite then
    begins without taking the write lock."""
    session = session_factory(engine)()
    session.info["actor"] = actor
    session.info["via"] = via
    if read_only:
        options: dict[str, Any] = {READ_ONLY: True}
        if engine.dialect.name == "postgresql":
            options["postgresql_readonly"] = True  # BEGIN READ ONLY: no extra round trip
        session.connection(execution_options=options)
    try:
        yield session
        session.commit()  # writes the audit records; they are sealed right after
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def str_enum(enum_cls: type[enum.Enum]) -> SAEnum:
    """An enum column stored as its lower-case values in a VARCHAR, readable in plain SQL."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        length=20,
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )
