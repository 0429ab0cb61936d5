"""Offline Ask latency per question (p50, p95) per file and over all of them, on a Northwind
database (SMARTERP_DATABASE_URL): python bench/bench_ask.py [FILE.jsonl ...]."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from smarterp.core.db import default_engine
from smarterp.core.errors import DomainError
from smarterp.intel.ask.evaluate import percentiles
from smarterp.intel.ask.service import ask

DEFAULT_FILES = ["tests/data/nlq_dev.jsonl", "tests/data/nlq_dev2.jsonl"]


def questions_of(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", default=DEFAULT_FILES, metavar="FILE")
    parser.add_argument("--as-of", default="1998-05-06")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    engine = default_engine()
    day = date.fromisoformat(args.as_of)
    files = {name: questions_of(Path(name)) for name in args.files}
    first = next((qs[0] for qs in files.values() if qs), None)
    if first is None:
        sys.exit("no questions in " + ", ".join(args.files))
    ask(engine, first, as_of=day, use_llm=False)  # warm: names, segmenter
    every: list[float] = []
    refused_all = 0
    width = max(len(name) for name in [*files, "overall"])
    for name, questions in files.items():
        times: list[float] = []
        refused = 0
        for _ in range(args.rounds):
            for q in questions:
                started = time.perf_counter()
                try:
                    ask(engine, q, as_of=day, use_llm=False)
                except DomainError:  # a refusal is an answer too, and is timed
                    refused += 1
                times.append((time.perf_counter() - started) * 1000)
        every += times
        refused_all += refused
        _print(name, width, len(questions), args.rounds, times, refused)
    _print("overall", width, sum(map(len, files.values())), args.rounds, every, refused_all)


def _print(name: str, width: int, n: int, rounds: int, times: list[float], refused: int) -> None:
    p50, p95 = percentiles(times)
    print(
        f"{name:<{width}}  {n:>4} questions x {rounds}  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms"
        f"  (refused {refused})"
    )


if __name__ == "__main__":
    main()
