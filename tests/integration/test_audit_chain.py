"""The audit trail is sealed into a hash chain after each commit, anchored by signed
checkpoints outside the database, and tampering is detected: inside the chain, and the chain
cut short, rewritten, or grown by rows that were never sealed."""

from __future__ import annotations

import json
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, insert, select, text
from typer.testing import CliRunner

from smarterp.cli.main import app
from smarterp.core.audit import AuditRecord
from smarterp.core.audit_anchor import Anchor, write_checkpoint
from smarterp.core.audit_chain import background_sealing, record_hash
from smarterp.core.audit_verify import verify
from smarterp.core.db import engine_for, session_factory, unit_of_work, utcnow
from smarterp.core.settings import get_settings
from tests import factories as f


@pytest.fixture
def anchor(tmp_path: Path) -> Anchor:
    return Anchor(tmp_path / "anchors" / "audit.jsonl", tmp_path / "keys" / "audit.key")


def _grow(engine: Engine, customers: int, tag: str = "") -> int:
    """`customers` more records in one commit; returns the chain's length after sealing."""
    with unit_of_work(engine, actor="clerk", via="api") as s:
        for i in range(customers):
            f.customer(s, name=f"Customer {tag}{i}")
    return _length(engine)


def _length(engine: Engine) -> int:
    with session_factory(engine)() as s:
        return s.scalar(select(func.max(AuditRecord.seq))) or 0


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


# The three attacks of issue 13: each passed the chain-only check (which is what `verify` was
# before the checkpoints: the first assertion of each test shows it still passes) and each is
# caught once the chain is checked against its checkpoints.


def test_cutting_off_the_last_50_records_is_found(engine: Engine, anchor: Anchor) -> None:
    length = _grow(engine, 60)
    assert write_checkpoint(engine, anchor) is not None
    with engine.begin() as conn:
        conn.execute(delete(AuditRecord).where(AuditRecord.seq > length - 50))
    with session_factory(engine)() as s:
        assert verify(s).ok  # the chain alone: a shorter chain is still a sound chain
        result = verify(s, anchor)
    assert not result.ok and result.first_bad_seq == length - 49
    assert result.problem == (
        f"the chain was cut short: the checkpoint of {_at(anchor)} counted {length} records, "
        f"the chain now ends at #{length - 50}: the last 50 were deleted"
    )

    # The next checkpoint (the server writes them on its own) records the shorter chain: the
    # earlier one still shows the cut, and the pair of them says when.
    write_checkpoint(engine, anchor)
    with session_factory(engine)() as s:
        problems = verify(s, anchor).problems
    assert problems[0].startswith("the chain was cut between checkpoints: line 2")
    assert problems[1].startswith("the chain was cut short")


def test_rewriting_a_record_and_every_later_hash_is_found(engine: Engine, anchor: Anchor) -> None:
    first = _grow(engine, 5)
    write_checkpoint(engine, anchor)
    second = _grow(engine, 5, tag="b")
    write_checkpoint(engine, anchor)
    with session_factory(engine)() as s:
        assert verify(s, anchor).ok and verify(s, anchor).anchored == second
        # Mallory edits a record after the first checkpoint and re-links every later one.
        records = s.scalars(
            select(AuditRecord).where(AuditRecord.seq > first + 1).order_by(AuditRecord.seq)
        ).all()
        records[0].actor = "mallory"
        prev = s.scalar(select(AuditRecord.hash).where(AuditRecord.seq == first + 1))
        for rec in records:
            assert rec.seq is not None and prev is not None
            rec.prev_hash, rec.hash = prev, record_hash(rec, rec.seq, prev)
            prev = rec.hash
        s.commit()
        assert verify(s).ok  # the chain alone holds: every hash was recomputed
        result = verify(s, anchor)
    assert not result.ok and result.first_bad_seq == first + 1
    assert result.problems == [
        f"the chain was rewritten: record #{second} no longer has the hash checkpointed at "
        f"{_at(anchor, 2)}; the change lies in records #{first + 1} to #{second}"
    ]
    assert result.anchored == first  # up to the first checkpoint, the trail still holds


def test_a_row_inserted_unsealed_is_reported_and_verify_leaves_it_unsealed(
    engine: Engine, cli_env: None
) -> None:
    runner = CliRunner()
    with session_factory(engine)() as s:
        assert not verify(s, Anchor.from_settings()).ok  # the books' opening: not anchored
    # A command that writes anchors what it sealed as it ends.
    assert runner.invoke(app, ["partner", "add", "Zed", "--customer"]).exit_code == 0
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0
    with engine.begin() as conn:
        conn.execute(
            insert(AuditRecord).values(
                at=utcnow(), actor="admin", via="api", action="payment.void", entity_type="x"
            )
        )
    for _ in range(2):  # verify used to seal the row first, and then call the chain intact
        result = runner.invoke(app, ["audit", "verify"])
        assert result.exit_code == 1
        assert "1 records are not sealed into the chain" in " ".join(result.stderr.split())
    with session_factory(engine)() as s:
        assert s.scalar(select(AuditRecord.seq).where(AuditRecord.action == "payment.void")) is None

    listed = runner.invoke(app, ["audit", "log", "--unsealed", "--json"])
    assert [r["action"] for r in json.loads(listed.stdout)["rows"]] == ["payment.void"]
    assert runner.invoke(app, ["audit", "seal"]).stdout.strip() == "1 records sealed"
    checkpoint = runner.invoke(app, ["audit", "checkpoint", "--json"])
    assert json.loads(checkpoint.stdout)["checkpoint"]["count"] == _length(engine)
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0


