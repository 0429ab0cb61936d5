"""The Rules page: the automation rules with their state and runs, switched on and off; a form
with pickers (or a sentence, or YAML) for a new rule, its dry run over the last 30 days, and
each rule's definition and run log. The same service functions as `smarterp rules`."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from fastapi import APIRouter, Form, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from smarterp.automation.rules import conditions, definition, from_text, records, service
from smarterp.automation.rules.models import RunState
from smarterp.core.auth import User
from smarterp.core.errors import DomainError, InvalidInput
from smarterp.erp.partners import queries as partner_queries
from smarterp.web.pages import WebCtx, WebRoute, page

router = APIRouter(route_class=WebRoute)

DRY_RUN_DAYS = 30
SHOWN_FIRINGS = 50
TRIGGER_KINDS = {
    "event": "When something happens",
    "schedule": "On a schedule",
    "check": "When a check finds records",
}
CHECK_LABELS = {
    "overdue_invoices": "Overdue customer invoices",
    "below_reorder_point": "Products at or below their reorder point",
    "open_alerts": "Open alerts",
}
ACTION_KINDS = {
    "email": "Send an email",
    "task": "Assign a task",
    "alert": "Raise an alert",
    "webhook": "Call webhooks",
    "draft_rfq": "Draft RFQs for reorders",
    "request_approval": "Ask for approval",
}
RUN_STATE_LABELS = {"pending": "Pending", "running": "Running", "done": "Done", "dead": "Dead"}


def _value(raw: str, op: str) -> Any:
    """A form's value as the condition wants it: a list for in/not_in, a number if it is one."""
    if op in ("in", "not_in"):
        return [_value(part.strip(), "==") for part in raw.split(",") if part.strip()]
    try:
        number = Decimal(raw)
    except InvalidOperation:
        return raw
    return int(number) if number == number.to_integral_value() else float(number)


def _from_form(form: dict[str, str]) -> dict[str, Any]:
    """A rule definition from the form's pickers, or from its YAML when that is filled in."""
    if form.get("yaml", "").strip():
        return service.load_yaml(form["yaml"])[0]
    kind = form.get("trigger_kind", "event")
    trigger: dict[str, Any] = {}
    if kind == "schedule":
        trigger = {"schedule": form.get("schedule", "").strip()}
    elif kind == "check":
        trigger = {"check": form.get("check", "")}
    else:
        trigger = {"event": form.get("event", "")}
    rule: dict[str, Any] = {
        "name": form.get("name", "").strip(),
        "description": form.get("description", "").strip(),
        "trigger": trigger,
    }
    field = form.get("field", "").strip()
    if field:
        op = form.get("op", "==")
        test: dict[str, Any] = {"field": field, "op": op}
        if op != "exists":
            test["value"] = _value(form.get("value", "").strip(), op)
        rule["conditions"] = test
    action_kind = form.get("action", "email")
    action: dict[str, Any] = {"kind": action_kind}
    keys = {
        "email": ("to", "subject", "body"),
        "task": ("assignee", "title"),
        "alert": ("summary",),
        "webhook": ("topic",),
        "request_approval": ("approver_role", "note"),
    }.get(action_kind, ())
    for key in keys:
        action[key] = form.get(key, "").strip()
    if action_kind == "request_approval" and not action["note"]:
        del action["note"]  # the inbox then names the rule alone
    rule["actions"] = [action]
    return rule


def _form_values(
    ctx: WebCtx, form: dict[str, str] | None = None, error: str | None = None
) -> dict[str, Any]:
    with ctx.work() as s:
        users = list(s.scalars(select(User.username).order_by(User.username)))
        segments = partner_queries.segments(s)
    fields = sorted({f for kind in records.KINDS.values() for f in kind.fields})
    return {
        "form": form or {"trigger_kind": "event", "event": "sales_order.confirmed", "op": ">="},
        "trigger_kinds": TRIGGER_KINDS,
        "topics": sorted(records.TOPIC_KINDS),
        "checks": CHECK_LABELS,
        "ops": conditions.OPS,
        "fields": [*fields, *records.SCHEDULE_FIELDS],
        # Values a condition on partner_segment can take.
        "segments": segments,
        "action_kinds": ACTION_KINDS,
        "users": users,
        "approver_roles": definition.APPROVER_ROLES,
        "can_manage": ctx.may("rules.manage"),
        "error": error,
    }


@router.get("/rules")
def rules_page(done: str = "", ctx: WebCtx = page("rules.read")) -> Response:
    with ctx.work() as s:
        rows = [service.describe(s, r) for r in service.list_rules(s)]
    return ctx.render(
        "rules.html",
        rules=rows,
        done=done[:200] or None,
        state_labels=RUN_STATE_LABELS,
        **_form_values(ctx),
    )


