"""invoice and bill lines keep the tax code and rate they were posted at

Revision ID: 0011
Revises: 0003
Create Date: 2027-01-10 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import smarterp.core.money

revision: str = "0011"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("invoice_line", sa.Column("tax_code", sa.String(length=20), nullable=True))
    op.add_column("invoice_line", sa.Column("tax_rate", smarterp.core.money.Price(), nullable=True))
    # Assumption: lines written before this revision were taxed at the tax's current rate.
    # Until now a tax's rate could not be changed through smarterp, so no other rate is known.
    op.execute(
        "UPDATE invoice_line SET "
        "tax_code = (SELECT tax.code FROM tax WHERE tax.id = invoice_line.tax_id), "
        "tax_rate = (SELECT tax.rate FROM tax WHERE tax.id = invoice_line.tax_id) "
        "WHERE tax_id IS NOT NULL"
    )


def downgrade() -> None:
    # Plain ALTER TABLE: SQLite (3.35+) drops columns in place.
    op.drop_column("invoice_line", "tax_rate")
    op.drop_column("invoice_line", "tax_code")
