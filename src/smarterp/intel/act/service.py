"""propose and confirm: a command becomes a stored proposal; confirming it runs the services."""

from __future__ import annotations

import secrets
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit
from smarterp.core.auth import User
from smarterp.core.db import utcnow
from smarterp.core.errors import Conflict, DomainError, IllegalState, InvalidInput, NotFound
from smarterp.core.permissions import allowed
from smarterp.erp.inventory.models import Shipment, StockCount
from smarterp.erp.invoicing.models import Invoice, Payment
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.purchasing.service import ACTIONS as purchase_actions
from smarterp.erp.sales.models import SalesOrder
from smarterp.erp.sales.service import ACTIONS as sales_actions
from smarterp.intel.act.llm import read_with_llm
from smarterp.intel.act.models import ActProposal
from smarterp.intel.act.operations import OPERATIONS, Preview
from smarterp.intel.act.parser import Parsed, parse, strip_quoted
from smarterp.intel.act.schemas import (
    ActResult,
    Clarification,
    ConfirmResult,
    DoneRecord,
    Proposal,
)
from smarterp.intel.ask.language import language_of

MAX_COMMAND_CHARS = 1000
LIFETIME = timedelta(minutes=15)

# The records a confirmation may report, to put the command's words on their audit trail.
MODELS: dict[str, Any] = {
    "sales_order": SalesOrder,
    "purchase_order": PurchaseOrder,
    "shipment": Shipment,
    "invoice": Invoice,
    "payment": Payment,
    "product": Product,
    "partner": Partner,
    "stock_count": StockCount,
}


class PermissionDenied(DomainError):
    code = "forbidden"
    status = 403


def propose(
    session: Session,
    text: str,
    user: User,
    *,
    today: date | None = None,
    use_llm: bool = False,
) -> ActResult:
    """Read `text` and store what it would change as a proposal; the books stay as they are.

    With `use_llm`, a configured language model reads the command first; its reading goes
    through the same validation, permission check and preview, and any failure falls back
    to the offline parser, said in `notes`."""
    started = time.perf_counter()
    text = (text or "").strip()
    if not text:
        raise InvalidInput("text", "say what to do")
    if len(text) > MAX_COMMAND_CHARS:
        raise InvalidInput("text", f"is longer than {MAX_COMMAND_CHARS} characters")
    lang = language_of(text)
    day = today or date.today()
    notes: list[str] = []
    parsed = _read_by_model(session, text, day, user, notes) if use_llm else None
    reader = "offline" if parsed is None else "llm"
    if parsed is None:
        parsed = parse(session, text, day)
    if parsed.clarification is not None:
        return ActResult(
            text=text,
            lang=lang,
            clarification=parsed.clarification,
            parser=reader,
            notes=notes,
            ms=_ms(started),
        )
    assert parsed.operation is not None
    op = OPERATIONS[parsed.operation]
    try:
        args = op.args.model_validate(parsed.arguments)
    except ValidationError as exc:
        # A figure read from the words breaks a rule ("0 Tofu", "200% off"): say which.
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        raise InvalidInput(where, problem["msg"].lower()) from None
    permission = op.permission(session, args)
    _require(user, permission, parsed.operation)
    try:
        preview = op.preview(session, args, lang)
    except (IllegalState, InvalidInput, Conflict) as exc:
        # The books refuse it now ("SO00829 is confirmed; cannot confirm it"): say why and
        # offer what the order allows instead, rather than an error with nothing to choose.
        return ActResult(
            text=text,
            lang=lang,
            clarification=Clarification(
                question=_refusal(exc, lang), options=_instead(session, op.name, args, user, lang)
            ),
            parser=reader,
            notes=notes,
            ms=_ms(started),
        )
    preview.warnings = [*parsed.warnings, *preview.warnings]
    row = ActProposal(
        id=secrets.token_hex(16),
        operation=op.name,
        arguments=args.model_dump(mode="json"),
        preview=_stored(preview),
        text=text,
        lang=lang,
        username=user.username,
        role=str(user.role),
        created_at=utcnow(),
        expires_at=utcnow() + LIFETIME,
    )
    session.add(row)
    session.flush()
    proposal = Proposal(
        id=row.id,
        operation=op.name,
        summary=preview.summary,
        changes=preview.changes,
        warnings=preview.warnings,
        permission=permission,
        expires_at=row.expires_at,
    )
    return ActResult(
        text=text, lang=lang, proposal=proposal, parser=reader, notes=notes, ms=_ms(started)
    )


