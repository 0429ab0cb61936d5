"""What confirming, moving, returning and cancelling does to a sales or a purchase order: the
shipment of its goods, the quantities on its lines and the credit note for a return, told apart
only by the order's terms. The services keep what differs (prices, costs, audit and events)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.erp.approvals import service as approvals
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.models import MoveState, Shipment, ShipmentKind, StockMove
from smarterp.erp.inventory.schemas import MoveLineIn
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn
from smarterp.erp.orders import (
    OrderTerms,
    line_quantities,
    move_services,
    open_shipment,
    stocked_lines,
    unmove_services,
)

UnitCost = Callable[[Any], Decimal | None]
CreditLine = Callable[[Any, Decimal, StockMove], InvoiceLineIn]


def _no_cost(_line: Any) -> Decimal | None:
    return None


def confirm(
    session: Session,
    order: Any,
    terms: OrderTerms,
    *,
    partner_id: int,
    scheduled_date: date,
    carrier_id: int | None = None,
    unit_cost: UnitCost = _no_cost,
) -> None:
    """Confirm a draft: a delivery (receipt) waits for the goods of every stocked line, each
    service line is moved at once, as nothing ships for it."""
    stocked = stocked_lines(session, order)
    goods = [
        MoveLineIn(
            product_id=ln.product_id,
            quantity=ln.quantity,
            unit_cost=unit_cost(ln),
            origin_type=terms.line_origin,
            origin_id=ln.id,
        )
        for ln in order.lines
        if ln.id in stocked
    ]
    if goods:
        inventory.create_shipment(
            session,
            terms.shipment_kind,
            goods,
            partner_id=partner_id,
            origin_type=terms.order_origin,
            origin_id=order.id,
            scheduled_date=scheduled_date,
            carrier_id=carrier_id,
            warehouse_id=order.warehouse_id,
        )
    move_services(session, order, terms)
    order.state = terms.confirmed
    order.version += 1


def move_goods(
    session: Session,
    order: Any,
    terms: OrderTerms,
    on: date,
    quantities: dict[int, Decimal] | None,
    *,
    backorder: bool,
) -> Shipment:
    """Deliver (receive) goods of a confirmed order; `quantities` maps order line id to the
    quantity moved (everything still open when omitted). The rest stays on a backorder, or is
    dropped from the order when `backorder` is False."""
    shipment = open_shipment(session, order, terms)
    assert shipment is not None  # the action table allows moving only while one is open
    by_line = {m.origin_id: m for m in shipment.moves if m.state == MoveState.CONFIRMED}
    move_qty: dict[int, Decimal] | None = None
    if quantities is not None:
        move_qty = {}
        for line_id, q in quantities.items():
            if line_id not in by_line:
                left = f"line {line_id} has nothing left to {terms.move} on {order.number}"
                raise InvalidInput("quantities", left)
            move_qty[by_line[line_id].id] = q
    done = inventory.validate_shipment(session, shipment.id, on, move_qty, backorder=backorder)
    lines = {ln.id: ln for ln in order.lines}
    for move in done.done_moves:
        if move.origin_id in lines:
            ln = lines[move.origin_id]
            setattr(ln, terms.moved_field, getattr(ln, terms.moved_field) + move.quantity)
    if not backorder:
        stocked = stocked_lines(session, order)
        for ln in order.lines:  # what was dropped will never move
            if ln.id in stocked:
                ln.quantity = getattr(ln, terms.moved_field)
    order.version += 1
    return done.shipment


def take_back(
    session: Session,
    order: Any,
    terms: OrderTerms,
    quantities: dict[int, Decimal],
    on: date,
    *,
    kind: ShipmentKind,
    partner_id: int,
    credit_line: CreditLine,
    unit_cost: UnitCost = _no_cost,
    refund: bool = True,
    reason: str | None = None,
) -> tuple[Shipment, Invoice | None]:
    """Goods go back the other way (a customer's or a supplier return) and what was billed of
    them is credited: `credit_line(line, quantity, move)` prices the credit note's line."""
    lines = {ln.id: ln for ln in order.lines}
    before = line_quantities(session, order, terms)
    goods: list[MoveLineIn] = []
    for line_id, q in quantities.items():
        ln = lines.get(line_id)
        if ln is None:
            raise InvalidInput("quantities", f"line {line_id} is not on {order.number}")
        returnable = before[line_id].returnable
        if q <= 0 or q > returnable:
            raise InvalidInput(
                "quantities", f"line {line_id}: can return 0 < quantity <= {returnable}, not {q}"
            )
        goods.append(
            MoveLineIn(
                product_id=ln.product_id,
                quantity=q,
                unit_cost=unit_cost(ln),
                origin_type=terms.line_origin,
                origin_id=ln.id,
            )
        )
    shipment = inventory.create_shipment(
        session,
        kind,
        goods,
        partner_id=partner_id,
        origin_type=terms.order_origin,
        origin_id=order.id,
        scheduled_date=on,
        warehouse_id=order.warehouse_id,
    )
    done = inventory.validate_shipment(session, shipment.id, on)
    credit_lines: list[InvoiceLineIn] = []
    for move in done.done_moves:
        assert move.origin_id is not None
        ln = lines[move.origin_id]
        billed_back = before[ln.id].credit_for_return(move.quantity)
        ln.qty_returned += move.quantity
        if billed_back > 0:
            credit_lines.append(credit_line(ln, billed_back, move))
    note = None
    if refund and credit_lines:
        note = invoicing.create_invoice(
            session,
            InvoiceIn(
                kind=terms.refund_kind,
                partner_id=partner_id,
                invoice_date=on,
                lines=credit_lines,
                origin_type=terms.order_origin,
                origin_id=order.id,
                notes=reason,
                currency=order.currency,
            ),
        )
        invoicing.post_invoice(session, note.id)
    order.version += 1
    return shipment, note


def cancel(session: Session, order: Any, terms: OrderTerms, cancelled: Enum) -> None:
    """Cancel an order nothing moved on: its services were never delivered, the shipment
    waiting for its goods is cancelled, releasing what it reserved, and approvals it waited
    for are withdrawn."""
    approvals.withdraw(session, terms.order_origin, order.id, "the order was cancelled")
    unmove_services(session, order, terms)
    shipment = open_shipment(session, order, terms)
    if shipment is not None:
        inventory.cancel_shipment(session, shipment.id)
    order.state = cancelled
    order.version += 1
