"""Customer invoices, vendor bills and credit notes: list with filters, read one, what can be
done now, post a draft, cancel one."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from smarterp.api.deps import (
    Ctx,
    IdempotencyKey,
    Page,
    PagingDep,
    RecordId,
    once,
    paginate,
    requires,
)
from smarterp.api.schemas import CancelIn
from smarterp.erp.actions import ActionOut
from smarterp.erp.invoicing import service
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState
from smarterp.erp.invoicing.schemas import InvoiceOut

router = APIRouter(prefix="/invoices", tags=["invoices"])

Read = Annotated[Ctx, requires("invoices.read")]
# Each action takes the permission its row in the invoice's action table names.
Post = Annotated[Ctx, requires(service.ACTIONS["post"].permission)]
Cancel = Annotated[Ctx, requires(service.ACTIONS["cancel"].permission)]

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


def _take(ctx: Ctx, name: str, invoice_id: int, key: str | None, why: str | None) -> InvoiceOut:
    """Take one action of the invoice's table through its use-case, once per idempotency key;
    the use-case refuses (409 or 422) with the reason `/actions` gives."""
    run = service.ACTIONS[name].run
    assert run is not None  # post and cancel are one-click actions
    invoice = once(
        ctx,
        f"invoice.{name}:{invoice_id}",
        key,
        lambda: run(ctx.session, invoice_id, dt.date.today(), why),
        lambda iid: service.get_invoice(ctx.session, iid),
    )
    return InvoiceOut.model_validate(invoice)


@router.post("/{invoice_id}/post", response_model=InvoiceOut, summary="Post a draft")
def post_invoice(
    ctx: Post, invoice_id: RecordId, idempotency_key: IdempotencyKey = None
) -> InvoiceOut:
    """Number the draft invoice or bill and book it, each line taxed at the rate in force now."""
    return _take(ctx, "post", invoice_id, idempotency_key, None)


@router.post("/{invoice_id}/cancel", response_model=InvoiceOut, summary="Cancel an invoice")
def cancel_invoice(
    ctx: Cancel,
    invoice_id: RecordId,
    body: CancelIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> InvoiceOut:
    """Cancel a draft, or a posted invoice or bill nothing was paid on: its entry is reversed
    and the order it billed has those quantities to bill again. Refused once a payment or a
    credit note is allocated to it."""
    return _take(ctx, "cancel", invoice_id, idempotency_key, body.reason if body else None)
