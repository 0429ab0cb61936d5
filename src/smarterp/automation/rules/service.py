"""Rule use-cases: save (a new version when the definition changes), import and export YAML,
enable and disable, list rules and runs, and a dry run over past events."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.automation.rules import conditions, definition, records, schedule
from smarterp.automation.rules.definition import RuleDefinition
from smarterp.automation.rules.models import Rule, RuleRun, RuleVersion, RunState
from smarterp.core.audit import record_audit, snapshot
from smarterp.core.db import utcnow
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.core.events import OutboxEvent
from smarterp.erp.company.service import get_company

MAX_DRY_RUN_DAYS = 366


def _stored(rule: RuleDefinition) -> dict[str, Any]:
    """The definition as kept in a version: everything but whether it is on."""
    return rule.model_dump(mode="json", exclude_none=True, exclude={"enabled"})


def get_rule(session: Session, name_or_id: str | int) -> Rule:
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        rule = session.get(Rule, int(name_or_id))
    else:
        rule = session.scalars(select(Rule).where(Rule.name == name_or_id)).first()
    if rule is None:
        raise NotFound("rule", name_or_id)
    return rule


def current_definition(session: Session, rule: Rule) -> RuleDefinition:
    version = session.scalars(
        select(RuleVersion).where(
            RuleVersion.rule_id == rule.id, RuleVersion.version == rule.version
        )
    ).one()
    return definition.parse({**version.definition, "enabled": rule.enabled})


def save(session: Session, data: Any, *, builtin: bool = False) -> Rule:
    """Create a rule or change one: a changed definition becomes its next version (runs keep
    the version they fired under); `enabled` in the data switches it on or off."""
    rule_def = definition.parse(data)
    stored = _stored(rule_def)
    actor = str(session.info.get("actor", "system"))
    rule = session.scalars(select(Rule).where(Rule.name == rule_def.name)).first()
    if rule is None:
        rule = Rule(name=rule_def.name, version=1, enabled=False, builtin=builtin)
        session.add(rule)
        session.flush()
        session.add(RuleVersion(rule_id=rule.id, version=1, definition=stored, saved_by=actor))
        record_audit(session, "rule.create", rule)
    else:
        before = snapshot(rule)
        if current_definition(session, rule).model_dump(exclude={"enabled"}) != (
            rule_def.model_dump(exclude={"enabled"})
        ):
            rule.version += 1
            rule.updated_at = utcnow()
            session.add(
                RuleVersion(
                    rule_id=rule.id, version=rule.version, definition=stored, saved_by=actor
                )
            )
            record_audit(session, "rule.change", rule, before=before)
    if rule_def.enabled != rule.enabled:
        set_enabled(session, rule.name, rule_def.enabled)
    return rule


def set_enabled(session: Session, name_or_id: str | int, enabled: bool) -> Rule:
    """Switch a rule on (it fires on what happens from now on) or off."""
    rule = get_rule(session, name_or_id)
    if rule.enabled == enabled:
        return rule
    before = snapshot(rule)
    rule.enabled = enabled
    if enabled:
        rule.enabled_at = utcnow()
        rule.enabled_after_event = session.scalar(select(func.max(OutboxEvent.id))) or 0
    record_audit(session, "rule.enable" if enabled else "rule.disable", rule, before=before)
    return rule


def load_yaml(text: str) -> list[dict[str, Any]]:
    """The rules in a YAML (or JSON) document: one rule, a list, or {rules: [...]}."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InvalidInput("file", f"not valid YAML: {exc}") from exc
    if isinstance(data, dict) and "rules" in data:
        data = data["rules"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data:
        raise InvalidInput("file", "holds no rules: give a rule, a list of rules or rules: [...]")
    return data


def import_rules(session: Session, text: str, *, builtin: bool = False) -> list[Rule]:
    """Save every rule of a YAML document, all or none; a mistake names the rule's place."""
    docs = load_yaml(text)
    saved = []
    for i, data in enumerate(docs):
        try:
            saved.append(save(session, data, builtin=builtin))
        except InvalidInput as exc:
            where = f"rules[{i}]." if len(docs) > 1 else ""
            raise InvalidInput(
                f"{where}{exc.details['field']}",
                exc.details["reason"],
                record=exc.details["record"],
            ) from exc
    return saved


def export_rules(session: Session, names: list[str] | None = None) -> str:
    """The rules (all, or those named) as a YAML document `import` takes back."""
    rules = [get_rule(session, n) for n in names] if names else list_rules(session)
    docs = [
        current_definition(session, r).model_dump(mode="json", exclude_defaults=True)
        | {"enabled": r.enabled}
        for r in rules
    ]
    return dump_yaml({"rules": docs})


class _Dumper(yaml.SafeDumper):
    """Multi-line text (an email body) as a `|` block, as a person would write it."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def list_rules(session: Session) -> list[Rule]:
    return list(session.scalars(select(Rule).order_by(Rule.name)))


def describe(session: Session, rule: Rule) -> dict[str, Any]:
    """A rule for lists and the API: its state, trigger, and how its runs went."""
    rule_def = current_definition(session, rule)
    counts = dict(
        session.execute(
            select(RuleRun.state, func.count())
            .where(RuleRun.rule_id == rule.id)
            .group_by(RuleRun.state)
        ).all()
    )
    last = session.scalar(select(func.max(RuleRun.created_at)).where(RuleRun.rule_id == rule.id))
    trigger = rule_def.trigger
    return {
        "id": rule.id,
        "name": rule.name,
        "description": rule_def.description,
        "enabled": rule.enabled,
        "builtin": rule.builtin,
        "version": rule.version,
        "trigger": trigger.kind,
        "on": trigger.event or trigger.schedule or trigger.check,
        "actions": [a.kind for a in rule_def.actions],
        "runs": {state.value: int(counts.get(state, 0)) for state in RunState},
        "last_run_at": last.isoformat() if last else None,
    }


def list_runs(
    session: Session,
    *,
    rule: str | int | None = None,
    state: RunState | None = None,
    limit: int = 50,
) -> list[RuleRun]:
    """The execution log, newest first; `state=dead` is the dead-letter list."""
    stmt = select(RuleRun).order_by(RuleRun.id.desc()).limit(limit)
    if rule is not None:
        stmt = stmt.where(RuleRun.rule_id == get_rule(session, rule).id)
    if state is not None:
        stmt = stmt.where(RuleRun.state == state)
    return list(session.scalars(stmt))


def retry_dead(session: Session, run_id: int) -> RuleRun:
    """Put a dead run back in the queue (after its cause was fixed)."""
    run = session.get(RuleRun, run_id)
    if run is None:
        raise NotFound("rule run", run_id)
    if run.state != RunState.DEAD:
        raise InvalidInput("run", f"run {run_id} is {run.state.value}; only dead runs are retried")
    before = snapshot(run)
    run.state, run.attempts, run.next_attempt_at = RunState.PENDING, 0, utcnow()
    record_audit(session, "rule_run.retry", run, before=before)
    return run


@dataclass
class WouldFire:
    """One firing a dry run found: when, on what, and what the actions would do."""

    at: datetime
    trigger_key: str
    record: dict[str, Any]
    actions: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "trigger_key": self.trigger_key,
            "record": records.stored(self.record),
            "actions": self.actions,
        }


def dry_run(
    session: Session, rule_or_data: str | int | dict[str, Any], *, days: int = 30
) -> list[WouldFire]:
    """What the rule (saved, or a definition not saved yet) would have done over the last
    `days`: each event or slot that would have fired it, and what each action would do.
    Nothing is written and nothing is sent."""
    if not 1 <= days <= MAX_DRY_RUN_DAYS:
        raise InvalidInput("days", f"must be between 1 and {MAX_DRY_RUN_DAYS}")
    if isinstance(rule_or_data, dict):
        rule_def = definition.parse(rule_or_data)
    else:
        rule_def = current_definition(session, get_rule(session, rule_or_data))
    now = utcnow()
    start = now - timedelta(days=days)
    trigger = rule_def.trigger
    fired: list[WouldFire] = []
    if trigger.event:
        events = session.scalars(
            select(OutboxEvent).where(OutboxEvent.created_at >= start).order_by(OutboxEvent.id)
        )
        for event in events:
            if not fnmatch.fnmatchcase(event.topic, trigger.event):
                continue
            record = records.for_event(
                session, event.topic, event.entity_id, event.payload, event.id
            )
            if conditions.holds(rule_def.conditions, record):
                fired.append(WouldFire(event.created_at, f"event:{event.id}", record))
    elif trigger.schedule:
        plan = schedule.parse(trigger.schedule, trigger.timezone or get_company(session).timezone)
        for slot in schedule.slots(plan, start, now):
            record = {
                "topic": "schedule",
                "record_type": None,
                "event": None,
                **records.moment_fields(plan.zone, at=slot),
            }
            if conditions.holds(rule_def.conditions, record):
                fired.append(WouldFire(slot, f"slot:{slot.isoformat()}", record))
    else:
        assert trigger.check is not None
        for key, record in records.for_check(session, trigger.check):
            if conditions.holds(rule_def.conditions, record):
                fired.append(WouldFire(now, key, record))
    for item in fired:
        item.actions = [preview(action, item.record) for action in rule_def.actions]
    return fired


def preview(action: definition.Action, record: dict[str, Any]) -> dict[str, Any]:
    """What an action would do for a record, in words a person checks before enabling."""
    from smarterp.automation.rules.actions import compose_mail

    try:
        if isinstance(action, definition.EmailAction):
            mail = compose_mail(action, record)
            said = {"kind": "email", "to": mail.to, "subject": mail.subject}
            return {**said, "attach": action.attach} if action.attach else said
        if isinstance(action, definition.TaskAction):
            title = definition.render(action.title, record)
            return {"kind": "task", "assignee": action.assignee, "title": title}
        if isinstance(action, definition.AlertAction):
            return {"kind": "alert", "summary": definition.render(action.summary, record)}
        if isinstance(action, definition.WebhookAction):
            return {"kind": "webhook", "topic": f"rule.{action.topic}"}
        if isinstance(action, definition.RunAction):
            return {"kind": "run", "job": action.job}
        if isinstance(action, definition.ApprovalAction):
            note = definition.render(action.note, record) if action.note else None
            said = {"kind": action.kind, "approver_role": action.approver_role}
            return {**said, "document": record.get("number"), "note": note}
        return {"kind": action.kind}
    except Exception as exc:  # a template naming a field the record lacks: say so
        return {"kind": action.kind, "error": str(exc)}
