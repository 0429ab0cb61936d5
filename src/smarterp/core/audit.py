"""The audit trail: who changed what, when, through which channel, before and after."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from smarterp.core.db import Base, utcnow
from smarterp.core.jsonable import jsonable

# Where a session keeps the audit records it has not written yet.
PENDING = "audit_pending"


class AuditRecord(Base):
    __tablename__ = "audit_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    via: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(60), index=True)
    entity_id: Mapped[int | None] = mapped_column(index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)
    # The hash chain, filled in by core.audit_chain.seal once the change has committed.
    seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


# Columns whose values never enter the trail, which many people may read: only that they changed.
SECRET_COLUMNS = frozenset({"password_hash", "token_hash", "secret"})
HIDDEN = "(hidden)"


def snapshot(obj: Any) -> dict[str, Any]:
    """The column values of a mapped object, as JSON, secrets masked."""
    values = {c.key: getattr(obj, c.key) for c in inspect(obj).mapper.column_attrs}
    for key in SECRET_COLUMNS & values.keys():
        if values[key]:
            values[key] = HIDDEN
    return jsonable(values)


def record_audit(
    session: Session,
    action: str,
    entity: Any,
    *,
    before: dict[str, Any] | None = None,
    reason: str | None = None,
) -> AuditRecord:
    """Append an audit record for `entity` as it is now; flushes so new rows have their id.

    The record is held back and written as the transaction commits, then sealed into the
    hash chain (core.audit_chain)."""
    if getattr(entity, "id", None) is None:
        session.flush()
    rec = AuditRecord(
        at=utcnow(),
        actor=session.info.get("actor", "system"),
        via=session.info.get("via", "cli"),
        action=action,
        entity_type=entity.__tablename__,
        entity_id=getattr(entity, "id", None),
        before=before,
        after=snapshot(entity),
        reason=reason,
    )
    session.info.setdefault(PENDING, []).append(rec)
    return rec
