"""A rule's definition as data (YAML or JSON): name, trigger, conditions, actions; checked on
save, every mistake named by its path (`actions[0].to: ...`)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from smarterp.automation.rules import conditions, records, schedule
from smarterp.core.errors import InvalidInput
from smarterp.core.permissions import Role, allowed

NAME_PATTERN = r"^[a-z0-9][a-z0-9_.-]{0,79}$"
# The roles a request for approval may go to: those that may decide one.
APPROVER_ROLES = tuple(r.value for r in Role if allowed(r, "approvals.decide"))
# A field the record lacks is an error, not an empty string in a customer's email.
TEMPLATES = SandboxedEnvironment(autoescape=False, undefined=StrictUndefined)
DRAFT_TOPICS = tuple(records.DRAFT_ORDER_TOPICS)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Trigger(_Strict):
    """Exactly one of: an event topic, a schedule, or a periodic check of a source."""

    event: str | None = Field(None, description='An outbox topic, e.g. "sales_order.confirmed".')
    schedule: str | None = Field(None, description='"0 8 * * 1", "every monday 8:00", ...')
    check: str | None = Field(None, description="A source looked at periodically.")
    every_minutes: int = Field(15, ge=1, le=7 * 24 * 60, description="How often a check looks.")
    # The zone a schedule's times are read in; none: the company's (company.timezone).
    timezone: str | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Trigger:
        given = [k for k in ("event", "schedule", "check") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError("give exactly one of event, schedule or check")
        if self.schedule:
            schedule.parse(self.schedule, self.timezone or "UTC")
        if self.check and self.check not in records.CHECK_SOURCES:
            known = ", ".join(records.CHECK_SOURCES)
            raise ValueError(f"check {self.check!r} is not one of {known}")
        return self

    @property
    def kind(self) -> str:
        return "event" if self.event else "schedule" if self.schedule else "check"

    def fields(self) -> tuple[str, ...] | None:
        if self.event:
            return records.fields_for_topic(self.event)
        if self.check:
            return records.fields_for_check(self.check)
        return records.SCHEDULE_FIELDS


class EmailAction(_Strict):
    kind: Literal["email"]
    to: str = Field(description='An address or a template, e.g. "{{ partner_email }}".')
    subject: str
    body: str
    cc: str | None = None
    attach: Literal["document"] | None = Field(
        None, description="document: the record's own PDF (the invoice, the order) attached."
    )


class WebhookAction(_Strict):
    kind: Literal["webhook"]
    topic: str = Field(
        pattern=r"^[a-z0-9_.]{1,60}$",
        description="Delivered as event rule.<topic> to the webhook subscribers of that topic.",
    )


class AlertAction(_Strict):
    kind: Literal["alert"]
    summary: str
    severity: Literal["low", "medium", "high"] = "medium"


class TaskAction(_Strict):
    kind: Literal["task"]
    assignee: str = Field(description="The username the task is for.")
    title: str
    due_in_days: int = Field(3, ge=0, le=365)


class DraftRfqAction(_Strict):
    kind: Literal["draft_rfq"]


class RunAction(_Strict):
    kind: Literal["run"]
    job: Literal["alert_scan", "replenishment", "forecast"]


class ApprovalAction(_Strict):
    kind: Literal["request_approval"]
    approver_role: str = Field(description="The role that decides: " + ", ".join(APPROVER_ROLES))
    note: str | None = Field(
        None,
        max_length=150,
        description='Why, after the rule\'s name in the inbox, e.g. "{{ max_discount }}% off".',
    )

    @field_validator("approver_role")
    @classmethod
    def _decides(cls, role: str) -> str:
        if role not in APPROVER_ROLES:
            raise ValueError(
                f"{role!r} cannot decide approvals; one of {', '.join(APPROVER_ROLES)}"
            )
        return role


Action = Annotated[
    EmailAction
    | WebhookAction
    | AlertAction
    | TaskAction
    | DraftRfqAction
    | RunAction
    | ApprovalAction,
    Field(discriminator="kind"),
]
ACTION_KINDS = ("email", "webhook", "alert", "task", "draft_rfq", "run", "request_approval")
TEMPLATE_FIELDS = {
    "email": ("to", "subject", "body", "cc"),
    "alert": ("summary",),
    "task": ("title",),
    "request_approval": ("note",),
}


class RuleDefinition(_Strict):
    name: str = Field(pattern=NAME_PATTERN)
    description: str = ""
    enabled: bool = False
    trigger: Trigger
    conditions: dict[str, Any] | None = None
    actions: list[Action] = Field(min_length=1)


def _path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ACTION_KINDS:
            continue  # the union's branch, already said by `kind`
        else:
            out += f".{part}" if out else str(part)
    return out or "rule"


def parse(data: Any) -> RuleDefinition:
    """A checked definition, or InvalidInput naming the path of the first mistake."""
    if not isinstance(data, dict):
        raise InvalidInput("rule", "must be a mapping with name, trigger, conditions, actions")
    try:
        rule = RuleDefinition.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        loc = tuple(first["loc"])
        if first["type"] in ("union_tag_invalid", "union_tag_not_found"):
            loc = (*loc, "kind")  # the action's kind is what is wrong, or missing
        raise InvalidInput(_path(loc), message, record=data.get("name")) from exc
    try:
        conditions.check(rule.conditions, rule.trigger.fields()) if rule.conditions else None
    except conditions.ConditionError as exc:
        raise InvalidInput(exc.path, exc.reason, record=rule.name) from exc
    for i, action in enumerate(rule.actions):
        if isinstance(action, ApprovalAction) and rule.trigger.event not in DRAFT_TOPICS:
            raise InvalidInput(
                f"actions[{i}].kind",
                "request_approval holds a draft order: trigger it on "
                + ", ".join(DRAFT_TOPICS)
                + " (a confirmed order is past approval)",
                record=rule.name,
            )
        for name in TEMPLATE_FIELDS.get(action.kind, ()):
            text = getattr(action, name)
            if text is None:
                continue
            try:
                TEMPLATES.parse(text)
            except TemplateSyntaxError as exc:
                raise InvalidInput(
                    f"actions[{i}].{name}", f"template error: {exc.message}", record=rule.name
                ) from exc
    return rule


def render(text: str, record: dict[str, Any]) -> str:
    """A template filled from the record ({{ number }}, {{ amount_due }}); sandboxed."""
    return TEMPLATES.from_string(text).render(**record)
