"""API under load: 8 concurrent clients over loopback against `smarterp serve`.

Usage: python bench/bench_api.py [--backend sqlite|postgresql|all] [--seconds 20]
       [--clients 8] [--workers 2]
Measures requests per second and p50/p99 latency for a product list page (50 rows) and for
creating and confirming a sales order (two requests, timed together as one order).
Goals on a 2-core machine: >= 150 order creations/s on PostgreSQL with p99 < 250 ms;
list page p99 < 100 ms. The server and the load generator share the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
from sqlalchemy import Engine

from _common import figure, heading, pg_engine, sqlite_engine
from smarterp.core import auth
from smarterp.core.db import unit_of_work
from smarterp.core.permissions import Role
from smarterp.erp.inventory import service as inventory
from smarterp.erp.partners.schemas import PartnerIn
from smarterp.erp.partners.service import create_partner
from smarterp.erp.products.schemas import ProductIn
from smarterp.erp.products.service import create_product

PRODUCTS = 200
CUSTOMERS = 50
SMARTERP = Path(sys.executable).with_name("smarterp")


def seed(engine: Engine) -> tuple[str, list[int], list[int]]:
    """Products with plenty of stock, customers, and an admin token for the clients."""
    with unit_of_work(engine, actor="bench") as session:
        customers = [
            create_partner(session, PartnerIn(name=f"Customer {i:03d}", is_customer=True))
            for i in range(CUSTOMERS)
        ]
        products = [
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
            for i in range(PRODUCTS)
        ]
        session.flush()
        for p in products:
            inventory.set_opening_stock(
                session, p.id, Decimal(10_000_000), p.cost, date(2026, 1, 1)
            )
        auth.create_user(session, "bench", Role.ADMIN)
        _, token = auth.create_token(session, "bench", "load")
        return token, [c.id for c in customers], [p.id for p in products]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SMARTERP_DATABASE_URL": url}
    proc = subprocess.Popen(
        [str(SMARTERP), "serve", "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise RuntimeError(
                f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}"
            )
        time.sleep(0.3)
    proc.kill()
    raise RuntimeError("server did not become ready within 60 s")


async def load(
    clients: int,
    seconds: float,
    one: Callable[[httpx.AsyncClient, int], Awaitable[None]],
    base: str,
) -> tuple[int, list[float], int]:
    """Run `one` in a loop from each client for `seconds`; latencies in ms, and failures."""
    latencies: list[float] = []
    failures = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client_loop(client: httpx.AsyncClient, k: int) -> None:
        nonlocal failures
        i = k
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                await one(client, i)
                latencies.append((time.perf_counter() - started) * 1000)
            except (httpx.HTTPError, AssertionError):
                failures += 1
            i += clients

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        started = time.perf_counter()
        await asyncio.gather(*(client_loop(client, k) for k in range(clients)))
        elapsed = time.perf_counter() - started
    return int(len(latencies) / elapsed), latencies, failures


def quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q * 100) - 1] if len(values) > 1 else 0.0


def report(label: str, rate: int, latencies: list[float], failures: int) -> None:
    figure(
        label,
        f"{rate}/s  p50 {quantile(latencies, 0.50):.1f} ms  p99 {quantile(latencies, 0.99):.1f} ms"
        f"  ({len(latencies)} done, {failures} failed)",
    )


def run(backend: str, engine: Engine, args: argparse.Namespace) -> None:
    heading(f"API on {backend}: {args.clients} clients, {args.workers} server workers")
    token, customers, products = seed(engine)
    url = engine.url.render_as_string(hide_password=False)
    engine.dispose()
    port = free_port()
    server = start_server(url, port, args.workers)
    headers = {"Authorization": f"Bearer {token}"}

    async def list_page(client: httpx.AsyncClient, i: int) -> None:
        offset = (i * 50) % PRODUCTS
        r = await client.get(f"/api/v1/products?limit=50&offset={offset}", headers=headers)
        assert r.status_code == 200, r.text

    async def order(client: httpx.AsyncClient, i: int) -> None:
        lines = [
            {"product_id": products[(i + k) % PRODUCTS], "quantity": str(1 + (i + k) % 3)}
            for k in range(2)
        ]
        body = {"customer_id": customers[i % CUSTOMERS], "order_date": "2026-11-02", "lines": lines}
        r = await client.post("/api/v1/sales-orders", json=body, headers=headers)
        assert r.status_code == 201, r.text
        r = await client.post(f"/api/v1/sales-orders/{r.json()['id']}/confirm", headers=headers)
        assert r.status_code == 200, r.text

    base = f"http://127.0.0.1:{port}"
    try:
        for label, one in (
            ("product list page (50 rows)", list_page),
            ("order create+confirm", order),
        ):
            asyncio.run(load(args.clients, 2, one, base))  # warm-up: connections, caches
            rate, latencies, failures = asyncio.run(load(args.clients, args.seconds, one, base))
            report(label, rate, latencies, failures)
    finally:
        server.terminate()
        server.wait(timeout=20)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "all"], default="all")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if args.backend in ("sqlite", "all"):
        run("SQLite", sqlite_engine(), args)
    if args.backend in ("postgresql", "all"):
        engine = pg_engine()
        if engine is not None:
            run("PostgreSQL", engine, args)


if __name__ == "__main__":
    main()
