"""Invoicing reads shared by the services, the API, the web pages and the CLI: the one search
rule over invoices and bills, the lookups by number, and what a payment can settle."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from smarterp.core.errors import NotFound
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, Payment
from smarterp.erp.order_queries import OrderQueries

# Invoices are searched as orders are: number, the partner's reference, partner name or code.
_INVOICES = OrderQueries(
    what="invoice",
    model=Invoice,
    number=Invoice.number,  # type: ignore[arg-type]  # a draft's is null until posted
    partner_id=Invoice.partner_id,
    their_ref=Invoice.partner_ref,
    order_date=Invoice.invoice_date,
    state=Invoice.state,
    id=Invoice.id,
)


def search(text: str) -> ColumnElement[bool]:
    """The invoice number or the partner's reference on it holds `text`, or the partner's name
    or code does."""
    return _INVOICES.search(text)


def invoices(*, q: str | None = None, kinds: Iterable[InvoiceKind] | None = None) -> Select[Any]:
    """The invoices and bills that match the search, of `kinds` when given, unordered."""
    stmt = _INVOICES.narrow(select(Invoice), q=q)
    if kinds is not None:
        stmt = stmt.where(Invoice.kind.in_(list(kinds)))
    return stmt


def newest_first() -> tuple[Any, ...]:
    """The order invoice lists are read in: by invoice date, then as entered."""
    return _INVOICES.newest_first()


def invoice_by_key(session: Session, key: str) -> Invoice:
    """By number; a draft has no number yet, so `#12` (or `12`) names it by id."""
    found = session.execute(
        select(Invoice).where(Invoice.number == key.strip())
    ).scalar_one_or_none()
    ident = key.strip().removeprefix("#")
    if found is None and ident.isdigit():
        found = session.get(Invoice, int(ident))
    if found is None:
        raise NotFound("invoice", key)
    return found


def payment_by_number(session: Session, number: str) -> Payment:
    """The payment with this number (e.g. PAY/2026/00001)."""
    found = session.scalars(select(Payment).where(Payment.number == number.strip())).first()
    if found is None:
        raise NotFound("payment", number)
    return found


def payable_invoices(
    session: Session,
    *,
    partner_id: int | None = None,
    kinds: Iterable[InvoiceKind] | None = None,
    limit: int | None = None,
    for_update: bool = False,
) -> list[Invoice]:
    """The invoices a payment can settle (`Invoice.payable`, the invoice table's "pay"), the
    first due first; `for_update` locks them for a payment about to settle them."""
    stmt = select(Invoice).where(Invoice.payable)
    if partner_id is not None:
        stmt = stmt.where(Invoice.partner_id == partner_id)
    if kinds is not None:
        stmt = stmt.where(Invoice.kind.in_(list(kinds)))
    stmt = stmt.order_by(Invoice.due_date, Invoice.id).limit(limit)
    if for_update:
        stmt = stmt.with_for_update()
    return list(session.scalars(stmt))


def overdue_invoices(
    session: Session,
    on: date,
    *,
    customer_id: int | None = None,
    more_than_days: int = 0,
) -> list[Invoice]:
    """Customer invoices still owed whose due date is more than `more_than_days` days before
    `on` (0: any day before), by customer, then the first due first."""
    stmt = select(Invoice).where(
        Invoice.payable,
        Invoice.kind == InvoiceKind.OUT_INVOICE,
        Invoice.due_date < on - timedelta(days=more_than_days),
    )
    if customer_id is not None:
        stmt = stmt.where(Invoice.partner_id == customer_id)
    return list(session.scalars(stmt.order_by(Invoice.partner_id, Invoice.due_date, Invoice.id)))
