"""Whether a database's schema is current: complete after `upgrade` also when a migration
depends on another branch's (Alembic then records only the dependant), incomplete when one
is missing, and not current when it holds a revision these scripts do not know."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from smarterp.core import schema
from smarterp.core.db import make_engine


def test_a_fresh_database_is_current_after_upgrade_and_not_before(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    assert not schema.is_current(engine)
    schema.upgrade(engine)
    # What made `smarterp serve` refuse a just-built database: fewer rows than heads.
    assert schema.current_revisions(engine) <= set(schema.head_revisions())
    assert schema.is_current(engine)

    recorded = sorted(schema.current_revisions(engine))
    with engine.begin() as conn:
        conn.execute(
            text("DELETE FROM alembic_version WHERE version_num = :v"), {"v": recorded[-1]}
        )
    assert not schema.is_current(engine)  # a branch's newest migration not applied
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version VALUES ('9999')"))
    assert not schema.is_current(engine)  # written by a newer smarterp
    engine.dispose()
