"""Scoring alerts against planted labels: precision and recall per kind, and per label set."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any


def _ratio(hit: int, of: int) -> float | None:
    return round(hit / of, 3) if of else None


def score(
    alerts: Sequence[Mapping[str, Any]], labels: Iterable[Mapping[str, Any]]
) -> dict[str, Any]:
    """An alert is right when a label of its kind names one of its records; a label is found
    when an alert of its kind names its record. Only kinds that were planted are scored:
    alerts of other kinds describe the books' state (overdue, stock-out risk), which nobody
    labelled, and are counted apart."""
    labels = list(labels)
    planted: dict[str, set[str]] = defaultdict(set)
    for label in labels:
        planted[label["kind"]].add(label["record"])
    by_kind: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for alert in alerts:
        by_kind[alert["kind"]].append(alert)
    kinds: dict[str, Any] = {}
    total_alerts = total_right = total_labels = total_found = 0
    for kind in sorted(planted):
        raised = by_kind.get(kind, [])
        right = sum(1 for a in raised if planted[kind] & set(a["records"]))
        named = {r for a in raised for r in a["records"]}
        found = planted[kind] & named
        kinds[kind] = {
            "planted": len(planted[kind]),
            "alerts": len(raised),
            "precision": _ratio(right, len(raised)),
            "recall": _ratio(len(found), len(planted[kind])),
            "missed": sorted(planted[kind] - named),
            "false_alarms": [a["records"] for a in raised if not planted[kind] & set(a["records"])],
        }
        total_alerts += len(raised)
        total_right += right
        total_labels += len(planted[kind])
        total_found += len(found)
    sets: dict[str, Any] = {}
    for name in sorted({label.get("set", "tuned") for label in labels}):
        mine = [label for label in labels if label.get("set", "tuned") == name]
        hit = 0
        for label in mine:
            records = {r for a in by_kind.get(label["kind"], []) for r in a["records"]}
            hit += label["record"] in records
        sets[name] = {"planted": len(mine), "recall": _ratio(hit, len(mine))}
    return {
        "precision": _ratio(total_right, total_alerts),
        "recall": _ratio(total_found, total_labels),
        "planted": total_labels,
        "kinds_planted": len(planted),
        "alerts_scored": total_alerts,
        "kinds": kinds,
        "sets": sets,
        "not_scored": {k: len(v) for k, v in sorted(by_kind.items()) if k not in planted},
    }
