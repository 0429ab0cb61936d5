"""What the benchmarks share: fresh databases on SQLite and PostgreSQL, timing and printing."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, text

from smarterp.core import schema
from smarterp.core.db import make_engine, unit_of_work
from smarterp.erp.setup import init_books

# Point this at a PostgreSQL database the benchmark may wipe: its public schema is dropped.
PG_URL = os.environ.get(
    "SMARTERP_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/smarterp_bench"
)


def sqlite_engine(directory: Path | None = None) -> Engine:
    """A migrated, initialised SQLite file in a temporary directory."""
    folder = directory or Path(tempfile.mkdtemp(prefix="smarterp-bench-"))
    engine = make_engine(f"sqlite:///{folder / 'bench.db'}")
    return _ready(engine)


def pg_engine() -> Engine | None:
    """A migrated, initialised PostgreSQL database on a fresh schema; None when unreachable."""
    try:
        probe = create_engine(PG_URL)
        with probe.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        probe.dispose()
    except Exception as exc:  # any failure to connect means "skip this backend"
        print(f"  PostgreSQL at {PG_URL} not usable ({str(exc).splitlines()[0]}); skipped")
        return None
    return _ready(make_engine(PG_URL))


def _ready(engine: Engine) -> Engine:
    schema.upgrade(engine)
    with unit_of_work(engine, actor="bench") as session:
        init_books(session, name="Bench Trading Co.")
    return engine


def median_seconds(fn: Callable[[], object], runs: int = 5) -> tuple[float, list[float]]:
    """Run `fn` several times; return the median and every timing, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def heading(title: str) -> None:
    print(f"\n== {title}")


def figure(label: str, value: str) -> None:
    print(f"  {label:<40} {value}")
