"""Approval use-cases: keep policies, hold an order that a policy catches as it is confirmed
(or that an automation rule asks about while it is a draft), and approve or reject the hold.
Orders ask here through their action tables, so the rule that a held order cannot be confirmed
lives in one place (erp.orders)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit, snapshot
from smarterp.core.audit_record import AuditRecord
from smarterp.core.db import utcnow
from smarterp.core.errors import DomainError, IllegalState, InvalidInput, NotFound
from smarterp.core.events import record_event
from smarterp.core.money import PRICE_PLACES, ZERO, money
from smarterp.core.permissions import Role
from smarterp.core.permissions import allowed as role_holds
from smarterp.erp.approvals.models import (
    ApprovalPolicy,
    ApprovalRequest,
    ApprovalState,
    DocumentType,
)
from smarterp.erp.approvals.schemas import PolicyIn
from smarterp.erp.currency import service as currencies

REQUEST = "approval_request"
# What each document is called in words (refusals, the inbox).
DOCUMENT_WORDS = {
    DocumentType.SALES_ORDER: "sales order",
    DocumentType.PURCHASE_ORDER: "purchase order",
}
# Purchase order lines carry no discount: a discount limit could never catch one.
_DISCOUNTED = frozenset({DocumentType.SALES_ORDER})


class NotPermitted(DomainError):
    """The person may not take this decision (their own request, or not in the role)."""

    code = "forbidden"
    status = 403


# --- Policies -----------------------------------------------------------------------------


def add_policy(session: Session, cmd: PolicyIn) -> ApprovalPolicy:
    """Keep a new policy; it holds the orders confirmed from now on."""
    if cmd.amount_over is None and cmd.discount_over is None:
        raise InvalidInput("amount_over", "give an amount or a discount (or both) to go over")
    if cmd.discount_over is not None and cmd.document_type not in _DISCOUNTED:
        raise InvalidInput(
            "discount_over", f"{DOCUMENT_WORDS[cmd.document_type]} lines have no discount"
        )
    if not role_holds(cmd.approver_role, "approvals.decide"):
        raise InvalidInput("approver_role", f"the {cmd.approver_role} role cannot decide approvals")
    if session.scalar(select(ApprovalPolicy.id).where(ApprovalPolicy.name == cmd.name)):
        raise InvalidInput("name", f"a policy named {cmd.name!r} exists")
    policy = ApprovalPolicy(**cmd.model_dump())
    # As the columns keep them, so what is answered is what was stored.
    if cmd.amount_over is not None:
        policy.amount_over = money(cmd.amount_over)
    if cmd.discount_over is not None:
        policy.discount_over = cmd.discount_over.quantize(PRICE_PLACES)
    session.add(policy)
    record_audit(session, "approval_policy.create", policy)
    return policy


def list_policies(session: Session) -> list[ApprovalPolicy]:
    return list(session.scalars(select(ApprovalPolicy).order_by(ApprovalPolicy.id)))


def set_policy_enabled(session: Session, policy_id: int, enabled: bool) -> ApprovalPolicy:
    """Switch a policy on or off; requests it already raised stay as they are."""
    policy = session.get(ApprovalPolicy, policy_id)
    if policy is None:
        raise NotFound("approval policy", policy_id)
    before = snapshot(policy)
    policy.enabled = enabled
    record_audit(
        session,
        "approval_policy.enable" if enabled else "approval_policy.disable",
        policy,
        before=before,
    )
    return policy


# --- Holding an order ----------------------------------------------------------------------


def _measures(session: Session, order: Any) -> tuple[Decimal, Decimal]:
    """The order's total in the company currency and its largest line discount."""
    amount = currencies.to_company(order.amount_total, order.exchange_rate)
    discount = max((getattr(ln, "discount", ZERO) for ln in order.lines), default=ZERO)
    return amount, discount


def _catches(policy: ApprovalPolicy, amount: Decimal, discount: Decimal) -> str | None:
    """Why the policy catches an order of this amount and discount, or None when it does not."""
    words = []
    if policy.amount_over is not None:
        if amount <= policy.amount_over:
            return None
        words.append(f"total {amount} over {policy.amount_over}")
    if policy.discount_over is not None:
        if discount <= policy.discount_over:
            return None
        words.append(f"discount {discount * 100:.2f}% over {policy.discount_over * 100:.2f}%")
    return f"{policy.name}: " + ", ".join(words)


def _requests(session: Session, document_type: DocumentType, document_id: int) -> Any:
    return select(ApprovalRequest).where(
        ApprovalRequest.document_type == document_type,
        ApprovalRequest.document_id == document_id,
    )


