"""budgets: named budgets (a plan, a version) and their amounts per account and month

Revision ID: 0018
Revises: 0003
Create Date: 2026-12-01 10:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import smarterp.core.money

revision: str = "0018"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "budget",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget")),
        sa.UniqueConstraint("name", name=op.f("uq_budget_name")),
    )
    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("budget_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("amount", smarterp.core.money.Money(), nullable=False),
        sa.CheckConstraint("month BETWEEN 1 AND 12", name=op.f("ck_budget_line_calendar_month")),
        sa.ForeignKeyConstraint(
            ["budget_id"],
            ["budget.id"],
            name=op.f("fk_budget_line_budget_id_budget"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_budget_line_account_id_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
        sa.UniqueConstraint(
            "budget_id",
            "account_id",
            "year",
            "month",
            name=op.f("uq_budget_line_budget_id_account_id_year_month"),
        ),
    )
    op.create_index(
        op.f("ix_budget_line_budget_year"), "budget_line", ["budget_id", "year"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_budget_line_budget_year"), table_name="budget_line")
    op.drop_table("budget_line")
    op.drop_table("budget")
