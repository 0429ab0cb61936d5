"""Sales orders: list, read, create (a quotation), confirm, deliver, invoice, cancel, return,
and what can be done now."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter

from smarterp.api.deps import (
    Ctx,
    IdempotencyKey,
    RecordId,
    once,
    requires,
)
from smarterp.api.routers.orders import OrderRoutes
from smarterp.api.schemas import (
    ConfirmSalesIn,
    DeliveryOut,
    InvoiceOrderIn,
    SalesReturnOut,
    ShipIn,
)
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.schemas import ShipmentOut
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.schemas import InvoiceOut
from smarterp.erp.sales import queries, service
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.erp.sales.schemas import SalesOrderIn, SalesOrderOut, SalesOrderRevision

router = APIRouter(prefix="/sales-orders", tags=["sales orders"])

ROUTES = OrderRoutes(
    router=router,
    kind="sales_order",
    model=SalesOrder,
    states=SalesState,
    order_in=SalesOrderIn,
    out=SalesOrderOut,
    partner="customer",
    read="sales.read",
    write="sales.write",
    actions=service.ACTIONS,
    get_order=service.get_order,
    matching=queries.orders,
    newest_first=queries.newest_first,
)
ROUTES.add_reads_and_create(
    service.create_order,
    list_summary="List sales orders",
    create_summary="Create a quotation",
    search_help="Search the order number, the customer's reference and name or code.",
)
ROUTES.add_revise(service.revise_order, SalesOrderRevision, "Revise a quotation")

# Each action takes the permission its row in the order's action table names.
Confirm = Annotated[Ctx, requires(service.ACTIONS["confirm"].permission)]
Ship = Annotated[Ctx, requires(service.ACTIONS["deliver"].permission)]
Bill = Annotated[Ctx, requires(service.ACTIONS["invoice"].permission)]


def _out(ctx: Ctx, order_id: RecordId) -> SalesOrderOut:
    return SalesOrderOut.model_validate(service.get_order(ctx.session, order_id))


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


ROUTES.add_cancel_return_and_actions(
    cancel=service.cancel_order,
    send_back=lambda session, order_id, body: service.return_goods(
        session,
        order_id,
        body.quantities,
        body.date or dt.date.today(),
        reason=body.reason,
        refund=body.refund,
    ),
    returned_out=SalesReturnOut,
    return_doc="Take goods back from the customer; a credit note covers what was invoiced.",
)
