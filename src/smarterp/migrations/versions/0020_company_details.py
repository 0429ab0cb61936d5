"""company details printed on documents: address, phone, email, website, tax id

Revision ID: 0020
Revises: 0003
Create Date: 2027-02-01 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    ("street", 200),
    ("city", 100),
    ("region", 100),
    ("postal_code", 20),
    ("phone", 60),
    ("email", 200),
    ("website", 200),
    ("tax_id", 40),
    ("bank_account", 200),
)


def upgrade() -> None:
    with op.batch_alter_table("company") as batch:
        for name, length in COLUMNS:
            batch.add_column(sa.Column(name, sa.String(length=length), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("company") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
