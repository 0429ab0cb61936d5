"""Alerts as stored: what was found, its evidence, and where people took it (the state)."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smarterp.core.db import Base, str_enum, utcnow


class AlertState(enum.StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    DISMISSED = "dismissed"  # a false positive: never raised again, and it tunes the detector


class Severity(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Alert(Base):
    """One finding of one detector about some records; found again, it is the same alert."""

    __tablename__ = "alert"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    # The records it is about, sorted and joined: a finding about the same records is one alert.
    key: Mapped[str] = mapped_column(String(400))
    severity: Mapped[Severity] = mapped_column(str_enum(Severity))
    records: Mapped[list[str]] = mapped_column(JSON)
    summary: Mapped[str] = mapped_column(Text)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON)
    # How far past the detector's threshold it was (a z-score, days, a share): dismissals of
    # low scores raise the threshold the detector uses next time.
    score: Mapped[float] = mapped_column(Float, default=0.0)
    state: Mapped[AlertState] = mapped_column(
        str_enum(AlertState), default=AlertState.NEW, index=True
    )
    raised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    raised_by: Mapped[str] = mapped_column(String(80))  # "scan" or the event that caused it
    changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    changed_by: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)


class AlertCursor(Base):
    """How far the event watcher has read the outbox (webhooks keep their own mark)."""

    __tablename__ = "alert_cursor"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_event_id: Mapped[int] = mapped_column(Integer, default=0)
