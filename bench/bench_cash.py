"""The 13-week cash outlook and the month-end close checklist over the demo company: seconds.

    python bench/bench_cash.py [--db PATH] [--scale 1.0] [--rounds 3] [--forecast]

Builds the two-year demo (seed 42, last day 2026-06-30) into a SQLite file unless `--db` names
one already built; `--forecast` first stores a 13-week demand forecast from the books (the
outlook's forecast lines read it). Then times `cash_outlook` (with its parts: the
replenishment plan is most of it) and `close_checklist` for June 2026, and prints what the
outlook found.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine

from smarterp.core import schema
from smarterp.core.db import unit_of_work
from smarterp.data.demo import build_demo, has_business_data
from smarterp.intel.finance.cash import cash_outlook
from smarterp.intel.finance.cash_forecast import Horizon, forecast_demand
from smarterp.intel.finance.close import close_checklist
from smarterp.intel.forecast.books import forecast_from_books
from smarterp.intel.planning.replenish import plan

TODAY = date(2026, 6, 30)


def _timed(fn: object, rounds: int) -> list[float]:
    took = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        took.append(time.perf_counter() - started)
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--forecast", action="store_true")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="smarterp-bench-cash-")) / "demo.db"
    engine = create_engine(f"sqlite:///{path}")
    schema.upgrade(engine)
    if not has_business_data(engine):
        print(f"building the demo into {path} ...", file=sys.stderr)
        build_demo(engine, seed=42, today=TODAY, scale=args.scale,
                   gold_path=path.parent / "inbox-gold.jsonl")  # fmt: skip
    if args.forecast:
        with unit_of_work(engine, actor="bench") as s:
            started = time.perf_counter()
            forecast_from_books(s, 13, "W", today=TODAY)
            print(f"forecast stored in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    with unit_of_work(engine, actor="bench", read_only=True) as s:
        outlook = _timed(lambda: cash_outlook(s, as_of=TODAY), args.rounds)
        planning = _timed(lambda: plan(s, TODAY), args.rounds)
        reading = _timed(lambda: forecast_demand(s, Horizon(TODAY, 13)), args.rounds)
        closing = _timed(lambda: close_checklist(s, "2026-06"), args.rounds)
        r = cash_outlook(s, as_of=TODAY)
    lines = sum(len(w.lines) for w in r.weeks)
    print(
        f"cash outlook, 13 weeks: median {statistics.median(outlook):.2f} s "
        f"(min {min(outlook):.2f}, max {max(outlook):.2f}) for {lines} lines"
    )
    print(f"  of which the replenishment plan: {statistics.median(planning):.2f} s")
    print(f"  reading the stored forecast:     {statistics.median(reading):.2f} s")
    print(f"close checklist, June 2026: median {statistics.median(closing):.2f} s")
    print(
        f"opening cash {r.opening_cash}, closing {r.closing_cash}; lowest week "
        f"{min(r.weeks, key=lambda w: w.closing).week}; warning: {r.warning or 'none'}"
    )
    for check in r.open_items:
        print(f"  {check.kind}: open items {check.open_items}, ledger {check.ledger_balance}")


if __name__ == "__main__":
    main()
