"""The rules smarterp ships with (builtin.yaml), installed disabled."""

from __future__ import annotations

from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.automation.rules import service
from smarterp.automation.rules.models import Rule


def builtin_text() -> str:
    return resources.files(__package__).joinpath("builtin.yaml").read_text(encoding="utf-8")


def install(session: Session) -> list[str]:
    """Add the built-in rules that are not there yet (a rule already there, changed or not,
    is left as it is); the names added."""
    have = set(session.scalars(select(Rule.name)))
    added = []
    for data in service.load_yaml(builtin_text()):
        if data["name"] in have:
            continue
        service.save(session, {**data, "enabled": False}, builtin=True)
        added.append(data["name"])
    return added
