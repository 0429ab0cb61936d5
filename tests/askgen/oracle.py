"""The gold answers: hand-written SQL over smarterp's own tables, on SQLite and PostgreSQL.

Nothing here goes through smarterp's semantic layer or question parser; each function is one
plain SQL statement (bound parameters, `sqlalchemy.text`) for one kind of question, and
returns result rows as the evaluation sets write them: money rounded to 2 decimals,
percentages 0-100, months "YYYY-MM", quarters 1-4, order numbers as the Northwind order id.

Meanings (tests/data/EVAL_README.md and the Northwind README):
- a live order is a sales order in state confirmed or done; its period is its order date;
- revenue = quantity x unit price x (1 - discount) over lines of live orders;
- stock on hand = stock_quant in internal locations; on order = open quantities of confirmed
  purchase orders; stock value = on hand x list (sale) price;
- shipped = the order has a done delivery, on its done date; late = shipped after the
  requested date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Connection, Date, bindparam, text

Row = list[Any]
Rows = list[Row]

LIVE = "so.state IN ('confirmed', 'done')"
IN_PERIOD = "so.order_date >= :start AND so.order_date <= :end"
LINE_REVENUE = "sol.quantity * sol.unit_price * (1 - sol.discount)"
# One row per shipped order: its done delivery's date.
SHIPPED = (
    "(SELECT sh.origin_id AS order_id, MAX(sh.done_date) AS shipped_on FROM shipment sh "
    "WHERE sh.origin_type = 'sales_order' AND sh.kind = 'delivery' AND sh.state = 'done' "
    "GROUP BY sh.origin_id)"
)
ON_HAND = (
    "(SELECT q.product_id, SUM(q.quantity) AS qty FROM stock_quant q "
    "JOIN stock_location l ON l.id = q.location_id WHERE l.kind = 'internal' "
    "GROUP BY q.product_id)"
)
ON_ORDER = (
    "(SELECT pol.product_id, SUM(pol.quantity - pol.qty_received) AS qty "
    "FROM purchase_order_line pol JOIN purchase_order po ON po.id = pol.order_id "
    "WHERE po.state = 'confirmed' GROUP BY pol.product_id)"
)
MEASURES = {
    "revenue": f"SUM({LINE_REVENUE})",
    "units": "SUM(sol.quantity)",
    "orders": "COUNT(DISTINCT so.id)",
}
OPS = {"gt": ">", "ge": ">=", "lt": "<", "le": "<="}


# --------------------------------------------------------------------------------------------
# Plumbing


def rows(conn: Connection, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    stmt = text(sql)
    dates = [bindparam(k, type_=Date()) for k, v in params.items() if isinstance(v, date)]
    if dates:
        stmt = stmt.bindparams(*dates)
    return [tuple(r) for r in conn.execute(stmt, params)]


def scalar(conn: Connection, sql: str, **params: Any) -> Any:
    found = rows(conn, sql, **params)
    return found[0][0] if found else None


def exact(v: Any) -> Decimal:
    """A number as a Decimal; a float (SQLite's sums) is first rounded to 6 places, so that
    42831.174999999996 is the 42831.175 PostgreSQL's exact NUMERIC gives."""
    d = Decimal(str(v or 0))
    if isinstance(v, float):
        d = d.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)
    return d


