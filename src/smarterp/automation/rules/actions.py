"""What a rule does, each action through the service that owns it, keyed so it happens once.

A database action writes its effect row in the same transaction as its change: a re-run finds
the row and skips. Email leaves the database: it is sent, then its effect row is written, so a
worker killed between the two may send it again (at least once, never lost)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.automation.rules.definition import (
    Action,
    AlertAction,
    ApprovalAction,
    DraftRfqAction,
    EmailAction,
    RunAction,
    TaskAction,
    WebhookAction,
    render,
)
from smarterp.automation.rules.models import RuleEffect, RuleRun, Task
from smarterp.core.audit import record_audit
from smarterp.core.auth import get_user
from smarterp.core.db import utcnow
from smarterp.core.errors import InvalidInput
from smarterp.core.events import record_event
from smarterp.core.mail import Attachment, OutgoingMail
from smarterp.core.permissions import Role
from smarterp.erp.approvals import service as approvals
from smarterp.erp.approvals.models import DocumentType
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.sales import service as sales

# The business area of each kind of order a rule may hold for approval.
ORDER_AREAS: dict[str, Any] = {"sales_order": sales, "purchase_order": purchasing}


def effect_done(session: Session, key: str) -> RuleEffect | None:
    return session.scalars(select(RuleEffect).where(RuleEffect.key == key)).first()


def record_effect(
    session: Session, key: str, run_id: int, kind: str, result: dict[str, Any]
) -> RuleEffect:
    effect = RuleEffect(key=key, run_id=run_id, kind=kind, result=result)
    session.add(effect)
    session.flush()  # the unique key: a second effect for the same key fails here
    return effect


def compose_mail(
    action: EmailAction, record: dict[str, Any], session: Session | None = None
) -> OutgoingMail:
    """The message an email action sends for a record (templates filled); with a session, the
    record's document is attached as a PDF when the action asks for it."""
    to = [a.strip() for a in render(action.to, record).split(",") if a.strip()]
    cc = [a.strip() for a in render(action.cc, record).split(",")] if action.cc else []
    attachments = []
    if action.attach and session is not None:
        attachments.append(document_pdf(session, record))
    return OutgoingMail(
        to=to,
        cc=[a for a in cc if a],
        subject=render(action.subject, record),
        body=render(action.body, record),
        attachments=attachments,
    )


# The printed document of each kind of record (erp.documents' keys).
DOCUMENT_KEYS = {
    ("invoice", "out_invoice"): "invoice",
    ("invoice", "out_refund"): "credit-note",
    ("sales_order", None): "order",
    ("purchase_order", None): "purchase-order",
}


def document_pdf(session: Session, record: dict[str, Any]) -> Attachment:
    """The record's document (an invoice, an order) as the PDF a person would send."""
    from smarterp.erp.documents import service as documents

    kind = record.get("kind") if record.get("record_type") == "invoice" else None
    key = DOCUMENT_KEYS.get((str(record.get("record_type")), kind))
    if key is None or record.get("id") is None:
        raise InvalidInput(
            "attach",
            f"a {record.get('record_type') or 'scheduled'} record has no document to attach",
        )
    doc = documents.printable(session, key, int(record["id"]))
    return Attachment(documents.email_draft(doc).filename, documents.pdf(doc))


