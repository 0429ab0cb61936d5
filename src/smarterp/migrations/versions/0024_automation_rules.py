"""automation rules: rules and their versions, runs (the execution log), effects, tasks

Revision ID: 0024
Revises: 0003
Create Date: 2026-12-01 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "automation_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("enabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("enabled_after_event", sa.Integer(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_automation_rule")),
        sa.UniqueConstraint("name", name=op.f("uq_automation_rule_name")),
    )
    op.create_table(
        "automation_rule_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("saved_by", sa.String(length=120), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["automation_rule.id"],
            name=op.f("fk_automation_rule_version_rule_id_automation_rule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_automation_rule_version")),
        sa.UniqueConstraint(
            "rule_id", "version", name=op.f("uq_automation_rule_version_rule_id_version")
        ),
    )
    op.create_table(
        "automation_rule_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("rule_version", sa.Integer(), nullable=False),
        sa.Column("trigger_key", sa.String(length=200), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("log", sa.JSON(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["outbox_event.id"],
            name=op.f("fk_automation_rule_run_event_id_outbox_event"),
        ),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["automation_rule.id"],
            name=op.f("fk_automation_rule_run_rule_id_automation_rule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_automation_rule_run")),
        sa.UniqueConstraint(
            "rule_id",
            "rule_version",
            "trigger_key",
            name=op.f("uq_automation_rule_run_rule_id_rule_version_trigger_key"),
        ),
    )
    op.create_index(
        op.f("ix_automation_rule_run_rule_id"), "automation_rule_run", ["rule_id"], unique=False
    )
    op.create_index(
        op.f("ix_automation_rule_run_state"), "automation_rule_run", ["state"], unique=False
    )
    op.create_table(
        "automation_rule_effect",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=240), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["automation_rule_run.id"],
            name=op.f("fk_automation_rule_effect_run_id_automation_rule_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_automation_rule_effect")),
        sa.UniqueConstraint("key", name=op.f("uq_automation_rule_effect_key")),
    )
    op.create_index(
        op.f("ix_automation_rule_effect_run_id"),
        "automation_rule_effect",
        ["run_id"],
        unique=False,
    )
    op.create_table(
        "automation_event_seen",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["outbox_event.id"],
            name=op.f("fk_automation_event_seen_event_id_outbox_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_automation_event_seen")),
    )
    op.create_table(
        "automation_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("assignee", sa.String(length=120), nullable=False),
        sa.Column("record", sa.String(length=120), nullable=True),
        sa.Column("due_date", sa.DateTime(timezone=True), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["automation_rule_run.id"],
            name=op.f("fk_automation_task_run_id_automation_rule_run"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_automation_task")),
    )
    op.create_index(
        op.f("ix_automation_task_assignee"), "automation_task", ["assignee"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_automation_task_assignee"), table_name="automation_task")
    op.drop_table("automation_task")
    op.drop_table("automation_event_seen")
    op.drop_index(op.f("ix_automation_rule_effect_run_id"), table_name="automation_rule_effect")
    op.drop_table("automation_rule_effect")
    op.drop_index(op.f("ix_automation_rule_run_state"), table_name="automation_rule_run")
    op.drop_index(op.f("ix_automation_rule_run_rule_id"), table_name="automation_rule_run")
    op.drop_table("automation_rule_run")
    op.drop_table("automation_rule_version")
    op.drop_table("automation_rule")
