"""login throttling per account name and address; sessions ended by a password change

Revision ID: 0009
Revises: 0003
Create Date: 2026-12-01 02:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("blocked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttle")),
    )
    with op.batch_alter_table("login_throttle", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_login_throttle_last_failure_at"), ["last_failure_at"], unique=False
        )
    # The per-user lock-out (five failures lock any account for 15 minutes) is replaced by
    # the throttle above; a password change or deactivation now ends the user's sessions.
    # Plain ALTER TABLE, not a batch copy: SQLite (3.35+) drops these columns in place, where
    # copying app_user would drop the table its sessions and tokens point at.
    op.add_column(
        "app_user", sa.Column("sessions_ended_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.drop_column("app_user", "locked_until")
    op.drop_column("app_user", "failed_logins")


def downgrade() -> None:
    op.add_column(
        "app_user", sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("app_user", sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    op.drop_column("app_user", "sessions_ended_at")
    with op.batch_alter_table("login_throttle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_throttle_last_failure_at"))
    op.drop_table("login_throttle")