def _fields_of(form: Any) -> dict[str, str]:
    return {k: str(v)[:20000] for k, v in form.items() if isinstance(v, str)}


@router.post("/rules/from-text")
async def rule_from_text(ctx: WebCtx = page("rules.read")) -> Response:
    """The sentence box: its rule as YAML in the form, to review before a dry run or saving."""
    form = _fields_of(await ctx.request.form())
    try:
        with ctx.work() as s:
            segments = partner_queries.segments(s)
        rule = from_text.parse(form.get("sentence", ""), segments)
        form["yaml"] = from_text.to_yaml(rule)
        error = None
    except DomainError as exc:
        error = exc.message
    return ctx.render("rules.html", block="rule_form", **_form_values(ctx, form, error))


@router.post("/rules/dry-run")
async def dry_run_form(ctx: WebCtx = page("rules.read")) -> Response:
    """What the rule in the form would have done over the last 30 days; nothing is written."""
    form = _fields_of(await ctx.request.form())
    try:
        data = _from_form(form)
        with ctx.work() as s:
            fired = [w.as_dict() for w in service.dry_run(s, data, days=DRY_RUN_DAYS)]
        return ctx.render(
            "rule_dry_run.html",
            fired=fired[:SHOWN_FIRINGS],
            total=len(fired),
            days=DRY_RUN_DAYS,
            error=None,
        )
    except DomainError as exc:
        return ctx.render("rule_dry_run.html", error=exc.message, fired=[], total=0, days=0)


@router.post("/rules/save")
async def save_rule(ctx: WebCtx = page("rules.manage")) -> Response:
    form = _fields_of(await ctx.request.form())
    try:
        data = _from_form(form)
        with ctx.work() as s:
            rule = service.save(s, data)
            name = rule.name
    except DomainError as exc:
        values = _form_values(ctx, form, exc.message)
        with ctx.work() as s:
            rows = [service.describe(s, r) for r in service.list_rules(s)]
        return ctx.render(
            "rules.html", status=422, rules=rows, done=None, state_labels=RUN_STATE_LABELS, **values
        )
    return RedirectResponse(f"/rules/{name}?done=saved", status_code=303)


@router.get("/rules/{name}")
def rule_page(name: str, done: str = "", ctx: WebCtx = page("rules.read")) -> Response:
    with ctx.work() as s:
        rule = service.get_rule(s, name)
        described = service.describe(s, rule)
        yaml_text = service.export_rules(s, [rule.name])
        runs = [
            {
                "id": r.id,
                "version": r.rule_version,
                "trigger": r.trigger_key,
                "state": r.state.value,
                "attempts": r.attempts,
                "created_at": r.created_at,
                "finished_at": r.finished_at,
                "error": r.last_error,
                "log": r.log,
            }
            for r in service.list_runs(s, rule=rule.id, limit=100)
        ]
    return ctx.render(
        "rule.html",
        rule=described,
        yaml=yaml_text,
        runs=runs,
        done={"saved": "Saved.", "enabled": "Enabled.", "disabled": "Disabled."}.get(done),
        state_labels=RUN_STATE_LABELS,
        can_manage=ctx.may("rules.manage"),
        dead=RunState.DEAD.value,
    )


@router.post("/rules/{name}/dry-run")
def dry_run_saved(name: str, ctx: WebCtx = page("rules.read")) -> Response:
    try:
        with ctx.work() as s:
            fired = [w.as_dict() for w in service.dry_run(s, name, days=DRY_RUN_DAYS)]
    except InvalidInput as exc:
        return ctx.render("rule_dry_run.html", error=exc.message, fired=[], total=0, days=0)
    return ctx.render(
        "rule_dry_run.html",
        fired=fired[:SHOWN_FIRINGS],
        total=len(fired),
        days=DRY_RUN_DAYS,
        error=None,
    )


@router.post("/rules/{name}/{switch}")
def switch_rule(
    name: str, switch: str, back: str = Form(""), ctx: WebCtx = page("rules.manage")
) -> Response:
    if switch not in ("enable", "disable"):
        raise InvalidInput("action", "must be enable or disable")
    with ctx.work() as s:
        rule = service.set_enabled(s, name, switch == "enable")
        target = rule.name
    done = "enabled" if switch == "enable" else "disabled"
    if back == "list":
        return RedirectResponse(f"/rules?done={done}", status_code=303)
    return RedirectResponse(f"/rules/{target}?done={done}", status_code=303)
