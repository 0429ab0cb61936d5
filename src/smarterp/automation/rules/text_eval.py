"""How well the sentence parser writes rules: a labelled JSONL file (text, and the trigger,
conditions, action kinds and attachment it should give, or `refused`) scored per part."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smarterp.automation.rules import from_text
from smarterp.core.errors import InvalidInput


@dataclass
class Score:
    """Counts over one file: each part right, the whole rule right, and the misses."""

    sentences: int = 0
    whole: int = 0
    trigger: int = 0
    conditions: int = 0
    actions: int = 0
    refusals_right: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        n = self.sentences or 1
        return {
            "sentences": self.sentences,
            "whole_rule": round(self.whole / n, 3),
            "trigger": round(self.trigger / n, 3),
            "conditions": round(self.conditions / n, 3),
            "actions": round(self.actions / n, 3),
            "misses": self.misses,
        }


def _got(text: str) -> dict[str, Any]:
    try:
        rule = from_text.parse(text)
    except InvalidInput:
        return {"refused": True}
    actions = rule["actions"]
    return {
        "trigger": rule["trigger"],
        "conditions": rule.get("conditions", {}).get("all", []),
        "actions": [a["kind"] for a in actions],
        "attach": any(a.get("attach") for a in actions),
    }


def score(path: Path) -> Score:
    result = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        got = _got(case["text"])
        result.sentences += 1
        if case.get("refused"):
            ok = bool(got.get("refused"))
            result.trigger += ok
            result.conditions += ok
            result.actions += ok
            result.whole += ok
            result.refusals_right += ok
            if not ok:
                result.misses.append({"text": case["text"], "want": "refused", "got": got})
            continue
        parts = (
            got.get("trigger") == case["trigger"],
            got.get("conditions") == case["conditions"],
            got.get("actions") == case["actions"]
            and bool(got.get("attach")) == bool(case.get("attach")),
        )
        result.trigger += parts[0]
        result.conditions += parts[1]
        result.actions += parts[2]
        result.whole += all(parts)
        if not all(parts):
            result.misses.append({"text": case["text"], "got": got})
    return result
