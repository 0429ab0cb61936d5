"""partner segment: the customer group a partner belongs to (Retail, Wholesale...)

Revision ID: 0029
Revises: 0003
Create Date: 2027-03-01 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0029"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing partners belong to no segment until someone says which.
    with op.batch_alter_table("partner") as batch:
        batch.add_column(sa.Column("segment", sa.String(length=60), nullable=True))
        batch.create_index("ix_partner_segment", ["segment"])


def downgrade() -> None:
    # In place (SQLite 3.35+ drops a column itself): copying the table, batch mode's usual
    # way, fails on SQLite while the ask views (0008) read the partner table.
    with op.batch_alter_table("partner", recreate="never") as batch:
        batch.drop_index("ix_partner_segment")
        batch.drop_column("segment")
