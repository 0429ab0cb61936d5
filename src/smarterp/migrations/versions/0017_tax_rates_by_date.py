"""tax rates with the date they apply from

Revision ID: 0017
Revises: 0003
Create Date: 2027-01-11 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import smarterp.core.money

revision: str = "0017"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing taxes keep their one rate (no rows): it applies to every date until changed.
    op.create_table(
        "tax_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tax_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate", smarterp.core.money.Price(), nullable=False),
        sa.CheckConstraint("rate >= 0 AND rate < 1", name=op.f("ck_tax_rate_fraction")),
        sa.ForeignKeyConstraint(["tax_id"], ["tax.id"], name=op.f("fk_tax_rate_tax_id_tax")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tax_rate")),
        sa.UniqueConstraint("tax_id", "valid_from", name=op.f("uq_tax_rate_tax_id")),
    )
    op.create_index(op.f("ix_tax_rate_tax_id"), "tax_rate", ["tax_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_tax_rate_tax_id"), table_name="tax_rate")
    op.drop_table("tax_rate")
