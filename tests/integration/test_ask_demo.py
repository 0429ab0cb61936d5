"""Ask on the demo company: questions about its own customers, products and staff, not Northwind's.

The demo (seed 42, last day 2026-06-30, as `smarterp demo --fresh --today 2026-06-30` builds
it) goes into a throwaway SQLite database once for the module: about 50 s on one core. The
stored gold answers must still equal their SQL (tests/demo_gold.py; so the set cannot rot
when the demo builder changes), then Ask is scored on the set, asked as of each item's day.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine

from smarterp.intel.ask.evaluate import evaluate
from tests.demo_gold import build_demo_database, check_items, differences, load_items

# One worker builds the demo (~80 s) and runs all of these under `pytest -n`.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("ask_demo")]

# Share of the demo questions Ask must answer right, both languages together.
MIN_DEMO_ACCURACY = 0.9


@dataclass
class Demo:
    engine: Engine
    build_seconds: float


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    started = time.perf_counter()
    engine = build_demo_database(f"sqlite:///{path}")
    yield Demo(engine, time.perf_counter() - started)
    engine.dispose()


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    return load_items()


def test_the_set_is_well_formed(items: list[dict[str, Any]]) -> None:
    assert check_items(items) == []
    langs = Counter(item["lang"] for item in items)
    assert len(items) >= 40 and langs["en"] >= 20 and langs["zh"] >= 20


def test_gold_answers_still_equal_their_sql(demo: Demo, items: list[dict[str, Any]]) -> None:
    assert differences(demo.engine, items) == [], "run python -m tests.demo_gold --write"


def test_ask_accuracy_on_the_demo_company(
    demo: Demo, items: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    by_day: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        by_day[item["as_of"]].append(item)
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures: list[Any] = []
    for day, group in sorted(by_day.items()):
        report = evaluate(demo.engine, group, date.fromisoformat(day))
        correct.update(report.correct)
        total.update(report.total)
        failures.extend(report.failures)
    accuracy = sum(correct.values()) / max(1, sum(total.values()))
    with capsys.disabled():
        print(f"\ndemo company built in {demo.build_seconds:.0f} s")
        for f in failures:
            print(f"  x {f.id} [{f.lang}] {f.question} -- {str(f.why)[:120]}")
        for lang in sorted(total):
            print(f"  {lang}: {correct[lang]}/{total[lang]} = {correct[lang] / total[lang]:.1%}")
        print(f"demo Ask accuracy {accuracy:.1%} (minimum {MIN_DEMO_ACCURACY:.0%})")
    assert accuracy >= MIN_DEMO_ACCURACY
