"""Execution accuracy of Ask on a labelled set: answers compared row by row with the gold, and
what is not correct told apart: a wrong answer (rows that differ) or an abstention (asked
back, or refused)."""

from __future__ import annotations

import json
import re
import statistics
import time
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

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


Outcome = Literal["correct", "wrong", "abstained"]


@dataclass
class Scored:
    """One labelled question and how it went: correct, wrong (answered, rows differ) or
    abstained (asked back, or refused with an error)."""

    id: str
    lang: str
    kind: str
    split: str | None
    question: str
    expected: list[list[Any]]
    got: list[list[Any]]
    outcome: Outcome
    why: str = ""
    # What the parser says it ran (its canonical sentence), or the question it asked back.
    understood: str | None = None
    clarification: str | None = None
    options: list[str] = field(default_factory=list)
    readings: list[str] = field(default_factory=list)
    query: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Tally:
    """Counts of one group of items (a language, a kind, a split, or all of them)."""

    total: int = 0
    correct: int = 0
    wrong: int = 0
    abstained: int = 0

    def add(self, outcome: Outcome) -> None:
        self.total += 1
        if outcome == "correct":
            self.correct += 1
        elif outcome == "wrong":
            self.wrong += 1
        else:
            self.abstained += 1

    def _rate(self, n: int) -> float:
        return n / self.total if self.total else 0.0

    @property
    def accuracy(self) -> float:
        return self._rate(self.correct)

    @property
    def wrong_rate(self) -> float:
        return self._rate(self.wrong)

    @property
    def abstention_rate(self) -> float:
        return self._rate(self.abstained)

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "correct": self.correct,
            "wrong": self.wrong,
            "abstained": self.abstained,
            "accuracy": round(self.accuracy, 4),
            "wrong_rate": round(self.wrong_rate, 4),
            "abstention_rate": round(self.abstention_rate, 4),
        }


Axis = Literal["lang", "kind", "split"]


@dataclass
class Report:
    """Every scored item, with the figures per language, kind and split derived from them."""

    items: list[Scored] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)

    def add(self, scored: Scored) -> None:
        self.items.append(scored)

    def by(self, axis: Axis) -> dict[str, Tally]:
        """One tally per value of `axis`, sorted; items without a split are left out of the
        split figures."""
        tallies: dict[str, Tally] = defaultdict(Tally)
        for item in self.items:
            key = getattr(item, axis)
            if key is not None:
                tallies[key].add(item.outcome)
        return dict(sorted(tallies.items()))

    @property
    def overall(self) -> Tally:
        tally = Tally()
        for item in self.items:
            tally.add(item.outcome)
        return tally

    @property
    def failures(self) -> list[Scored]:
        return [item for item in self.items if item.outcome != "correct"]

    @property
    def total(self) -> dict[str, int]:
        return {lang: t.total for lang, t in self.by("lang").items()}

    @property
    def correct(self) -> dict[str, int]:
        return {lang: t.correct for lang, t in self.by("lang").items()}

    def accuracy(self, lang: str) -> float:
        return self.by("lang").get(lang, Tally()).accuracy

    def latency(self) -> tuple[float, float]:
        """p50 and p95 of the answer times, in milliseconds."""
        return percentiles(self.latencies_ms)

    def to_dict(self) -> dict[str, Any]:
        langs = self.by("lang")
        p50, p95 = self.latency()
        data: dict[str, Any] = {
            "accuracy": {lang: round(t.accuracy, 4) for lang, t in langs.items()},
            "wrong_rate": {lang: round(t.wrong_rate, 4) for lang, t in langs.items()},
            "abstention_rate": {lang: round(t.abstention_rate, 4) for lang, t in langs.items()},
            "correct": {lang: t.correct for lang, t in langs.items()},
            "wrong": {lang: t.wrong for lang, t in langs.items()},
            "abstained": {lang: t.abstained for lang, t in langs.items()},
            "total": {lang: t.total for lang, t in langs.items()},
            "overall": self.overall.to_dict(),
            "by_lang": {k: t.to_dict() for k, t in langs.items()},
            "by_kind": {k: t.to_dict() for k, t in self.by("kind").items()},
            "by_split": {k: t.to_dict() for k, t in self.by("split").items()},
            "p50_ms": round(p50, 1),
            "p95_ms": round(p95, 1),
            "failures": [f.to_dict() for f in self.failures],
        }
        return data


def percentiles(values: list[float]) -> tuple[float, float]:
    """(p50, p95): the median, and the value 95% of the way up the sorted list."""
    if not values:
        return 0.0, 0.0
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


NO_KIND = "(none)"


def lang_of(item: dict[str, Any]) -> str:
    return str(
        item.get("lang") or ("zh" if re.search(r"[\u4e00-\u9fff]", item["question"]) else "en")
    )


def plain_options(answer: Answer) -> list[str]:
    """The options of a question asked back that are not one of its readings' sentences (the
    records a name may mean), so nothing is offered twice."""
    sentences = {r.understood for r in answer.readings}
    return [o for o in answer.options if o not in sentences]


def score(item: dict[str, Any], answer: Answer | None, error: str = "") -> Scored:
    """One item against what Ask returned: `answer`, or None with the `error` it raised.
    Asked back or refused: abstained. Answered (a query ran, no clarification): correct when
    the rows match the gold rows, else wrong (an empty result is an answer too)."""
    expected = item.get("answer", [])
    split = item.get("split")
    scored = Scored(
        id=str(item.get("id", "")),
        lang=lang_of(item),
        kind=str(item.get("kind") or NO_KIND),
        split=str(split) if split is not None else None,
        question=item["question"],
        expected=expected,
        got=answer.rows if answer is not None else [],
        outcome="abstained",
    )
    if answer is None:
        scored.why = f"error: {error}" if error else "no answer"
        return scored
    scored.understood = answer.understood
    scored.query = answer.query
    if answer.clarification or answer.query is None:
        scored.clarification = answer.clarification
        scored.options = plain_options(answer)
        scored.readings = [r.understood for r in answer.readings]
        scored.why = f"asked back: {answer.answer or answer.clarification or ''}".rstrip()
        return scored
    if rows_match(expected, answer.rows, bool(item.get("ordered"))):
        scored.outcome = "correct"
        return scored
    scored.outcome = "wrong"
    scored.why = "rows differ"
    return scored


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


def select_split(items: list[dict[str, Any]], split: str | None) -> list[dict[str, Any]]:
    """The items of one split ("build", "heldout"); all of them when `split` is None."""
    if split is None:
        return items
    chosen = [item for item in items if item.get("split") == split]
    if not chosen:
        present = sorted({str(i["split"]) for i in items if i.get("split") is not None})
        which = ", ".join(present) if present else "none: the items carry no split field"
        raise InvalidInput("split", f"no item is in split {split!r} (splits: {which})")
    return chosen


def evaluate(
    engine: Engine, items: list[dict[str, Any]], as_of: date, split: str | None = None
) -> Report:
    """Ask every item's question offline (unrestricted, as on the command line) and score it."""
    report = Report()
    for item in select_split(items, split):
        started = time.perf_counter()
        error = ""
        answer: Answer | None
        try:
            answer = ask(engine, item["question"], as_of=as_of, use_llm=False)
        except DomainError as exc:
            answer, error = None, exc.message
        report.latencies_ms.append((time.perf_counter() - started) * 1000)
        report.add(score(item, answer, error))
    return report