def money(v: Any) -> float:
    return float(exact(v).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def qty(v: Any) -> int | float:
    d = Decimal(str(v or 0))
    return int(d) if d == d.to_integral_value() else float(round(d, 3))


def pct(part: Any, whole: Any) -> float:
    return money(exact(part) * 100 / exact(whole))


def order_no(external_ref: str | None, number: str) -> int | str:
    """The Northwind order id of an imported order, else the books' number."""
    if external_ref and external_ref.startswith("northwind:") and external_ref[10:].isdigit():
        return int(external_ref[10:])
    return number


def value_of(measure: str, v: Any) -> int | float:
    return money(v) if measure == "revenue" else qty(v)


def month_sql(conn: Connection, col: str) -> str:
    if conn.dialect.name == "postgresql":
        return f"to_char({col}, 'YYYY-MM')"
    return f"strftime('%Y-%m', {col})"


def quarter_sql(conn: Connection, col: str) -> str:
    if conn.dialect.name == "postgresql":
        return f"CAST(EXTRACT(QUARTER FROM {col}) AS INTEGER)"
    return f"((CAST(strftime('%m', {col}) AS INTEGER) + 2) / 3)"


def days_sql(conn: Connection, later: str, earlier: str) -> str:
    if conn.dialect.name == "postgresql":
        return f"({later} - {earlier})"
    return f"(julianday({later}) - julianday({earlier}))"


# --------------------------------------------------------------------------------------------
# Lookups


def supplier_of(conn: Connection, product_id: int) -> Rows:
    found = rows(
        conn,
        "SELECT s.name FROM product_supplier ps JOIN partner s ON s.id = ps.supplier_id "
        "WHERE ps.product_id = :pid ORDER BY ps.sequence, ps.id",
        pid=product_id,
    )
    return [[r[0]] for r in found]


def category_of(conn: Connection, product_id: int) -> Rows:
    found = rows(
        conn,
        "SELECT pc.name FROM product p JOIN product_category pc ON pc.id = p.category_id "
        "WHERE p.id = :pid",
        pid=product_id,
    )
    return [[r[0]] for r in found]


def list_price(conn: Connection, product_id: int) -> Rows:
    return [[money(scalar(conn, "SELECT sale_price FROM product WHERE id = :pid", pid=product_id))]]


def on_hand(conn: Connection, product_id: int) -> Rows:
    v = scalar(
        conn,
        "SELECT COALESCE(SUM(q.quantity), 0) FROM stock_quant q "
        "JOIN stock_location l ON l.id = q.location_id "
        "WHERE l.kind = 'internal' AND q.product_id = :pid",
        pid=product_id,
    )
    return [[qty(v)]]


def on_order(conn: Connection, product_id: int) -> Rows:
    v = scalar(
        conn,
        "SELECT COALESCE(SUM(pol.quantity - pol.qty_received), 0) "
        "FROM purchase_order_line pol JOIN purchase_order po ON po.id = pol.order_id "
        "WHERE po.state = 'confirmed' AND pol.product_id = :pid",
        pid=product_id,
    )
    return [[qty(v)]]


def stock_and_reorder(conn: Connection, product_id: int) -> Rows:
    found = rows(
        conn,
        f"SELECT COALESCE(h.qty, 0), p.reorder_level FROM product p "
        f"LEFT JOIN {ON_HAND} h ON h.product_id = p.id WHERE p.id = :pid",
        pid=product_id,
    )
    return [[qty(a), qty(b)] for a, b in found]


def supplier_products(conn: Connection, supplier_id: int, *, with_stock: bool) -> Rows:
    found = rows(
        conn,
        f"SELECT p.name, COALESCE(h.qty, 0) FROM product p "
        f"JOIN product_supplier ps ON ps.product_id = p.id "
        f"LEFT JOIN {ON_HAND} h ON h.product_id = p.id "
        f"WHERE ps.supplier_id = :sid ORDER BY p.name",
        sid=supplier_id,
    )
    return [[name, qty(q)] if with_stock else [name] for name, q in found]


def customer_place(conn: Connection, customer_id: int, what: str) -> Rows:
    column = {"country": "country", "city": "city"}[what]
    found = rows(conn, f"SELECT {column} FROM partner WHERE id = :cid", cid=customer_id)
    return [[r[0]] for r in found if r[0]]


# --------------------------------------------------------------------------------------------
# Totals over a period


def total(conn: Connection, measure: str, start: date, end: date) -> Rows:
    """revenue, units, orders or aov (revenue / orders) of all live orders in the period."""
    rev, units, orders = rows(
        conn,
        f"SELECT SUM({LINE_REVENUE}), SUM(sol.quantity), COUNT(DISTINCT so.id) "
        f"FROM sales_order so JOIN sales_order_line sol ON sol.order_id = so.id "
        f"WHERE {LIVE} AND {IN_PERIOD}",
        start=start,
        end=end,
    )[0]
    if not orders:
        return [[0]]
    if measure == "revenue":
        return [[money(rev)]]
    if measure == "units":
        return [[qty(units)]]
    if measure == "orders":
        return [[int(orders)]]
    return [[money(exact(rev) / int(orders))]]


def revenue_of(
    conn: Connection,
    start: date,
    end: date,
    *,
    customer_id: int | None = None,
    product_id: int | None = None,
    category_id: int | None = None,
    country: str | None = None,
    supplier_country: str | None = None,
    salesperson_id: int | None = None,
    measure: str = "revenue",
) -> Rows:
    """A measure of the live order lines in the period that pass every filter given."""
    where = [LIVE, IN_PERIOD]
    if customer_id is not None:
        where.append("so.customer_id = :customer_id")
    if product_id is not None:
        where.append("sol.product_id = :product_id")
    if category_id is not None:
        where.append("p.category_id = :category_id")
    if country is not None:
        where.append("c.country = :country")
    if supplier_country is not None:
        where.append(
            "EXISTS (SELECT 1 FROM product_supplier ps JOIN partner s ON s.id = ps.supplier_id "
            "WHERE ps.product_id = sol.product_id AND s.country = :supplier_country)"
        )
    if salesperson_id is not None:
        where.append("so.salesperson_id = :salesperson_id")
    v = scalar(
        conn,
        f"SELECT {MEASURES[measure]} FROM sales_order so "
        f"JOIN sales_order_line sol ON sol.order_id = so.id "
        f"JOIN product p ON p.id = sol.product_id "
        f"JOIN partner c ON c.id = so.customer_id "
        f"WHERE {' AND '.join(where)}",
        start=start,
        end=end,
        customer_id=customer_id,
        product_id=product_id,
        category_id=category_id,
        country=country,
        supplier_country=supplier_country,
        salesperson_id=salesperson_id,
    )
    return [[value_of(measure, v)]]


def stock_value_from_supplier_country(conn: Connection, country: str) -> Rows:
    v = scalar(
        conn,
        f"SELECT SUM(COALESCE(h.qty, 0) * p.sale_price) FROM product p "
        f"LEFT JOIN {ON_HAND} h ON h.product_id = p.id "
        f"WHERE EXISTS (SELECT 1 FROM product_supplier ps JOIN partner s "
        f"ON s.id = ps.supplier_id WHERE ps.product_id = p.id AND s.country = :country)",
        country=country,
    )
    return [[money(v)]]


def carrier_orders(
    conn: Connection, carrier_id: int, start: date, end: date, *, shipped_only: bool
) -> Rows:
    """Live orders placed in the period that go with the carrier (shipped ones only, if asked)."""
    shipped = f"JOIN {SHIPPED} d ON d.order_id = so.id" if shipped_only else ""
    v = scalar(
        conn,
        f"SELECT COUNT(*) FROM sales_order so {shipped} "
        f"WHERE {LIVE} AND {IN_PERIOD} AND so.carrier_id = :carrier_id",
        start=start,
        end=end,
        carrier_id=carrier_id,
    )
    return [[int(v or 0)]]


# --------------------------------------------------------------------------------------------
# Breakdowns and rankings


def by_dimension(
    conn: Connection,
    measure: str,
    dim: str,
    start: date,
    end: date,
    *,
    order: str = "desc",
    country: str | None = None,
    category_id: int | None = None,
    supplier_id: int | None = None,
) -> Rows:
    """[label, value] per member of the dimension with live order lines in the period,
    best first (order="desc") or worst first ("asc"), ties by label."""
    label, group, join = {
        "category": (
            "pc.name",
            "pc.id, pc.name",
            "JOIN product_category pc ON pc.id = p.category_id",
        ),
        "product": ("p.name", "p.id, p.name", ""),
        "customer": ("c.name", "c.id, c.name", ""),
        "country": ("c.country", "c.country", ""),
        "salesperson": ("e.name", "e.id, e.name", "JOIN salesperson e ON e.id = so.salesperson_id"),
        "carrier": ("r.name", "r.id, r.name", "JOIN carrier r ON r.id = so.carrier_id"),
        "month": (month_sql(conn, "so.order_date"), month_sql(conn, "so.order_date"), ""),
        "quarter": (quarter_sql(conn, "so.order_date"), quarter_sql(conn, "so.order_date"), ""),
    }[dim]
    where = [LIVE, IN_PERIOD]
    if dim == "country":
        where.append("c.country IS NOT NULL")
    if country is not None:
        where.append("c.country = :country")
    if category_id is not None:
        where.append("p.category_id = :category_id")
    if supplier_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM product_supplier ps WHERE ps.product_id = sol.product_id "
            "AND ps.supplier_id = :supplier_id)"
        )
    direction = "DESC" if order == "desc" else "ASC"
    found = rows(
        conn,
        f"SELECT {label} AS label, {MEASURES[measure]} AS value FROM sales_order so "
        f"JOIN sales_order_line sol ON sol.order_id = so.id "
        f"JOIN product p ON p.id = sol.product_id "
        f"JOIN partner c ON c.id = so.customer_id {join} "
        f"WHERE {' AND '.join(where)} GROUP BY {group} "
        f"ORDER BY {MEASURES[measure]} {direction}, {label}",
        start=start,
        end=end,
        country=country,
        category_id=category_id,
        supplier_id=supplier_id,
    )
    return [[int(lb) if dim == "quarter" else lb, value_of(measure, v)] for lb, v in found]


