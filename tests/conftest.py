"""Test fixtures: every database test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.orm import Session

from smarterp.core import schema
from smarterp.core.db import make_engine, unit_of_work
from smarterp.core.settings import get_settings
from smarterp.data.northwind import NorthwindSummary, import_northwind
from smarterp.erp.setup import init_books
from smarterp.intel.ask import entities
from smarterp.tables import metadata

# The PostgreSQL server the tests use, named by a database they may connect to. They never
# write to that database: each test session (each xdist worker) creates its own, with a
# unique name, and drops only that one when it ends.
PG_URL = os.environ.get(
    "SMARTERP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
BACKENDS = ["sqlite", "postgresql"]


# Argon2 at a cheap cost, for tests only: at the default (~0.5 s a hash on a loaded machine) the
# users made by the tests cost minutes. Tests that need the real cost set it themselves.
TEST_PASSWORD_HASH_COST = {
    "SMARTERP_PASSWORD_HASH_TIME_COST": "1",
    "SMARTERP_PASSWORD_HASH_MEMORY_COST": "1024",
}


@pytest.fixture(scope="session", autouse=True)
def _test_data_dir_and_cheap_hashes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Data files (audit checkpoints and their key, the default database) go to a folder made
    for this session (one per xdist worker), never to the user's home; the processes the tests
    start (CLI, `smarterp serve`) inherit it through the environment."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SMARTERP_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        for name, value in TEST_PASSWORD_HASH_COST.items():
            env.setenv(name, value)
        get_settings.cache_clear()
        yield
    get_settings.cache_clear()


def _pg_reachable(url: str) -> str | None:
    try:
        probe = create_engine(url)
        with probe.connect() as conn:
            conn.execute(text("select 1"))
        probe.dispose()
    except Exception as exc:  # any failure to connect means "not reachable"
        return str(exc).splitlines()[0]
    return None


@contextmanager
def throwaway_pg_database(server_url: str) -> Iterator[str]:
    """Create a fresh, uniquely named database on the server and drop it afterwards; yields
    its URL. Only the database made here is ever dropped."""
    name = f"smarterp_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
            # A throwaway database need not survive a crash: commits do not wait for the
            # write-ahead log to reach the disk (the tests commit thousands of times).
            conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def migrated_engines(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Engine]]:
    """One engine per backend, migrated to head once per test session: a SQLite file in a
    temporary folder and a PostgreSQL database created for this session."""
    engines: dict[str, Engine] = {}
    sqlite_path: Path = tmp_path_factory.mktemp("db") / "test.db"
    engines["sqlite"] = make_engine(f"sqlite:///{sqlite_path}")
    problem = _pg_reachable(PG_URL)
    if problem is not None and os.environ.get("CI"):
        raise RuntimeError(f"PostgreSQL at {PG_URL} is not reachable in CI: {problem}")
    with ExitStack() as stack:
        if problem is None:
            engines["postgresql"] = make_engine(stack.enter_context(throwaway_pg_database(PG_URL)))
        for engine in engines.values():
            schema.upgrade(engine)
        yield engines
        for engine in engines.values():
            engine.dispose()


def copy_sqlite(source: Path, target: Path) -> str:
    """A copy of the SQLite database at `source` (through SQLite's backup, so a write-ahead
    log is included); returns its URL."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return f"sqlite:///{target}"


# Tests on Northwind share one import per session: put them in this xdist group, so that
# under `pytest -n` they all run in one worker, which imports it once.
NORTHWIND_GROUP = pytest.mark.xdist_group("northwind")


@pytest.fixture(scope="session")
def northwind_sqlite(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, NorthwindSummary]:
    """Northwind imported once per session into a SQLite file (~45 s on a loaded machine),
    and what the import reported. Tests take a copy (`copy_sqlite`, milliseconds) to change."""
    path = tmp_path_factory.mktemp("northwind") / "northwind.db"
    engine = make_engine(f"sqlite:///{path}")
    schema.upgrade(engine)
    with unit_of_work(engine, actor="test") as s:
        init_books(s, name="Northwind Traders")
    summary = import_northwind(engine)
    engine.dispose()
    return path, summary


def _wipe(engine: Engine) -> None:
    tables = [t.name for t in reversed(metadata.sorted_tables)]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # DELETE, not TRUNCATE: truncating every table makes new files for each table and
            # index (~1 s a test on a loaded machine); deleting a test's few rows takes ~20 ms.
            conn.execute(text("; ".join(f"DELETE FROM {name}" for name in tables)))
            # Ids and document numbers start again, so every test sees SO00001 first.
            conn.execute(
                text(
                    "SELECT setval(c.oid, 1, false) FROM pg_class c "
                    "WHERE c.relkind = 'S' AND c.relnamespace = current_schema()::regnamespace"
                )
            )
        else:
            for name in tables:
                conn.execute(text(f"DELETE FROM {name}"))


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, migrated_engines: dict[str, Engine]) -> Iterator[Engine]:
    """A migrated, empty database with a company, chart of accounts and warehouse."""
    backend = request.param
    if backend not in migrated_engines:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")
    eng = migrated_engines[backend]
    _wipe(eng)
    # Ask caches the books' names per database URL for a minute; this one was just emptied.
    entities.forget(eng)
    with unit_of_work(eng, actor="test") as s:
        init_books(s, name="Test Trading Co.")
    yield eng


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A unit of work committed at the end of the test (rolled back on error)."""
    with unit_of_work(engine, actor="test") as s:
        yield s