def perform(
    session: Session,
    action: Action,
    record: dict[str, Any],
    *,
    rule_name: str,
    run_id: int,
    trigger_key: str,
) -> dict[str, Any]:
    """Carry out one database action; returns what it did (for the run's log)."""
    if isinstance(action, TaskAction):
        get_user(session, action.assignee)  # a task for nobody is refused by name
        task = Task(
            title=render(action.title, record)[:300],
            assignee=action.assignee,
            record=_record_ref(record),
            due_date=utcnow() + timedelta(days=action.due_in_days),
            run_id=run_id,
        )
        session.add(task)
        record_audit(session, "task.assign", task, reason=f"rule {rule_name}")
        return {"task_id": task.id, "assignee": task.assignee, "title": task.title}
    if isinstance(action, AlertAction):
        from smarterp.intel.watch import store
        from smarterp.intel.watch.models import Severity

        alert = store.raise_alert(
            session,
            kind="rule",
            key=f"{rule_name}:{trigger_key}",
            severity=Severity(action.severity),
            summary=render(action.summary, record),
            records=[ref] if (ref := _record_ref(record)) else [],
            raised_by=f"rule:{rule_name}",
        )
        return {"alert_id": alert.id}
    if isinstance(action, WebhookAction):
        event = record_event(
            session,
            f"rule.{action.topic}",
            "automation_rule_run",
            run_id,
            rule=rule_name,
            record=record,
        )
        session.flush()
        return {"event_id": event.id, "topic": event.topic}
    if isinstance(action, DraftRfqAction):
        from smarterp.intel.planning import replenish

        return {"rfqs": replenish.apply(session, utcnow().date())}
    if isinstance(action, RunAction):
        return _run_job(session, action.job)
    if isinstance(action, ApprovalAction):
        return _request_approval(session, action, record, rule_name, run_id, trigger_key)
    raise TypeError(f"not a database action: {action.kind}")


def _request_approval(
    session: Session,
    action: ApprovalAction,
    record: dict[str, Any],
    rule_name: str,
    run_id: int,
    trigger_key: str,
) -> dict[str, Any]:
    """Hold the record's draft order for the action's role, through the approvals service; an
    order confirmed or cancelled before the rule ran is past holding, which an alert says."""
    area = ORDER_AREAS.get(str(record.get("record_type")))
    if area is None or record.get("id") is None:
        raise InvalidInput("actions", "request_approval needs a sales or purchase order")
    order = area.get_order(session, int(record["id"]))
    role = Role(action.approver_role)
    # Holding is only meaningful while the order may still be confirmed (its action table).
    verdict = area.ACTIONS.verdict(session, order, "confirm", state_only=True)
    if not verdict.allowed:
        from smarterp.intel.watch import store
        from smarterp.intel.watch.models import Severity

        summary = (
            f"{order.number} was not held for approval by {role} (rule {rule_name}): "
            f"it is {order.state.value} already"
        )
        alert = store.raise_alert(
            session,
            kind="rule",
            key=f"{rule_name}:{trigger_key}:approval",
            severity=Severity.MEDIUM,
            summary=summary,
            records=[ref] if (ref := _record_ref(record)) else [],
            raised_by=f"rule:{rule_name}",
        )
        return {"not_held": summary, "alert_id": alert.id}
    run = session.get(RuleRun, run_id)
    assert run is not None
    request, new = approvals.request_for_rule(
        session,
        DocumentType(str(record["record_type"])),
        order,
        rule_id=run.rule_id,
        rule_name=rule_name,
        approver_role=role,
        note=render(action.note, record) if action.note else None,
    )
    return {
        "approval_request_id": request.id,
        "document": order.number,
        "approver_role": role.value,
        "state": request.state.value,
        "new_request": new,
    }


def _run_job(session: Session, job: str) -> dict[str, Any]:
    if job == "alert_scan":
        from smarterp.intel.watch import scan

        result = scan.scan(session)
        return {"open_alerts_found": len(result.alerts)}
    if job == "replenishment":
        from smarterp.intel.planning import replenish

        proposals = replenish.proposals(session, utcnow().date())
        return {"suppliers": len(proposals), "lines": sum(len(p.lines) for p in proposals)}
    from smarterp.intel.forecast.books import forecast_from_books

    run_id, forecasts, _ = forecast_from_books(session, horizon=12)
    return {"forecast_run": run_id, "rows": len(forecasts)}


def _record_ref(record: dict[str, Any]) -> str | None:
    """ "invoice:12"-style reference to what the rule fired on, when it has an id."""
    if record.get("id") is None or not record.get("record_type"):
        return None
    return f"{record['record_type']}:{record['id']}"
