"""Optimistic concurrency: an edit names the version it started from, and an edit of a record
someone saved in between is refused saying who changed what and when (read from the audit
trail), so the person can look before saving again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit_record import PENDING, AuditRecord
from smarterp.core.errors import Conflict

# Columns every change touches: they say nothing about what the other person changed.
_BOOKKEEPING = frozenset({"version", "updated_at", "created_at", "id"})
# How far back the trail is read for the changes made since a version.
_LOOKBACK = 50


@dataclass(frozen=True)
class Change:
    """One saved change to a record: who, when, and the fields it changed."""

    actor: str
    at: datetime
    action: str
    fields: tuple[str, ...]


def changes_since(session: Session, entity: Any, version: int) -> list[Change]:
    """The changes to `entity` recorded after it was at `version`, oldest first (those of this
    unit of work too, which the trail writes only as it commits)."""
    kind, key = entity.__tablename__, entity.id
    stored = session.scalars(
        select(AuditRecord)
        .where(AuditRecord.entity_type == kind, AuditRecord.entity_id == key)
        .order_by(AuditRecord.id.desc())
        .limit(_LOOKBACK)
    ).all()
    pending = [
        rec
        for rec in session.info.get(PENDING, [])
        if rec.entity_type == kind and rec.entity_id == key
    ]
    out = []
    for rec in [*reversed(pending), *stored]:
        after = rec.after or {}
        if not isinstance(after.get("version"), int) or after["version"] <= version:
            continue
        before = rec.before or {}
        fields = tuple(
            key
            for key in after
            if key not in _BOOKKEEPING and (not before or before.get(key) != after.get(key))
        )
        out.append(Change(rec.actor, rec.at, rec.action, fields if before else ()))
    return list(reversed(out))


def check_version(session: Session, entity: Any, given: int, what: str) -> None:
    """Refuse (Conflict, naming the field "version") unless `entity` is still at `given`;
    the message says who saved it since, when, and which fields they changed.

    The row is read again under a lock (SELECT ... FOR UPDATE on PostgreSQL; SQLite's writers
    already queue at BEGIN), so two saves from the same version cannot both pass: the second
    waits for the first to commit and then sees its version."""
    session.flush()
    session.refresh(entity, with_for_update=True)
    current = entity.version
    if current == given:
        return
    changes = changes_since(session, entity, given)
    fields = sorted({name for ch in changes for name in ch.fields})
    if changes:
        last = changes[-1]
        who = ", ".join(dict.fromkeys(ch.actor for ch in changes))
        when = last.at.strftime("%Y-%m-%d %H:%M UTC")
        changed = f" ({', '.join(fields)})" if fields else ""
        message = (
            f"{what} was changed by {who} at {when}{changed} after you opened it; nothing was saved"
        )
        details: dict[str, Any] = {
            "field": "version",
            "current": current,
            "yours": given,
            "changed_by": [ch.actor for ch in changes],
            "changed_at": last.at.isoformat(),
            "changed_fields": fields,
        }
    else:
        message = (
            f"{what} was changed by someone else (version {current}, yours {given}); "
            "nothing was saved"
        )
        details = {"field": "version", "current": current, "yours": given}
    raise Conflict(message, details=details)
