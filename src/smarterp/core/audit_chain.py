"""The audit trail's hash chain: seal records in commit order, verify nothing was altered.

A business transaction writes its audit records unsealed, as part of its own commit, without
taking any lock: writers never queue on the chain. Right after the commit the records are
sealed (numbered, linked to the previous hash, hashed) under the chain's lock (an advisory
transaction lock on PostgreSQL; SQLite transactions are already serial) by a short separate
transaction. A seal takes every committed record still unsealed, so under load one pass seals
many transactions at once. By default the committing thread seals before it returns; the
server hands sealing to a background thread per process (`background_sealing`) so requests
do not wait for it. A record whose process died between commit and seal is picked up by the
next seal anywhere, and `smarterp audit verify` reports how many are unsealed.
Changing, deleting or re-ordering a sealed record breaks the chain and `verify`
(core.audit_verify) says where; cutting the chain short or rewriting it from some record on
shows against its checkpoints (core.audit_anchor), which the background sealer writes at most
every `audit_checkpoint_seconds` while records are being sealed, on start and on stop, and the
CLI at the end of each command that sealed records.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from smarterp.core.audit_anchor import Anchor, Checkpoint, write_checkpoint
from smarterp.core.audit_record import PENDING, AuditRecord
from smarterp.core.settings import get_settings

GENESIS = "0" * 64
_SEAL_LOCK_KEY = 7_140_501
logger = logging.getLogger(__name__)
# How long the background sealer lets commits gather before a pass: records stay unsealed for
# about this long, and under load each pass seals many transactions' records at once.
GATHER_SECONDS = 0.1


def _utc(at: datetime) -> str:
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return at.isoformat(timespec="microseconds")


class Entry(Protocol):
    """What goes into a record's hash: an AuditRecord, or a row of its table."""

    at: datetime
    actor: str
    via: str
    action: str
    entity_type: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None


def record_hash(rec: Entry, seq: int, prev_hash: str) -> str:
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


