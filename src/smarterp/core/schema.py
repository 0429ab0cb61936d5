"""Create or upgrade the database schema with Alembic, and tell whether it is current."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
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


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def _with_ancestors(revisions: set[str]) -> set[str]:
    """The revisions and every one they build on, through down_revision and depends_on."""
    scripts, seen, todo = _scripts(), set[str](), list(revisions)
    while todo:
        rev = todo.pop()
        if rev in seen:
            continue
        seen.add(rev)
        script = scripts.get_revision(rev)
        if script is not None:
            for parents in (script.down_revision, script.dependencies):
                todo.extend([parents] if isinstance(parents, str) else parents or ())
    return seen


def is_current(engine: Engine) -> bool:
    """Every migration applied. Not simply "the recorded heads are the scripts' heads":
    Alembic records a revision that another depends on (0027 on 0025) only through the
    dependant, so the recorded set can be smaller than the heads and still be complete."""
    current = current_revisions(engine)
    try:
        return _with_ancestors(current) == _with_ancestors(set(head_revisions()))
    except CommandError:  # a revision these scripts do not know: a newer program's schema
        return False
