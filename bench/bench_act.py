"""Offline Act latency: p50 / p95 per command and overall, proposing each command of the
labelled files on a Northwind database (SMARTERP_DATABASE_URL) in a unit of work that is rolled
back: python bench/bench_act.py [FILE.jsonl ...] [--as-of 1998-05-06] [--rounds 5]."""

from __future__ import annotations

import argparse
import contextlib
import json
import time
from datetime import date
from pathlib import Path

from smarterp.core.auth import User
from smarterp.core.db import default_engine, session_factory
from smarterp.core.errors import DomainError
from smarterp.core.permissions import Role
from smarterp.intel.act.service import propose
from smarterp.intel.ask.evaluate import percentiles

DEFAULT_FILES = ["tests/data/act_dev.jsonl", "tests/data/act_more.jsonl"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", default=DEFAULT_FILES, metavar="FILE")
    parser.add_argument("--as-of", default="1998-05-06")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    day = date.fromisoformat(args.as_of)
    commands = [
        json.loads(line)["command"]
        for name in args.files
        for line in Path(name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    user = User(username="bench", role=Role.ADMIN)
    session = session_factory(default_engine())()
    every: list[float] = []
    try:
        propose(session, commands[0], user, today=day)  # warm: names, patterns
        print(f"{'p50 ms':>8} {'p95 ms':>8}  command")
        for command in commands:
            times = []
            for _ in range(args.rounds):
                started = time.perf_counter()
                # Refused by the books is an answer too, and timed.
                with contextlib.suppress(DomainError):
                    propose(session, command, user, today=day)
                times.append((time.perf_counter() - started) * 1000)
            every += times
            p50, p95 = percentiles(times)
            print(f"{p50:8.1f} {p95:8.1f}  {command[:90]}")
    finally:
        session.rollback()  # proposals are never kept
        session.close()
    p50, p95 = percentiles(every)
    print(f"{p50:8.1f} {p95:8.1f}  overall ({len(commands)} commands x {args.rounds} rounds)")


if __name__ == "__main__":
    main()
