"""ask views: the read-only views guarded SQL may read

Revision ID: 0008
Revises: 0003
Create Date: 2026-11-29 02:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Only these views are open to questions answered with SQL; they hold no credentials,
# no audit trail and no personal contact data beyond company names and places.
VIEWS = {
    "ask_orders": """
        SELECT o.id AS order_id, COALESCE(o.external_ref, o.number) AS order_ref,
               o.order_date, o.requested_date, sh.shipped_date, o.state,
               c.name AS customer, c.country, c.city, sp.name AS salesperson,
               k.name AS carrier, o.shipping_charge AS freight
        FROM sales_order o
        JOIN partner c ON c.id = o.customer_id
        LEFT JOIN salesperson sp ON sp.id = o.salesperson_id
        LEFT JOIN carrier k ON k.id = o.carrier_id
        LEFT JOIN (SELECT origin_id, MAX(done_date) AS shipped_date FROM shipment
                   WHERE origin_type = 'sales_order' AND kind = 'delivery' AND state = 'done'
                   GROUP BY origin_id) sh ON sh.origin_id = o.id
        WHERE o.state IN ('confirmed', 'done')
    """,
    "ask_order_lines": """
        SELECT l.order_id, o.order_date, p.name AS product, g.name AS category,
               l.quantity, l.unit_price, l.discount,
               l.quantity * l.unit_price * (1 - l.discount) AS revenue
        FROM sales_order_line l
        JOIN sales_order o ON o.id = l.order_id
        JOIN product p ON p.id = l.product_id
        LEFT JOIN product_category g ON g.id = p.category_id
        WHERE o.state IN ('confirmed', 'done')
    """,
    "ask_products": """
        SELECT p.id AS product_id, p.name AS product, g.name AS category,
               (SELECT s.name FROM product_supplier ps JOIN partner s ON s.id = ps.supplier_id
                WHERE ps.product_id = p.id ORDER BY ps.sequence, ps.id LIMIT 1) AS supplier,
               p.sale_price AS list_price, p.reorder_level, p.discontinued,
               COALESCE((SELECT SUM(q.quantity) FROM stock_quant q
                         JOIN stock_location loc ON loc.id = q.location_id
                         WHERE q.product_id = p.id AND loc.kind = 'internal'), 0) AS on_hand
        FROM product p
        LEFT JOIN product_category g ON g.id = p.category_id
    """,
    "ask_customers": """
        SELECT id AS customer_id, name AS customer, city, country
        FROM partner WHERE is_customer = TRUE
    """,
}


def upgrade() -> None:
    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body}")


def downgrade() -> None:
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
