"""Sales orders: list, read, create (a quotation), confirm, deliver, invoice, cancel, return,
and what can be done now."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy.orm import selectinload

from smarterp.api.deps import (
    API_PREFIX,
    Ctx,
    IdempotencyKey,
    Page,
    PagingDep,
    RecordId,
    once,
    once_return,
    paginate,
    requires,
    service_key,
    settle,
)
from smarterp.api.schemas import (
    CancelIn,
    ConfirmSalesIn,
    DeliveryOut,
    InvoiceOrderIn,
    ReturnIn,
    SalesReturnOut,
    ShipIn,
)
from smarterp.erp.actions import ActionOut
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.schemas import ShipmentOut
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.schemas import InvoiceOut
from smarterp.erp.sales import queries, service
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.erp.sales.schemas import SalesOrderIn, SalesOrderOut

router = APIRouter(prefix="/sales-orders", tags=["sales orders"])

Read = Annotated[Ctx, requires("sales.read")]
Write = Annotated[Ctx, requires("sales.write")]
# Each action takes the permission its row in the order's action table names.
Confirm = Annotated[Ctx, requires(service.ACTIONS["confirm"].permission)]
Ship = Annotated[Ctx, requires(service.ACTIONS["deliver"].permission)]
Bill = Annotated[Ctx, requires(service.ACTIONS["invoice"].permission)]
TakeBack = Annotated[Ctx, requires(service.ACTIONS["return"].permission)]
Cancel = Annotated[Ctx, requires(service.ACTIONS["cancel"].permission)]

SORTABLE = {
    "id": SalesOrder.id,
    "number": SalesOrder.number,
    "order_date": SalesOrder.order_date,
    "amount_total": SalesOrder.amount_total,
    "state": SalesOrder.state,
}


def _out(ctx: Ctx, order_id: RecordId) -> SalesOrderOut:
    return SalesOrderOut.model_validate(service.get_order(ctx.session, order_id))


@router.get("", response_model=Page[SalesOrderOut], summary="List sales orders")
def list_orders(
    ctx: Read,
    paging: PagingDep,
    state: SalesState | None = None,
    customer_id: RecordId | None = None,
    date_from: Annotated[dt.date | None, Query(description="Order date on or after.")] = None,
    date_to: Annotated[dt.date | None, Query(description="Order date on or before.")] = None,
    q: Annotated[
        str | None,
        Query(description="Search the order number, the customer's reference and name or code."),
    ] = None,
) -> Page[SalesOrderOut]:
    stmt = queries.orders(
        q=q, state=state, customer_id=customer_id, date_from=date_from, date_to=date_to
    )
    return paginate(
        ctx.session,
        stmt,
        SalesOrderOut,
        paging,
        SORTABLE,
        queries.newest_first(),
        SalesOrder.id.desc(),
        options=[selectinload(SalesOrder.lines)],
    )


@router.get("/{order_id}", response_model=SalesOrderOut)
def get_order(ctx: Read, order_id: RecordId) -> SalesOrderOut:
    return _out(ctx, order_id)


@router.post("", response_model=SalesOrderOut, status_code=201, summary="Create a quotation")
def create_order(
    ctx: Write, body: SalesOrderIn, response: Response, idempotency_key: IdempotencyKey = None
) -> SalesOrderOut:
    cmd = body.model_copy(
        update={"idempotency_key": service_key(ctx, idempotency_key, body.idempotency_key)}
    )
    order = service.create_order(ctx.session, cmd)
    settle(ctx)
    response.headers["Location"] = f"{API_PREFIX}{router.prefix}/{order.id}"
    return _out(ctx, order.id)


@router.post("/{order_id}/confirm", response_model=SalesOrderOut)
def confirm_order(
    ctx: Confirm,
    order_id: RecordId,
    body: ConfirmSalesIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> SalesOrderOut:
    override = body.override_credit_limit if body else False
    order = once(
        ctx,
        f"sales_order.confirm:{order_id}",
        idempotency_key,
        lambda: service.confirm_order(ctx.session, order_id, override_credit_limit=override),
        lambda oid: service.get_order(ctx.session, oid),
    )
    return SalesOrderOut.model_validate(order)


@router.post("/{order_id}/deliver", response_model=DeliveryOut)
def deliver(
    ctx: Ship,
    order_id: RecordId,
    body: ShipIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> DeliveryOut:
    body = body or ShipIn()
    shipment = once(
        ctx,
        f"sales_order.deliver:{order_id}",
        idempotency_key,
        lambda: service.deliver(
            ctx.session,
            order_id,
            body.date or dt.date.today(),
            body.quantities,
            backorder=body.backorder,
        ),
        lambda sid: inventory.get_shipment(ctx.session, sid),
    )
    return DeliveryOut(order=_out(ctx, order_id), shipment=ShipmentOut.model_validate(shipment))


@router.post("/{order_id}/invoice", response_model=InvoiceOut, status_code=201)
def invoice_order(
    ctx: Bill,
    order_id: RecordId,
    body: InvoiceOrderIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> InvoiceOut:
    body = body or InvoiceOrderIn()
    invoice = once(
        ctx,
        f"sales_order.invoice:{order_id}",
        idempotency_key,
        lambda: service.invoice_order(
            ctx.session, order_id, body.date or dt.date.today(), post=body.post
        ),
        lambda iid: invoicing.get_invoice(ctx.session, iid),
    )
    return InvoiceOut.model_validate(invoice)


@router.post("/{order_id}/cancel", response_model=SalesOrderOut)
def cancel_order(
    ctx: Cancel,
    order_id: RecordId,
    body: CancelIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> SalesOrderOut:
    reason = body.reason if body else None
    order = once(
        ctx,
        f"sales_order.cancel:{order_id}",
        idempotency_key,
        lambda: service.cancel_order(ctx.session, order_id, reason),
        lambda oid: service.get_order(ctx.session, oid),
    )
    return SalesOrderOut.model_validate(order)


@router.post("/{order_id}/return", response_model=SalesReturnOut, status_code=201)
def return_goods(
    ctx: TakeBack,
    order_id: RecordId,
    body: ReturnIn,
    idempotency_key: IdempotencyKey = None,
) -> SalesReturnOut:
    shipment, credit_note = once_return(
        ctx,
        "sales_order",
        order_id,
        idempotency_key,
        lambda: service.return_goods(
            ctx.session,
            order_id,
            body.quantities,
            body.date or dt.date.today(),
            reason=body.reason,
            refund=body.refund,
        ),
    )
    return SalesReturnOut(order=_out(ctx, order_id), shipment=shipment, credit_note=credit_note)


@router.get("/{order_id}/actions", response_model=list[ActionOut], summary="What can be done now")
def list_actions(ctx: Read, order_id: RecordId) -> list[ActionOut]:
    """Every action on the order: whether the caller's role may take it and the order allows
    it now, and why not."""
    order = service.get_order(ctx.session, order_id)
    return service.ACTIONS.listing(ctx.session, order, ctx.user.role)