def members(
    conn: Connection,
    dim: str,
    *,
    country: str | None = None,
    category_id: int | None = None,
    supplier_id: int | None = None,
) -> list[str]:
    """Every member a ranking over the dimension could list, active or not."""
    if dim == "customer":
        sql = "SELECT name FROM partner WHERE is_customer = :yes"
        if country is not None:
            sql += " AND country = :country"
    elif dim == "product":
        sql = "SELECT p.name FROM product p WHERE 1 = 1"
        if category_id is not None:
            sql += " AND p.category_id = :category_id"
        if supplier_id is not None:
            sql += (
                " AND EXISTS (SELECT 1 FROM product_supplier ps WHERE ps.product_id = p.id "
                "AND ps.supplier_id = :supplier_id)"
            )
    elif dim == "category":
        sql = "SELECT name FROM product_category"
    elif dim == "country":
        sql = (
            "SELECT DISTINCT country FROM partner WHERE is_customer = :yes AND country IS NOT NULL"
        )
    elif dim == "salesperson":
        sql = "SELECT name FROM salesperson"
    elif dim == "carrier":
        sql = "SELECT name FROM carrier"
    else:
        raise ValueError(dim)
    found = rows(
        conn, sql, yes=True, country=country, category_id=category_id, supplier_id=supplier_id
    )
    return sorted(r[0] for r in found)


