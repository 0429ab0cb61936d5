"""How many emails per second the offline order reader handles, on a Northwind database.

Run: SMARTERP_DATABASE_URL=sqlite:////path/nw.db \
     python bench/bench_extract.py [FILE.jsonl] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sqlalchemy.orm import Session

from smarterp.core.db import default_engine
from smarterp.intel.docs.catalogue import load_catalogue
from smarterp.intel.docs.extract import Email, OrderReader

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "tests" / "data" / "email_dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    emails = [
        Email.from_json(json.loads(line))
        for line in args.file.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    started = time.perf_counter()
    with Session(default_engine()) as session:
        reader = OrderReader(load_catalogue(session))
    setup = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(args.rounds):
        for email in emails:
            reader.read(email)
    seconds = time.perf_counter() - started
    count = len(emails) * args.rounds
    print(f"catalogue loaded in {setup * 1000:.0f} ms")
    print(f"{count} emails in {seconds:.2f} s: {count / seconds:.0f} emails/s")


if __name__ == "__main__":
    main()
