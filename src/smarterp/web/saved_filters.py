"""Saved list views: a person keeps a list's search, filters, sort and grouping under a name,
sees their own on the list page and deletes them; nobody else sees them."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput, NotFound
from smarterp.web.models import SavedFilter

# What a saved view may carry besides the list's own filters: never the page or a download.
_KEPT = {"q", "date_from", "date_to", "sort", "group"}


def clean_query(query: str, filter_names: set[str]) -> str:
    """`query` cut to what a view of the list is (search, filters, dates, sort, group)."""
    pairs = parse_qsl(query.lstrip("?"), keep_blank_values=False)
    return urlencode([(k, v) for k, v in pairs if k in _KEPT or k in filter_names])


def of_user(session: Session, user_id: int, list_slug: str) -> list[SavedFilter]:
    stmt = (
        select(SavedFilter)
        .where(SavedFilter.user_id == user_id, SavedFilter.list_slug == list_slug)
        .order_by(SavedFilter.name)
    )
    return list(session.scalars(stmt))


def save(session: Session, user_id: int, list_slug: str, name: str, query: str) -> SavedFilter:
    """Keep `query` under `name`; saving a name again replaces what it held."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("name", "a saved view needs a name")
    if len(name) > 80:
        raise InvalidInput("name", f"{len(name)} characters is longer than 80")
    if len(query) > 1000:
        raise InvalidInput("query", "the view is longer than 1000 characters")
    existing = session.scalar(
        select(SavedFilter).where(
            SavedFilter.user_id == user_id,
            SavedFilter.list_slug == list_slug,
            SavedFilter.name == name,
        )
    )
    if existing is not None:
        existing.query = query
        return existing
    saved = SavedFilter(user_id=user_id, list_slug=list_slug, name=name, query=query)
    session.add(saved)
    session.flush()
    return saved


def delete(session: Session, user_id: int, filter_id: int) -> str:
    """Delete one of the user's saved views; returns its list's slug. Another person's is
    not found, as if it did not exist."""
    saved = session.get(SavedFilter, filter_id)
    if saved is None or saved.user_id != user_id:
        raise NotFound("saved view", str(filter_id))
    session.delete(saved)
    return saved.list_slug
