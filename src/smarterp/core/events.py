"""Domain events, written to an outbox table in the same transaction as the change."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, Session, mapped_column

from smarterp.core.db import Base, utcnow
from smarterp.core.jsonable import jsonable


class OutboxEvent(Base):
    """An event waiting to be delivered (webhooks, rules, jobs)."""

    __tablename__ = "outbox_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic: Mapped[str] = mapped_column(String(80), index=True)
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(default=0)


def record_event(
    session: Session,
    topic: str,
    entity_type: str,
    entity_id: int | None,
    **payload: Any,
) -> OutboxEvent:
    event = OutboxEvent(
        topic=topic, entity_type=entity_type, entity_id=entity_id, payload=jsonable(payload)
    )
    session.add(event)
    return event
