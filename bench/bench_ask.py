"""Offline Ask latency per question (p50, p95) on a database: python bench/bench_ask.py."""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import date
from pathlib import Path

from smarterp.core.db import default_engine
from smarterp.intel.ask.service import ask


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", default="tests/data/nlq_dev.jsonl")
    parser.add_argument("--as-of", default="1998-05-06")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    engine = default_engine()
    day = date.fromisoformat(args.as_of)
    questions = [json.loads(x)["question"] for x in Path(args.file).read_text().splitlines() if x]
    ask(engine, questions[0], as_of=day, use_llm=False)  # warm: names, segmenter
    times: list[float] = []
    for _ in range(args.rounds):
        for q in questions:
            started = time.perf_counter()
            ask(engine, q, as_of=day, use_llm=False)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"questions {len(times)}  p50 {statistics.median(times):.1f} ms  p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
