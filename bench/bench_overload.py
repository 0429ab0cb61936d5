"""The server under overload and abuse: 200 parallel clients against `smarterp serve`.

Usage: python bench/bench_overload.py [--backend sqlite|postgresql|all] [--clients 200]
       [--requests 5] [--workers 2]
Each client keeps one connection open and sends its requests back to back, all clients at
once: list partners with a viewer token (the page that gave 500s), then create sales orders.
Prints the count of each status code (goal: only 200/201 and 503, never 500 and no dropped
connection), latency p50/p95 of each kind of answer, and the server's memory (RSS of all its
processes, before and at its peak). Then one unauthenticated POST announcing 200 MB: how
much of it the server read before answering, how long it took and what it cost in memory
(goal: 413 from the headers alone, no memory growth).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import select
import socket
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aiohttp
import psutil
from sqlalchemy import Engine

from _common import figure, heading, pg_engine, seed_trading, sqlite_engine
from bench_api import free_port, quantile, start_server
from smarterp.core import auth
from smarterp.core.db import unit_of_work
from smarterp.core.permissions import Role

CUSTOMERS = 50
PRODUCTS = 20
MB = 1024 * 1024


def seed(engine: Engine) -> tuple[dict[str, str], list[int], list[int]]:
    """Customers, stocked products, and a token for a viewer and for a salesperson."""
    with unit_of_work(engine, actor="bench") as session:
        customers, products = seed_trading(
            session, CUSTOMERS, PRODUCTS, Decimal(1_000_000), date(2026, 1, 1)
        )
        tokens = {}
        for role in (Role.VIEWER, Role.SALES):
            auth.create_user(session, f"bench-{role.value}", role)
            tokens[role.value] = auth.create_token(session, f"bench-{role.value}", "load")[1]
        return tokens, customers, products


class Memory:
    """The server's resident memory (all its processes), sampled every 50 ms."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def now(self) -> int:
        total = 0
        for proc in [self.root, *self.root.children(recursive=True)]:
            try:
                total += proc.memory_info().rss
            except psutil.Error:
                continue
        return total

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, self.now())

    @contextmanager
    def watching(self) -> Iterator[None]:
        self.peak = self.now()
        self._stop.clear()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        try:
            yield
        finally:
            self._stop.set()
            self._thread.join()


Call = Callable[[aiohttp.ClientSession, int], Awaitable[int]]


async def burst(base: str, clients: int, requests: int, one: Call) -> dict[str, object]:
    """Every client at once, each on its own keep-alive connection: status counts, latencies
    per status, connections dropped, and the wall time of the whole burst."""
    statuses: collections.Counter[str] = collections.Counter()
    latencies: dict[str, list[float]] = collections.defaultdict(list)
    gate = asyncio.Event()

    async def client(k: int) -> None:
        connector = aiohttp.TCPConnector(limit=1)  # one connection per client, kept alive
        timeout = aiohttp.ClientTimeout(total=120)
        async with aiohttp.ClientSession(base, connector=connector, timeout=timeout) as session:
            async with session.get("/healthz") as r:  # connect before the burst starts
                await r.read()
            await gate.wait()
            for n in range(requests):
                started = time.perf_counter()
                try:
                    status = str(await one(session, k * requests + n))
                except aiohttp.ClientError as exc:
                    status = f"dropped ({type(exc).__name__})"
                statuses[status] += 1
                latencies[status].append((time.perf_counter() - started) * 1000)

    tasks = [asyncio.create_task(client(k)) for k in range(clients)]
    await asyncio.sleep(1.0)  # all connected and waiting at the gate
    started = time.perf_counter()
    gate.set()
    await asyncio.gather(*tasks)
    return {"statuses": statuses, "latencies": latencies, "seconds": time.perf_counter() - started}


def report(label: str, result: dict[str, object], before: int, peak: int) -> None:
    statuses: collections.Counter[str] = result["statuses"]  # type: ignore[assignment]
    latencies: dict[str, list[float]] = result["latencies"]  # type: ignore[assignment]
    counts = "  ".join(f"{code}: {n}" for code, n in sorted(statuses.items()))
    figure(label, f"{counts}  in {result['seconds']:.1f} s")
    for code in sorted(latencies):
        values = latencies[code]
        figure(
            f"  latency of {code}",
            f"p50 {quantile(values, 0.50):.0f} ms  p95 {quantile(values, 0.95):.0f} ms",
        )
    figure("  server memory (RSS)", f"{before / MB:.0f} MB before, {peak / MB:.0f} MB at peak")


def huge_unauthenticated_post(port: int, memory: Memory) -> None:
    """POST announcing 200 MB without a token, streamed 1 MB at a time until the answer."""
    before = memory.now()
    chunk = b"x" * MB
    with memory.watching(), socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        started = time.perf_counter()
        sock.sendall(
            b"POST /api/v1/partners HTTP/1.1\r\nHost: bench\r\n"
            b"Content-Type: application/json\r\n" + f"Content-Length: {200 * MB}\r\n\r\n".encode()
        )
        sent = 0
        try:
            while sent < 200 * MB and not select.select([sock], [], [], 0)[0]:
                sock.sendall(chunk)
                sent += len(chunk)
        except OSError:
            pass  # the server closed the connection under the body; its answer is buffered
        try:
            answer = sock.recv(200).split(b"\r\n", 1)[0].decode()
        except OSError as exc:
            answer = f"no answer ({exc})"
        seconds = time.perf_counter() - started
    figure(
        "unauthenticated POST of 200 MB",
        f"{answer!r} after {seconds * 1000:.0f} ms, {sent // MB} MB of the body sent",
    )
    figure(
        "  server memory (RSS)", f"{before / MB:.0f} MB before, {memory.peak / MB:.0f} MB at peak"
    )


def run(backend: str, engine: Engine, args: argparse.Namespace) -> None:
    heading(
        f"Overload on {backend}: {args.clients} parallel clients x {args.requests} requests, "
        f"{args.workers} server worker(s)"
    )
    tokens, customers, products = seed(engine)
    url = engine.url.render_as_string(hide_password=False)
    engine.dispose()
    port = free_port()
    server = start_server(url, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    viewer = {"Authorization": f"Bearer {tokens['viewer']}"}
    sales = {"Authorization": f"Bearer {tokens['sales']}"}

    async def list_partners(session: aiohttp.ClientSession, i: int) -> int:
        async with session.get("/api/v1/partners?limit=50", headers=viewer) as r:
            await r.read()
            return r.status

    async def create_order(session: aiohttp.ClientSession, i: int) -> int:
        lines = [{"product_id": products[(i + k) % PRODUCTS], "quantity": "1"} for k in range(2)]
        body = {"customer_id": customers[i % CUSTOMERS], "order_date": "2026-11-02", "lines": lines}
        async with session.post("/api/v1/sales-orders", json=body, headers=sales) as r:
            await r.read()
            return r.status

    memory = Memory(server.pid)
    try:
        for label, one in (
            ("GET /api/v1/partners (viewer)", list_partners),
            ("POST /api/v1/sales-orders", create_order),
        ):
            before = memory.now()
            with memory.watching():
                result = asyncio.run(burst(base, args.clients, args.requests, one))
            report(label, result, before, memory.peak)
        huge_unauthenticated_post(port, memory)
    finally:
        server.terminate()
        server.wait(timeout=30)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "all"], default="all")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--requests", type=int, default=5, help="per client, back to back")
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
