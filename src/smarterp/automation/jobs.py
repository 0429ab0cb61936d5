"""The job queue (huey): rule runs travel through it, on SQLite for a laptop or Redis.

The database stays the record of what must happen (rule runs with unique trigger keys, seen
events, effects); huey carries run ids to workers, holds retries until their time, and lets
several workers share the work. `tick` moves what happened into the queue; a worker executes.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from huey import Huey, MemoryHuey, RedisHuey, SqliteHuey
from sqlalchemy import Engine

from smarterp.automation.rules import dispatch, runner
from smarterp.core.db import unit_of_work, utcnow
from smarterp.core.errors import InvalidInput

log = logging.getLogger(__name__)

TASK_NAME = "smarterp.rules.execute_run"


def make_huey(url: str, *, name: str = "smarterp") -> Huey:
    """huey over `url`: sqlite:///path, redis://host:port/db, or memory:// (one process).

    `name` prefixes every Redis key, so several queues (and tests) share one server."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteHuey(name=name, filename=str(path), results=False, utc=True)
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisHuey(name=name, url=url, results=False, utc=True, blocking=True)
    if url == "memory://":
        return MemoryHuey(name=name, results=False, utc=True)
    raise InvalidInput(
        "SMARTERP_JOBS_URL", f"{url!r}: use sqlite:///path, redis://host:port/db or memory://"
    )


@dataclass
class TickReport:
    events: int = 0
    schedules: int = 0
    checks: int = 0
    requeued: int = 0

    @property
    def total(self) -> int:
        return self.events + self.schedules + self.checks + self.requeued


@dataclass
class JobQueue:
    """Rule runs on a huey queue: enqueue, tick (dispatch), drain (execute what is due)."""

    engine: Engine
    huey: Huey
    policy: runner.Policy = field(default_factory=runner.Policy)
    sender: runner.Sender | None = None
    clock: dispatch.CheckClock = field(default_factory=dispatch.CheckClock)

    def __post_init__(self) -> None:
        self.execute_run = self.huey.task(name=TASK_NAME)(self._execute)

    def _execute(self, run_id: int) -> None:
        outcome = runner.execute(self.engine, run_id, policy=self.policy, send=self.sender)
        if outcome.retry_in is not None:
            self.execute_run.schedule((run_id,), delay=outcome.retry_in.total_seconds())

    def enqueue(self, run_ids: list[int]) -> None:
        for run_id in run_ids:
            self.execute_run(run_id)

    def tick(self, *, requeue_after: timedelta = timedelta(minutes=2)) -> TickReport:
        """Turn new events, due slots and checks into runs and queue them; queue again the
        runs whose message was lost (a worker killed mid-job). The runs are committed before
        they are queued, so a crash in between leaves them for the next tick to find."""
        report = TickReport()
        now = utcnow()
        with unit_of_work(self.engine, actor="rules", via="rule") as session:
            events = dispatch.dispatch_events(session, now=now)
        self.enqueue(events)
        with unit_of_work(self.engine, actor="rules", via="rule") as session:
            slots = dispatch.fire_schedules(session, now=now)
        self.enqueue(slots)
        with unit_of_work(self.engine, actor="rules", via="rule") as session:
            checks = dispatch.run_checks(session, now=now, clock=self.clock)
        self.enqueue(checks)
        with unit_of_work(self.engine, actor="rules", via="rule", read_only=True) as session:
            lost = dispatch.due_runs(session, now=now, grace=requeue_after)
        fresh = set(events) | set(slots) | set(checks)
        lost = [r for r in lost if r not in fresh]
        self.enqueue(lost)
        report.events, report.schedules, report.checks = len(events), len(slots), len(checks)
        report.requeued = len(lost)
        return report

    def drain(self, *, limit: int | None = None) -> int:
        """Execute queued jobs (and retries whose time has come) until none is left; how many."""
        done = 0
        while limit is None or done < limit:
            for task in self.huey.read_schedule(utcnow().replace(tzinfo=None)):
                self.huey.enqueue(task)
            # Asked first: on Redis an empty queue's dequeue blocks for a second.
            if not self.huey.pending_count():
                return done
            task = self.huey.dequeue()
            if task is None:
                return done
            self.huey.execute(task)
            done += 1
        return done

    def run_once(self) -> tuple[TickReport, int]:
        """`smarterp worker --once`: everything due now, then return."""
        report = self.tick(requeue_after=timedelta(0))
        return report, self.drain()

    def run_forever(self, *, interval: float, stop: threading.Event) -> None:
        """The embedded worker (`smarterp serve --worker`): tick and drain in one thread."""
        while not stop.is_set():
            try:
                self.tick()
                self.drain(limit=1000)
            except Exception:  # the database or Redis may be away for a moment
                log.exception("rules worker round failed; retrying in %.0f s", interval)
            stop.wait(interval)

    def consume(self, *, workers: int, interval: float) -> None:
        """`smarterp worker`: huey's consumer (threads executing, a scheduler for retries)
        and a dispatcher thread ticking every `interval` seconds; Ctrl-C or SIGTERM stops."""
        stop = threading.Event()
        ticker = threading.Thread(
            target=self._tick_forever, args=(interval, stop), name="rules-dispatch", daemon=True
        )
        consumer = self.huey.create_consumer(
            workers=workers, worker_type="thread", periodic=False, check_worker_health=True
        )
        ticker.start()
        try:
            consumer.run()
        finally:
            stop.set()
            ticker.join(timeout=10)

    def _tick_forever(self, interval: float, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                self.tick()
            except Exception:
                log.exception("rules dispatch failed; retrying in %.0f s", interval)
            stop.wait(interval)


def queue_from_settings(engine: Engine, **overrides: Any) -> JobQueue:
    """The queue the settings name (SMARTERP_JOBS_*); a SQLite file in the data folder by
    default."""
    from smarterp.core.settings import get_settings

    settings = get_settings()
    url = settings.jobs_url or f"sqlite:///{settings.data_dir / 'jobs.db'}"
    policy = runner.Policy(
        lease_seconds=settings.jobs_lease_seconds,
        max_attempts=settings.jobs_max_attempts,
        first_retry_seconds=settings.jobs_first_retry_seconds,
    )
    return JobQueue(engine, make_huey(url, name=settings.jobs_queue_name), policy, **overrides)


def start_embedded(engine: Engine, stop: threading.Event) -> threading.Thread:
    """The worker thread `smarterp serve --worker` runs beside the web server."""
    from smarterp.core.settings import get_settings

    queue = queue_from_settings(engine)
    thread = threading.Thread(
        target=queue.run_forever,
        kwargs={"interval": get_settings().jobs_poll_seconds, "stop": stop},
        name="rules-worker",
        daemon=True,
    )
    thread.start()
    return thread


def wait_until(predicate: Any, timeout: float, step: float = 0.05) -> bool:
    """Poll `predicate` until true or `timeout` seconds pass (benchmarks and tests)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())