def _read_by_model(
    session: Session, text: str, day: date, user: User, notes: list[str]
) -> Parsed | None:
    """The model's reading when it validates and the user's role may do it; else None, with
    the reason in `notes`, and the offline parser reads."""
    reading = read_with_llm(session, text, day)
    if reading.operation is None or reading.arguments is None:
        notes.append(f"{reading.failure}; read offline instead")
        return None
    op = OPERATIONS[reading.operation]
    try:
        args = op.args.model_validate(reading.arguments)
    except ValidationError as exc:
        problem = exc.errors()[0]
        notes.append(
            f"the language model's reading breaks a rule ({problem['msg'].lower()}); "
            "read offline instead"
        )
        return None
    permission = op.permission(session, args)
    if not allowed(user.role, permission):
        # A model never widens a role: its reading is dropped, not refused, and the words are
        # read as they would be without it.
        notes.append(
            f"the language model read {reading.operation.replace('_', ' ')}, which takes "
            f"{permission}; read offline instead"
        )
        return None
    _, quoted = strip_quoted(text)
    warnings = (
        [
            "quoted text was read as data, not as instructions"
            if language_of(text) == "en"
            else "引号内的文字只作为资料，不作为指令"
        ]
        if quoted
        else []
    )
    notes.append("read by the language model")
    return Parsed(operation=reading.operation, arguments=reading.arguments, warnings=warnings)


def confirm(session: Session, proposal_id: str, user: User) -> ConfirmResult:
    """Run a proposal's service calls in the caller's unit of work, once, for its own user."""
    row = session.scalar(select(ActProposal).where(ActProposal.id == proposal_id).with_for_update())
    if row is None:
        raise NotFound("proposal", proposal_id)
    if row.username != user.username:
        raise PermissionDenied(f"proposal {proposal_id} was made for another user")
    if row.used_at is not None:
        raise Conflict(
            f"proposal {proposal_id} was already confirmed at {_aware(row.used_at):%Y-%m-%d %H:%M}",
            details={"field": "proposal_id"},
        )
    if _aware(row.expires_at) <= utcnow():
        raise Conflict(
            f"proposal {proposal_id} expired at {_aware(row.expires_at):%Y-%m-%d %H:%M} UTC; "
            "send the command again",
            details={"field": "proposal_id"},
        )
    op = OPERATIONS[row.operation]
    args = op.args.model_validate(row.arguments)
    permission = op.permission(session, args)
    _require(user, permission, row.operation)
    # The books may have moved since the preview: apply only what the person saw.
    now = op.preview(session, args, row.lang)
    if [c.model_dump() for c in now.changes] != row.preview["changes"]:
        raise Conflict(
            f"the books changed since proposal {proposal_id} was made; send the command again",
            details={"field": "proposal_id"},
        )
    records = op.apply(session, args)
    session.flush()
    for done in records:
        entity = session.get(MODELS[done.model], done.id)
        if entity is not None:
            record_audit(session, f"act.{row.operation}", entity, reason=row.text)
    row.used_at = utcnow()
    row.result = {"records": [r.model_dump() for r in records]}
    return ConfirmResult(
        proposal_id=row.id,
        operation=row.operation,
        summary=row.preview["summary"],
        records=records,
    )


# What an order allows, said as a command that can be sent as it is.
_VERBS = {
    "confirm": ("confirm", "确认"),
    "deliver": ("deliver", "发货"),
    "receive": ("receive", "收货"),
    "invoice": ("invoice", "开票"),
    "bill": ("bill", "登记账单"),
    "cancel": ("cancel", "取消"),
}


def _refusal(exc: DomainError, lang: str) -> str:
    why = exc.details.get("reason") or exc.message
    if lang == "zh":
        return f"无法执行：{why}。要改做什么？"
    return f"Cannot do that now: {why}. What should I do instead?"


def _instead(session: Session, operation: str, args: Any, user: User, lang: str) -> list[str]:
    order_id = getattr(args, "order_id", None)
    if order_id is None:
        return []
    buying = operation in PURCHASE_OPERATIONS or getattr(args, "model", None) == "purchase_order"
    order: Any = session.get(PurchaseOrder if buying else SalesOrder, order_id)
    if order is None:
        return []
    table: Any = purchase_actions if buying else sales_actions
    options = []
    for action in table:
        verbs = _VERBS.get(action.name)
        if verbs is None or not allowed(user.role, action.permission):
            continue
        if table.verdict(session, order, action.name).allowed:
            options.append(f"{verbs[1] if lang == 'zh' else verbs[0]} {order.number}")
    return options


PURCHASE_OPERATIONS = frozenset(
    {"confirm_purchase_order", "cancel_purchase_order", "receive_purchase", "bill_purchase"}
)


def _require(user: User, permission: str, operation: str) -> None:
    if user.active is False:
        raise PermissionDenied(f"user {user.username} is deactivated")
    if not allowed(user.role, permission):
        raise PermissionDenied(
            f"user {user.username} ({user.role}) may not {operation.replace('_', ' ')}: "
            f"it takes {permission}",
            details={"permission": permission, "role": str(user.role)},
        )


def _stored(preview: Preview) -> dict[str, Any]:
    return {
        "summary": preview.summary,
        "changes": [c.model_dump() for c in preview.changes],
        "warnings": preview.warnings,
    }


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they were written in UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


__all__ = ["ActResult", "Clarification", "ConfirmResult", "DoneRecord", "confirm", "propose"]