def below_reorder(
    conn: Connection, *, category_id: int | None = None, include_discontinued: bool = True
) -> Rows:
    """[product, on hand, reorder level] of products with on hand strictly below the level."""
    where = ["COALESCE(h.qty, 0) < p.reorder_level"]
    if category_id is not None:
        where.append("p.category_id = :category_id")
    if not include_discontinued:
        where.append("p.discontinued = :no")
    found = rows(
        conn,
        f"SELECT p.name, COALESCE(h.qty, 0), p.reorder_level FROM product p "
        f"LEFT JOIN {ON_HAND} h ON h.product_id = p.id "
        f"WHERE {' AND '.join(where)} ORDER BY p.name",
        category_id=category_id,
        no=False,
    )
    return [[name, qty(a), qty(b)] for name, a, b in found]


# --------------------------------------------------------------------------------------------
# Orders: size, shipping, lateness


def orders_by_value(
    conn: Connection, start: date, end: date, *, customer_id: int | None = None, limit: int = 2
) -> Rows:
    """[order number, value] of the biggest live orders in the period, biggest first."""
    where = [LIVE, IN_PERIOD]
    if customer_id is not None:
        where.append("so.customer_id = :customer_id")
    found = rows(
        conn,
        f"SELECT so.external_ref, so.number, SUM({LINE_REVENUE}) AS value "
        f"FROM sales_order so JOIN sales_order_line sol ON sol.order_id = so.id "
        f"WHERE {' AND '.join(where)} GROUP BY so.id, so.external_ref, so.number "
        f"ORDER BY value DESC, so.number LIMIT {int(limit)}",
        start=start,
        end=end,
        customer_id=customer_id,
    )
    return [[order_no(ref, number), money(v)] for ref, number, v in found]


