"""Invoicing reads shared by the services, the API, the web pages and the CLI."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.erp.invoicing.models import Invoice, InvoiceKind


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
