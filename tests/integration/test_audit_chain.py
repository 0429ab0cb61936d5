"""The audit trail is sealed into a hash chain after each commit, and tampering is detected."""

from __future__ import annotations

import threading
import time

from sqlalchemy import Engine, insert, select, text

from smarterp.core.audit import AuditRecord
from smarterp.core.audit_chain import background_sealing, verify
from smarterp.core.db import session_factory, unit_of_work, utcnow
from tests import factories as f


def _make_history(engine: Engine) -> None:
    for i in range(3):
        with unit_of_work(engine, actor=f"user{i}", via="cli") as s:
            f.customer(s, name=f"Customer {i}")


def test_every_committed_change_is_sealed_and_verifies(engine: Engine) -> None:
    _make_history(engine)
    with session_factory(engine)() as s:
        records = s.scalars(select(AuditRecord).order_by(AuditRecord.seq)).all()
        assert records and all(r.seq is not None and r.hash for r in records)
        assert [r.seq for r in records] == list(range(1, len(records) + 1))
        assert records[1].prev_hash == records[0].hash
        result = verify(s)
    assert result.ok and result.checked == len(records) and result.unsealed == 0


def test_an_edited_record_is_found(engine: Engine) -> None:
    _make_history(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_record SET actor = 'mallory' WHERE seq = 3"))
    with session_factory(engine)() as s:
        result = verify(s)
    assert not result.ok and result.first_bad_seq == 3
    assert "was altered" in (result.problem or "")


def test_a_deleted_record_is_found(engine: Engine) -> None:
    _make_history(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_record WHERE seq = 2"))
    with session_factory(engine)() as s:
        result = verify(s)
    assert not result.ok and result.first_bad_seq == 2
    assert "missing" in (result.problem or "")


def test_a_rolled_back_change_leaves_no_record(engine: Engine) -> None:
    with session_factory(engine)() as s:
        before = len(s.scalars(select(AuditRecord)).all())
    try:
        with unit_of_work(engine, actor="x") as s:
            f.customer(s, name="Never")
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with session_factory(engine)() as s:
        assert len(s.scalars(select(AuditRecord)).all()) == before
        assert verify(s).ok


def test_a_record_left_unsealed_is_sealed_by_the_next_commit(engine: Engine) -> None:
    # As if a process died between committing a change and sealing its record.
    with session_factory(engine)() as s:
        s.execute(
            insert(AuditRecord).values(
                at=utcnow(), actor="ghost", via="cli", action="x.y", entity_type="partner"
            )
        )
        s.commit()
        assert verify(s).unsealed == 1
    _make_history(engine)
    with session_factory(engine)() as s:
        result = verify(s)
        ghost = s.scalars(select(AuditRecord).where(AuditRecord.actor == "ghost")).one()
    assert result.ok and result.unsealed == 0 and ghost.seq is not None


def test_background_sealing_seals_every_commit_of_concurrent_writers(engine: Engine) -> None:
    writers = 2 if engine.dialect.name == "sqlite" else 6

    def write(k: int) -> None:
        for i in range(5):
            with unit_of_work(engine, actor=f"writer{k}", via="api") as s:
                f.customer(s, name=f"Customer {k}-{i}")

    with background_sealing(engine):
        threads = [threading.Thread(target=write, args=(k,)) for k in range(writers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        deadline, caught_up = time.monotonic() + 10, False
        while not caught_up and time.monotonic() < deadline:
            time.sleep(0.05)
            with session_factory(engine)() as s:
                caught_up = verify(s).unsealed == 0
        assert caught_up  # sealed while running, not only by the final pass on stop
    with session_factory(engine)() as s:
        result = verify(s)
        actors = s.scalars(select(AuditRecord.actor).where(AuditRecord.via == "api")).all()
    assert result.ok and result.unsealed == 0
    assert len(actors) == writers * 5  # one record per customer created
