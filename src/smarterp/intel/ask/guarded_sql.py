"""Guarded SQL for questions outside the semantic layer: one SELECT over allowed views only."""

from __future__ import annotations

import sqlglot
from sqlalchemy import Engine
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from smarterp.core.errors import InvalidInput
from smarterp.intel.semantic.runner import Table, run_statement

ALLOWED_VIEWS = frozenset({"ask_orders", "ask_order_lines", "ask_products", "ask_customers"})
GUARDED_ROW_LIMIT = 500
GUARDED_TIMEOUT_S = 3.0
# Functions that reach outside the query (files, sleeps, extensions, settings).
DENIED_FUNCTIONS = frozenset(
    {"load_extension", "readfile", "writefile", "pg_sleep", "sleep", "pg_read_file",
     "pg_read_binary_file", "pg_ls_dir", "lo_import", "lo_export", "dblink", "set_config",
     "current_setting", "pg_terminate_backend", "pg_cancel_backend", "randomblob", "zeroblob"}
)  # fmt: skip


def check_sql(sql: str, dialect: str) -> str:
    """The SQL made safe to run (a LIMIT added), or InvalidInput saying why it is refused."""
    read = "postgres" if dialect == "postgresql" else "sqlite"
    try:
        statements = [s for s in sqlglot.parse(sql, read=read) if s is not None]
    except (ParseError, TokenError) as exc:
        raise InvalidInput("sql", f"cannot be parsed: {str(exc).splitlines()[0]}") from None
    if len(statements) != 1:
        raise InvalidInput("sql", "must be exactly one statement")
    tree = statements[0]
    if not isinstance(tree, exp.Select):
        raise InvalidInput("sql", f"only SELECT is allowed, not {tree.key.upper()}")
    forbidden = (exp.Insert, exp.Update, exp.Delete, exp.Drop, exp.Create, exp.Alter,
                 exp.Command, exp.Into, exp.Lock)  # fmt: skip
    for node in tree.walk():
        if isinstance(node, forbidden):
            raise InvalidInput("sql", f"{node.key.upper()} is not allowed")
        if isinstance(node, exp.Func):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if name in DENIED_FUNCTIONS:
                raise InvalidInput("sql", f"function {name} is not allowed")
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    for table in tree.find_all(exp.Table):
        name = table.name.lower()
        if table.db or table.catalog:
            raise InvalidInput("sql", f"{table.sql()} is outside the allowed views")
        if name not in ALLOWED_VIEWS and name not in ctes:
            allowed = ", ".join(sorted(ALLOWED_VIEWS))
            raise InvalidInput("sql", f"table {name} is not allowed; use {allowed}")
    limit = tree.args.get("limit")
    current = None
    if limit is not None and isinstance(limit.expression, exp.Literal):
        current = int(limit.expression.this) if limit.expression.is_int else None
    if current is None or current > GUARDED_ROW_LIMIT:
        tree = tree.limit(GUARDED_ROW_LIMIT)
    return tree.sql(dialect=read)


def run_guarded_sql(engine: Engine, sql: str) -> Table:
    """Run checked SQL read-only, limited and timed out."""
    safe = check_sql(sql, engine.dialect.name)
    columns, rows, truncated = run_statement(
        engine, safe, timeout_s=GUARDED_TIMEOUT_S, max_rows=GUARDED_ROW_LIMIT
    )
    return Table(columns, [[_plain(v) for v in r] for r in rows], safe, truncated)


def _plain(value: object) -> object:
    from datetime import date
    from decimal import Decimal

    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    return value
