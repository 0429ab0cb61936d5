"""Database-side guard: a posted journal entry is never edited or deleted, only reversed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from smarterp.core.errors import IllegalState
from smarterp.erp.accounting.models import EntryState, JournalEntry, JournalLine

# The only columns of a posted entry that may change after posting: the links between an
# entry and its reversal, each set once (the reversal is posted before they can be linked).
_LINKS_SET_ONCE = {"reversed_by_id", "reversal_of_id"}


def _links_set_once(entry: JournalEntry, keys: set[str]) -> bool:
    """True when only the reversal links changed, each from empty to a value."""
    if not keys <= _LINKS_SET_ONCE:
        return False
    attrs = inspect(entry).attrs
    return all(old is None for key in keys for old in attrs[key].history.deleted)


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
            if not _links_set_once(obj, changed):
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
