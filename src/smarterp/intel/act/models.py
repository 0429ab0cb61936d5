"""The stored proposal: what a command would do, kept until it is confirmed or expires."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from smarterp.core.db import Base, utcnow


class ActProposal(Base):
    """One proposal: the operation, its arguments resolved to records, the preview shown and
    the words it came from. Confirmed at most once, by the user it was made for."""

    __tablename__ = "act_proposal"

    # A random id, not a counter: an id seen in one place must not let anyone guess others.
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    operation: Mapped[str] = mapped_column(String(60))
    arguments: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The preview as shown (summary, changes, warnings): confirming applies exactly this.
    preview: Mapped[dict[str, Any]] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(5))
    username: Mapped[str] = mapped_column(String(80), index=True)
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # What the confirmation did (records with their numbers).
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
