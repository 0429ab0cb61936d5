"""Jobs through the rules' queue (huey) on SQLite and Redis: raw jobs per second, rule runs
per second end to end (event -> run -> task in the books), and latency from a business event
to its rule's action with the embedded worker polling.

    python bench/bench_jobs.py [--events 300] [--samples 20] [--backend sqlite|postgresql|all]

Redis: 127.0.0.1:6379, database 14, keys prefixed with a fresh name, deleted afterwards."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, func, select

from _common import figure, heading, pg_engine, sqlite_engine
from smarterp.automation import jobs
from smarterp.automation.rules import service
from smarterp.automation.rules.models import Task
from smarterp.core.auth import create_user
from smarterp.core.db import unit_of_work
from smarterp.erp.partners.schemas import PartnerIn
from smarterp.erp.partners.service import create_partner
from smarterp.erp.products.schemas import ProductIn
from smarterp.erp.products.service import create_product
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn

REDIS_DB = 14
RULE = """
name: task-per-order
enabled: true
trigger: {event: sales_order.confirmed}
actions: [{kind: task, assignee: packer, title: "Pack {{ number }}"}]
"""


def _redis_url() -> str | None:
    import redis

    try:
        redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB).ping()
    except redis.RedisError as exc:
        print(f"  Redis not reachable ({exc}); skipped", file=sys.stderr)
        return None
    return f"redis://127.0.0.1:6379/{REDIS_DB}"


def _forget_redis(name: str) -> None:
    import redis

    client = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB)
    for key in client.scan_iter(match=f"*{name}*"):
        client.delete(key)


def _books(engine: Engine) -> tuple[int, int]:
    with unit_of_work(engine, actor="bench") as s:
        create_user(s, "packer", "warehouse", "a-long-password-1")
        product = create_product(
            s, ProductIn(sku="TEA", name="Tea", sale_price=Decimal(5), cost=Decimal(2))
        )
        customer = create_partner(s, PartnerIn(name="Acme", is_customer=True))
        service.import_rules(s, RULE)
        return product.id, customer.id


def _confirm(engine: Engine, product_id: int, customer_id: int, count: int) -> None:
    with unit_of_work(engine, actor="bench") as s:
        for _ in range(count):
            order = sales.create_order(
                s,
                SalesOrderIn(
                    customer_id=customer_id,
                    order_date=date(2026, 1, 5),
                    lines=[SalesLineIn(product_id=product_id, quantity=Decimal(1))],
                ),
            )
            sales.confirm_order(s, order.id)


def _tasks(engine: Engine) -> int:
    with unit_of_work(engine, actor="bench", read_only=True) as s:
        return int(s.scalar(select(func.count()).select_from(Task)) or 0)


def raw_jobs_per_second(url: str, name: str, count: int) -> float:
    """huey alone: enqueue and execute a job that does nothing."""
    huey = jobs.make_huey(url, name=name)
    noop = huey.task(name="bench.noop")(lambda: None)
    started = time.perf_counter()
    for _ in range(count):
        noop()
    while (task := huey.dequeue()) is not None:
        huey.execute(task)
    return count / (time.perf_counter() - started)


def rule_runs_per_second(engine: Engine, url: str, name: str, events: int) -> tuple[float, float]:
    """Events already in the outbox -> runs -> tasks: (dispatch runs/s, execute runs/s)."""
    product_id, customer_id = _books(engine)
    _confirm(engine, product_id, customer_id, events)
    queue = jobs.JobQueue(engine, jobs.make_huey(url, name=name))
    started = time.perf_counter()
    dispatched = 0
    while (tick := queue.tick()).events:
        dispatched += tick.events
    dispatch_s = time.perf_counter() - started
    started = time.perf_counter()
    executed = queue.drain()
    execute_s = time.perf_counter() - started
    assert dispatched == executed == events == _tasks(engine), (dispatched, executed)
    return events / dispatch_s, events / execute_s


def latency(engine: Engine, url: str, name: str, samples: int, poll: float) -> list[float]:
    """Seconds from an order's confirmation committed to its rule's task committed, with the
    embedded worker (`serve --worker`) polling every `poll` seconds."""
    product_id, customer_id = 0, 0
    with unit_of_work(engine, actor="bench", read_only=True) as s:
        from smarterp.erp.partners.models import Partner
        from smarterp.erp.products.models import Product

        product_id = s.scalars(select(Product.id)).first() or 0
        customer_id = s.scalars(select(Partner.id).where(Partner.is_customer)).first() or 0
    queue = jobs.JobQueue(engine, jobs.make_huey(url, name=name))
    stop = threading.Event()
    worker = threading.Thread(
        target=queue.run_forever, kwargs={"interval": poll, "stop": stop}, daemon=True
    )
    worker.start()
    times = []
    try:
        for _ in range(samples):
            before = _tasks(engine)
            started = time.perf_counter()
            _confirm(engine, product_id, customer_id, 1)
            if not jobs.wait_until(lambda b=before: _tasks(engine) > b, timeout=30, step=0.005):
                raise RuntimeError("the rule did not act within 30 s")
            times.append(time.perf_counter() - started)
            time.sleep(poll * 0.37)  # land at different points of the poll cycle
    finally:
        stop.set()
        worker.join(timeout=10)
    return times


def run(backend: str, engine: Engine, args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="smarterp-jobs-"))
    queues = {"SQLite": (f"sqlite:///{folder / 'jobs.db'}", "smarterp")}
    redis_url = _redis_url()
    name = f"smarterp-bench-{uuid.uuid4().hex[:8]}"
    if redis_url:
        queues["Redis"] = (redis_url, name)
    try:
        for label, (url, qname) in queues.items():
            heading(f"{label} queue, {backend} books")
            figure("raw huey jobs/s (no-op job)", f"{raw_jobs_per_second(url, qname, 2000):,.0f}")
            engine = sqlite_engine() if backend == "sqlite" else pg_engine() or engine
            dispatch, execute = rule_runs_per_second(engine, url, qname, args.events)
            figure(f"events dispatched to rule runs/s ({args.events})", f"{dispatch:,.0f}")
            figure("rule runs executed/s (1 worker thread)", f"{execute:,.0f}")
            for poll in (0.05, 1.0):
                lat = latency(engine, url, qname, args.samples, poll)
                q = statistics.quantiles(lat, n=20)
                figure(
                    f"event -> action latency, poll {poll:g} s",
                    f"p50 {statistics.median(lat) * 1000:,.0f} ms, p95 {q[-1] * 1000:,.0f} ms",
                )
    finally:
        if redis_url:
            _forget_redis(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "all"], default="sqlite")
    args = parser.parse_args()
    if args.backend in ("sqlite", "all"):
        run("sqlite", sqlite_engine(), args)
    if args.backend in ("postgresql", "all"):
        engine = pg_engine()
        if engine is not None:
            run("postgresql", engine, args)


if __name__ == "__main__":
    main()
