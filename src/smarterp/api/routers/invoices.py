"""Customer invoices, vendor bills and credit notes: list with filters, read one."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from smarterp.api.deps import Ctx, Page, PagingDep, RecordId, paginate, requires
from smarterp.erp.actions import ActionOut
from smarterp.erp.invoicing import service
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState
from smarterp.erp.invoicing.schemas import InvoiceOut

router = APIRouter(prefix="/invoices", tags=["invoices"])

Read = Annotated[Ctx, requires("invoices.read")]

SORTABLE = {
    "id": Invoice.id,
    "number": Invoice.number,
    "invoice_date": Invoice.invoice_date,
    "due_date": Invoice.due_date,
    "amount_total": Invoice.amount_total,
    "amount_residual": Invoice.amount_residual,
}


@router.get("", response_model=Page[InvoiceOut], summary="List invoices and bills")
def list_invoices(
    ctx: Read,
    paging: PagingDep,
    kind: InvoiceKind | None = None,
    state: InvoiceState | None = None,
    partner_id: RecordId | None = None,
    date_from: Annotated[dt.date | None, Query(description="Invoice date on or after.")] = None,
    date_to: Annotated[dt.date | None, Query(description="Invoice date on or before.")] = None,
    overdue_on: Annotated[
        dt.date | None, Query(description="Only open items due before this day.")
    ] = None,
) -> Page[InvoiceOut]:
    stmt = select(Invoice)
    if kind is not None:
        stmt = stmt.where(Invoice.kind == kind)
    if state is not None:
        stmt = stmt.where(Invoice.state == state)
    if partner_id is not None:
        stmt = stmt.where(Invoice.partner_id == partner_id)
    if date_from is not None:
        stmt = stmt.where(Invoice.invoice_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(Invoice.invoice_date <= date_to)
    if overdue_on is not None:
        stmt = stmt.where(Invoice.state == InvoiceState.POSTED, Invoice.due_date < overdue_on)
    return paginate(
        ctx.session,
        stmt,
        InvoiceOut,
        paging,
        SORTABLE,
        [Invoice.invoice_date.desc()],
        Invoice.id.desc(),
        options=[selectinload(Invoice.lines)],
    )


@router.get("/{invoice_id}", response_model=InvoiceOut)
def get_invoice(ctx: Read, invoice_id: RecordId) -> InvoiceOut:
    return InvoiceOut.model_validate(service.get_invoice(ctx.session, invoice_id))


@router.get("/{invoice_id}/actions", response_model=list[ActionOut], summary="What can be done now")
def list_actions(ctx: Read, invoice_id: RecordId) -> list[ActionOut]:
    """Post, pay, cancel: whether the caller's role may and the document allows it now."""
    invoice = service.get_invoice(ctx.session, invoice_id)
    return service.ACTIONS.listing(ctx.session, invoice, ctx.user.role)
