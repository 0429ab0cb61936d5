"""Purchase orders: list, read, create (an RFQ), confirm, receive, bill, cancel, return,
three-way match, and what can be done now."""

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
    BillIn,
    CancelIn,
    PurchaseReturnOut,
    ReceiptOut,
    ReturnIn,
    ShipIn,
)
from smarterp.erp.actions import ActionOut
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.schemas import ShipmentOut
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.schemas import InvoiceOut
from smarterp.erp.purchasing import queries, service
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.purchasing.schemas import PurchaseOrderIn, PurchaseOrderOut, ThreeWayMatch

router = APIRouter(prefix="/purchase-orders", tags=["purchase orders"])

Read = Annotated[Ctx, requires("purchasing.read")]
Write = Annotated[Ctx, requires("purchasing.write")]
# Each action takes the permission its row in the order's action table names.
Confirm = Annotated[Ctx, requires(service.ACTIONS["confirm"].permission)]
Receive = Annotated[Ctx, requires(service.ACTIONS["receive"].permission)]
Bill = Annotated[Ctx, requires(service.ACTIONS["bill"].permission)]
SendBack = Annotated[Ctx, requires(service.ACTIONS["return"].permission)]
Cancel = Annotated[Ctx, requires(service.ACTIONS["cancel"].permission)]

SORTABLE = {
    "id": PurchaseOrder.id,
    "number": PurchaseOrder.number,
    "order_date": PurchaseOrder.order_date,
    "expected_date": PurchaseOrder.expected_date,
    "amount_total": PurchaseOrder.amount_total,
    "state": PurchaseOrder.state,
}


def _out(ctx: Ctx, order_id: RecordId) -> PurchaseOrderOut:
    return PurchaseOrderOut.model_validate(service.get_order(ctx.session, order_id))


@router.get("", response_model=Page[PurchaseOrderOut], summary="List purchase orders")
def list_orders(
    ctx: Read,
    paging: PagingDep,
    state: PurchaseState | None = None,
    supplier_id: RecordId | None = None,
    date_from: Annotated[dt.date | None, Query(description="Order date on or after.")] = None,
    date_to: Annotated[dt.date | None, Query(description="Order date on or before.")] = None,
    q: Annotated[
        str | None,
        Query(description="Search the order number, the supplier's reference and name or code."),
    ] = None,
) -> Page[PurchaseOrderOut]:
    stmt = queries.orders(
        q=q, state=state, supplier_id=supplier_id, date_from=date_from, date_to=date_to
    )
    return paginate(
        ctx.session,
        stmt,
        PurchaseOrderOut,
        paging,
        SORTABLE,
        queries.newest_first(),
        PurchaseOrder.id.desc(),
        options=[selectinload(PurchaseOrder.lines)],
    )


@router.get("/{order_id}", response_model=PurchaseOrderOut)
def get_order(ctx: Read, order_id: RecordId) -> PurchaseOrderOut:
    return _out(ctx, order_id)


@router.post("", response_model=PurchaseOrderOut, status_code=201, summary="Create an RFQ")
def create_order(
    ctx: Write, body: PurchaseOrderIn, response: Response, idempotency_key: IdempotencyKey = None
) -> PurchaseOrderOut:
    cmd = body.model_copy(
        update={"idempotency_key": service_key(ctx, idempotency_key, body.idempotency_key)}
    )
    order = service.create_rfq(ctx.session, cmd)
    settle(ctx)
    response.headers["Location"] = f"{API_PREFIX}{router.prefix}/{order.id}"
    return _out(ctx, order.id)


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


@router.post("/{order_id}/cancel", response_model=PurchaseOrderOut)
def cancel_order(
    ctx: Cancel,
    order_id: RecordId,
    body: CancelIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> PurchaseOrderOut:
    reason = body.reason if body else None
    order = once(
        ctx,
        f"purchase_order.cancel:{order_id}",
        idempotency_key,
        lambda: service.cancel_order(ctx.session, order_id, reason),
        lambda oid: service.get_order(ctx.session, oid),
    )
    return PurchaseOrderOut.model_validate(order)


@router.post("/{order_id}/return", response_model=PurchaseReturnOut, status_code=201)
def return_goods(
    ctx: SendBack,
    order_id: RecordId,
    body: ReturnIn,
    idempotency_key: IdempotencyKey = None,
) -> PurchaseReturnOut:
    """Send received goods back; the supplier's credit note covers what was billed."""
    shipment, credit_note = once_return(
        ctx,
        "purchase_order",
        order_id,
        idempotency_key,
        lambda: service.return_to_supplier(
            ctx.session, order_id, body.quantities, body.date or dt.date.today(), reason=body.reason
        ),
    )
    return PurchaseReturnOut(order=_out(ctx, order_id), shipment=shipment, credit_note=credit_note)


@router.get("/{order_id}/actions", response_model=list[ActionOut], summary="What can be done now")
def list_actions(ctx: Read, order_id: RecordId) -> list[ActionOut]:
    """Every action on the order: whether the caller's role may take it and the order allows
    it now, and why not."""
    order = service.get_order(ctx.session, order_id)
    return service.ACTIONS.listing(ctx.session, order, ctx.user.role)


@router.get("/{order_id}/match", response_model=ThreeWayMatch, summary="Three-way match")
def match(ctx: Read, order_id: RecordId) -> ThreeWayMatch:
    """Ordered against received against billed, per line, with every difference explained."""
    return service.three_way_match(ctx.session, order_id)