def _date_col(by: str) -> str:
    return {"order": "so.order_date", "ship": "d.shipped_on"}[by]


def late_count(
    conn: Connection, start: date, end: date, *, by: str = "order", country: str | None = None
) -> Rows:
    """Shipped orders delivered after their requested date; the period is the order date
    (by="order") or the shipped date (by="ship")."""
    col = _date_col(by)
    where = [LIVE, f"{col} >= :start", f"{col} <= :end", "d.shipped_on > so.requested_date"]
    if country is not None:
        where.append("c.country = :country")
    v = scalar(
        conn,
        f"SELECT COUNT(*) FROM sales_order so JOIN {SHIPPED} d ON d.order_id = so.id "
        f"JOIN partner c ON c.id = so.customer_id WHERE {' AND '.join(where)}",
        start=start,
        end=end,
        country=country,
    )
    return [[int(v or 0)]]


def late_by(conn: Connection, dim: str, start: date, end: date, *, by: str = "order") -> Rows:
    """[carrier or salesperson, late orders], most first, ties by name."""
    label, join = {
        "carrier": ("r.name", "JOIN carrier r ON r.id = so.carrier_id"),
        "salesperson": ("e.name", "JOIN salesperson e ON e.id = so.salesperson_id"),
    }[dim]
    col = _date_col(by)
    found = rows(
        conn,
        f"SELECT {label}, COUNT(*) AS late FROM sales_order so "
        f"JOIN {SHIPPED} d ON d.order_id = so.id {join} "
        f"WHERE {LIVE} AND {col} >= :start AND {col} <= :end "
        f"AND d.shipped_on > so.requested_date "
        f"GROUP BY {label} ORDER BY COUNT(*) DESC, {label}",
        start=start,
        end=end,
    )
    return [[name, int(n)] for name, n in found]


def late_pct(conn: Connection, start: date, end: date, *, by: str = "order") -> Rows:
    col = _date_col(by)
    late, shipped = rows(
        conn,
        f"SELECT SUM(CASE WHEN d.shipped_on > so.requested_date THEN 1 ELSE 0 END), COUNT(*) "
        f"FROM sales_order so JOIN {SHIPPED} d ON d.order_id = so.id "
        f"WHERE {LIVE} AND {col} >= :start AND {col} <= :end",
        start=start,
        end=end,
    )[0]
    if not shipped:
        return []
    return [[pct(late or 0, shipped)]]


def avg_days_to_ship(
    conn: Connection, start: date, end: date, *, carrier_id: int | None = None
) -> Rows:
    """Average of shipped date - order date over shipped orders placed in the period."""
    where = [LIVE, IN_PERIOD]
    if carrier_id is not None:
        where.append("so.carrier_id = :carrier_id")
    v = scalar(
        conn,
        f"SELECT AVG({days_sql(conn, 'd.shipped_on', 'so.order_date')}) FROM sales_order so "
        f"JOIN {SHIPPED} d ON d.order_id = so.id WHERE {' AND '.join(where)}",
        start=start,
        end=end,
        carrier_id=carrier_id,
    )
    return [] if v is None else [[money(v)]]


def avg_days_by_carrier(conn: Connection, start: date, end: date) -> Rows:
    """[carrier, average days to ship], fastest first."""
    days = days_sql(conn, "d.shipped_on", "so.order_date")
    found = rows(
        conn,
        f"SELECT r.name, AVG({days}) FROM sales_order so "
        f"JOIN {SHIPPED} d ON d.order_id = so.id JOIN carrier r ON r.id = so.carrier_id "
        f"WHERE {LIVE} AND {IN_PERIOD} GROUP BY r.id, r.name ORDER BY AVG({days}), r.name",
        start=start,
        end=end,
    )
    return [[name, money(v)] for name, v in found]


