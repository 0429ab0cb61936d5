"""Purchase orders: list, read, create (an RFQ), confirm, receive, bill, cancel, return,
three-way match, and what can be done now."""

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
    BillIn,
    PurchaseReturnOut,
    ReceiptOut,
    ShipIn,
)
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.schemas import ShipmentOut
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.schemas import InvoiceOut
from smarterp.erp.purchasing import queries, service
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.purchasing.schemas import (
    PurchaseOrderIn,
    PurchaseOrderOut,
    PurchaseOrderRevision,
    ThreeWayMatch,
)

router = APIRouter(prefix="/purchase-orders", tags=["purchase orders"])

ROUTES = OrderRoutes(
    router=router,
    kind="purchase_order",
    model=PurchaseOrder,
    states=PurchaseState,
    order_in=PurchaseOrderIn,
    out=PurchaseOrderOut,
    partner="supplier",
    read="purchasing.read",
    write="purchasing.write",
    actions=service.ACTIONS,
    get_order=service.get_order,
    matching=queries.orders,
    newest_first=queries.newest_first,
    sortable={"expected_date": PurchaseOrder.expected_date},
)
ROUTES.add_reads_and_create(
    service.create_rfq,
    list_summary="List purchase orders",
    create_summary="Create an RFQ",
    search_help="Search the order number, the supplier's reference and name or code.",
)
ROUTES.add_revise(service.revise_rfq, PurchaseOrderRevision, "Revise an RFQ")

Read = Annotated[Ctx, requires("purchasing.read")]
# Each action takes the permission its row in the order's action table names.
Confirm = Annotated[Ctx, requires(service.ACTIONS["confirm"].permission)]
Receive = Annotated[Ctx, requires(service.ACTIONS["receive"].permission)]
Bill = Annotated[Ctx, requires(service.ACTIONS["bill"].permission)]


def _out(ctx: Ctx, order_id: RecordId) -> PurchaseOrderOut:
    return PurchaseOrderOut.model_validate(service.get_order(ctx.session, order_id))


@router.post("/{order_id}/confirm", response_model=PurchaseOrderOut)
def confirm_order(
    ctx: Confirm, order_id: RecordId, idempotency_key: IdempotencyKey = None
) -> PurchaseOrderOut:
    order = once(
        ctx,
        f"purchase_order.confirm:{order_id}",
        idempotency_key,
        lambda: service.confirm_order(ctx.session, order_id),
        lambda oid: service.get_order(ctx.session, oid),
    )
    return PurchaseOrderOut.model_validate(order)


@router.post("/{order_id}/receive", response_model=ReceiptOut)
def receive(
    ctx: Receive,
    order_id: RecordId,
    body: ShipIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> ReceiptOut:
    body = body or ShipIn()
    shipment = once(
        ctx,
        f"purchase_order.receive:{order_id}",
        idempotency_key,
        lambda: service.receive(
            ctx.session,
            order_id,
            body.date or dt.date.today(),
            body.quantities,
            backorder=body.backorder,
        ),
        lambda sid: inventory.get_shipment(ctx.session, sid),
    )
    return ReceiptOut(order=_out(ctx, order_id), shipment=ShipmentOut.model_validate(shipment))


@router.post("/{order_id}/bill", response_model=InvoiceOut, status_code=201)
def bill_order(
    ctx: Bill,
    order_id: RecordId,
    body: BillIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> InvoiceOut:
    body = body or BillIn()
    bill = once(
        ctx,
        f"purchase_order.bill:{order_id}",
        idempotency_key,
        lambda: service.bill_order(
            ctx.session,
            order_id,
            body.date or dt.date.today(),
            lines=body.lines,
            supplier_ref=body.supplier_ref,
            due_date=body.due_date,
            post=body.post,
            allow_duplicate=body.allow_duplicate,
        ),
        lambda iid: invoicing.get_invoice(ctx.session, iid),
    )
    out = InvoiceOut.model_validate(bill)
    out.warnings = invoicing.bill_warnings(ctx.session, bill)
    return out


ROUTES.add_cancel_return_and_actions(
    cancel=service.cancel_order,
    send_back=lambda session, order_id, body: service.return_to_supplier(
        session, order_id, body.quantities, body.date or dt.date.today(), reason=body.reason
    ),
    returned_out=PurchaseReturnOut,
    return_doc="Send received goods back; the supplier's credit note covers what was billed.",
)


@router.get("/{order_id}/match", response_model=ThreeWayMatch, summary="Three-way match")
def match(ctx: Read, order_id: RecordId) -> ThreeWayMatch:
    """Ordered against received against billed, per line, with every difference explained."""
    return service.three_way_match(ctx.session, order_id)
