"""`smarterp mcp` tool latency through the MCP SDK's own client, over stdio and streamable HTTP,
on a demo company in a fresh SQLite file: python bench/bench_mcp.py [--scale 0.2] [--calls 30]."""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from sqlalchemy import select

from _common import figure, heading, sqlite_engine
from smarterp.core.auth import create_token, create_user
from smarterp.core.db import unit_of_work
from smarterp.data.demo.builder import build_demo
from smarterp.erp.sales.models import SalesOrder
from smarterp.intel.ask.evaluate import percentiles

SMARTERP = Path(sys.executable).with_name("smarterp")
USER = "bench.mcp"
Calls = list[tuple[str, dict[str, Any]]]


def _calls(order: str) -> Calls:
    return [
        ("search_records", {"kind": "partner", "query": "trad"}),
        ("get_record", {"kind": "sales_order", "key": order}),
        ("report", {"name": "stock"}),
        ("report", {"name": "trial_balance"}),
        ("ask", {"question": "revenue by month this year"}),
        ("propose", {"text": f"confirm {order}"}),
    ]


async def _measure(client: Client, label: str, calls: Calls, n: int) -> None:
    for name, args in calls:
        times: list[float] = []
        for _ in range(n):
            started = time.perf_counter()
            await client.call_tool(name, args)  # a refusal or question back is timed too
            times.append((time.perf_counter() - started) * 1000)
        p50, p95 = percentiles(times)
        figure(f"{label} {name} {next(iter(args.values()))}", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=0.2)
    parser.add_argument("--calls", type=int, default=30)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="smarterp-bench-mcp-"))
    engine = sqlite_engine(folder)
    build_demo(engine, seed=42, scale=args.scale)
    with unit_of_work(engine, actor="bench") as session:
        create_user(session, USER, "admin")
        _, secret = create_token(session, USER, "bench")
        order = session.scalars(select(SalesOrder.number).order_by(SalesOrder.id)).first() or ""
    env = {
        **os.environ,
        "SMARTERP_DATABASE_URL": engine.url.render_as_string(hide_password=False),
        "SMARTERP_DATA_DIR": str(folder / "data"),
    }
    calls = _calls(order)
    heading(f"smarterp mcp on the demo company (scale {args.scale}), {args.calls} calls each")

    async def over_stdio() -> None:
        params = StdioServerParameters(command=str(SMARTERP), args=["mcp", "--user", USER], env=env)
        async with Client(params) as client:
            await _measure(client, "stdio", calls, args.calls)

    anyio.run(over_stdio)
    port = _free_port()
    server = subprocess.Popen(
        [str(SMARTERP), "mcp", "--http", "--port", str(port)], env=env, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        for _ in range(300):
            try:
                httpx.post(url, timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)

        async def over_http() -> None:
            headers = {"Authorization": f"Bearer {secret}"}
            async with (
                httpx2.AsyncClient(headers=headers, timeout=120) as http,
                Client(streamable_http_client(url, http_client=http)) as client,
            ):
                await _measure(client, "http ", calls, args.calls)

        anyio.run(over_http)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
