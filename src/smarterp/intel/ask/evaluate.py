"""Execution accuracy of Ask on a labelled set: answers compared row by row with the gold."""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from smarterp.core.errors import DomainError, InvalidInput
from smarterp.intel.ask.service import Answer, ask


def _text(value: Any) -> str:
    plain = unicodedata.normalize("NFKD", str(value))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain).strip().lower()


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"-?\d+(?:\.\d+)?", value.strip()):
        return float(value)
    return None


def values_match(gold: Any, got: Any) -> bool:
    """Numbers within 0.01 or 0.1% (a percentage may come as a fraction); text ignoring case,
    accents and repeated spaces; dates as YYYY-MM-DD."""
    g, a = _number(gold), _number(got)
    if g is not None and a is not None:
        for candidate in (a, a * 100):
            if abs(candidate - g) <= 0.01 or abs(candidate - g) <= abs(g) * 0.001:
                return True
        return False
    if gold is None or got is None:
        return gold is None and got is None
    return _text(gold)[:10] == _text(got)[:10] if _is_date(gold) else _text(gold) == _text(got)


def _is_date(value: Any) -> bool:
    return isinstance(value, str) and bool(re.match(r"\d{4}-\d{2}-\d{2}", value))


def row_matches(gold: list[Any], row: list[Any]) -> bool:
    """Every gold value equals a different value of the row (extra columns are fine)."""
    used: set[int] = set()

    def place(i: int) -> bool:
        if i == len(gold):
            return True
        for j, value in enumerate(row):
            if j not in used and values_match(gold[i], value):
                used.add(j)
                if place(i + 1):
                    return True
                used.discard(j)
        return False

    return place(0)


def rows_match(gold: list[list[Any]], rows: list[list[Any]], ordered: bool) -> bool:
    if len(gold) != len(rows):
        return False
    if ordered:
        return all(row_matches(g, r) for g, r in zip(gold, rows, strict=True))
    remaining = list(rows)
    for g in gold:
        hit = next((r for r in remaining if row_matches(g, r)), None)
        if hit is None:
            return False
        remaining.remove(hit)
    return True


@dataclass
class Failure:
    id: str
    lang: str
    question: str
    expected: list[list[Any]]
    got: list[list[Any]]
    why: str


@dataclass
class Report:
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    failures: list[Failure] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)

    def accuracy(self, lang: str) -> float:
        return self.correct[lang] / self.total[lang] if self.total[lang] else 0.0


def load_items(path: Path) -> list[dict[str, Any]]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                "file", f"line {n} is not JSON: {exc.msg}", record=str(path)
            ) from None
        if "question" not in item:
            raise InvalidInput("question", f"line {n} has no question", record=str(path))
        items.append(item)
    return items


def evaluate(engine: Engine, items: list[dict[str, Any]], as_of: date) -> Report:
    report = Report()
    for item in items:
        lang = item.get("lang") or (
            "zh" if re.search(r"[\u4e00-\u9fff]", item["question"]) else "en"
        )
        report.total[lang] += 1
        started = time.perf_counter()
        try:
            answer: Answer | None = ask(engine, item["question"], as_of=as_of, use_llm=False)
            why = ""
        except DomainError as exc:
            answer, why = None, exc.message
        report.latencies_ms.append((time.perf_counter() - started) * 1000)
        rows = answer.rows if answer is not None else []
        if answer is not None and answer.clarification:
            why = f"asked back: {answer.answer}"
        if not why and rows_match(item.get("answer", []), rows, bool(item.get("ordered"))):
            report.correct[lang] += 1
            continue
        report.failures.append(
            Failure(
                str(item.get("id", "")),
                lang,
                item["question"],
                item.get("answer", []),
                rows,
                why or f"rows differ; query {_dump(answer.query if answer else None)}",
            )
        )
    return report


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
