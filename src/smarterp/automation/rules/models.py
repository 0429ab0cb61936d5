"""Rules and their versions, each run of a rule, the effects it had, and the tasks it assigned."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smarterp.core.db import Base, str_enum, utcnow


class Rule(Base):
    """A rule by name; its definition lives in its versions, the current one named here."""

    __tablename__ = "automation_rule"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    version: Mapped[int] = mapped_column(default=1)
    enabled: Mapped[bool] = mapped_column(default=False)
    # When it was last enabled: events and slots before this moment never fire it.
    enabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The newest outbox event when it was enabled; the dispatcher reads from just after it.
    enabled_after_event: Mapped[int] = mapped_column(default=0)
    builtin: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RuleVersion(Base):
    """One saved definition of a rule (trigger, conditions, actions); never changed after."""

    __tablename__ = "automation_rule_version"
    __table_args__ = (UniqueConstraint("rule_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("automation_rule.id", ondelete="CASCADE"))
    version: Mapped[int]
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_by: Mapped[str] = mapped_column(String(120))
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RunState(enum.StrEnum):
    PENDING = "pending"  # waiting for a worker (first try or a retry after back-off)
    RUNNING = "running"  # leased by a worker until lease_until
    DONE = "done"
    DEAD = "dead"  # failed on every try: the dead-letter list


class RuleRun(Base):
    """One firing of one rule version for one trigger (an event, a schedule slot, a record);
    the unique key makes a second firing of the same trigger impossible."""

    __tablename__ = "automation_rule_run"
    __table_args__ = (UniqueConstraint("rule_id", "rule_version", "trigger_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule_id: Mapped[int] = mapped_column(
        ForeignKey("automation_rule.id", ondelete="CASCADE"), index=True
    )
    rule_version: Mapped[int]
    trigger_key: Mapped[str] = mapped_column(String(200))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_event.id"))
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[RunState] = mapped_column(
        str_enum(RunState), default=RunState.PENDING, index=True
    )
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The execution log: one entry per action taken or skipped, and each failed try.
    log: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    last_error: Mapped[str | None] = mapped_column(Text)


class RuleEffect(Base):
    """An action a run has carried out, keyed so that no re-run carries it out twice."""

    __tablename__ = "automation_rule_effect"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(240), unique=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("automation_rule_run.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EventSeen(Base):
    """An outbox event the rules dispatcher has looked at (fired rules or not)."""

    __tablename__ = "automation_event_seen"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("outbox_event.id", ondelete="CASCADE"), primary_key=True
    )
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TaskState(enum.StrEnum):
    OPEN = "open"
    DONE = "done"


class Task(Base):
    """Work a rule assigned to a person: what, about which record, by when."""

    __tablename__ = "automation_task"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    assignee: Mapped[str] = mapped_column(String(120), index=True)
    record: Mapped[str | None] = mapped_column(String(120))
    due_date: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    state: Mapped[TaskState] = mapped_column(str_enum(TaskState), default=TaskState.OPEN)
    run_id: Mapped[int | None] = mapped_column(
        ForeignKey("automation_rule_run.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
