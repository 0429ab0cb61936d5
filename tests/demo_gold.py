"""Gold answers of the demo-company Ask set (tests/data/nlq_demo.jsonl), from each item's SQL.

The demo company is built the way `smarterp demo --fresh --today 2026-06-30` builds it (seed
42): drop everything, migrate, open the books, simulate two years of trading. The same seed
and day give the same rows on every build; the day must be pinned, since by default the
history ends today. Every item is asked as of that last day (its `as_of`), so "this year" is
2026 up to 30 June and "last month" is May 2026.

    python -m tests.demo_gold --check    # build, rerun every item's SQL, exit 1 on a difference
    python -m tests.demo_gold --write    # the same, then rewrite the answers in the file
    python -m tests.demo_gold --check --db /tmp/demo.db   # reuse (or first build) that file
    python -m tests.demo_gold --check --url postgresql+psycopg://...   # a PostgreSQL database
                                          # (its tables are dropped and the demo built there)

The SQL reads smarterp's own tables directly (sales_order, sales_order_line, product,
product_category, product_supplier, partner, salesperson, stock_quant, stock_location,
purchase_order, purchase_order_line, shipment), never the semantic layer nor the ask_* views,
and runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from smarterp.core import schema
from smarterp.core.db import make_engine, unit_of_work
from smarterp.data.demo import build_demo, reset_schema
from smarterp.data.demo.builder import COMPANY
from smarterp.erp.setup import init_books

DEMO_SEED = 42
DEMO_TODAY = date(2026, 6, 30)  # the demo's last day, and the day every question is asked on
ITEMS = Path(__file__).resolve().parent / "data" / "nlq_demo.jsonl"
KEYS = ("id", "lang", "question", "sql", "answer", "ordered", "kind", "as_of")
TOLERANCE = 0.01  # a cent: SQLite sums doubles, PostgreSQL exact decimals

Row = list[Any]


def build_demo_database(url: str) -> Engine:
    """Drop everything at `url`, migrate, and build the demo company there; return its engine."""
    engine = make_engine(url)
    reset_schema(engine)
    schema.upgrade(engine)
    with unit_of_work(engine, actor="demo", via="cli") as session:
        init_books(session, name=COMPANY)
    build_demo(engine, seed=DEMO_SEED, today=DEMO_TODAY)
    return engine


def load_items(path: Path = ITEMS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def save_items(items: list[dict[str, Any]], path: Path = ITEMS) -> None:
    lines = [
        json.dumps({k: item[k] for k in KEYS if k in item}, ensure_ascii=False) for item in items
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _value(value: Any) -> Any:
    """One cell as JSON holds it: whole numbers as int, others as float, dates as YYYY-MM-DD."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    if isinstance(value, Decimal | float | int):
        number = round(float(value), 6)
        return int(number) if number.is_integer() else number
    return str(value)


def _key(row: Row) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def run_sql(engine: Engine, sql: str, ordered: bool) -> list[Row]:
    """The item's rows; an unordered answer is sorted so the file is the same on every backend."""
    with engine.connect() as conn:
        rows = [[_value(v) for v in row] for row in conn.execute(text(sql))]
    return rows if ordered else sorted(rows, key=_key)


def _same_value(a: Any, b: Any) -> bool:
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool):
        return abs(a - b) <= TOLERANCE + 1e-9
    return bool(a == b)


def same_rows(stored: list[Row], computed: list[Row], ordered: bool) -> bool:
    if len(stored) != len(computed):
        return False
    if not ordered:
        stored, computed = sorted(stored, key=_key), sorted(computed, key=_key)
    return all(
        len(s) == len(c) and all(_same_value(x, y) for x, y in zip(s, c, strict=True))
        for s, c in zip(stored, computed, strict=True)
    )


def differences(engine: Engine, items: list[dict[str, Any]]) -> list[str]:
    """A line for every item whose stored answer is not what its SQL gives now."""
    out = []
    for item in items:
        rows = run_sql(engine, item["sql"], item["ordered"])
        if not same_rows(item["answer"], rows, item["ordered"]):
            stored = json.dumps(item["answer"], ensure_ascii=False)
            now = json.dumps(rows, ensure_ascii=False)
            out.append(
                f"{item['id']}: stored {stored[:300]}\n{' ' * len(item['id'])}  sql    {now[:300]}"
            )
    return out


def check_items(items: list[dict[str, Any]]) -> list[str]:
    """Problems in the file itself: ids, languages, fields, as_of, empty answers."""
    problems = []
    seen: set[str] = set()
    for n, item in enumerate(items, start=1):
        where = item.get("id", f"line {n}")
        missing = [k for k in KEYS if k not in item]
        if missing:
            problems.append(f"{where}: missing {', '.join(missing)}")
            continue
        if item["id"] in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(item["id"])
        if item["lang"] not in ("en", "zh"):
            problems.append(f"{where}: lang {item['lang']!r}")
        if item["as_of"] != DEMO_TODAY.isoformat():
            problems.append(f"{where}: as_of {item['as_of']} is not the demo's day {DEMO_TODAY}")
        if not item["answer"]:
            problems.append(f"{where}: empty answer")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.demo_gold", description=__doc__.split("\n\n")[0]
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="exit 1 on any difference")
    mode.add_argument("--write", action="store_true", help="rewrite the answers from the SQL")
    parser.add_argument("--file", type=Path, default=ITEMS)
    parser.add_argument(
        "--db",
        type=Path,
        help="SQLite file this script built the demo into (built there if absent)",
    )
    parser.add_argument("--url", help="database URL to build the demo into (dropped first)")
    args = parser.parse_args(argv)
    items = load_items(args.file)
    with tempfile.TemporaryDirectory() as tmp:
        if args.url:
            url, build = args.url, True
        else:
            path = args.db or Path(tmp) / "demo.db"
            url, build = f"sqlite:///{path}", not path.exists()
        if build:
            started = time.perf_counter()
            print(f"building the demo company (seed {DEMO_SEED}, last day {DEMO_TODAY})...")
            engine = build_demo_database(url)
            print(f"built in {time.perf_counter() - started:.0f} s")
        else:
            engine = make_engine(url)
        try:
            diffs = differences(engine, items)
            if args.write:
                for item in items:
                    item["answer"] = run_sql(engine, item["sql"], item["ordered"])
                save_items(items, args.file)
        finally:
            engine.dispose()
    problems = check_items(items)
    for line in diffs + problems:
        print(line)
    changed = "answers rewritten" if args.write else "differ from their SQL"
    print(f"{len(items)} items: {len(diffs)} {changed}, {len(problems)} other problems")
    if args.write:
        return 1 if problems else 0
    return 1 if diffs or problems else 0


if __name__ == "__main__":
    sys.exit(main())
