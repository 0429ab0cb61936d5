"""Name the field behind a database refusal (a constraint, a column) so it reads as bad input."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CheckConstraint
from sqlalchemy.exc import DBAPIError

from smarterp.core.db import Base

# Not-null, unique and foreign-key messages of SQLite name "table.column"; PostgreSQL puts the
# column in its diagnostics or in the detail line ("Key (external_ref)=(x) already exists.").
_SQLITE = re.compile(r"(NOT NULL|UNIQUE|CHECK) constraint failed: (\S+?)(?:,|$)")
_PG_KEY = re.compile(r"Key \(([^)]+)\)=")
_REASONS = {
    "NOT NULL": "is required",
    "UNIQUE": "is already used by another record",
    "FOREIGN KEY": "refers to a record that does not exist",
}
_PG_KINDS = {"23502": "NOT NULL", "23505": "UNIQUE", "23503": "FOREIGN KEY", "23514": "CHECK"}
# A retried request whose twin is still running collides on its idempotency key.
_IDEMPOTENCY_TABLE = "idempotency_key"


@dataclass(frozen=True)
class Refusal:
    """What the database refused, as a client should read it."""

    field: str
    reason: str


def explain(exc: DBAPIError) -> Refusal:
    """The field and reason behind an IntegrityError or DataError on SQLite or PostgreSQL."""
    orig = exc.orig
    first_line = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    diag = getattr(orig, "diag", None)
    if diag is not None:
        return _postgres(getattr(orig, "sqlstate", None), diag, str(orig), first_line)
    return _sqlite(first_line)


def _sqlite(message: str) -> Refusal:
    if message.startswith("FOREIGN KEY"):
        return Refusal("reference", _REASONS["FOREIGN KEY"])
    m = _SQLITE.search(message)
    if m is None:
        return Refusal("value", message)
    kind, name = m.groups()
    if kind == "CHECK":
        return _check(name)
    table, _, column = name.partition(".")
    return _named(kind, table, column)


def _postgres(sqlstate: str | None, diag: Any, message: str, first_line: str) -> Refusal:
    kind = _PG_KINDS.get(sqlstate or "")
    if kind is None:  # a DataError: too long, out of range, not encodable
        return Refusal(diag.column_name or "value", first_line)
    if kind == "CHECK":
        return _check(diag.constraint_name or "")
    key = _PG_KEY.search(message)
    column = diag.column_name or (key.group(1) if key else "value")
    return _named(kind, diag.table_name or "", column)


def _named(kind: str, table: str, column: str) -> Refusal:
    if table == _IDEMPOTENCY_TABLE:
        return Refusal("Idempotency-Key", "a request with this key is still running; retry it")
    return Refusal(column, _REASONS[kind])


def _check(name: str) -> Refusal:
    """A CHECK constraint names no column: read the columns from the rule it states."""
    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            if not isinstance(constraint, CheckConstraint) or constraint.name is None:
                continue
            if name not in (constraint.name, f"ck_{table.name}_{constraint.name}"):
                continue
            rule = str(constraint.sqltext)
            columns = [c.name for c in table.columns if re.search(rf"\b{c.name}\b", rule)]
            return Refusal("/".join(columns) or name, f"breaks the rule {rule}")
    return Refusal("value", f"breaks the rule {name}")
