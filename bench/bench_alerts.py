"""The alert scan over the demo company: seconds for the whole scan and per detector.

    python bench/bench_alerts.py [--db PATH] [--scale 1.0] [--rounds 3]

Builds the two-year demo (seed 42, last day 2026-06-30, anomalies planted) into a SQLite file
unless `--db` names one already built, then times `smarterp.intel.watch.scan.find` (the
detectors, nothing stored) and one full `scan` (stored, with its events). Goal: under 10 s.
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
from smarterp.intel.watch.scan import find, scan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="smarterp-bench-alerts-")) / "demo.db"
    engine = create_engine(f"sqlite:///{path}")
    schema.upgrade(engine)
    if not has_business_data(engine):
        print(f"building the demo into {path} ...", file=sys.stderr)
        started = time.perf_counter()
        build_demo(engine, seed=42, today=date(2026, 6, 30), scale=args.scale,
                   gold_path=path.parent / "inbox-gold.jsonl")  # fmt: skip
        print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    rounds: list[float] = []
    per_detector: dict[str, list[float]] = {}
    found = 0
    for _ in range(args.rounds):
        with unit_of_work(engine, actor="bench", read_only=True) as s:
            started = time.perf_counter()
            _day, findings, seconds = find(s)
            rounds.append(time.perf_counter() - started)
            found = len(findings)
        for name, took in seconds.items():
            per_detector.setdefault(name, []).append(took)
    with unit_of_work(engine, actor="bench") as s:
        started = time.perf_counter()
        stored = len(scan(s).alerts)
        full = time.perf_counter() - started
    print(f"detectors over the demo: median {statistics.median(rounds):.2f} s "
          f"(min {min(rounds):.2f}, max {max(rounds):.2f}) for {found} findings")  # fmt: skip
    print(f"full scan, stored: {full:.2f} s, {stored} alerts (goal < 10 s)")
    for name, took in sorted(per_detector.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"  {name:24} {statistics.median(took):6.3f} s")


if __name__ == "__main__":
    main()
