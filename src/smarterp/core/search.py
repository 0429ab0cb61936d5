"""Text search over columns: what a person types is matched as written, anywhere in the
column, whatever its case, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Select, false, or_

# A select of any columns: an entity, or an entity with the figures a list shows beside it.
AnySelect: TypeAlias = "Select[*tuple[Any, ...]]"


def contains(column: Any, text: str) -> ColumnElement[bool]:
    """`column` holds `text`, ignoring case; `%` and `_` are matched as themselves, not as
    LIKE wildcards, so "10%" finds "10%" and not every "10"."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    clause: ColumnElement[bool] = column.ilike(f"%{escaped}%", escape="\\")
    return clause


def any_contains(text: str, *columns: Any) -> ColumnElement[bool]:
    """One of `columns` holds `text`."""
    if not columns:
        return false()
    return or_(*(contains(column, text) for column in columns))
