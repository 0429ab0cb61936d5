"""approvals: policies that hold orders back and the approval requests they raise

Revision ID: 0025
Revises: 0003
Create Date: 2026-12-01 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import smarterp.core.money

revision: str = "0025"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "approval_policy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("document_type", sa.String(length=20), nullable=False),
        sa.Column("amount_over", smarterp.core.money.Money(), nullable=True),
        sa.Column("discount_over", smarterp.core.money.Price(), nullable=True),
        sa.Column("approver_role", sa.String(length=20), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_policy")),
        sa.UniqueConstraint("name", name=op.f("uq_approval_policy_name")),
    )
    op.create_table(
        "approval_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("document_type", sa.String(length=20), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("document_number", sa.String(length=40), nullable=False),
        sa.Column("amount", smarterp.core.money.Money(), nullable=False),
        sa.Column("max_discount", smarterp.core.money.Price(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("approver_role", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("requested_by", sa.String(length=120), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=120), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["approval_policy.id"],
            name=op.f("fk_approval_request_policy_id_approval_policy"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_request")),
    )
    op.create_index(
        "ix_approval_request_document",
        "approval_request",
        ["document_type", "document_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_approval_request_policy_id"), "approval_request", ["policy_id"], unique=False
    )
    op.create_index(op.f("ix_approval_request_state"), "approval_request", ["state"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_approval_request_state"), table_name="approval_request")
    op.drop_index(op.f("ix_approval_request_policy_id"), table_name="approval_request")
    op.drop_index("ix_approval_request_document", table_name="approval_request")
    op.drop_table("approval_request")
    op.drop_table("approval_policy")
