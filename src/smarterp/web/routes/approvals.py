"""The Approvals inbox: the requests waiting for a decision, each with its order, amount,
requester and reason, and a comment box to approve or reject it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Response
from fastapi.responses import RedirectResponse

from smarterp.core.errors import DomainError
from smarterp.erp.approvals import service
from smarterp.erp.approvals.models import ApprovalPolicy, ApprovalRequest, ApprovalState
from smarterp.web.details import APPROVAL_STATES, rule_reason
from smarterp.web.pages import WebCtx, WebRoute, page

router = APIRouter(route_class=WebRoute)

# Where each kind of document lives in the app, and what it is called (translated in the page).
DOCUMENTS = {
    "sales_order": ("/sales-orders", "Sales order"),
    "purchase_order": ("/purchase-orders", "Purchase order"),
}
STATES = APPROVAL_STATES
DONE = {"approve": "Approved: the order can be confirmed now.", "reject": "Rejected."}
ERRORS = {
    "comment": "Say why you reject it: the requester reads the comment.",
    "decided": "That request could not be decided by you, or was already decided; nothing changed.",
}


def _why(ctx: WebCtx, policy: ApprovalPolicy | None, r: ApprovalRequest) -> str:
    """The policy's limits the order went over (or the rule that asked), in the page's
    language."""
    tr, t = ctx.tr, ctx.tr.gettext
    by_rule = rule_reason(ctx, r)
    if by_rule is not None or policy is None:
        return by_rule or r.reason
    parts = []
    if policy.amount_over is not None:
        parts.append(t("total over {limit}", limit=tr.money(policy.amount_over)))
    if policy.discount_over is not None:
        parts.append(
            t(
                "discount {discount} over {limit}",
                discount=tr.percent(r.max_discount),
                limit=tr.percent(policy.discount_over),
            )
        )
    return f"{policy.name}: " + t(", ").join(parts)


def _cannot_decide(ctx: WebCtx, r: ApprovalRequest) -> str | None:
    """Why the reader cannot decide the pending request, in words, or None when they can."""
    t = ctx.tr.gettext
    if not ctx.may("approvals.decide"):
        return t("Your role ({role}) may not do this.", role=ctx.user.role.value)
    if r.requested_by == ctx.user.username:
        return t("You asked for this approval; another person must decide it.")
    if service.may_decide(r, ctx.user.username, ctx.user.role) is not None:
        return t("Needs someone in the {role} role.", role=t(str(r.approver_role)))
    return None


@router.get("/approvals")
def approvals_page(
    state: str = "pending",
    done: str = "",
    error: str = "",
    ctx: WebCtx = page("approvals.read"),
) -> Response:
    chosen = state if state in STATES else "pending"
    with ctx.work() as s:
        requests = service.list_requests(s, ApprovalState(chosen))
        if chosen != "pending":
            requests.reverse()  # the newest decisions first
        policies = {p.id: p for p in service.list_policies(s)}
        rows: list[dict[str, Any]] = []
        for r in requests[:200]:
            base, kind = DOCUMENTS[r.document_type.value]
            rows.append(
                {
                    "id": r.id,
                    "number": r.document_number,
                    "href": f"{base}/{r.document_id}",
                    "kind": kind,
                    "amount": ctx.tr.money(r.amount),
                    "requested_by": r.requested_by,
                    "requested_at": ctx.tr.date(r.requested_at),
                    "why": _why(ctx, policies.get(r.policy_id) if r.policy_id else None, r),
                    "role": str(r.approver_role),
                    "state": r.state.value,
                    "decided_by": r.decided_by,
                    "comment": r.comment,
                    "pending": r.state == ApprovalState.PENDING,
                    "cannot": _cannot_decide(ctx, r) if r.state == ApprovalState.PENDING else None,
                }
            )
    return ctx.render(
        "approvals.html",
        rows=rows,
        state=chosen,
        states=STATES,
        done=DONE.get(done),
        error=ERRORS.get(error),
    )


@router.post("/approvals/{request_id}/{decision}")
def decide(
    request_id: int,
    decision: str,
    comment: str = Form(""),
    ctx: WebCtx = page("approvals.decide"),
) -> Response:
    if decision not in DONE:
        return RedirectResponse("/approvals", status_code=303)
    if decision == "reject" and not comment.strip():
        return RedirectResponse("/approvals?error=comment", status_code=303)
    use_case = service.approve if decision == "approve" else service.reject
    try:
        with ctx.work() as s:
            use_case(
                s,
                request_id,
                user=ctx.user.username,
                role=ctx.user.role,
                comment=comment.strip()[:2000] or None,
            )
    except DomainError as exc:
        if exc.status == 404:
            raise
        return RedirectResponse("/approvals?error=decided", status_code=303)
    return RedirectResponse(f"/approvals?done={decision}", status_code=303)
