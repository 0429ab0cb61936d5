"""Turns what happened into rule runs: outbox events, schedule slots and periodic checks.

Each run is a row with a unique (rule, version, trigger) key, written in one transaction with
the mark that its event was seen: the queue only carries run ids, so a message lost with a
killed worker is found again here (`due_runs`), and a trigger seen twice fires once."""

from __future__ import annotations

import fnmatch
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, exists, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from smarterp.automation.rules import conditions, records, schedule
from smarterp.automation.rules.definition import RuleDefinition
from smarterp.automation.rules.models import EventSeen, Rule, RuleRun, RunState
from smarterp.automation.rules.service import current_definition
from smarterp.core.events import OutboxEvent
from smarterp.erp.company.service import get_company

log = logging.getLogger(__name__)

# Events written by transactions still open when a later event was seen commit within this
# many ids of it; the dispatcher looks back that far for them.
LOOK_BACK_IDS = 1000
EVENT_BATCH = 500


@dataclass
class Enabled:
    rule: Rule
    definition: RuleDefinition


def enabled_rules(session: Session, kind: str) -> list[Enabled]:
    rules = session.scalars(select(Rule).where(Rule.enabled.is_(True)).order_by(Rule.id))
    out = [Enabled(r, current_definition(session, r)) for r in rules]
    return [e for e in out if e.definition.trigger.kind == kind]


def insert_run(
    session: Session,
    rule: Rule,
    trigger_key: str,
    record: dict[str, Any],
    *,
    event_id: int | None = None,
    now: datetime,
    log: list[dict[str, Any]] | None = None,
) -> int | None:
    """A new pending run, or None when this trigger already fired this rule version."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = (
        insert(RuleRun)
        .values(
            rule_id=rule.id,
            rule_version=rule.version,
            trigger_key=trigger_key[:200],
            event_id=event_id,
            record=records.stored(record),
            state=RunState.PENDING.value,
            attempts=0,
            next_attempt_at=now,
            created_at=now,
            log=log or [],
        )
        .on_conflict_do_nothing(index_elements=["rule_id", "rule_version", "trigger_key"])
        .returning(RuleRun.id)
    )
    return session.scalar(stmt)


def dispatch_events(session: Session, *, now: datetime, batch: int = EVENT_BATCH) -> list[int]:
    """Look at the outbox events no dispatcher has seen; the runs they fire."""
    rules = enabled_rules(session, "event")
    if not rules:
        return []
    newest_seen = session.scalar(select(func.max(EventSeen.event_id))) or 0
    floor = max(min(e.rule.enabled_after_event for e in rules), newest_seen - LOOK_BACK_IDS)
    # Marks below the window are never read again: keep the table the window's size.
    session.execute(delete(EventSeen).where(EventSeen.event_id < newest_seen - 2 * LOOK_BACK_IDS))
    events = list(
        session.scalars(
            select(OutboxEvent)
            .where(
                OutboxEvent.id > floor,
                ~exists().where(EventSeen.event_id == OutboxEvent.id),
            )
            .order_by(OutboxEvent.id)
            .limit(batch)
            .with_for_update(skip_locked=True, of=OutboxEvent)
        )
    )
    fired = []
    for event in events:
        session.add(EventSeen(event_id=event.id, at=now))
        for item in rules:
            trigger = item.definition.trigger
            assert trigger.event is not None
            if event.id <= item.rule.enabled_after_event:
                continue
            if not fnmatch.fnmatchcase(event.topic, trigger.event):
                continue
            record = records.for_event(
                session, event.topic, event.entity_id, event.payload, event.id
            )
            if not conditions.holds(item.definition.conditions, record):
                continue
            run_id = insert_run(
                session, item.rule, f"event:{event.id}", record, event_id=event.id, now=now
            )
            if run_id is not None:
                fired.append(run_id)
    session.flush()
    return fired


def fire_schedules(session: Session, *, now: datetime) -> list[int]:
    """A run for the slot each schedule rule is due for (schedule.due: the latest, once,
    even after a worker was away through several); two workers that both see the slot make
    one run (the unique key), and a slot that fired a rule never fires it again, whichever
    version the rule is at now. A run fired late says so in its log, with when it was due."""
    rules = enabled_rules(session, "schedule")
    if not rules:
        return []
    company_zone = get_company(session).timezone
    fired = []
    for item in rules:
        trigger = item.definition.trigger
        assert trigger.schedule is not None and item.rule.enabled_at is not None
        plan = schedule.parse(trigger.schedule, trigger.timezone or company_zone)
        last = _last_slot_fired(session, item.rule)
        found = schedule.due(plan, since=_aware(item.rule.enabled_at), now=now, fired_before=last)
        if found is None or (last is not None and found.slot <= last):
            continue
        record = records.for_schedule(session, found.slot, plan.zone)
        if not conditions.holds(item.definition.conditions, record):
            continue
        log = []
        if found.late_by >= schedule.LATE_AFTER:
            log.append(
                {
                    "late": True,
                    "due": found.slot.isoformat(),
                    "late_by_minutes": int(found.late_by.total_seconds() // 60),
                    "skipped_slots": found.skipped,
                    "at": now.isoformat(),
                }
            )
        key = _slot_key(found.slot)
        run_id = insert_run(session, item.rule, key, record, now=now, log=log)
        if run_id is not None:
            fired.append(run_id)
    return fired


def _slot_key(slot: datetime) -> str:
    return f"slot:{slot.astimezone(UTC).isoformat()}"


def _last_slot_fired(session: Session, rule: Rule) -> datetime | None:
    """The newest slot that fired the rule, any version (slot keys are ISO times in UTC, so
    the greatest key is the newest slot)."""
    key = session.scalar(
        select(func.max(RuleRun.trigger_key)).where(
            RuleRun.rule_id == rule.id, RuleRun.trigger_key.like("slot:%")
        )
    )
    return datetime.fromisoformat(key.removeprefix("slot:")) if key else None


@dataclass
class CheckClock:
    """When this process last looked for each check rule (checks are cheap to repeat: a
    record fires a rule version once, whichever worker looks)."""

    last: dict[tuple[int, int], datetime] = field(default_factory=dict)

    def due(self, rule: Rule, every_minutes: int, now: datetime) -> bool:
        key = (rule.id, rule.version)
        previous = self.last.get(key)
        if previous is not None and now - previous < timedelta(minutes=every_minutes):
            return False
        self.last[key] = now
        return True


def run_checks(session: Session, *, now: datetime, clock: CheckClock | None = None) -> list[int]:
    """Look at each check rule's records (when its interval has passed); a run for each
    record the conditions hold for and that has not fired the rule before."""
    fired = []
    for item in enabled_rules(session, "check"):
        trigger = item.definition.trigger
        assert trigger.check is not None
        if clock is not None and not clock.due(item.rule, trigger.every_minutes, now):
            continue
        for key, record in records.for_check(session, trigger.check):
            if not conditions.holds(item.definition.conditions, record):
                continue
            run_id = insert_run(session, item.rule, key, record, now=now)
            if run_id is not None:
                fired.append(run_id)
    return fired


def due_runs(session: Session, *, now: datetime, grace: timedelta) -> list[int]:
    """Runs whose queue message may be lost: pending past their time by `grace`, or running
    past their lease (the worker died)."""
    return list(
        session.scalars(
            select(RuleRun.id)
            .where(
                ((RuleRun.state == RunState.PENDING) & (RuleRun.next_attempt_at <= now - grace))
                | ((RuleRun.state == RunState.RUNNING) & (RuleRun.lease_until < now))
            )
            .order_by(RuleRun.id)
            .limit(1000)
        )
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
