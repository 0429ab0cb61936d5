"""Sales order reads shared by the API, the web pages and the CLI: the one search rule, the
list filters, newest first, and the lookup by number."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from smarterp.core.search import AnySelect
from smarterp.erp.order_queries import OrderQueries
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
