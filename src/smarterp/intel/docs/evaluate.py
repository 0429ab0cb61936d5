"""Scoring order readings against labelled emails: per field and per language."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

FIELDS = ("customer", "lines", "requested_date", "intent")


def _norm(value: Any) -> str:
    text = unicodedata.normalize("NFKD", str(value)).casefold()
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _line_set(lines: list[dict[str, Any]] | None) -> set[tuple[str, float]]:
    return {(_norm(ln["product"]), float(ln["quantity"])) for ln in lines or []}


@dataclass
class Counts:
    """True positives, predictions and gold items for one field."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    correct: int = 0
    total: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold
        self.correct += other.correct
        self.total += other.total

    def scores(self) -> dict[str, float]:
        p = self.tp / self.predicted if self.predicted else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.correct / self.total if self.total else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f1, 4),
            "accuracy": round(acc, 4),
        }


@dataclass
class Report:
    by_language: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: defaultdict(lambda: {f: Counts() for f in FIELDS})
    )
    orders_right: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    mistakes: list[dict[str, Any]] = field(default_factory=list)

    def add(self, lang: str, gold: dict[str, Any], got: dict[str, Any], email_id: str) -> None:
        counts = self.by_language[lang]
        wrong: list[str] = []
        for name in ("customer", "requested_date", "intent"):
            g, p = gold.get(name), got.get(name)
            c = counts[name]
            same = _norm(g) == _norm(p) if g is not None and p is not None else g == p
            c.total += 1
            c.correct += int(same)
            c.gold += int(g is not None)
            c.predicted += int(p is not None)
            c.tp += int(same and g is not None)
            if not same:
                wrong.append(name)
        g_lines, p_lines = _line_set(gold.get("lines")), _line_set(got.get("lines"))
        c = counts["lines"]
        c.tp += len(g_lines & p_lines)
        c.gold += len(g_lines)
        c.predicted += len(p_lines)
        c.total += 1
        c.correct += int(g_lines == p_lines)
        if g_lines != p_lines:
            wrong.append("lines")
        whole = not {"customer", "lines", "requested_date"} & set(wrong)
        self.orders_right[lang][0] += int(whole)
        self.orders_right[lang][1] += 1
        if wrong:
            self.mistakes.append({"id": email_id, "fields": wrong, "gold": gold, "got": got})

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        overall = {f: Counts() for f in FIELDS}
        right = [0, 0]
        for lang, counts in sorted(self.by_language.items()):
            for f in FIELDS:
                overall[f].add(counts[f])
            r = self.orders_right[lang]
            right = [right[0] + r[0], right[1] + r[1]]
            out[lang] = {
                **{f: counts[f].scores() for f in FIELDS},
                "orders_fully_right": round(r[0] / r[1], 4) if r[1] else 0.0,
                "emails": r[1],
            }
        out["all"] = {
            **{f: overall[f].scores() for f in FIELDS},
            "orders_fully_right": round(right[0] / right[1], 4) if right[1] else 0.0,
            "emails": right[1],
        }
        return out
