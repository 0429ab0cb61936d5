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
from smarterp.core.errors import Conflict, DomainError, InvalidInput, NotFound
from smarterp.core.permissions import allowed
from smarterp.erp.inventory.models import Shipment, StockCount
from smarterp.erp.invoicing.models import Invoice, Payment
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder
from smarterp.intel.act.models import ActProposal
from smarterp.intel.act.operations import OPERATIONS, Preview
from smarterp.intel.act.parser import parse
from smarterp.intel.act.schemas import (
    ActResult,
    Change,
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


def propose(session: Session, text: str, user: User, *, today: date | None = None) -> ActResult:
    """Read `text` and store what it would change as a proposal; the books stay as they are."""
    started = time.perf_counter()
    text = (text or "").strip()
    if not text:
        raise InvalidInput("text", "say what to do")
    if len(text) > MAX_COMMAND_CHARS:
        raise InvalidInput("text", f"is longer than {MAX_COMMAND_CHARS} characters")
    lang = language_of(text)
    day = today or date.today()
    parsed = parse(session, text, day)
    if parsed.clarification is not None:
        return ActResult(text=text, lang=lang, clarification=parsed.clarification, ms=_ms(started))
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
    preview = op.preview(session, args, lang)
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
    return ActResult(text=text, lang=lang, proposal=proposal, ms=_ms(started))


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


def stored_changes(row: ActProposal) -> list[Change]:
    return [Change.model_validate(c) for c in row.preview["changes"]]


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they were written in UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


__all__ = ["ActResult", "Clarification", "ConfirmResult", "DoneRecord", "confirm", "propose"]
