"""What the benchmarks share: fresh databases on SQLite and PostgreSQL, timing and printing."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session

from smarterp.core import schema
from smarterp.core.db import make_engine, unit_of_work
from smarterp.erp.inventory import service as inventory
from smarterp.erp.partners.schemas import PartnerIn
from smarterp.erp.partners.service import create_partner
from smarterp.erp.products.schemas import ProductIn
from smarterp.erp.products.service import create_product
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


def seed_trading(
    session: Session, customers: int, products: int, stock: Decimal, day: date
) -> tuple[list[int], list[int]]:
    """Customers, and products with `stock` units on hand from `day`: ids of each."""
    partners = [
        create_partner(session, PartnerIn(name=f"Customer {i:03d}", is_customer=True))
        for i in range(customers)
    ]
    items = [
        create_product(
            session,
            ProductIn(
                sku=f"P{i:04d}",
                name=f"Product {i:04d}",
                sale_price=Decimal("20.00") + i,
                cost=Decimal("12.00") + i,
                sales_tax_code="VAT13",
            ),
        )
        for i in range(products)
    ]
    session.flush()
    for p in items:
        inventory.set_opening_stock(session, p.id, stock, p.cost, day)
    return [c.id for c in partners], [p.id for p in items]
