"""Approval policies and requests, in and out, shared by the API, the CLI and the web pages."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from smarterp.core.money import Amount
from smarterp.core.permissions import Role
from smarterp.erp.approvals.models import ApprovalState, DocumentType


class PolicyIn(BaseModel):
    """A new policy: at least one limit; every limit given must be exceeded to hold an order."""

    name: str = Field(min_length=1, max_length=80)
    document_type: DocumentType
    amount_over: Amount | None = Field(default=None, ge=0)
    discount_over: Amount | None = Field(default=None, ge=0, lt=1)
    approver_role: Role
    enabled: bool = True


class PolicyOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    document_type: DocumentType
    amount_over: Decimal | None
    discount_over: Decimal | None
    approver_role: Role
    enabled: bool


class DecisionIn(BaseModel):
    comment: str | None = Field(default=None, max_length=2000)


class RequestOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    policy_id: int | None
    rule_id: int | None
    document_type: DocumentType
    document_id: int
    document_number: str
    amount: Decimal
    max_discount: Decimal
    reason: str
    approver_role: Role
    state: ApprovalState
    requested_by: str
    requested_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    comment: str | None
