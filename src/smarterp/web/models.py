"""The web app's own tables: server-side login sessions (the cookie holds only a random key)
and the list views people save under a name."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smarterp.core.db import Base, utcnow


class WebSession(Base):
    """One signed-in browser. Only the SHA-256 of the cookie's secret is stored, so a copy of
    the database cannot be replayed as a login; deleting the row logs the browser out."""

    __tablename__ = "web_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    # Sent back in every form and htmx request; a request without it is refused (CSRF).
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user_agent: Mapped[str | None] = mapped_column(String(200))


class SavedFilter(Base):
    """A list's search, filters, sort and grouping kept under a name by one person; only
    they see it."""

    __tablename__ = "saved_filter"
    __table_args__ = (UniqueConstraint("user_id", "list_slug", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    list_slug: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(80))
    # The list's query string as the page writes it (`state=draft&sort=-total`).
    query: Mapped[str] = mapped_column(String(1000))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