def not_shipped(
    conn: Connection,
    *,
    country: str | None = None,
    customer_id: int | None = None,
    salesperson_id: int | None = None,
) -> Rows:
    """Live orders without a done delivery."""
    where = [LIVE, "d.order_id IS NULL"]
    if country is not None:
        where.append("c.country = :country")
    if customer_id is not None:
        where.append("so.customer_id = :customer_id")
    if salesperson_id is not None:
        where.append("so.salesperson_id = :salesperson_id")
    v = scalar(
        conn,
        f"SELECT COUNT(*) FROM sales_order so LEFT JOIN {SHIPPED} d ON d.order_id = so.id "
        f"JOIN partner c ON c.id = so.customer_id WHERE {' AND '.join(where)}",
        country=country,
        customer_id=customer_id,
        salesperson_id=salesperson_id,
    )
    return [[int(v or 0)]]


# --------------------------------------------------------------------------------------------
# Distinct counts


def customers_buying(
    conn: Connection,
    start: date,
    end: date,
    *,
    product_id: int | None = None,
    category_id: int | None = None,
) -> Rows:
    where = [LIVE, IN_PERIOD]
    if product_id is not None:
        where.append("sol.product_id = :product_id")
    if category_id is not None:
        where.append("p.category_id = :category_id")
    v = scalar(
        conn,
        f"SELECT COUNT(DISTINCT so.customer_id) FROM sales_order so "
        f"JOIN sales_order_line sol ON sol.order_id = so.id "
        f"JOIN product p ON p.id = sol.product_id WHERE {' AND '.join(where)}",
        start=start,
        end=end,
        product_id=product_id,
        category_id=category_id,
    )
    return [[int(v or 0)]]


def count_customers(conn: Connection, country: str) -> Rows:
    v = scalar(
        conn,
        "SELECT COUNT(*) FROM partner WHERE is_customer = :yes AND country = :country",
        yes=True,
        country=country,
    )
    return [[int(v or 0)]]


def count_suppliers(conn: Connection, country: str) -> Rows:
    v = scalar(
        conn,
        "SELECT COUNT(*) FROM partner WHERE is_supplier = :yes AND country = :country",
        yes=True,
        country=country,
    )
    return [[int(v or 0)]]


def count_products(conn: Connection, category_id: int) -> Rows:
    v = scalar(conn, "SELECT COUNT(*) FROM product WHERE category_id = :cid", cid=category_id)
    return [[int(v or 0)]]


# --------------------------------------------------------------------------------------------
# Thresholds


def threshold(conn: Connection, what: str, op: str, x: float, start: date, end: date) -> Rows:
    """[name, value] of customers (what="customer_revenue", "customer_orders") or products
    ("product_units") with live orders in the period whose measure passes `op x`."""
    measure, label, group = {
        "customer_revenue": ("revenue", "c.name", "c.id, c.name"),
        "customer_orders": ("orders", "c.name", "c.id, c.name"),
        "product_units": ("units", "p.name", "p.id, p.name"),
    }[what]
    found = rows(
        conn,
        f"SELECT {label}, {MEASURES[measure]} FROM sales_order so "
        f"JOIN sales_order_line sol ON sol.order_id = so.id "
        f"JOIN product p ON p.id = sol.product_id "
        f"JOIN partner c ON c.id = so.customer_id "
        f"WHERE {LIVE} AND {IN_PERIOD} GROUP BY {group} "
        f"HAVING {MEASURES[measure]} {OPS[op]} :x ORDER BY {label}",
        start=start,
        end=end,
        x=x,
    )
    return [[name, value_of(measure, v)] for name, v in found]


# --------------------------------------------------------------------------------------------
# Absence