def hold(session: Session, document_type: DocumentType, order: Any) -> list[ApprovalRequest]:
    """As an order is confirmed: one pending request per enabled policy that catches it and has
    not approved it at this amount and discount already. None returned: confirm it now."""
    amount, discount = _measures(session, order)
    approved = {
        r.policy_id
        for r in session.scalars(
            _requests(session, document_type, order.id).where(
                ApprovalRequest.state == ApprovalState.APPROVED,
                ApprovalRequest.amount >= amount,
                ApprovalRequest.max_discount >= discount,
            )
        )
    }
    policies = session.scalars(
        select(ApprovalPolicy)
        .where(ApprovalPolicy.document_type == document_type, ApprovalPolicy.enabled)
        .order_by(ApprovalPolicy.id)
    )
    held = []
    for policy in policies:
        reason = _catches(policy, amount, discount)
        if reason is None or policy.id in approved:
            continue
        request = ApprovalRequest(
            policy_id=policy.id,
            document_type=document_type,
            document_id=order.id,
            document_number=order.number,
            amount=amount,
            max_discount=discount,
            reason=reason[:200],
            approver_role=policy.approver_role,
            requested_by=str(session.info.get("actor", "system")),
        )
        held.append(_raise(session, request, reason))
    held.extend(_ask_rules_again(session, document_type, order, amount, discount))
    return held


def _ask_rules_again(
    session: Session, document_type: DocumentType, order: Any, amount: Decimal, discount: Decimal
) -> list[ApprovalRequest]:
    """A rule's request that was rejected is asked again at the next confirm, as a policy's is:
    rules fire on events, and a confirm alone fires none before it goes through."""
    last_by_rule: dict[int, ApprovalRequest] = {}
    for request in session.scalars(
        _requests(session, document_type, order.id)
        .where(ApprovalRequest.rule_id.is_not(None))
        .order_by(ApprovalRequest.id)
    ):
        last_by_rule[int(request.rule_id or 0)] = request
    again = []
    for rule_id, last in last_by_rule.items():
        if last.state != ApprovalState.REJECTED:
            continue
        request = ApprovalRequest(
            rule_id=rule_id,
            document_type=document_type,
            document_id=order.id,
            document_number=order.number,
            amount=amount,
            max_discount=discount,
            reason=last.reason,
            approver_role=last.approver_role,
            requested_by=str(session.info.get("actor", "system")),
        )
        again.append(_raise(session, request, f"{last.reason} (asked again after a rejection)"))
    return again


def _raise(session: Session, request: ApprovalRequest, reason: str) -> ApprovalRequest:
    """Keep a new pending request: audited, and announced on the outbox."""
    session.add(request)
    record_audit(session, "approval_request.create", request, reason=reason)
    record_event(
        session,
        "approval.requested",
        REQUEST,
        request.id,
        document_type=request.document_type.value,
        document_id=request.document_id,
        number=request.document_number,
        amount=request.amount,
        approver_role=request.approver_role.value,
        requested_by=request.requested_by,
        reason=reason,
        policy_id=request.policy_id,
        rule_id=request.rule_id,
    )
    return request


def request_for_rule(
    session: Session,
    document_type: DocumentType,
    order: Any,
    *,
    rule_id: int,
    rule_name: str,
    approver_role: Role,
    note: str | None = None,
) -> tuple[ApprovalRequest, bool]:
    """An automation rule asks `approver_role` to approve a draft order: one pending request,
    which freezes the draft as a policy's does, until someone decides it. The caller checks
    that the order can still be confirmed (its action table).

    Asked again (a re-run, a later event), the rule's request still pending, or its approval of
    this amount and discount, is answered instead of a second one. Returns the request and
    whether it is new. Whoever last wrote the order is the requester, so segregation of duties
    keeps them from approving their own work."""
    if not role_holds(approver_role, "approvals.decide"):
        raise InvalidInput("approver_role", f"the {approver_role} role cannot decide approvals")
    amount, discount = _measures(session, order)
    mine = _requests(session, document_type, order.id).where(ApprovalRequest.rule_id == rule_id)
    earlier = session.scalars(
        mine.where(
            (ApprovalRequest.state == ApprovalState.PENDING)
            | (
                (ApprovalRequest.state == ApprovalState.APPROVED)
                & (ApprovalRequest.amount >= amount)
                & (ApprovalRequest.max_discount >= discount)
            )
        ).order_by(ApprovalRequest.id.desc())
    ).first()
    if earlier is not None:
        return earlier, False
    reason = f"rule {rule_name}: {note}" if note else f"rule {rule_name}"
    request = ApprovalRequest(
        rule_id=rule_id,
        document_type=document_type,
        document_id=order.id,
        document_number=order.number,
        amount=amount,
        max_discount=discount,
        reason=reason[:200],
        approver_role=approver_role,
        requested_by=_author(session, document_type, order.id),
    )
    return _raise(session, request, reason), True


def _author(session: Session, document_type: DocumentType, document_id: int) -> str:
    """Who last created or revised the document (its audit trail), else who is acting now."""
    table = document_type.value
    actor = session.scalars(
        select(AuditRecord.actor)
        .where(
            AuditRecord.entity_type == table,
            AuditRecord.entity_id == document_id,
            AuditRecord.action.in_((f"{table}.create", f"{table}.revise")),
        )
        .order_by(AuditRecord.id.desc())
        .limit(1)
    ).first()
    return actor or str(session.info.get("actor", "system"))


