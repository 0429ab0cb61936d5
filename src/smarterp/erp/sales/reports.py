"""Sales analysis: revenue, orders and units by period, customer, product and more."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Integer, String, cast, func, select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.core.money import money, qty
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Category, Product
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine, Salesperson, SalesState

# Sums start from a zero with cents so that empty totals print as 0.00, like the rest.
ZERO = money(0)

GROUPINGS = (
    "month",
    "quarter",
    "year",
    "customer",
    "product",
    "category",
    "salesperson",
    "country",
)


class SalesRow(BaseModel):
    key: str | None
    revenue: Decimal
    orders: int
    units: Decimal


class SalesReport(BaseModel):
    date_from: date | None
    date_to: date | None
    by: str
    rows: list[SalesRow]
    total: Decimal
    orders: int
    units: Decimal


def _period(session: Session, by: str) -> Any:
    col = SalesOrder.order_date
    if session.get_bind().dialect.name == "postgresql":
        fmt = {"month": "YYYY-MM", "year": "YYYY", "quarter": 'YYYY-"Q"Q'}[by]
        return func.to_char(col, fmt)
    if by == "quarter":
        month = cast(func.strftime("%m", col), Integer)
        return func.strftime("%Y", col).concat("-Q").concat(cast((month + 2) // 3, String))
    return func.strftime({"month": "%Y-%m", "year": "%Y"}[by], col)


def counted_orders(stmt: Any, date_from: date | None, date_to: date | None) -> Any:
    """`stmt` narrowed to the orders that count as sales: confirmed and done, by order date
    within the period (either end may be open). The sales report and the explanation of a
    change in revenue read through this one filter."""
    stmt = stmt.where(SalesOrder.state.in_([SalesState.CONFIRMED, SalesState.DONE]))
    if date_from is not None:
        stmt = stmt.where(SalesOrder.order_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(SalesOrder.order_date <= date_to)
    return stmt


def sales_report(
    session: Session,
    date_from: date | None = None,
    date_to: date | None = None,
    by: str = "month",
) -> SalesReport:
    """Revenue of confirmed and done orders (quantity x price x (1 - discount), without tax and
    freight), by order date."""
    if by not in GROUPINGS:
        raise InvalidInput("by", f"{by!r} is not one of {', '.join(GROUPINGS)}")
    stmt = select().select_from(SalesOrderLine).join(SalesOrder)
    if by in ("month", "quarter", "year"):
        key = _period(session, by)
    elif by in ("customer", "country"):
        stmt = stmt.join(Partner, Partner.id == SalesOrder.customer_id)
        key = Partner.name if by == "customer" else Partner.country
    elif by == "salesperson":
        stmt = stmt.outerjoin(Salesperson, Salesperson.id == SalesOrder.salesperson_id)
        key = Salesperson.name
    else:
        stmt = stmt.join(Product, Product.id == SalesOrderLine.product_id)
        if by == "category":
            stmt = stmt.outerjoin(Category, Category.id == Product.category_id)
            key = Category.name
        else:
            key = Product.name
    revenue = func.coalesce(func.sum(SalesOrderLine.subtotal_company), 0)
    stmt = stmt.add_columns(
        key.label("key"),
        revenue.label("revenue"),
        func.count(func.distinct(SalesOrder.id)),
        func.coalesce(func.sum(SalesOrderLine.quantity), 0),
    ).group_by(key)
    stmt = counted_orders(stmt, date_from, date_to)
    rows = [
        SalesRow(key=None if k is None else str(k), revenue=money(r), orders=n, units=qty(u))
        for k, r, n, u in session.execute(stmt)
    ]
    if by in ("month", "quarter", "year"):
        rows.sort(key=lambda r: r.key or "")
    else:
        rows.sort(key=lambda r: -r.revenue)
    total_stmt = counted_orders(
        select(func.count(func.distinct(SalesOrder.id))), date_from, date_to
    )
    return SalesReport(
        date_from=date_from,
        date_to=date_to,
        by=by,
        rows=rows,
        total=sum((r.revenue for r in rows), ZERO),
        orders=session.scalar(total_stmt) or 0,
        units=sum((r.units for r in rows), qty(0)),
    )
