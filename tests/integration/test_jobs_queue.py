"""The rules' job queue with real servers: huey on SQLite and on the Redis at 127.0.0.1:6379
(a database number and key prefix of the test's own; nothing else is touched), `smarterp
worker` processes killed mid-job, two workers sharing a schedule, and a reminder delivered to
a real SMTP server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from smarterp.automation import jobs
from smarterp.automation.rules import builtin, service
from smarterp.automation.rules.models import RuleEffect, RuleRun, RunState, Task
from smarterp.core.auth import create_user
from smarterp.core.db import unit_of_work, utcnow
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f
from tests.smtp_server import running_smtp_server

REDIS_DB = 13  # the tests' own database number on the shared server
SMARTERP = [str(Path(sys.executable).with_name("smarterp"))]
TASK_RULE = """
name: task-per-order
enabled: true
trigger: {event: sales_order.confirmed}
actions:
  - {kind: task, assignee: anna, title: "Pack {{ number }}"}
  - {kind: alert, summary: "Order {{ number }} confirmed", severity: low}
"""


def _redis_reachable() -> bool:
    import redis

    try:
        return bool(redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def redis_queue_url() -> Iterator[tuple[str, str]]:
    """A Redis URL and a queue name of this test's own; its keys are deleted afterwards."""
    import redis

    if not _redis_reachable():
        pytest.skip("Redis not reachable at 127.0.0.1:6379")
    name = f"smarterp-test-{uuid.uuid4().hex[:10]}"
    yield f"redis://127.0.0.1:6379/{REDIS_DB}", name
    client = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB)
    for key in client.scan_iter(match=f"*{name}*"):
        client.delete(key)


