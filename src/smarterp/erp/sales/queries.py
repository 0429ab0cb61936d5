"""Sales order reads shared by the API, the web pages and the CLI: the one search rule, the
list filters, newest first, the lookup by number, and the stock a quotation's lines would
take (on hand, reserved, available) with what it is short of."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from smarterp.core.money import ZERO, qty
from smarterp.core.search import AnySelect
from smarterp.erp.inventory import queries as inventory_queries
from smarterp.erp.order_queries import OrderQueries
from smarterp.erp.products.models import Product
from smarterp.erp.sales.models import SalesOrder, SalesState

_ORDERS = OrderQueries(
    what="sales order",
    model=SalesOrder,
    number=SalesOrder.number,
    partner_id=SalesOrder.customer_id,
    their_ref=SalesOrder.customer_ref,
    order_date=SalesOrder.order_date,
    state=SalesOrder.state,
    id=SalesOrder.id,
)


def search(text: str) -> ColumnElement[bool]:
    """The order number or the customer's reference holds `text`, or the customer's name or
    code does."""
    return _ORDERS.search(text)


def narrow(
    stmt: AnySelect,
    *,
    q: str | None = None,
    state: SalesState | None = None,
    customer_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> AnySelect:
    """`stmt` (any select over sales orders) cut to the orders that match."""
    return _ORDERS.narrow(
        stmt, q=q, state=state, partner_id=customer_id, date_from=date_from, date_to=date_to
    )


def orders(**criteria: Any) -> Select[SalesOrder]:
    """The sales orders that match `criteria` (those of `narrow`), unordered."""
    return narrow(select(SalesOrder), **criteria)


def newest_first() -> tuple[Any, ...]:
    """The order sales order lists are read in: by order date, then as entered."""
    return _ORDERS.newest_first()


def order_by_number(session: Session, number: str) -> SalesOrder:
    return _ORDERS.by_number(session, number)


def recent_orders(session: Session, customer_id: int, limit: int = 10) -> list[SalesOrder]:
    return _ORDERS.recent(session, customer_id, limit)


@dataclass(frozen=True)
class Availability:
    """A stocked product's stock in one warehouse: what is there, what orders hold of it."""

    on_hand: Decimal
    reserved: Decimal

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.reserved


def availability(
    session: Session, product_ids: Iterable[int], warehouse_id: int | None
) -> dict[int, Availability]:
    """Per stocked product of `product_ids`, its stock in the warehouse an order ships from
    (the main one when none is named); services and unknown ids are left out."""
    ids = set(product_ids)
    if not ids:
        return {}
    warehouse = inventory_queries.warehouse_or_main(session, warehouse_id)
    stmt = inventory_queries.stock_levels(warehouse.id).where(Product.id.in_(ids))
    return {
        row[0].id: Availability(qty(row.on_hand), qty(row.reserved))
        for row in session.execute(stmt)
    }


@dataclass(frozen=True)
class Shortfall:
    """A product a quotation asks for more of than its warehouse has available."""

    product: Product
    ordered: Decimal
    stock: Availability

    @property
    def short(self) -> Decimal:
        return self.ordered - max(self.stock.available, ZERO)


def shortfalls(session: Session, order: SalesOrder) -> list[Shortfall]:
    """The products of a quotation whose lines together ask for more than is available where
    it ships from: what confirming it would leave waiting (a backorder), by SKU."""
    wanted: dict[int, Decimal] = {}
    for ln in order.lines:
        wanted[ln.product_id] = wanted.get(ln.product_id, ZERO) + ln.quantity
    stock = availability(session, wanted, order.warehouse_id)
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(stock)))}
    out = [
        Shortfall(products[pid], wanted[pid], levels)
        for pid, levels in stock.items()
        if wanted[pid] > levels.available
    ]
    return sorted(out, key=lambda s: s.product.sku)
