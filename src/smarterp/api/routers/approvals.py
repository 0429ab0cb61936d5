"""Approvals: policies, the requests waiting for a decision, approve and reject."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from smarterp.api.deps import Ctx, RecordId, requires
from smarterp.erp.approvals import service
from smarterp.erp.approvals.models import ApprovalState, DocumentType
from smarterp.erp.approvals.schemas import DecisionIn, PolicyIn, PolicyOut, RequestOut

router = APIRouter(prefix="/approvals", tags=["approvals"])

Read = Annotated[Ctx, requires("approvals.read")]
Decide = Annotated[Ctx, requires("approvals.decide")]
Manage = Annotated[Ctx, requires("approvals.manage")]


@router.get("/policies", response_model=list[PolicyOut], summary="Every approval policy")
def list_policies(ctx: Read) -> list[PolicyOut]:
    return [PolicyOut.model_validate(p) for p in service.list_policies(ctx.session)]


@router.post("/policies", response_model=PolicyOut, status_code=201, summary="Add a policy")
def add_policy(ctx: Manage, body: PolicyIn) -> PolicyOut:
    policy = service.add_policy(ctx.session, body)
    ctx.session.flush()
    return PolicyOut.model_validate(policy)


@router.post(
    "/policies/{policy_id}/{switch}", response_model=PolicyOut, summary="Enable or disable"
)
def switch_policy(
    ctx: Manage, policy_id: RecordId, switch: Literal["enable", "disable"]
) -> PolicyOut:
    policy = service.set_policy_enabled(ctx.session, policy_id, switch == "enable")
    return PolicyOut.model_validate(policy)


@router.get("", response_model=list[RequestOut], summary="Approval requests (pending by default)")
def list_requests(
    ctx: Read,
    state: Annotated[ApprovalState | None, Query(description="pending, approved, rejected")] = (
        ApprovalState.PENDING
    ),
    document_type: DocumentType | None = None,
    document_id: RecordId | None = None,
) -> list[RequestOut]:
    requests = service.list_requests(
        ctx.session, state, document_type=document_type, document_id=document_id
    )
    return [RequestOut.model_validate(r) for r in requests]


@router.get("/{request_id}", response_model=RequestOut, summary="One approval request")
def get_request(ctx: Read, request_id: RecordId) -> RequestOut:
    return RequestOut.model_validate(service.get_request(ctx.session, request_id))


@router.post("/{request_id}/approve", response_model=RequestOut, summary="Approve a request")
def approve(ctx: Decide, request_id: RecordId, body: DecisionIn | None = None) -> RequestOut:
    comment = body.comment if body else None
    request = service.approve(
        ctx.session, request_id, user=ctx.username, role=ctx.user.role, comment=comment
    )
    return RequestOut.model_validate(request)


@router.post("/{request_id}/reject", response_model=RequestOut, summary="Reject with a comment")
def reject(ctx: Decide, request_id: RecordId, body: DecisionIn) -> RequestOut:
    request = service.reject(
        ctx.session, request_id, user=ctx.username, role=ctx.user.role, comment=body.comment
    )
    return RequestOut.model_validate(request)
