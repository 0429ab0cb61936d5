"""Dropping every table of a database so the demo can be built again from scratch."""

from __future__ import annotations

from sqlalchemy import Engine, MetaData, inspect, text


def reset_schema(engine: Engine) -> None:
    """Drop all tables (and the migration marker); run the migrations afterwards."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        return
    existing = MetaData()
    existing.reflect(bind=engine)
    views = inspect(engine).get_view_names()
    with engine.begin() as conn:
        for view in views:  # views read the tables: they go first
            conn.exec_driver_sql(f'DROP VIEW IF EXISTS "{view}"')
        if engine.dialect.name == "sqlite":
            # Tables refer to each other; drop them without checking references one by one.
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        existing.drop_all(bind=conn)
    engine.dispose()
