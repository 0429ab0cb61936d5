"""Runs compiled queries read-only, with a row limit and a statement timeout."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql import ClauseElement

from smarterp.core.errors import DomainError
from smarterp.intel.semantic.catalogue import Kind
from smarterp.intel.semantic.compiler import Compiled
from smarterp.intel.semantic.query import MAX_ROWS

DEFAULT_TIMEOUT_S = 5.0


class QueryTimeout(DomainError):
    code = "query_timeout"
    status = 504

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the query ran longer than {seconds:g} s and was stopped")


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Any]]
    sql: str
    truncated: bool = False


@contextmanager
def read_only_pg(engine: Engine, timeout_s: float) -> Iterator[Connection]:
    """A PostgreSQL transaction that cannot write and whose statements stop after timeout_s."""
    with engine.connect() as conn, conn.begin() as tx:
        conn.execute(text("SET TRANSACTION READ ONLY"))
        conn.execute(text(f"SET LOCAL statement_timeout = {int(timeout_s * 1000)}"))
        yield conn
        tx.rollback()


@contextmanager
def read_only_sqlite(engine: Engine, timeout_s: float) -> Iterator[Any]:
    """A raw sqlite3 connection in a deferred read transaction with writes refused
    (query_only) and a progress handler that aborts statements after timeout_s.

    The engine's own transactions start with BEGIN IMMEDIATE (a write lock), which a
    read must not take, so reads go to the driver directly."""
    raw: Any = engine.raw_connection()
    try:
        deadline = time.monotonic() + timeout_s
        # sqlite3 calls this every N virtual-machine steps; a true result aborts the statement.
        raw.driver_connection.set_progress_handler(lambda: time.monotonic() > deadline, 2000)
        cur = raw.cursor()
        cur.execute("PRAGMA query_only = ON")
        cur.execute("BEGIN")
        try:
            yield cur
        finally:
            cur.execute("ROLLBACK")
            cur.execute("PRAGMA query_only = OFF")
            raw.driver_connection.set_progress_handler(None, 0)
            cur.close()
    finally:
        raw.close()


def _driver_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def render_sql(statement: ClauseElement, engine: Engine) -> str:
    """The SQL as text with its values inlined, for the answer's evidence."""
    try:
        compiled = statement.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True})
    except Exception:  # some values have no literal form; show placeholders instead
        compiled = statement.compile(dialect=engine.dialect)
    return str(compiled)


def run_statement(
    engine: Engine,
    statement: Any,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = MAX_ROWS,
) -> tuple[list[str], list[list[Any]], bool]:
    """Execute a SELECT (Core statement or SQL text) read-only; returns columns, at most
    `max_rows` rows, and whether more were there."""
    try:
        if engine.dialect.name == "sqlite":
            if isinstance(statement, str):
                sql, args = statement, []
            else:
                compiled = statement.compile(
                    dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
                )
                params = compiled.construct_params()
                sql = str(compiled)
                args = [_driver_value(params[k]) for k in (compiled.positiontup or [])]
            with read_only_sqlite(engine, timeout_s) as cur:
                cur.execute(sql, args)
                columns = [d[0] for d in cur.description or []]
                fetched = cur.fetchmany(max_rows + 1)
        else:
            with read_only_pg(engine, timeout_s) as conn:
                result = conn.execute(text(statement) if isinstance(statement, str) else statement)
                columns = list(result.keys())
                fetched = list(result.fetchmany(max_rows + 1))
    except (OperationalError, sqlite3.OperationalError) as exc:
        message = str(getattr(exc, "orig", exc)).lower()
        if "interrupted" in message or "statement timeout" in message or "cancel" in message:
            raise QueryTimeout(timeout_s) from None
        raise
    rows = [list(r) for r in fetched[:max_rows]]
    return columns, rows, len(fetched) > max_rows


def run_compiled(
    engine: Engine, compiled: Compiled, *, timeout_s: float = DEFAULT_TIMEOUT_S
) -> Table:
    columns, rows, truncated = run_statement(engine, compiled.statement, timeout_s=timeout_s)
    shaped = [
        [present(v, k, c) for v, k, c in zip(r, compiled.kinds, columns, strict=False)]
        for r in rows
    ]
    return Table(compiled.columns, shaped, render_sql(compiled.statement, engine), truncated)


def present(value: Any, kind: Kind, column: str) -> Any:
    """A value as an answer shows it: money and rates to 2 decimals, whole counts as ints."""
    if value is None:
        return None
    if column == "order" and isinstance(value, str) and ":" in value:
        # Imported orders keep their source key ("northwind:10372"); people know 10372.
        tail = value.rsplit(":", 1)[1]
        return int(tail) if tail.isdigit() else tail
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if kind in ("money", "percent", "days", "quantity", "count") and isinstance(
        value, (int, float, Decimal)
    ):
        number = Decimal(str(value))
        if kind in ("count", "quantity") and number == number.to_integral_value():
            return int(number)
        rounded = number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return float(rounded)
    if isinstance(value, Decimal):
        return float(value)
    return value