def pending(session: Session, document_type: str, document_id: int) -> list[ApprovalRequest]:
    """The document's requests still waiting for a decision."""
    return list(
        session.scalars(
            _requests(session, DocumentType(document_type), document_id)
            .where(ApprovalRequest.state == ApprovalState.PENDING)
            .order_by(ApprovalRequest.id)
        )
    )


def waiting_for(session: Session, document_type: str, document_id: int) -> str | None:
    """In words, whom the document waits for ("approval by purchasing"), or None."""
    requests = pending(session, document_type, document_id)
    return describe(requests) if requests else None


def last_rejection(
    session: Session, document_type: str, document_id: int
) -> ApprovalRequest | None:
    """The newest request of the document when it was rejected (its comment says why)."""
    last = session.scalars(
        _requests(session, DocumentType(document_type), document_id)
        .order_by(ApprovalRequest.id.desc())
        .limit(1)
    ).first()
    return last if last is not None and last.state == ApprovalState.REJECTED else None


# --- Deciding ------------------------------------------------------------------------------


def list_requests(
    session: Session,
    state: ApprovalState | None = ApprovalState.PENDING,
    *,
    document_type: DocumentType | None = None,
    document_id: int | None = None,
) -> list[ApprovalRequest]:
    """The requests in `state` (None: all), oldest first, of one document when given."""
    query = select(ApprovalRequest).order_by(ApprovalRequest.requested_at, ApprovalRequest.id)
    if state is not None:
        query = query.where(ApprovalRequest.state == state)
    if document_type is not None:
        query = query.where(ApprovalRequest.document_type == document_type)
    if document_id is not None:
        query = query.where(ApprovalRequest.document_id == document_id)
    return list(session.scalars(query))


def get_request(session: Session, request_id: int) -> ApprovalRequest:
    request = session.get(ApprovalRequest, request_id)
    if request is None:
        raise NotFound("approval request", request_id)
    return request


def may_decide(request: ApprovalRequest, user: str, role: Role | str) -> str | None:
    """Why `user` (in `role`) may not decide the request, or None when they may."""
    if user == request.requested_by:
        return f"{user} asked for this approval and cannot decide it; another person must"
    if Role(role) not in (request.approver_role, Role.ADMIN):
        return (
            f"approval request {request.id} needs someone in the {request.approver_role} role; "
            f"{user} is {Role(role)}"
        )
    return None


def approve(
    session: Session, request_id: int, *, user: str, role: Role | str, comment: str | None = None
) -> ApprovalRequest:
    """Approve the request: once none is pending, the document can be confirmed."""
    return _decide(session, request_id, ApprovalState.APPROVED, user, role, comment)


def reject(
    session: Session, request_id: int, *, user: str, role: Role | str, comment: str | None
) -> ApprovalRequest:
    """Reject the request with a comment: the document is a draft again, to change or drop;
    the document's other pending requests are withdrawn with it."""
    if not (comment or "").strip():
        raise InvalidInput("comment", "say why the request is rejected")
    request = _decide(session, request_id, ApprovalState.REJECTED, user, role, comment)
    withdraw(
        session,
        request.document_type,
        request.document_id,
        f"withdrawn with request {request.id}: {comment}",
    )
    return request


def withdraw(session: Session, document_type: str, document_id: int, comment: str) -> None:
    """Close the document's pending requests unanswered (the order was rejected elsewhere or
    cancelled), so they leave the inbox; recorded as rejected by whoever did it, with why."""
    actor = str(session.info.get("actor", "system"))
    for request in pending(session, document_type, document_id):
        before = snapshot(request)
        request.state = ApprovalState.REJECTED
        request.decided_by, request.decided_at = actor, utcnow()
        request.comment = comment[:2000]
        record_audit(session, "approval_request.withdraw", request, before=before, reason=comment)


def _decide(
    session: Session,
    request_id: int,
    state: ApprovalState,
    user: str,
    role: Role | str,
    comment: str | None,
) -> ApprovalRequest:
    request = get_request(session, request_id)
    verb = "approve it" if state == ApprovalState.APPROVED else "reject it"
    if request.state != ApprovalState.PENDING:
        raise IllegalState(f"approval request {request.id}", request.state.value, verb)
    refusal = may_decide(request, user, role)
    if refusal is not None:
        raise NotPermitted(
            refusal,
            details={
                "requested_by": request.requested_by,
                "approver_role": str(request.approver_role),
            },
        )
    before = snapshot(request)
    request.state = state
    request.decided_by, request.decided_at = user, utcnow()
    request.comment = (comment or "").strip() or None
    record_audit(
        session, f"approval_request.{state.value}", request, before=before, reason=request.comment
    )
    record_event(
        session,
        "approval.decided",
        REQUEST,
        request.id,
        decision=state.value,
        document_type=request.document_type.value,
        document_id=request.document_id,
        number=request.document_number,
        decided_by=user,
        comment=request.comment,
    )
    return request


def describe(requests: Sequence[ApprovalRequest]) -> str:
    """The held requests in one line, for a person who just tried to confirm."""
    roles = sorted({str(r.approver_role) for r in requests})
    return f"waiting for approval by {' and '.join(roles)}"
