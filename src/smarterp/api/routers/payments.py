"""Payments in and out: list with filters, and register one (it settles open invoices)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from smarterp.api.deps import (
    Ctx,
    IdempotencyKey,
    Page,
    PagingDep,
    RecordId,
    paginate,
    requires,
    service_key,
    settle,
)
from smarterp.erp.invoicing import service
from smarterp.erp.invoicing.models import Payment, PaymentDirection, PaymentState
from smarterp.erp.invoicing.schemas import PaymentIn, PaymentOut

router = APIRouter(prefix="/payments", tags=["payments"])

SORTABLE = {
    "id": Payment.id,
    "number": Payment.number,
    "date": Payment.date,
    "amount": Payment.amount,
}


@router.get("", response_model=Page[PaymentOut], summary="List payments")
def list_payments(
    ctx: Annotated[Ctx, requires("payments.read")],
    paging: PagingDep,
    partner_id: RecordId | None = None,
    direction: PaymentDirection | None = None,
    state: PaymentState | None = None,
    date_from: Annotated[dt.date | None, Query(description="Paid on or after.")] = None,
    date_to: Annotated[dt.date | None, Query(description="Paid on or before.")] = None,
) -> Page[PaymentOut]:
    stmt = select(Payment)
    if partner_id is not None:
        stmt = stmt.where(Payment.partner_id == partner_id)
    if direction is not None:
        stmt = stmt.where(Payment.direction == direction)
    if state is not None:
        stmt = stmt.where(Payment.state == state)
    if date_from is not None:
        stmt = stmt.where(Payment.date >= date_from)
    if date_to is not None:
        stmt = stmt.where(Payment.date <= date_to)
    return paginate(
        ctx.session, stmt, PaymentOut, paging, SORTABLE, [Payment.date.desc()], Payment.id.desc()
    )


@router.post("", response_model=PaymentOut, status_code=201, summary="Register a payment")
def register_payment(
    ctx: Annotated[Ctx, requires("payments.write")],
    body: PaymentIn,
    idempotency_key: IdempotencyKey = None,
) -> PaymentOut:
    cmd = body.model_copy(
        update={"idempotency_key": service_key(ctx, idempotency_key, body.idempotency_key)}
    )
    payment = service.register_payment(ctx.session, cmd)
    settle(ctx)
    return PaymentOut.model_validate(payment)