@pytest.fixture(params=["sqlite", "redis"])
def queue_url(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    """A queue on a SQLite file of the test's own, or on Redis (asked for only then)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'jobs.db'}", "smarterp"
    return request.getfixturevalue("redis_queue_url")  # type: ignore[no-any-return]


def _env(engine: Engine, queue: tuple[str, str], **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        SMARTERP_DATABASE_URL=engine.url.render_as_string(hide_password=False),
        SMARTERP_JOBS_URL=queue[0],
        SMARTERP_JOBS_QUEUE_NAME=queue[1],
        SMARTERP_JOBS_LEASE_SECONDS="2",
        SMARTERP_JOBS_POLL_SECONDS="0.2",
        **extra,
    )
    return env


def _orders(engine: Engine, count: int) -> None:
    with unit_of_work(engine, actor="test") as s:
        create_user(s, "anna", "warehouse", "a-long-password-1")
        product = f.product(s, "CHAI", stock="100000")
        customer = f.customer(s, "Acme", email="ap@acme.test")
        service.import_rules(s, TASK_RULE)
    with unit_of_work(engine, actor="test") as s:
        for _ in range(count):
            order = sales.create_order(
                s,
                SalesOrderIn(
                    customer_id=customer.id,
                    order_date=date(2026, 1, 5),
                    lines=[SalesLineIn(product_id=product.id, quantity=D(1))],
                ),
            )
            sales.confirm_order(s, order.id)


def _count(engine: Engine, model: type, *where: object) -> int:
    with unit_of_work(engine, actor="test", read_only=True) as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_queue_round_trip_on_sqlite_and_redis(engine: Engine, queue_url: tuple[str, str]) -> None:
    _orders(engine, 5)
    url, name = queue_url
    queue = jobs.JobQueue(engine, jobs.make_huey(url, name=name))
    report = queue.tick()
    assert report.events == 5 and queue.huey.pending_count() == 5
    assert queue.drain() == 5
    assert _count(engine, Task) == 5
    assert _count(engine, RuleRun, RuleRun.state == RunState.DONE) == 5


def test_a_worker_killed_mid_job_loses_nothing_and_doubles_nothing(
    engine: Engine, queue_url: tuple[str, str]
) -> None:
    orders = 80
    _orders(engine, orders)
    env = _env(engine, queue_url)
    worker = subprocess.Popen(
        [*SMARTERP, "worker", "--threads", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        started = jobs.wait_until(lambda: _count(engine, Task) >= 3, timeout=120, step=0.02)
        assert started, worker.stderr.read().decode() if worker.poll() is not None else "no job ran"
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
    done_at_kill = _count(engine, RuleRun, RuleRun.state == RunState.DONE)
    assert done_at_kill < orders  # it really died in the middle
    time.sleep(2.2)  # its leases run out
    finish = subprocess.run(
        [*SMARTERP, "worker", "--once"], env=env, capture_output=True, text=True, timeout=300
    )
    assert finish.returncode == 0, finish.stderr
    assert _count(engine, RuleRun, RuleRun.state == RunState.DONE) == orders
    assert _count(engine, Task) == orders  # each order's task once
    assert _count(engine, RuleEffect) == 2 * orders
    with unit_of_work(engine, actor="test", read_only=True) as s:
        titles = list(s.scalars(select(Task.title)))
    assert len(set(titles)) == orders


def test_a_schedule_fires_once_across_two_workers(
    engine: Engine, redis_queue_url: tuple[str, str]
) -> None:
    with unit_of_work(engine, actor="test") as s:
        create_user(s, "anna", "warehouse", "a-long-password-1")
        service.import_rules(
            s,
            """
name: every-minute
enabled: true
trigger: {schedule: every minute}
actions: [{kind: task, assignee: anna, title: "Tick {{ slot }}"}]
""",
        )
        service.get_rule(s, "every-minute").enabled_at = utcnow() - timedelta(minutes=10)
    env = _env(engine, redis_queue_url)
    workers = [
        subprocess.Popen([*SMARTERP, "worker"], env=env, stderr=subprocess.DEVNULL)
        for _ in range(2)
    ]
    try:
        assert jobs.wait_until(lambda: _count(engine, Task) >= 1, timeout=120)
        time.sleep(3)  # both dispatchers have looked at the slot many times by now
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                worker.kill()
    with unit_of_work(engine, actor="test", read_only=True) as s:
        slots = list(s.scalars(select(RuleRun.trigger_key)))
        titles = list(s.scalars(select(Task.title)))
    assert len(slots) == len(set(slots)) >= 1  # a minute may have turned meanwhile
    assert len(titles) == len(slots) == len(set(titles))


def test_payment_reminder_reaches_a_real_smtp_server_once(engine: Engine, tmp_path: Path) -> None:
    with unit_of_work(engine, actor="test") as s:
        customer = f.customer(s, "Acme", email="ap@acme.test")
        invoice = invoicing.create_invoice(
            s,
            InvoiceIn(
                kind="out_invoice",
                partner_id=customer.id,
                invoice_date=date.today() - timedelta(days=75),
                due_date=date.today() - timedelta(days=45),
                lines=[InvoiceLineIn(description="Tea", quantity=D(2), unit_price=D("60.00"))],
            ),
        )
        invoicing.post_invoice(s, invoice.id)
        number = invoice.number
        builtin.install(s)
        service.set_enabled(s, "payment-reminder", True)
    with running_smtp_server() as smtp:
        env = _env(
            engine,
            (f"sqlite:///{tmp_path / 'jobs.db'}", "smarterp"),
            SMARTERP_SMTP_HOST=smtp.host,
            SMARTERP_SMTP_PORT=str(smtp.port),
            SMARTERP_SMTP_FROM="ar@tea.test",
        )
        for _ in range(2):  # a second worker run finds nothing new to send
            done = subprocess.run(
                [*SMARTERP, "worker", "--once"], env=env, capture_output=True, text=True
            )
            assert done.returncode == 0, done.stderr
        assert len(smtp.messages) == 1
        message = smtp.messages[0]
    assert message.recipients == ["ap@acme.test"]
    assert message.message["Subject"] == f"Payment reminder: invoice {number}"
    body = message.message.get_content()
    assert "45 days overdue" in body and "Dear Acme" in body
    with unit_of_work(engine, actor="test", read_only=True) as s:
        run = s.scalars(select(RuleRun)).one()
        assert run.state == RunState.DONE and run.log[0]["to"] == ["ap@acme.test"]
