"""Database-side guard: a posted journal entry is never edited or deleted, only reversed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from smarterp.core.errors import IllegalState
from smarterp.erp.accounting.models import EntryState, JournalEntry, JournalLine

# The only columns of a posted entry that may change after posting: the link to its reversal.
_MUTABLE_AFTER_POSTING = {"reversed_by_id"}


def _was_posted(entry: JournalEntry) -> bool:
    hist = inspect(entry).attrs.state.history
    before = hist.deleted[0] if hist.deleted else entry.state
    return before == EntryState.POSTED and inspect(entry).persistent


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_posted(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in session.dirty:
        if isinstance(obj, JournalEntry) and _was_posted(obj):
            changed = {
                a.key for a in inspect(obj).attrs if a.history.has_changes() and a.key != "lines"
            }
            if changed - _MUTABLE_AFTER_POSTING:
                raise IllegalState(
                    f"journal entry {obj.number}", "posted", "edit it; reverse it instead"
                )
        elif isinstance(obj, JournalLine) and obj.posted and inspect(obj).persistent:
            changed = {a.key for a in inspect(obj).attrs if a.history.has_changes()}
            if changed - {"entry", "account"}:
                raise IllegalState(
                    f"journal line {obj.id}", "posted", "edit it; reverse the entry instead"
                )
    for obj in session.deleted:
        if isinstance(obj, JournalEntry) and obj.state == EntryState.POSTED:
            raise IllegalState(f"journal entry {obj.number}", "posted", "delete it; reverse it")
        if isinstance(obj, JournalLine) and obj.posted:
            raise IllegalState(f"journal line {obj.id}", "posted", "delete it; reverse the entry")
