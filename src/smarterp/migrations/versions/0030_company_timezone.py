"""company time zone: schedules of rules are read in it (UTC until someone sets it)

Rule versions saved before this migration carry `timezone: UTC` in their schedule trigger:
it was the default written into every definition, not a choice. It is taken out, so those
rules follow the company's zone; the company's zone starts as UTC, so nothing fires at
another moment until someone sets it. A trigger naming any other zone keeps it.

Revision ID: 0030
Revises: 0003
Create Date: 2027-03-01 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0030"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
# The rule versions this rewrites are made by 0024.
depends_on: str | Sequence[str] | None = "0024"

VERSIONS = sa.table(
    "automation_rule_version",
    sa.column("id", sa.Integer),
    sa.column("definition", sa.JSON),
)


def upgrade() -> None:
    with op.batch_alter_table("company") as batch:
        batch.add_column(
            sa.Column("timezone", sa.String(length=64), nullable=False, server_default="UTC")
        )
    conn = op.get_bind()
    for row in conn.execute(sa.select(VERSIONS.c.id, VERSIONS.c.definition)).all():
        definition = dict(row.definition or {})
        trigger = dict(definition.get("trigger") or {})
        if trigger.get("schedule") and trigger.get("timezone") == "UTC":
            del trigger["timezone"]
            definition["trigger"] = trigger
            conn.execute(
                VERSIONS.update().where(VERSIONS.c.id == row.id).values(definition=definition)
            )


def downgrade() -> None:
    # Definitions without a zone read as UTC again, as before this migration.
    with op.batch_alter_table("company", recreate="never") as batch:
        batch.drop_column("timezone")
