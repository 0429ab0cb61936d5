"""demand forecasts

Revision ID: 0007
Revises: 0003
Create Date: 2026-11-29 02:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "demand_forecast",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("freq", sa.String(length=1), nullable=False),
        sa.Column("ds", sa.Date(), nullable=False),
        sa.Column("yhat", sa.Float(), nullable=False),
        sa.Column("yhat_lo_80", sa.Float(), nullable=True),
        sa.Column("yhat_hi_80", sa.Float(), nullable=True),
        sa.Column("yhat_lo_95", sa.Float(), nullable=True),
        sa.Column("yhat_hi_95", sa.Float(), nullable=True),
        sa.Column("method", sa.String(length=200), nullable=False),
        sa.Column("demand_class", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_demand_forecast_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demand_forecast")),
    )
    with op.batch_alter_table("demand_forecast", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_demand_forecast_run_id"), ["run_id"], unique=False)
        batch_op.create_index("ix_demand_forecast_product_ds", ["product_id", "ds"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("demand_forecast", schema=None) as batch_op:
        batch_op.drop_index("ix_demand_forecast_product_ds")
        batch_op.drop_index(batch_op.f("ix_demand_forecast_run_id"))
    op.drop_table("demand_forecast")
