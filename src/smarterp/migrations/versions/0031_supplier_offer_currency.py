"""supplier offer currency: the currency a supplier's price for a product is in

Empty means the company currency, which is what every offer entered before this migration
was priced in, so nothing already stored changes its meaning.

Revision ID: 0031
Revises: 0003
Create Date: 2027-03-02 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0031"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("product_supplier") as batch:
        batch.add_column(sa.Column("currency", sa.String(length=3), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("product_supplier", recreate="never") as batch:
        batch.drop_column("currency")