def _lock_and_tip(conn: Connection) -> tuple[int, str]:
    """Take the chain's lock and read its last link."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SEAL_LOCK_KEY})
    last = conn.execute(
        select(AuditRecord.seq, AuditRecord.hash)
        .where(AuditRecord.seq.is_not(None))
        .order_by(AuditRecord.seq.desc())
        .limit(1)
    ).first()
    seq: int = last[0] if last and last[0] is not None else 0
    prev: str = last[1] if last and last[1] is not None else GENESIS
    return seq, prev


def write_pending(session: Session) -> bool:
    """Insert the audit records this session collected, unsealed; True when there were any."""
    pending: list[AuditRecord] = session.info.pop(PENDING, [])
    if not pending:
        return False
    # One bulk INSERT, not the unit of work: the records are final and nothing reads them back.
    session.execute(insert(AuditRecord), [_row(rec) for rec in pending])
    return True


_TABLE = AuditRecord.__table__
_COLUMNS = [c.key for c in _TABLE.columns if c.key != "id"]


def _row(rec: AuditRecord) -> dict[str, object]:
    return {key: getattr(rec, key) for key in _COLUMNS}


_LINK = (
    update(AuditRecord)
    .where(_TABLE.c.id == bindparam("record_id"))
    .values(seq=bindparam("new_seq"), prev_hash=bindparam("new_prev"), hash=bindparam("new_hash"))
)


def seal(engine: Engine) -> int:
    """Chain every committed record not yet sealed, in the order they were written; returns
    how many. Plain SQL on a connection of its own: no session, no unit of work."""
    with engine.begin() as conn:
        seq, prev = _lock_and_tip(conn)
        loose = conn.execute(
            select(_TABLE).where(_TABLE.c.seq.is_(None)).order_by(_TABLE.c.id)
        ).all()
        links = []
        for row in loose:
            seq += 1
            link = record_hash(row, seq, prev)
            links.append({"record_id": row.id, "new_seq": seq, "new_prev": prev, "new_hash": link})
            prev = link
        if links:
            conn.execute(_LINK, links)
        return len(links)


class BackgroundSealer:
    """Seals in a thread of its own, woken after each commit that wrote audit records; each
    pass starts after the wake-up that asked for it, so no committed record is left behind.
    With an anchor it also checkpoints the chain's head: on start, then at most every
    `checkpoint_every` seconds while the chain grows, and on stop."""

    def __init__(
        self, engine: Engine, anchor: Anchor | None = None, checkpoint_every: float = 0
    ) -> None:
        self.engine = engine
        self.anchor = anchor if checkpoint_every > 0 else None
        self.checkpoint_every = checkpoint_every
        self.last_checkpoint: Checkpoint | None = None
        self._grown = True  # anchor what was sealed before this process started
        self._checkpointed_at = float("-inf")
        self._wanted = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="audit-sealer", daemon=True)

    def request(self) -> None:
        self._wanted.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._checkpoint(due_only=True)
            if not self._wanted.wait(timeout=1.0):
                continue
            self._stop.wait(GATHER_SECONDS)  # let a few more commits in: one pass seals them all
            self._wanted.clear()
            try:
                self._grown |= seal(self.engine) > 0
            except Exception:  # a lost connection must not end sealing: retry shortly
                logger.exception("sealing the audit trail failed; retrying")
                self._wanted.set()
                self._stop.wait(1.0)

    def _checkpoint(self, *, due_only: bool) -> None:
        """Anchor the head if the chain grew (and, with `due_only`, the interval has passed);
        a full disk or a missing folder is logged, never a reason to stop sealing."""
        now = time.monotonic()
        if self.anchor is None or not self._grown:
            return
        if due_only and now - self._checkpointed_at < self.checkpoint_every:
            return
        try:
            self.last_checkpoint = (
                write_checkpoint(self.engine, self.anchor, previous=self.last_checkpoint)
                or self.last_checkpoint
            )
            self._grown, self._checkpointed_at = False, now
        except Exception:
            logger.exception("writing an audit checkpoint to %s failed", self.anchor.file)
            self._checkpointed_at = now  # try again after the interval, not every second

    def start(self) -> None:
        _background[self.engine] = self
        self._thread.start()

    def stop(self) -> None:
        """Stop, then seal what is left and anchor it, so a clean shutdown leaves nothing
        unsealed or unanchored."""
        _background.pop(self.engine, None)
        self._stop.set()
        self._thread.join(timeout=15)
        self._grown |= seal(self.engine) > 0
        self._checkpoint(due_only=False)


_background: dict[Engine, BackgroundSealer] = {}


@contextmanager
def background_sealing(
    engine: Engine, anchor: Anchor | None = None, checkpoint_every: float | None = None
) -> Iterator[BackgroundSealer]:
    """While inside, commits on `engine` in this process leave sealing to a background thread,
    which also checkpoints the chain (by default to the anchor and interval in the settings)."""
    settings = get_settings()
    sealer = BackgroundSealer(
        engine,
        anchor or Anchor.from_settings(settings),
        settings.audit_checkpoint_seconds if checkpoint_every is None else checkpoint_every,
    )
    sealer.start()
    try:
        yield sealer
    finally:
        sealer.stop()


def seal_after_commit(engine: Engine) -> None:
    """Called once a transaction that wrote audit records has committed."""
    sealer = _background.get(engine)
    if sealer is not None:
        sealer.request()
    elif seal(engine):
        _sealed_inline.add(engine)


# The engines this process sealed records on by itself (the CLI's way, with no background
# sealer): the CLI anchors them as each command ends (checkpoint_sealed_inline).
_sealed_inline: weakref.WeakSet[Engine] = weakref.WeakSet()


def checkpoint_sealed_inline(anchor: Anchor) -> list[Checkpoint]:
    """Anchor each chain this process has sealed records on since the last call."""
    written = []
    for engine in list(_sealed_inline):
        _sealed_inline.discard(engine)
        if _file_gone(engine):
            continue  # a throwaway database (an evaluation's demo) deleted before the end
        checkpoint = write_checkpoint(engine, anchor)
        if checkpoint is not None:
            written.append(checkpoint)
    return written


def _file_gone(engine: Engine) -> bool:
    """An SQLite database whose file no longer exists: there is no chain left to anchor."""
    name = engine.url.database or ""
    if engine.url.get_backend_name() != "sqlite" or name in ("", ":memory:"):
        return False
    return not name.startswith("file:") and not Path(name).exists()
