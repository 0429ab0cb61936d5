"""currencies and dated exchange rates; documents, payments and journal lines in a currency

Revision ID: 0013
Revises: 0003
Create Date: 2027-01-11 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import smarterp.core.money

revision: str = "0013"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RATE = "NUMERIC(18, 8)"
MONEY = "NUMERIC(18, 2)"

# The exchange accounts a chart made before this revision lacks (see erp/accounting/chart.py).
FX_ACCOUNTS = [
    ("4910", "Exchange gains", "汇兑收益", "income", "fx_gain"),
    ("4920", "Unrealised exchange gains", "未实现汇兑收益", "income", "fx_unrealised_gain"),
    ("6310", "Exchange losses", "汇兑损失", "expense", "fx_loss"),
    ("6320", "Unrealised exchange losses", "未实现汇兑损失", "expense", "fx_unrealised_loss"),
]


def _add(table: str, column: str, ddl: str) -> None:
    # In place, not a batch copy: several of these tables are referenced with ON DELETE CASCADE
    # and a SQLite batch copy would empty their children. A constant default fills old rows.
    op.execute(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}")


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "currency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("symbol", sa.String(length=8), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_currency")),
        sa.UniqueConstraint("code", name=op.f("uq_currency_code")),
    )
    op.create_table(
        "exchange_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("rate", smarterp.core.money.Rate(), nullable=False),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("rate > 0", name=op.f("ck_exchange_rate_positive_rate")),
        sa.ForeignKeyConstraint(
            ["currency"], ["currency.code"], name=op.f("fk_exchange_rate_currency_currency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
        sa.UniqueConstraint("currency", "date", name=op.f("uq_exchange_rate_currency")),
    )
    op.create_index(op.f("ix_exchange_rate_currency"), "exchange_rate", ["currency"])

    own = (
        bind.execute(sa.text("SELECT currency FROM company ORDER BY id LIMIT 1")).scalar() or "USD"
    )
    own = "".join(c for c in own.upper() if c.isalpha())[:3] or "USD"
    _add("partner", "currency", "VARCHAR(3)")
    for table in ("sales_order", "purchase_order"):
        _add(table, "currency", f"VARCHAR(3) NOT NULL DEFAULT '{own}'")
        _add(table, "exchange_rate", f"{RATE} NOT NULL DEFAULT 1")
        _add(f"{table}_line", "subtotal_company", f"{MONEY} NOT NULL DEFAULT 0")
        op.execute(f"UPDATE {table}_line SET subtotal_company = subtotal")
    _add("invoice", "exchange_rate", f"{RATE} NOT NULL DEFAULT 1")
    _add("invoice", "amount_total_company", f"{MONEY} NOT NULL DEFAULT 0")
    _add("invoice", "amount_residual_company", f"{MONEY} NOT NULL DEFAULT 0")
    op.execute(
        "UPDATE invoice SET amount_total_company = amount_total, "
        "amount_residual_company = amount_residual"
    )
    _add("invoice_line", "subtotal_company", f"{MONEY} NOT NULL DEFAULT 0")
    _add("invoice_line", "tax_amount_company", f"{MONEY} NOT NULL DEFAULT 0")
    op.execute(
        "UPDATE invoice_line SET subtotal_company = subtotal, tax_amount_company = tax_amount"
    )
    _add("payment", "currency", f"VARCHAR(3) NOT NULL DEFAULT '{own}'")
    _add("payment", "exchange_rate", f"{RATE} NOT NULL DEFAULT 1")
    _add("payment", "amount_company", f"{MONEY} NOT NULL DEFAULT 0")
    op.execute("UPDATE payment SET amount_company = amount")
    _add("payment_allocation", "amount_company", f"{MONEY} NOT NULL DEFAULT 0")
    _add("payment_allocation", "exchange_difference", f"{MONEY} NOT NULL DEFAULT 0")
    _add("payment_allocation", "credit_note_amount_company", MONEY)
    op.execute("UPDATE payment_allocation SET amount_company = amount")
    op.execute(
        "UPDATE payment_allocation SET credit_note_amount_company = amount "
        "WHERE credit_note_id IS NOT NULL"
    )
    _add("journal_line", "currency", "VARCHAR(3)")
    _add("journal_line", "amount_currency", MONEY)

    # A chart installed before this revision gets the exchange accounts; an empty database
    # gets them with the rest of the chart on `smarterp init`.
    if bind.execute(sa.text("SELECT COUNT(*) FROM account")).scalar():
        for code, name, name_zh, type_, role in FX_ACCOUNTS:
            taken = bind.execute(
                sa.text("SELECT COUNT(*) FROM account WHERE code = :code OR role = :role"),
                {"code": code, "role": role},
            ).scalar()
            if not taken:
                bind.execute(
                    sa.text(
                        "INSERT INTO account (code, name, name_zh, type, role, needs_partner, "
                        "active) VALUES (:code, :name, :name_zh, :type, :role, :no, :yes)"
                    ),
                    {
                        "code": code,
                        "name": name,
                        "name_zh": name_zh,
                        "type": type_,
                        "role": role,
                        "no": False,
                        "yes": True,
                    },
                )


def downgrade() -> None:
    # Plain ALTER TABLE: SQLite (3.35+) drops columns in place.
    for table, column in [
        ("journal_line", "amount_currency"),
        ("journal_line", "currency"),
        ("payment_allocation", "credit_note_amount_company"),
        ("payment_allocation", "exchange_difference"),
        ("payment_allocation", "amount_company"),
        ("payment", "amount_company"),
        ("payment", "exchange_rate"),
        ("payment", "currency"),
        ("invoice_line", "tax_amount_company"),
        ("invoice_line", "subtotal_company"),
        ("invoice", "amount_residual_company"),
        ("invoice", "amount_total_company"),
        ("invoice", "exchange_rate"),
        ("purchase_order_line", "subtotal_company"),
        ("purchase_order", "exchange_rate"),
        ("purchase_order", "currency"),
        ("sales_order_line", "subtotal_company"),
        ("sales_order", "exchange_rate"),
        ("sales_order", "currency"),
        ("partner", "currency"),
    ]:
        op.drop_column(table, column)
    op.drop_index(op.f("ix_exchange_rate_currency"), table_name="exchange_rate")
    op.drop_table("exchange_rate")
    op.drop_table("currency")
