"""The audit trail: who changed what, when, through which channel, before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.orm import Session, SessionTransaction

from smarterp.core.audit_chain import seal_after_commit, write_pending
from smarterp.core.audit_record import PENDING, AuditRecord
from smarterp.core.db import utcnow
from smarterp.core.jsonable import jsonable

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


# Registered with this module, which every writer of audit records imports: the records held
# back above go into the database with the commit and are sealed right after it.
_AUDIT_WRITTEN = "audit_written"


@event.listens_for(Session, "before_commit")
def _write_audit_records(session: Session) -> None:
    """Every session, however made, writes its audit records as part of its commit..."""
    if session.in_nested_transaction():
        return  # a savepoint: the records go in with the whole transaction
    if write_pending(session):
        session.info[_AUDIT_WRITTEN] = True


@event.listens_for(Session, "after_transaction_end")
def _seal_audit_records(session: Session, transaction: SessionTransaction) -> None:
    """...and once they are committed, they are sealed into the hash chain. (After the
    transaction has ended, not on commit: its connection is back in the pool by then, so a
    busy pool cannot leave the seal waiting for a connection its own caller holds.)"""
    if transaction.parent is None and session.info.pop(_AUDIT_WRITTEN, False):
        bind = session.get_bind()
        seal_after_commit(bind if isinstance(bind, Engine) else bind.engine)


@event.listens_for(Session, "after_soft_rollback")
def _forget_audit_written(session: Session, _previous: Any) -> None:
    session.info.pop(_AUDIT_WRITTEN, None)
