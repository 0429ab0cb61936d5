"""The audit trail's hash chain: seal new records in commit order, verify nothing was altered.

A business transaction collects its audit records without writing them, so writers do not queue
on a global lock while they work; as it commits, every session seals them (a before-commit hook
in core.db): it takes the chain's lock (an advisory transaction lock on PostgreSQL; SQLite
transactions are already serial), numbers the records, links each to the previous hash, inserts
them, and the lock is released by the commit.
Changing, deleting or re-ordering a sealed record breaks the chain and `verify` says where.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.orm import Session

from smarterp.core.audit import PENDING, AuditRecord

GENESIS = "0" * 64
_SEAL_LOCK_KEY = 7_140_501


def _utc(at: datetime) -> str:
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return at.isoformat(timespec="microseconds")


def record_hash(rec: AuditRecord, seq: int, prev_hash: str) -> str:
    body = {
        "seq": seq,
        "prev": prev_hash,
        "at": _utc(rec.at),
        "actor": rec.actor,
        "via": rec.via,
        "action": rec.action,
        "entity_type": rec.entity_type,
        "entity_id": rec.entity_id,
        "before": rec.before,
        "after": rec.after,
        "reason": rec.reason,
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _lock_and_tip(session: Session) -> tuple[int, str]:
    """Take the chain's lock and read its last link."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SEAL_LOCK_KEY})
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.hash)
        .where(AuditRecord.seq.is_not(None))
        .order_by(AuditRecord.seq.desc())
        .limit(1)
    ).first()
    seq: int = last[0] if last and last[0] is not None else 0
    prev: str = last[1] if last and last[1] is not None else GENESIS
    return seq, prev


def _chain(records: list[AuditRecord], seq: int, prev: str) -> None:
    for rec in records:
        seq += 1
        rec.seq, rec.prev_hash = seq, prev
        rec.hash = prev = record_hash(rec, seq, prev)


def seal_pending(session: Session) -> int:
    """Chain and insert the audit records this session collected; returns how many."""
    pending: list[AuditRecord] = session.info.pop(PENDING, [])
    if not pending:
        return 0  # nothing audited in this transaction: skip the lock
    session.flush()  # the business rows first, so the lock is held only for the chain
    _chain(pending, *_lock_and_tip(session))
    # One bulk INSERT, not the unit of work: the records are final and nothing reads them back.
    session.execute(insert(AuditRecord), [_row(rec) for rec in pending])
    return len(pending)


_COLUMNS = [c.key for c in AuditRecord.__table__.columns if c.key != "id"]


def _row(rec: AuditRecord) -> dict[str, object]:
    return {key: getattr(rec, key) for key in _COLUMNS}


def seal(engine: Engine) -> int:
    """Chain records written unsealed by other means (older versions, direct inserts)."""
    with Session(engine) as session:
        tip = _lock_and_tip(session)
        loose = list(
            session.scalars(
                select(AuditRecord).where(AuditRecord.seq.is_(None)).order_by(AuditRecord.id)
            )
        )
        _chain(loose, *tip)
        session.commit()
        return len(loose)


@dataclass
class Verification:
    ok: bool
    checked: int
    unsealed: int
    problem: str | None = None
    first_bad_seq: int | None = None


def verify(session: Session, batch: int = 5000) -> Verification:
    """Walk the chain in order; report the first record whose hash or link does not hold."""
    unsealed = session.scalar(
        select(func.count()).select_from(AuditRecord).where(AuditRecord.seq.is_(None))
    )
    prev, expected_seq, checked = GENESIS, 1, 0
    while True:
        rows = session.scalars(
            select(AuditRecord)
            .where(AuditRecord.seq >= expected_seq)
            .order_by(AuditRecord.seq)
            .limit(batch)
        ).all()
        if not rows:
            break
        for rec in rows:
            assert rec.seq is not None
            if rec.seq != expected_seq:
                return Verification(
                    False,
                    checked,
                    unsealed or 0,
                    f"record #{expected_seq} is missing (deleted?)",
                    expected_seq,
                )
            if rec.prev_hash != prev:
                return Verification(
                    False,
                    checked,
                    unsealed or 0,
                    f"record #{rec.seq} does not link to the one before it",
                    rec.seq,
                )
            if record_hash(rec, rec.seq, prev) != rec.hash:
                return Verification(
                    False,
                    checked,
                    unsealed or 0,
                    f"record #{rec.seq} (audit id {rec.id}, {rec.action} on "
                    f"{rec.entity_type} {rec.entity_id}) was altered",
                    rec.seq,
                )
            prev, expected_seq, checked = rec.hash, expected_seq + 1, checked + 1
    return Verification(True, checked, unsealed or 0)
