"""Approval policies (which documents need whose approval) and the requests they raise."""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from smarterp.core.db import Base, str_enum, utcnow
from smarterp.core.money import Money, Price
from smarterp.core.permissions import Role


class DocumentType(enum.StrEnum):
    """The documents a policy can hold back; the values are the documents' table names."""

    SALES_ORDER = "sales_order"
    PURCHASE_ORDER = "purchase_order"


class ApprovalState(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class ApprovalPolicy(Base):
    """Documents of a type whose amount or discount goes over its limits wait for its role.

    Every limit that is set must be exceeded for the policy to catch a document; two policies
    give "either"."""

    __tablename__ = "approval_policy"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    document_type: Mapped[DocumentType] = mapped_column(str_enum(DocumentType))
    # The order's total in the company currency must be over this...
    amount_over: Mapped[Decimal | None] = mapped_column(Money)
    # ...and/or one of its lines discounted by more than this fraction (0.2 = 20 %).
    discount_over: Mapped[Decimal | None] = mapped_column(Price)
    approver_role: Mapped[Role] = mapped_column(str_enum(Role))
    enabled: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApprovalRequest(Base):
    """One policy's (or one rule's) hold on one document: pending until someone in the role
    decides it."""

    __tablename__ = "approval_request"
    __table_args__ = (Index("ix_approval_request_document", "document_type", "document_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Who asked: a policy as the order was confirmed, or an automation rule's action.
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("approval_policy.id"), index=True)
    # No foreign key: rules live in automation, which builds on erp, never the other way.
    rule_id: Mapped[int | None] = mapped_column(Integer, index=True)
    document_type: Mapped[DocumentType] = mapped_column(str_enum(DocumentType))
    document_id: Mapped[int] = mapped_column(Integer)
    document_number: Mapped[str] = mapped_column(String(40))
    # What was asked to be approved: a later, larger order needs approving again.
    amount: Mapped[Decimal] = mapped_column(Money)  # the total in the company currency
    max_discount: Mapped[Decimal] = mapped_column(Price)
    reason: Mapped[str] = mapped_column(String(200))
    approver_role: Mapped[Role] = mapped_column(str_enum(Role))
    state: Mapped[ApprovalState] = mapped_column(
        str_enum(ApprovalState), default=ApprovalState.PENDING, index=True
    )
    requested_by: Mapped[str] = mapped_column(String(120))
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(120))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    comment: Mapped[str | None] = mapped_column(Text)
