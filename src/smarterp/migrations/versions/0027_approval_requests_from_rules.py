"""approval requests raised by a rule: policy_id optional, rule_id added

Revision ID: 0027
Revises: 0003
Create Date: 2026-12-01 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
# It changes the table 0025 creates.
depends_on: str | Sequence[str] | None = "0025"


def upgrade() -> None:
    # Batch mode: SQLite cannot alter a column's nullability in place.
    with op.batch_alter_table("approval_request", schema=None) as batch_op:
        batch_op.alter_column("policy_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("rule_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_approval_request_rule_id"), ["rule_id"], unique=False)


def downgrade() -> None:
    # Requests a rule raised have no policy to keep under the old NOT NULL.
    op.execute("DELETE FROM approval_request WHERE policy_id IS NULL")
    with op.batch_alter_table("approval_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_request_rule_id"))
        batch_op.drop_column("rule_id")
        batch_op.alter_column("policy_id", existing_type=sa.Integer(), nullable=False)
