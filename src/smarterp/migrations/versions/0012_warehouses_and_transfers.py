"""several warehouses: orders and shipments name theirs; internal transfers; a transit location

Revision ID: 0012
Revises: 0003
Create Date: 2027-01-10 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import smarterp.core.money

revision: str = "0012"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Existing rows keep an empty warehouse, which means the company's default one.
ORDER_TABLES = ("sales_order", "purchase_order", "shipment")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in ORDER_TABLES:
        if sqlite:
            # In place, not a batch copy: these tables are referenced with ON DELETE CASCADE
            # (order lines), and dropping the original under foreign keys would empty them.
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN warehouse_id INTEGER "
                f"CONSTRAINT fk_{table}_warehouse_id_warehouse REFERENCES warehouse (id)"
            )
        else:
            op.add_column(table, sa.Column("warehouse_id", sa.Integer(), nullable=True))
            op.create_foreign_key(
                op.f(f"fk_{table}_warehouse_id_warehouse"),
                table,
                "warehouse",
                ["warehouse_id"],
                ["id"],
            )
    op.create_table(
        "stock_transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("from_location_id", sa.Integer(), nullable=False),
        sa.Column("to_location_id", sa.Integer(), nullable=False),
        sa.Column("transit_location_id", sa.Integer(), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "draft",
                "in_transit",
                "done",
                "cancelled",
                name="transferstate",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("scheduled_date", sa.Date(), nullable=False),
        sa.Column("shipped_date", sa.Date(), nullable=True),
        sa.Column("done_date", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "from_location_id <> to_location_id",
            name=op.f("ck_stock_transfer_distinct_locations"),
        ),
        sa.ForeignKeyConstraint(
            ["from_location_id"],
            ["stock_location.id"],
            name=op.f("fk_stock_transfer_from_location_id_stock_location"),
        ),
        sa.ForeignKeyConstraint(
            ["to_location_id"],
            ["stock_location.id"],
            name=op.f("fk_stock_transfer_to_location_id_stock_location"),
        ),
        sa.ForeignKeyConstraint(
            ["transit_location_id"],
            ["stock_location.id"],
            name=op.f("fk_stock_transfer_transit_location_id_stock_location"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_transfer")),
        sa.UniqueConstraint("number", name=op.f("uq_stock_transfer_number")),
    )
    op.create_table(
        "stock_transfer_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transfer_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", smarterp.core.money.Quantity(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_stock_transfer_line_positive_quantity")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_stock_transfer_line_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["stock_transfer.id"],
            name=op.f("fk_stock_transfer_line_transfer_id_stock_transfer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_transfer_line")),
        sa.UniqueConstraint(
            "transfer_id",
            "product_id",
            name=op.f("uq_stock_transfer_line_transfer_id_product_id"),
        ),
    )
    # Books set up before warehouses get the transit location the books' set-up now makes.
    op.execute(
        "INSERT INTO stock_location (code, name, kind, warehouse_id) "
        "SELECT 'Virtual/Transit', 'Goods in transit', 'internal', NULL "
        "WHERE EXISTS (SELECT 1 FROM warehouse) "
        "AND NOT EXISTS (SELECT 1 FROM stock_location WHERE code = 'Virtual/Transit')"
    )


def downgrade() -> None:
    op.drop_table("stock_transfer_line")
    op.drop_table("stock_transfer")
    for table in reversed(ORDER_TABLES):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE {table} DROP COLUMN warehouse_id")
        else:
            op.drop_constraint(
                op.f(f"fk_{table}_warehouse_id_warehouse"), table, type_="foreignkey"
            )
            op.drop_column(table, "warehouse_id")
