"""Create or upgrade the database schema with Alembic, and tell whether it is current."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from smarterp.core import sequence

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def upgrade(engine: Engine) -> None:
    # The schema may have been dropped and rebuilt: forget which number sequences exist.
    sequence.known_sequences.clear()
    cfg = alembic_config(engine)
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
        conn.commit()


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


@lru_cache(maxsize=1)
def head_revisions() -> frozenset[str]:
    # Areas may add their tables on branches of their own, so there can be several heads.
    # Read from the migration scripts once: they do not change while the process runs.
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def is_current(engine: Engine) -> bool:
    return current_revisions(engine) == head_revisions()
