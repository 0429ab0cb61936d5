"""Order throughput: create, confirm, deliver, invoice and pay N sales orders, one transaction each.

Usage: python bench/bench_orders.py [--n 10000] [--backend sqlite|postgresql|all]
PostgreSQL comes from SMARTERP_BENCH_PG_URL (its public schema is dropped and rebuilt).
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import Engine

from _common import figure, heading, pg_engine, seed_trading, sqlite_engine
from smarterp.core.db import unit_of_work
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn

CUSTOMERS = 50
PRODUCTS = 20
START = date(2025, 1, 1)


def seed(engine: Engine, n: int) -> tuple[list[int], list[int]]:
    """Customers and products with enough opening stock for every order."""
    with unit_of_work(engine, actor="bench") as session:
        return seed_trading(session, CUSTOMERS, PRODUCTS, Decimal(n * 3), START)


def one_order(engine: Engine, i: int, customers: list[int], products: list[int]) -> None:
    """One order's whole life, each step its own transaction as a person would click it."""
    actor = getpass.getuser()
    day = START + timedelta(days=1 + i % 360)
    lines = [
        SalesLineIn(product_id=products[(i + k) % len(products)], quantity=Decimal(1 + (i + k) % 3))
        for k in range(2)
    ]
    with unit_of_work(engine, actor=actor, via="bench") as session:
        order = sales.create_order(
            session,
            SalesOrderIn(customer_id=customers[i % len(customers)], order_date=day, lines=lines),
        )
        order_id, customer_id = order.id, order.customer_id
    with unit_of_work(engine, actor=actor, via="bench") as session:
        sales.confirm_order(session, order_id)
    with unit_of_work(engine, actor=actor, via="bench") as session:
        sales.deliver(session, order_id, day)
    with unit_of_work(engine, actor=actor, via="bench") as session:
        invoice = sales.invoice_order(session, order_id, day)
        invoice_id, total = invoice.id, invoice.amount_total
    with unit_of_work(engine, actor=actor, via="bench") as session:
        invoicing.register_payment(
            session,
            PaymentIn(
                partner_id=customer_id,
                partner_role="customer",
                direction=PaymentDirection.INBOUND,
                amount=total,
                date=day,
                invoice_ids=[invoice_id],
            ),
        )


def run(engine: Engine, label: str, n: int) -> float:
    customers, products = seed(engine, n)
    started = time.perf_counter()
    step = max(1, n // 10)
    for i in range(n):
        one_order(engine, i, customers, products)
        if (i + 1) % step == 0:
            print(f"  {label}: {i + 1}/{n} orders", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    rate = n / elapsed
    figure(f"{label}: {n} orders, full cycle", f"{elapsed:.1f} s, {rate:.1f} orders/s")
    engine.dispose()
    return rate


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="orders per backend")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "all"], default="all")
    args = parser.parse_args(argv)
    heading(f"Orders: create, confirm, deliver, invoice, pay (n={args.n}, 5 transactions each)")
    rates: dict[str, float] = {}
    if args.backend in ("sqlite", "all"):
        rates["sqlite"] = run(sqlite_engine(), "sqlite", args.n)
    if args.backend in ("postgresql", "all"):
        pg = pg_engine()
        if pg is not None:
            rates["postgresql"] = run(pg, "postgresql", args.n)
    return rates


if __name__ == "__main__":
    main()
