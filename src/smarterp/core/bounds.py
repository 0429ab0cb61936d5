"""What the books accept at all: dates in a window, ids a column can hold, text that fits."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Annotated, Any

from annotated_types import Ge, Le
from pydantic import AfterValidator
from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Mapper, Session

from smarterp.core.errors import InvalidInput

# Business dates live in this window: year 1 or 9999 is a typo, and relative dates (a month
# before, a year after) computed from the edges of the calendar would fail deep inside.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)
# Primary keys are 32-bit on PostgreSQL; larger ids cannot exist (and overflow SQLite's binder).
MAX_ID = 2**31 - 1


def date_problem(value: date) -> str | None:
    """Why `value` is outside the window of business dates; None when it is inside."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        return f"{value.isoformat()} is outside the years {EARLIEST_DATE.year}-{LATEST_DATE.year}"
    return None


def check_date(value: date, field: str, *, record: str | None = None) -> date:
    """The service-side check: refuse a date outside the window, naming the field."""
    problem = date_problem(value)
    if problem:
        raise InvalidInput(field, problem, record=record)
    return value


def _in_window(value: date) -> date:
    problem = date_problem(value)
    if problem:
        raise ValueError(problem)
    return value


# Every date a person or system sends in: an order, payment, invoice or posting date.
BookDate = Annotated[date, AfterValidator(_in_window)]
# An id of a record referred to in a request body.
RecordRef = Annotated[int, Ge(1), Le(MAX_ID)]


@cache
def _text_limits(mapper: Mapper[Any]) -> tuple[tuple[str, int], ...]:
    """The (attribute, length) of each length-limited text column of a mapped class."""
    limits = []
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if isinstance(column.type, String) and column.type.length:
            limits.append((attr.key, column.type.length))
    return tuple(limits)


@event.listens_for(Session, "before_flush")
def _refuse_overlong_text(session: Session, _ctx: Any, _instances: Any) -> None:
    # PostgreSQL refuses text longer than its column, SQLite stores it whole: checking here
    # gives both the same answer, a 422 naming the field, before anything is written.
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for key, length in _text_limits(state.mapper):
            value = state.dict.get(key)
            if isinstance(value, str) and len(value) > length:
                table = state.mapper.local_table.name
                raise InvalidInput(
                    key, f"is {len(value)} characters; at most {length} fit", record=table
                )
