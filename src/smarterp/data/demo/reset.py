"""Dropping every table of a database so the demo can be built again from scratch."""

from __future__ import annotations

from sqlalchemy import Engine, MetaData, text


def reset_schema(engine: Engine) -> None:
    """Drop all tables (and the migration marker); run the migrations afterwards."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        return
    existing = MetaData()
    existing.reflect(bind=engine)
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            # Tables refer to each other; drop them without checking references one by one.
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        existing.drop_all(bind=conn)
    engine.dispose()
