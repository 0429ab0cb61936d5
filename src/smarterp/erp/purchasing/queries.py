"""Purchase order reads shared by the API, the web pages and the CLI: the one search rule, the
list filters, newest first, the lookup by number, and what requests for quotation ask for."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from smarterp.core.search import AnySelect
from smarterp.erp.order_queries import OrderQueries
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseOrderLine, PurchaseState

_ORDERS = OrderQueries(
    what="purchase order",
    model=PurchaseOrder,
    number=PurchaseOrder.number,
    partner_id=PurchaseOrder.supplier_id,
    their_ref=PurchaseOrder.supplier_ref,
    order_date=PurchaseOrder.order_date,
    state=PurchaseOrder.state,
    id=PurchaseOrder.id,
)


def search(text: str) -> ColumnElement[bool]:
    """The order number or the supplier's reference holds `text`, or the supplier's name or
    code does."""
    return _ORDERS.search(text)


def narrow(
    stmt: AnySelect,
    *,
    q: str | None = None,
    state: PurchaseState | None = None,
    supplier_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> AnySelect:
    """`stmt` (any select over purchase orders) cut to the orders that match."""
    return _ORDERS.narrow(
        stmt, q=q, state=state, partner_id=supplier_id, date_from=date_from, date_to=date_to
    )


def orders(**criteria: Any) -> Select[PurchaseOrder]:
    """The purchase orders that match `criteria` (those of `narrow`), unordered."""
    return narrow(select(PurchaseOrder), **criteria)


def newest_first() -> tuple[Any, ...]:
    """The order purchase order lists are read in: by order date, then as entered."""
    return _ORDERS.newest_first()


def order_by_number(session: Session, number: str) -> PurchaseOrder:
    return _ORDERS.by_number(session, number)


def recent_orders(session: Session, supplier_id: int, limit: int = 10) -> list[PurchaseOrder]:
    return _ORDERS.recent(session, supplier_id, limit)


def requested(session: Session) -> dict[int, Any]:
    """Per product, the quantity on requests for quotation: asked of suppliers, not yet
    ordered. Not on order (the stock pages' "on order" is inventory's, from confirmed orders);
    the planner counts it too, so a proposal already turned into an RFQ is not made twice."""
    stmt = (
        select(PurchaseOrderLine.product_id, func.sum(PurchaseOrderLine.quantity))
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .where(PurchaseOrder.state == PurchaseState.RFQ)
        .group_by(PurchaseOrderLine.product_id)
    )
    return {pid: quantity for pid, quantity in session.execute(stmt)}
