"""partner address type: a contact, or an invoice or delivery address of its company

Revision ID: 0021
Revises: 0003
Create Date: 2027-02-01 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing rows are companies (or their single contact fields): no type.
    with op.batch_alter_table("partner") as batch:
        batch.add_column(sa.Column("address_type", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("partner") as batch:
        batch.drop_column("address_type")