def customers_without_orders(
    conn: Connection, start: date, end: date, *, country: str | None = None
) -> Rows:
    sql = (
        f"SELECT c.name FROM partner c WHERE c.is_customer = :yes "
        f"{'AND c.country = :country' if country is not None else ''} "
        f"AND NOT EXISTS (SELECT 1 FROM sales_order so WHERE so.customer_id = c.id "
        f"AND {LIVE} AND {IN_PERIOD}) ORDER BY c.name"
    )
    return [[r[0]] for r in rows(conn, sql, yes=True, country=country, start=start, end=end)]


def products_not_ordered(
    conn: Connection,
    *,
    start: date | None = None,
    end: date | None = None,
    country: str | None = None,
    category_id: int | None = None,
) -> Rows:
    """Products without a live order line (from customers of the country, in the period)."""
    inner = [LIVE, "sol.product_id = p.id"]
    if start is not None:
        inner.append(IN_PERIOD)
    if country is not None:
        inner.append("c.country = :country")
    sql = (
        f"SELECT p.name FROM product p WHERE "
        f"{'p.category_id = :category_id AND ' if category_id is not None else ''}"
        f"NOT EXISTS (SELECT 1 FROM sales_order so "
        f"JOIN sales_order_line sol ON sol.order_id = so.id "
        f"JOIN partner c ON c.id = so.customer_id WHERE {' AND '.join(inner)}) ORDER BY p.name"
    )
    found = rows(conn, sql, start=start, end=end, country=country, category_id=category_id)
    return [[r[0]] for r in found]


# --------------------------------------------------------------------------------------------
# Shares and growth


def share_of_revenue(
    conn: Connection,
    start: date,
    end: date,
    *,
    country: str | None = None,
    category_id: int | None = None,
) -> Rows:
    cond = "c.country = :country" if country is not None else "p.category_id = :category_id"
    part, whole = rows(
        conn,
        f"SELECT SUM(CASE WHEN {cond} THEN {LINE_REVENUE} ELSE 0 END), SUM({LINE_REVENUE}) "
        f"FROM sales_order so JOIN sales_order_line sol ON sol.order_id = so.id "
        f"JOIN product p ON p.id = sol.product_id JOIN partner c ON c.id = so.customer_id "
        f"WHERE {LIVE} AND {IN_PERIOD}",
        start=start,
        end=end,
        country=country,
        category_id=category_id,
    )[0]
    if not whole:
        return []
    return [[pct(part or 0, whole)]]


def revenue_two_years(
    conn: Connection,
    year1: int,
    year2: int,
    *,
    category_id: int | None = None,
    customer_id: int | None = None,
) -> tuple[Decimal, Decimal]:
    cond = (
        "p.category_id = :category_id"
        if category_id is not None
        else ("so.customer_id = :customer_id")
    )
    a, b = rows(
        conn,
        f"SELECT SUM(CASE WHEN so.order_date >= :s1 AND so.order_date <= :e1 "
        f"THEN {LINE_REVENUE} ELSE 0 END), "
        f"SUM(CASE WHEN so.order_date >= :s2 AND so.order_date <= :e2 "
        f"THEN {LINE_REVENUE} ELSE 0 END) "
        f"FROM sales_order so JOIN sales_order_line sol ON sol.order_id = so.id "
        f"JOIN product p ON p.id = sol.product_id WHERE {LIVE} AND {cond}",
        s1=date(year1, 1, 1),
        e1=date(year1, 12, 31),
        s2=date(year2, 1, 1),
        e2=date(year2, 12, 31),
        category_id=category_id,
        customer_id=customer_id,
    )[0]
    return exact(a), exact(b)


def growth(
    conn: Connection,
    year1: int,
    year2: int,
    how: str,
    *,
    category_id: int | None = None,
    customer_id: int | None = None,
) -> Rows:
    """Revenue change from year1 to year2: how="pct" (percent of year1) or "abs"."""
    a, b = revenue_two_years(conn, year1, year2, category_id=category_id, customer_id=customer_id)
    if how == "abs":
        return [[money(b - a)]]
    if a == 0:
        return []
    return [[money((b - a) * 100 / a)]]


def first(found: Sequence[Row], n: int) -> Rows:
    return [list(r) for r in found[:n]]
