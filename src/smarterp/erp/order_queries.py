"""What the sales and purchase order lists share: one search rule (the order's number, the
partner's reference on it, the partner's name or code), the list filters, the newest-first
order and the lookup by number, told apart only by the order's table and columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from smarterp.core.errors import NotFound
from smarterp.core.search import AnySelect, any_contains
from smarterp.erp.partners.models import Partner

Order = TypeVar("Order")


@dataclass(frozen=True)
class OrderQueries(Generic[Order]):
    """The reads of one kind of order."""

    what: str  # "sales order", in refusals
    model: type[Order]
    number: InstrumentedAttribute[str]
    partner_id: InstrumentedAttribute[int]  # the customer or supplier
    their_ref: InstrumentedAttribute[str | None]  # the partner's own reference for the order
    order_date: InstrumentedAttribute[date]
    state: InstrumentedAttribute[Any]
    id: InstrumentedAttribute[int]

    def search(self, text: str) -> ColumnElement[bool]:
        """The order's number or the partner's reference on it holds `text`, or the partner's
        name or code does. The partner is matched in a subquery, so the rule holds on any
        select over orders, joined to the partner or not."""
        partners = select(Partner.id).where(any_contains(text, Partner.name, Partner.ref))
        return or_(any_contains(text, self.number, self.their_ref), self.partner_id.in_(partners))

    def narrow(
        self,
        stmt: AnySelect,
        *,
        q: str | None = None,
        state: Enum | None = None,
        partner_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> AnySelect:
        """`stmt` cut to the orders that match; None leaves a filter off; the dates bound the
        order date, both ends included."""
        if q and q.strip():
            stmt = stmt.where(self.search(q))
        if state is not None:
            stmt = stmt.where(self.state == state)
        if partner_id is not None:
            stmt = stmt.where(self.partner_id == partner_id)
        if date_from is not None:
            stmt = stmt.where(self.order_date >= date_from)
        if date_to is not None:
            stmt = stmt.where(self.order_date <= date_to)
        return stmt

    def newest_first(self) -> tuple[Any, ...]:
        return (self.order_date.desc(), self.id.desc())

    def by_number(self, session: Session, number: str) -> Order:
        order = session.scalars(select(self.model).where(self.number == number.strip())).first()
        if order is None:
            raise NotFound(self.what, number)
        return order

    def recent(self, session: Session, partner_id: int, limit: int) -> list[Order]:
        """The partner's latest orders, newest first."""
        stmt = self.narrow(select(self.model), partner_id=partner_id)
        return list(session.scalars(stmt.order_by(*self.newest_first()).limit(limit)))
