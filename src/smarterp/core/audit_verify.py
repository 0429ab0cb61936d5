"""Verify the audit trail, read-only: the hash chain in the database, every checkpoint that
anchors it outside (core.audit_anchor), and records written but never sealed.

Each problem is named: a record altered or missing inside the chain, the chain cut short (a
checkpoint counted more records than there are), the chain rewritten (a checkpoint's record
has another hash now), a checkpoint line forged or altered, records left unsealed. Verifying
never writes: sealing is `smarterp audit seal`, after the unsealed records were looked at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.audit_anchor import Anchor, Checkpoint, database_label
from smarterp.core.audit_chain import GENESIS, record_hash
from smarterp.core.audit_record import AuditRecord


@dataclass
class Verification:
    ok: bool
    checked: int
    unsealed: int
    problem: str | None = None  # the first of `problems`
    first_bad_seq: int | None = None
    problems: list[str] = field(default_factory=list)
    checkpoints: int = 0  # sound checkpoints of this database compared with the chain
    anchored: int = 0  # records 1..anchored are covered by a checkpoint that holds
    anchored_at: str | None = None


@dataclass
class _Walk:
    """The chain walked in order from #1 until the end or the first break."""

    checked: int = 0
    problem: str | None = None
    bad_seq: int | None = None
    hashes: dict[int, str] = field(default_factory=dict)  # at the checkpoints' counts


def _walk(session: Session, wanted: set[int], batch: int) -> _Walk:
    walk, prev, expected = _Walk(), GENESIS, 1
    while True:
        rows = session.scalars(
            select(AuditRecord)
            .where(AuditRecord.seq >= expected)
            .order_by(AuditRecord.seq)
            .limit(batch)
        ).all()
        if not rows:
            return walk
        for rec in rows:
            assert rec.seq is not None
            if rec.seq != expected:
                walk.problem = f"record #{expected} is missing (deleted?)"
            elif rec.prev_hash != prev:
                walk.problem = f"record #{rec.seq} does not link to the one before it"
            elif record_hash(rec, rec.seq, prev) != rec.hash:
                walk.problem = (
                    f"record #{rec.seq} (audit id {rec.id}, {rec.action} on "
                    f"{rec.entity_type} {rec.entity_id}) was altered"
                )
            if walk.problem:
                walk.bad_seq = expected
                return walk
            assert rec.hash is not None
            if rec.seq in wanted:
                walk.hashes[rec.seq] = rec.hash
            prev, expected, walk.checked = rec.hash, expected + 1, walk.checked + 1


def _against_checkpoints(
    result: Verification, walk: _Walk, last_seq: int, checkpoints: list[tuple[int, Checkpoint]]
) -> None:
    """Compare the chain with each checkpoint, and the checkpoints with each other."""
    for (_, before), (line, after) in pairwise(checkpoints):
        if after.count < before.count:
            result.problems.append(
                f"the chain was cut between checkpoints: line {line} ({after.at}) counts "
                f"{after.count} records, fewer than the {before.count} counted at {before.at}"
            )
            break
    longest = max(checkpoints, key=lambda lc: lc[1].count)[1]
    if longest.count > last_seq:
        result.problems.append(
            f"the chain was cut short: the checkpoint of {longest.at} counted {longest.count} "
            f"records, the chain now ends at #{last_seq}: the last "
            f"{longest.count - last_seq} were deleted"
        )
        result.first_bad_seq = last_seq + 1
    good: Checkpoint | None = None
    for _, cp in sorted(checkpoints, key=lambda lc: lc[1].count):
        now = walk.hashes.get(cp.count)
        if now is None:
            continue  # beyond a break or past the end: reported above
        if now != cp.head:
            start = good.count + 1 if good else 1
            result.problems.append(
                f"the chain was rewritten: record #{cp.count} no longer has the hash "
                f"checkpointed at {cp.at}; the change lies in records #{start} to #{cp.count}"
            )
            result.first_bad_seq = result.first_bad_seq or start
            break
        good = cp
    if good is not None:
        result.anchored, result.anchored_at = good.count, good.at


def verify(session: Session, anchor: Anchor | None = None, batch: int = 5000) -> Verification:
    """Check the chain, and with an `anchor` every checkpoint of this database; writes nothing."""
    unsealed = session.scalar(
        select(func.count()).select_from(AuditRecord).where(AuditRecord.seq.is_(None))
    )
    last_seq = session.scalar(select(func.max(AuditRecord.seq))) or 0
    found = anchor.read(database_label(session.get_bind().engine)) if anchor else None
    checkpoints = found.checkpoints if found else []
    walk = _walk(session, {cp.count for _, cp in checkpoints}, batch)
    result = Verification(True, walk.checked, unsealed or 0, checkpoints=len(checkpoints))
    if walk.problem:
        result.problems.append(walk.problem)
        result.first_bad_seq = walk.bad_seq
    if anchor is not None and found is not None:
        result.problems.extend(found.problems)
        if checkpoints:
            _against_checkpoints(result, walk, last_seq, checkpoints)
        elif last_seq and not found.problems:  # (a line that cannot be read says enough)
            result.problems.append(
                f"the chain is not anchored: {anchor.file} holds no checkpoint of this "
                "database, so a cut or rewritten chain would not show (`smarterp audit "
                "checkpoint` anchors it)"
            )
    if result.unsealed:
        result.problems.append(
            f"{result.unsealed} records are not sealed into the chain (written after the last "
            "seal, or inserted behind the application's back): look at them with `smarterp "
            "audit log --unsealed`, then seal them with `smarterp audit seal`"
        )
    result.ok = not result.problems
    result.problem = result.problems[0] if result.problems else None
    return result