def test_a_forged_or_altered_checkpoint_line_is_found(engine: Engine, anchor: Anchor) -> None:
    _grow(engine, 3)
    write_checkpoint(engine, anchor)
    real = json.loads(anchor.file.read_text())
    other_db = {**real, "database": "postgresql://elsewhere:5432/x"}  # hides it from the check
    bigger = {**real, "count": real["count"] + 1000}
    with anchor.file.open("a") as fh:
        for line in (other_db, bigger):
            fh.write(json.dumps(line) + "\n")
        fh.write("{not json\n")
    with session_factory(engine)() as s:
        result = verify(s, anchor)
    assert not result.ok and result.checkpoints == 1  # the sound one still counts
    assert result.problems == [
        f"checkpoint line {n} of {anchor.file} has a signature that does not match: "
        "forged or altered"
        for n in (2, 3)
    ] + [f"checkpoint line 4 of {anchor.file} is not a checkpoint"]


def test_a_chain_without_checkpoint_or_key_is_not_taken_as_anchored(
    engine: Engine, anchor: Anchor
) -> None:
    _grow(engine, 2)
    with session_factory(engine)() as s:
        result = verify(s, anchor)
    assert not result.ok and result.problem is not None
    assert result.problem.startswith("the chain is not anchored")
    assert not anchor.key_file.exists()  # verify reads only: it never makes a key

    write_checkpoint(engine, anchor)
    assert stat.S_IMODE(anchor.key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(anchor.file.stat().st_mode) == 0o600
    anchor.key_file.unlink()
    with session_factory(engine)() as s:
        result = verify(s, anchor)
    assert result.problems == [
        f"checkpoint line 1 of {anchor.file} cannot be checked: the key file "
        f"{anchor.key_file} is missing"
    ]


def test_the_background_sealer_anchors_the_chain(engine: Engine, anchor: Anchor) -> None:
    _grow(engine, 2)
    with background_sealing(engine, anchor, checkpoint_every=0.05) as sealer:
        _wait_for(lambda: anchor.file.exists())  # on start: what was sealed before
        length = _grow(engine, 2, tag="b")
        _wait_for(
            lambda: sealer.last_checkpoint is not None and sealer.last_checkpoint.count == length
        )
        with unit_of_work(engine, actor="clerk", via="api") as s:
            f.customer(s, name="Last")  # sealed and anchored by the stop
    lines = [json.loads(line) for line in anchor.file.read_text().splitlines()]
    with session_factory(engine)() as s:
        result = verify(s, anchor)
        assert lines[-1]["count"] == s.scalar(select(func.max(AuditRecord.seq))) > length
    assert result.ok and result.anchored == lines[-1]["count"] == result.checked


def _wait_for(condition: object, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _at(anchor: Anchor, line: int = 1) -> str:
    return str(json.loads(anchor.file.read_text().splitlines()[line - 1])["at"])


@pytest.fixture
def cli_env(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The CLI on the test's database, its checkpoints and key in the test's folder."""
    monkeypatch.setenv("SMARTERP_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("SMARTERP_AUDIT_ANCHOR_FILE", str(tmp_path / "audit.jsonl"))
    monkeypatch.setenv("SMARTERP_AUDIT_KEY_FILE", str(tmp_path / "audit.key"))
    get_settings.cache_clear()
    engine_for.cache_clear()
    yield
    engine_for(get_settings().resolved_database_url()).dispose()
    get_settings.cache_clear()
    engine_for.cache_clear()


def test_a_deleted_throwaway_database_is_not_anchored(tmp_path: Path, anchor: Anchor) -> None:
    """`eval extract --demo` builds its demo in a temporary folder that is gone when the
    command ends: nothing is anchored for it and nothing fails, while a database still there
    is anchored as before."""
    from smarterp.core import schema
    from smarterp.core.audit_chain import checkpoint_sealed_inline
    from smarterp.core.db import make_engine

    checkpoint_sealed_inline(anchor)  # what earlier tests in this process sealed
    kept, gone = tmp_path / "kept.db", tmp_path / "gone.db"
    engines = {p: make_engine(f"sqlite:///{p}") for p in (kept, gone)}
    for engine in engines.values():
        schema.upgrade(engine)
        _grow(engine, 2)
    engines[gone].dispose()
    gone.unlink()
    written = checkpoint_sealed_inline(anchor)
    assert [c.database for c in written] == [f"sqlite:///{kept.resolve()}"]
    engines[kept].dispose()
