"""Carries out one rule run: lease it, do each action once, log what happened; a failure is
retried with exponential back-off and, after the last try, left on the dead-letter list."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from smarterp.automation.rules import actions
from smarterp.automation.rules.definition import Action, EmailAction, RuleDefinition
from smarterp.automation.rules.models import Rule, RuleRun, RunState
from smarterp.automation.rules.service import current_definition
from smarterp.core.db import unit_of_work, utcnow
from smarterp.core.mail import OutgoingMail, SentMail, send_mail

log = logging.getLogger(__name__)

Sender = Callable[[OutgoingMail], SentMail]


@dataclass(frozen=True)
class Policy:
    """How long a worker holds a run, and how often and how patiently it is retried."""

    lease_seconds: float = 300.0
    max_attempts: int = 5
    first_retry_seconds: float = 30.0
    longest_retry_seconds: float = 3600.0

    def retry_delay(self, attempts: int) -> timedelta:
        """30 s, 1 min, 2 min, ... doubling, capped."""
        seconds = self.first_retry_seconds * 2 ** max(attempts - 1, 0)
        return timedelta(seconds=min(seconds, self.longest_retry_seconds))


@dataclass(frozen=True)
class Outcome:
    state: RunState | None  # None: another worker holds it, or it is already finished
    retry_in: timedelta | None = None


def claim(session: Session, run_id: int, *, now: datetime, policy: Policy) -> bool:
    """Lease a run that is waiting (or whose worker's lease ran out); one worker wins."""
    result = session.execute(
        update(RuleRun)
        .where(
            RuleRun.id == run_id,
            ((RuleRun.state == RunState.PENDING) & (RuleRun.next_attempt_at <= now))
            | ((RuleRun.state == RunState.RUNNING) & (RuleRun.lease_until < now)),
        )
        .values(
            state=RunState.RUNNING,
            lease_until=now + timedelta(seconds=policy.lease_seconds),
            attempts=RuleRun.attempts + 1,
        )
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0) == 1


def execute(
    engine: Engine,
    run_id: int,
    *,
    policy: Policy | None = None,
    send: Sender | None = None,
) -> Outcome:
    """Run the actions of one run; each is skipped if a try before already did it."""
    policy = policy or Policy()
    with unit_of_work(engine, actor="rules", via="rule") as session:
        if not claim(session, run_id, now=utcnow(), policy=policy):
            return Outcome(None)
    entries: list[dict[str, object]] = []
    try:
        with unit_of_work(engine, actor="rules", via="rule", read_only=True) as session:
            run = session.get(RuleRun, run_id)
            assert run is not None
            rule = session.get(Rule, run.rule_id)
            assert rule is not None
            rule_def = _definition_of(session, rule, run.rule_version)
            name, record, trigger_key = rule.name, dict(run.record), run.trigger_key
            base_key = f"{rule.id}:{run.rule_version}:{trigger_key}"
        for index, action in enumerate(rule_def.actions):
            key = f"{base_key}:{index}"
            entries.append(_do(engine, action, index, key, run_id, name, record, trigger_key, send))
    except Exception as exc:
        log.warning("rule run %s failed: %s", run_id, exc)
        return _failed(engine, run_id, entries, exc, policy)
    with unit_of_work(engine, actor="rules", via="rule") as session:
        run = session.get(RuleRun, run_id)
        assert run is not None
        run.state, run.finished_at, run.lease_until = RunState.DONE, utcnow(), None
        run.log = [*run.log, *entries]
        run.last_error = None
    return Outcome(RunState.DONE)


def _definition_of(session: Session, rule: Rule, version: int) -> RuleDefinition:
    """The definition the run fired under (a rule changed since keeps its old runs' meaning)."""
    from sqlalchemy import select

    from smarterp.automation.rules import definition
    from smarterp.automation.rules.models import RuleVersion

    if version == rule.version:
        return current_definition(session, rule)
    stored = session.scalars(
        select(RuleVersion).where(RuleVersion.rule_id == rule.id, RuleVersion.version == version)
    ).one()
    return definition.parse({**stored.definition, "enabled": rule.enabled})


def _do(
    engine: Engine,
    action: Action,
    index: int,
    key: str,
    run_id: int,
    rule_name: str,
    record: dict[str, object],
    trigger_key: str,
    send: Sender | None,
) -> dict[str, object]:
    kind = action.kind
    entry: dict[str, object] = {"action": index, "kind": kind, "at": utcnow().isoformat()}
    if isinstance(action, EmailAction):
        with unit_of_work(engine, actor=f"rule:{rule_name}", via="rule", read_only=True) as s:
            if actions.effect_done(s, key):
                return {**entry, "skipped": "done by an earlier try"}
            mail = actions.compose_mail(action, record, s)
        sent = (send or send_mail)(mail)
        result = {
            "to": sent.recipients,
            "subject": sent.subject,
            "message_id": sent.message_id,
            "attached": [a.filename for a in mail.attachments],
        }
        try:
            with unit_of_work(engine, actor=f"rule:{rule_name}", via="rule") as s:
                actions.record_effect(s, key, run_id, kind, result)
        except IntegrityError:  # another worker's try sent it too and recorded it first
            pass
        return {**entry, **result}
    try:
        with unit_of_work(engine, actor=f"rule:{rule_name}", via="rule") as s:
            if actions.effect_done(s, key):
                return {**entry, "skipped": "done by an earlier try"}
            result = actions.perform(
                s,
                action,
                record,
                rule_name=rule_name,
                run_id=run_id,
                trigger_key=trigger_key,
            )
            actions.record_effect(s, key, run_id, kind, result)
    except IntegrityError:  # the same action committed by another worker meanwhile
        return {**entry, "skipped": "done by another worker"}
    return {**entry, **result}


def _failed(
    engine: Engine, run_id: int, entries: list[dict[str, object]], exc: Exception, policy: Policy
) -> Outcome:
    message = f"{type(exc).__name__}: {exc}"[:1000]
    with unit_of_work(engine, actor="rules", via="rule") as session:
        run = session.get(RuleRun, run_id)
        assert run is not None
        failure = {"error": message, "attempt": run.attempts, "at": utcnow().isoformat()}
        run.log = [*run.log, *entries, failure]
        run.last_error = message
        run.lease_until = None
        if run.attempts >= policy.max_attempts:
            run.state, run.finished_at = RunState.DEAD, utcnow()
            return Outcome(RunState.DEAD)
        delay = policy.retry_delay(run.attempts)
        run.state, run.next_attempt_at = RunState.PENDING, utcnow() + delay
        return Outcome(RunState.PENDING, delay)
