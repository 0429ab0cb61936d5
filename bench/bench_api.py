"""API under load: 8 concurrent clients over loopback against `smarterp serve`.

Usage: python bench/bench_api.py [--backend sqlite|postgresql|all] [--seconds 20]
       [--clients 8] [--workers 2]
Measures requests per second and p50/p99 latency for a product list page (50 rows), for
creating a sales order (a quotation), and for creating and confirming one (two requests, timed
together as one order). Goals on a 2-core machine: >= 150 order creations/s on PostgreSQL with
p99 < 250 ms; list page p99 < 100 ms.
The server, PostgreSQL and the load generator share the machine, so each line also says where
the CPU went: milliseconds of CPU per operation in the clients, the server's processes and
PostgreSQL's. The clients use aiohttp (its C HTTP parser keeps their share small).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aiohttp
import httpx
import psutil
from sqlalchemy import Engine

from _common import figure, heading, pg_engine, seed_trading, sqlite_engine
from smarterp.core import auth
from smarterp.core.db import unit_of_work
from smarterp.core.permissions import Role

PRODUCTS = 200
CUSTOMERS = 50
SMARTERP = Path(sys.executable).with_name("smarterp")


def seed(engine: Engine) -> tuple[str, list[int], list[int]]:
    """Products with plenty of stock, customers, and an admin token for the clients."""
    with unit_of_work(engine, actor="bench") as session:
        customers, products = seed_trading(
            session, CUSTOMERS, PRODUCTS, Decimal(10_000_000), date(2026, 1, 1)
        )
        auth.create_user(session, "bench", Role.ADMIN)
        _, token = auth.create_token(session, "bench", "load")
        return token, customers, products


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
    one: Callable[[aiohttp.ClientSession, int], Awaitable[None]],
    base: str,
) -> tuple[float, list[float], int]:
    """Run `one` in a loop from each client for `seconds`; ops/s, latencies in ms, failures."""
    latencies: list[float] = []
    failures = 0
    deadline = time.perf_counter() + seconds

    async def client_loop(session: aiohttp.ClientSession, k: int) -> None:
        nonlocal failures
        i = k
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                await one(session, i)
                latencies.append((time.perf_counter() - started) * 1000)
            except (aiohttp.ClientError, AssertionError):
                failures += 1
            i += clients

    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(base, connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(client_loop(session, k) for k in range(clients)))
        elapsed = time.perf_counter() - started
    return len(latencies) / elapsed, latencies, failures


def cpu_seconds(processes: list[psutil.Process]) -> float:
    """User plus system CPU of these processes so far (ones that have exited count 0)."""
    total = 0.0
    for proc in processes:
        try:
            times = proc.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def postgres_processes() -> list[psutil.Process]:
    return [
        p for p in psutil.process_iter(["name"]) if (p.info["name"] or "").startswith("postgres")
    ]


def quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q * 100) - 1] if len(values) > 1 else 0.0


def report(
    label: str,
    rate: float,
    latencies: list[float],
    failures: int,
    cpu_ms: dict[str, float],
    split: list[int],
) -> None:
    cpu = "  ".join(f"{name} {ms:.1f}" for name, ms in cpu_ms.items())
    figure(
        label,
        f"{rate:.0f}/s  p50 {quantile(latencies, 0.50):.1f} ms"
        f"  p99 {quantile(latencies, 0.99):.1f} ms  ({len(latencies)} done, {failures} failed)",
    )
    spread = "+".join(map(str, split)) or "?"
    figure("", f"CPU ms per operation: {cpu}; connections per worker {spread}")


def connections_per_worker(servers: list[psutil.Process], port: int) -> list[int]:
    """How many client connections each worker (a process listening on `port`) holds; the
    first process is the server's parent, a worker only when it has no worker children."""
    counts = []
    for proc in servers[1:] or servers:
        try:
            conns = [
                c for c in proc.net_connections(kind="tcp") if c.laddr and c.laddr.port == port
            ]
        except psutil.Error:
            continue
        if any(c.status == psutil.CONN_LISTEN for c in conns):
            counts.append(sum(c.status == psutil.CONN_ESTABLISHED for c in conns))
    return sorted(counts, reverse=True)


def measured(
    server: subprocess.Popen[bytes],
    args: argparse.Namespace,
    one: Callable[[aiohttp.ClientSession, int], Awaitable[None]],
    base: str,
) -> tuple[float, list[float], int, dict[str, float], list[int]]:
    """A warm-up, then the timed run with the CPU each party spent on it and how the clients'
    connections were spread over the workers (each worker accepts what it can, so an uneven
    split leaves a core idle: the main cause of differences between runs)."""
    asyncio.run(load(args.clients, 2, one, base))  # connections, caches, prepared statements
    parent = psutil.Process(server.pid)
    servers = [parent, *parent.children(recursive=True)]
    databases = postgres_processes()  # after the warm-up: the server's connections are open
    split: list[int] = []
    port = int(base.rsplit(":", 1)[1])
    sampler = threading.Timer(1.0, lambda: split.extend(connections_per_worker(servers, port)))
    sampler.start()
    before = time.process_time(), cpu_seconds(servers), cpu_seconds(databases)
    rate, latencies, failures = asyncio.run(load(args.clients, args.seconds, one, base))
    after = time.process_time(), cpu_seconds(servers), cpu_seconds(databases)
    sampler.join()
    done = max(1, len(latencies))
    cpu_ms = {
        party: (b - a) * 1000 / done
        for party, a, b in zip(("clients", "server", "postgres"), before, after, strict=True)
    }
    return rate, latencies, failures, cpu_ms, split


def run(backend: str, engine: Engine, args: argparse.Namespace) -> None:
    heading(f"API on {backend}: {args.clients} clients, {args.workers} server workers")
    token, customers, products = seed(engine)
    url = engine.url.render_as_string(hide_password=False)
    engine.dispose()
    port = free_port()
    server = start_server(url, port, args.workers)
    headers = {"Authorization": f"Bearer {token}"}

    async def list_page(client: aiohttp.ClientSession, i: int) -> None:
        offset = (i * 50) % PRODUCTS
        async with client.get(f"/api/v1/products?limit=50&offset={offset}", headers=headers) as r:
            assert r.status == 200, await r.text()
            await r.read()

    async def create(client: aiohttp.ClientSession, i: int) -> None:
        await create_quotation(client, i)

    async def create_quotation(client: aiohttp.ClientSession, i: int) -> int:
        lines = [
            {"product_id": products[(i + k) % PRODUCTS], "quantity": str(1 + (i + k) % 3)}
            for k in range(2)
        ]
        body = {"customer_id": customers[i % CUSTOMERS], "order_date": "2026-11-02", "lines": lines}
        async with client.post("/api/v1/sales-orders", json=body, headers=headers) as r:
            assert r.status == 201, await r.text()
            return int((await r.json())["id"])

    async def create_and_confirm(client: aiohttp.ClientSession, i: int) -> None:
        order_id = await create_quotation(client, i)
        async with client.post(f"/api/v1/sales-orders/{order_id}/confirm", headers=headers) as r:
            assert r.status == 200, await r.text()
            await r.read()

    base = f"http://127.0.0.1:{port}"
    try:
        for label, one in (
            ("product list page (50 rows)", list_page),
            ("order create (quotation)", create),
            ("order create+confirm", create_and_confirm),
        ):
            report(label, *measured(server, args, one, base))
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
