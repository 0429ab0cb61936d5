"""Web page timings on the demo company: the dashboard, the sales list and a sales order, stock,
a product, the forecast list and product pages, replenishment and the cash outlook, each to a
signed-in admin: served in-process (no network), or by a running server over HTTP (--url).

Usage: python bench/bench_pages.py [--db PATH] [--scale 1.0] [--today DAY] [--rounds 5]
                                   [--store-forecasts]
       python bench/bench_pages.py --url http://127.0.0.1:8000 --db PATH
                                   [--user demo --password demo-demo] [--rounds 5]
--db names the SQLite file of a demo company (`smarterp demo` into SMARTERP_DATA_DIR); it is
copied first, so the benchmark never changes it. Without --db the demo is built into a temporary
folder (minutes). --store-forecasts makes and stores the weekly forecasts first, as
`smarterp forecast` does, so the forecast pages show them. With --url the pages come from a
running `smarterp serve` on that file (it is only read, for the ids of the records to open),
signed in as --user through the login form (`smarterp demo --serve` makes demo /
demo-demo; else `smarterp users add`), and timed with httpx: wall time as a person's
browser would wait for the HTML.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from smarterp.core import auth, schema
from smarterp.core.db import make_engine, unit_of_work
from smarterp.core.permissions import Role
from smarterp.erp.products.models import Product, ProductType
from smarterp.erp.sales.models import SalesOrder
from smarterp.intel.forecast.books import forecast_from_books
from smarterp.intel.forecast.models import DemandForecast
from smarterp.web.app import create_app
from smarterp.web.routes.forecast import default_as_of

USER, PASSWORD = "bench-pages", "bench-pages-password"
TARGET_SECONDS = 0.5


def _database(args: argparse.Namespace) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="smarterp-bench-pages-"))
    target = folder / "demo.db"
    if args.db:
        print(f"copying {args.db}", file=sys.stderr)
        shutil.copyfile(args.db, target)
        return target
    from smarterp.data.demo import build_demo

    print(f"building the demo company (scale {args.scale}) ...", file=sys.stderr)
    engine = make_engine(f"sqlite:///{target}")
    schema.upgrade(engine)
    today = date.fromisoformat(args.today) if args.today else None
    build_demo(engine, seed=42, scale=args.scale, today=today)
    engine.dispose()
    return target


def _login(client: TestClient | httpx.Client, user: str = USER, password: str = PASSWORD) -> None:
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    resp = client.post(
        "/login",
        data={"username": user, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    if resp.status_code != 303:
        raise SystemExit(f"could not sign in: {resp.status_code}")


def _pages(engine: Engine) -> list[tuple[str, str]]:
    """What to open: fixed pages, the newest sales order, the first three stocked products."""
    with unit_of_work(engine, actor="bench", read_only=True) as s:
        products = list(
            s.scalars(
                select(Product.id)
                .where(Product.type == ProductType.STOCKABLE, Product.active.is_(True))
                .order_by(Product.id)
                .limit(3)
            )
        )
        order = s.scalar(select(SalesOrder.id).order_by(SalesOrder.id.desc()).limit(1))
    return [
        ("dashboard", "/"),
        ("sales orders", "/sales-orders"),
        ("sales order", f"/sales-orders/{order}"),
        ("stock list", "/stock"),
        ("product", f"/products/{products[0]}"),
        ("forecast list", "/forecast"),
        *[(f"forecast product {pid}", f"/forecast/products/{pid}") for pid in products],
        ("replenishment", "/replenishment"),
        ("cash outlook", "/reports/cash-outlook"),
    ]


def _time_pages(get: Callable[..., Any], pages: list[tuple[str, str]], rounds: int) -> None:
    # CPU seconds of this process next to the wall clock: in-process, the server runs here; on
    # a machine shared with other work the wall clock also counts the waiting.
    print(f"{'page':<28}{'median s':>10}{'max s':>10}{'cpu s':>10}  goal (< {TARGET_SECONDS} s)")
    for name, url in pages:
        first = get(url)  # warm the caches a person's first visit would
        if first.status_code != 200:
            raise SystemExit(f"{url}: {first.status_code}")
        times, cpu = [], []
        for _ in range(rounds):
            start, start_cpu = time.perf_counter(), time.process_time()
            get(url)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        median = statistics.median(times)
        goal = "ok" if median < TARGET_SECONDS else "over"
        forecastish = name.startswith("forecast product") or name == "replenishment"
        print(
            f"{name:<28}{median:>10.3f}{max(times):>10.3f}{statistics.median(cpu):>10.3f}"
            f"  {goal if forecastish else ''}"
        )


def _over_http(args: argparse.Namespace) -> None:
    if not args.db:
        raise SystemExit("--url needs --db: the file the server serves, for the record ids")
    engine = make_engine(f"sqlite:///{args.db}")
    pages = _pages(engine)
    engine.dispose()
    print(f"server: {args.url}; signed in as {args.user}; rounds: {args.rounds}")
    with httpx.Client(base_url=args.url, timeout=60) as client:
        _login(client, args.user, args.password)
        _time_pages(client.get, pages, args.rounds)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a demo company's SQLite file (copied, never changed)")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--today", help="the demo's last day (YYYY-MM-DD) when it is built")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--store-forecasts", action="store_true")
    parser.add_argument("--url", help="time a running server here instead, over HTTP")
    parser.add_argument("--user", default="demo", help="who signs in, with --url")
    parser.add_argument("--password", default="demo-demo", help="their password, with --url")
    args = parser.parse_args(argv)
    if args.url:
        _over_http(args)
        return

    path = _database(args)
    engine = make_engine(f"sqlite:///{path}")
    schema.upgrade(engine)
    with unit_of_work(engine, actor="bench") as s:
        auth.create_user(s, USER, Role.ADMIN, PASSWORD, full_name="Page benchmark")
        if args.store_forecasts:
            print("storing weekly forecasts ...", file=sys.stderr)
            forecast_from_books(s, 13, "W", (80, 95), today=default_as_of(s))
        stored = s.scalar(select(DemandForecast.id).limit(1)) is not None
    pages = _pages(engine)
    print(f"forecasts stored: {'yes' if stored else 'no'}; rounds: {args.rounds}")
    with TestClient(create_app(engine)) as client:
        _login(client)
        _time_pages(client.get, pages, args.rounds)
    engine.dispose()


if __name__ == "__main__":
    main()
