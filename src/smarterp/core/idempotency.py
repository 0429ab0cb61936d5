"""Idempotency keys: a retried command returns what the first one created."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from smarterp.core.db import Base, utcnow


class IdempotencyKey(Base):
    __tablename__ = "idempotency_key"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    operation: Mapped[str] = mapped_column(String(80))
    entity_id: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def seen(session: Session, key: str | None, operation: str) -> int | None:
    if not key:
        return None
    row = session.execute(
        select(IdempotencyKey).where(IdempotencyKey.key == f"{operation}:{key}")
    ).scalar_one_or_none()
    return row.entity_id if row else None


def remember(session: Session, key: str | None, operation: str, entity_id: int) -> None:
    if key:
        session.add(
            IdempotencyKey(key=f"{operation}:{key}", operation=operation, entity_id=entity_id)
        )
