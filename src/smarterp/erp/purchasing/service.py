"""Purchasing use-cases: RFQ, revise the RFQ, confirm, receive, bill, return, three-way match."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core import idempotency
from smarterp.core.audit import record_audit, snapshot
from smarterp.core.bounds import check_date
from smarterp.core.concurrency import check_version
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.core.events import record_event
from smarterp.core.money import PRICE_PLACES, ZERO, money, positive_qty, qty
from smarterp.core.sequence import next_number
from smarterp.erp import order_moves, orders
from smarterp.erp.accounting import taxes
from smarterp.erp.accounting.models import TaxScope
from smarterp.erp.actions import ActionTable
from smarterp.erp.approvals import service as approvals
from smarterp.erp.approvals.models import DocumentType
from smarterp.erp.inventory.models import Shipment, ShipmentKind
from smarterp.erp.inventory.warehouses import get_warehouse
from smarterp.erp.invoicing import billing
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.billing import LineQuantities
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceLine, InvoiceState
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn
from smarterp.erp.orders import OrderTerms
from smarterp.erp.partners.service import get_partner, require_role
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseOrderLine, PurchaseState
from smarterp.erp.purchasing.schemas import (
    BillLineIn,
    MatchIssue,
    PurchaseLineIn,
    PurchaseOrderIn,
    PurchaseOrderRevision,
    ThreeWayMatch,
)

LINE = "purchase_order_line"
ORDER = "purchase_order"

TERMS = OrderTerms(
    what="purchase order",
    order_origin=ORDER,
    line_origin=LINE,
    moved_field="qty_received",
    billed_field="qty_billed",
    refund_kind=InvoiceKind.IN_REFUND,
    shipment_kind=ShipmentKind.RECEIPT,
    draft=PurchaseState.RFQ,
    confirmed=PurchaseState.CONFIRMED,
    done=PurchaseState.DONE,
    move="receive",
    moved="received",
    bill="bill",
    billed="billed",
    bill_field="lines",
    take_back="return goods",
    write="purchasing.write",
    move_permission="purchasing.receive",
    move_label="Receive everything open",
    bill_label="Record bill",
)


def line_quantities(session: Session, order: PurchaseOrder) -> dict[int, LineQuantities]:
    """Per line of the order: ordered, received, returned, billed and credited."""
    return orders.line_quantities(session, order, TERMS)


def get_order(session: Session, order_id: int) -> PurchaseOrder:
    order = session.get(PurchaseOrder, order_id)
    if order is None:
        raise NotFound("purchase order", order_id)
    return order


def create_rfq(session: Session, cmd: PurchaseOrderIn) -> PurchaseOrder:
    """A request for quotation; prices default to what the supplier offers for each product."""
    earlier = idempotency.seen(session, cmd.idempotency_key, "purchase_order")
    if earlier is not None:
        return get_order(session, earlier)
    check_date(cmd.order_date, "order_date")
    if cmd.expected_date is not None:
        check_date(cmd.expected_date, "expected_date")
    supplier = get_partner(session, cmd.supplier_id)
    require_role(supplier, "supplier")
    if cmd.expected_date is not None and cmd.expected_date < cmd.order_date:
        raise InvalidInput("expected_date", f"{cmd.expected_date} is before the order date")
    if cmd.warehouse_id is not None:
        get_warehouse(session, cmd.warehouse_id)
    order = PurchaseOrder(
        number=next_number(session, "purchase_order", "PO", gapless=False),
        external_ref=cmd.external_ref,
        supplier_id=supplier.id,
        warehouse_id=cmd.warehouse_id,
        order_date=cmd.order_date,
        expected_date=cmd.expected_date,
        supplier_ref=cmd.supplier_ref,
        notes=cmd.notes,
    )
    orders.set_currency(session, order, cmd.currency, supplier)
    for i, ln in enumerate(cmd.lines, start=1):
        order.lines.append(_line(session, supplier.id, i, ln, order))
    orders.company_subtotals(order)
    _totals(order)
    session.add(order)
    session.flush()
    idempotency.remember(session, cmd.idempotency_key, "purchase_order", order.id)
    record_audit(session, "purchase_order.create", order)
    record_event(session, "purchase_order.created", ORDER, order.id, number=order.number)
    return order


def _line(
    session: Session, supplier_id: int, i: int, ln: PurchaseLineIn, order: PurchaseOrder
) -> PurchaseOrderLine:
    """Line `i` (from 1) of an RFQ as `ln` asks: the supplier's price for the product (else its
    cost), in the order's currency, and its purchase tax unless given."""
    product = session.get(Product, ln.product_id)
    if product is None:
        raise InvalidInput(f"lines[{i}].product_id", f"product {ln.product_id} does not exist")
    if not product.active:
        raise InvalidInput(f"lines[{i}].product_id", f"{product.sku} is archived")
    positive_qty(ln.quantity, f"lines[{i}].quantity")
    if ln.unit_price is not None:
        unit_price = ln.unit_price
    else:
        unit_price = orders.default_unit_price(
            session, product, order.currency, order.order_date, supplier_id
        )
    tax_code = product.purchase_tax_code if ln.tax_code is None else (ln.tax_code or None)
    on = order.order_date
    rate = taxes.tax_for(session, tax_code, TaxScope.PURCHASE, on, f"lines[{i}].tax_code")[1]
    subtotal = money(ln.quantity * unit_price)
    return PurchaseOrderLine(
        product_id=product.id,
        description=ln.description or product.name,
        quantity=qty(ln.quantity),
        unit_price=unit_price,
        tax_code=tax_code,
        subtotal=subtotal,
        tax_amount=money(subtotal * rate),
    )


def _totals(order: PurchaseOrder) -> None:
    order.amount_untaxed = sum((ln.subtotal for ln in order.lines), ZERO)
    order.amount_tax = sum((ln.tax_amount for ln in order.lines), ZERO)
    order.amount_total = order.amount_untaxed + order.amount_tax


def revise_rfq(session: Session, order_id: int, cmd: PurchaseOrderRevision) -> PurchaseOrder:
    """Change an RFQ: its supplier, dates, reference, warehouse, notes and lines (kept and
    changed, added, removed). Only an RFQ; a stale version is refused saying who changed it."""
    order = get_order(session, order_id)
    ACTIONS.require(session, order, "edit")
    check_version(session, order, cmd.version, f"purchase order {order.number}")
    check_date(cmd.order_date, "order_date")
    if cmd.expected_date is not None:
        check_date(cmd.expected_date, "expected_date")
        if cmd.expected_date < cmd.order_date:
            raise InvalidInput("expected_date", f"{cmd.expected_date} is before the order date")
    supplier = get_partner(session, cmd.supplier_id)
    require_role(supplier, "supplier")
    if cmd.warehouse_id is not None:
        get_warehouse(session, cmd.warehouse_id)
    before = snapshot(order)
    order.order_date = cmd.order_date
    orders.set_currency(session, order, order.currency, supplier)
    revision = orders.revise_lines(
        order, list(cmd.lines), lambda i, ln: _line(session, supplier.id, i, ln, order)
    )
    order.supplier_id = supplier.id
    order.expected_date = cmd.expected_date
    order.warehouse_id = cmd.warehouse_id
    order.supplier_ref = cmd.supplier_ref
    order.notes = cmd.notes
    orders.company_subtotals(order)
    _totals(order)
    order.version += 1
    session.flush()
    record_audit(session, "purchase_order.revise", order, before=before, reason=revision.summary)
    record_event(session, "purchase_order.revised", ORDER, order.id, number=order.number)
    return order


def _unit_cost(order: PurchaseOrder, ln: PurchaseOrderLine) -> Decimal:
    """What a unit received on the line is valued at in stock: the order price in the company
    currency at the order's rate (4 decimals, as prices and unit costs are kept)."""
    return (ln.unit_price * order.exchange_rate).quantize(PRICE_PLACES, rounding=ROUND_HALF_UP)


def confirm_order(session: Session, order_id: int) -> PurchaseOrder:
    """Turn the RFQ into an order and expect the goods on a receipt."""
    order = get_order(session, order_id)
    ACTIONS.require(session, order, "confirm")
    if approvals.hold(session, DocumentType.PURCHASE_ORDER, order):
        return order  # it waits, a draft, until the requests are approved
    before = snapshot(order)
    order_moves.confirm(
        session,
        order,
        TERMS,
        partner_id=order.supplier_id,
        scheduled_date=order.expected_date or order.order_date,
        unit_cost=lambda ln: _unit_cost(order, ln),
    )
    record_audit(session, "purchase_order.confirm", order, before=before)
    record_event(
        session,
        "purchase_order.confirmed",
        ORDER,
        order.id,
        number=order.number,
        supplier_id=order.supplier_id,
        amount_total=order.amount_total,
    )
    return order


def open_receipt(session: Session, order: PurchaseOrder) -> Shipment | None:
    return orders.open_shipment(session, order, TERMS)


def reschedule(
    session: Session, order_id: int, expected_date: date, *, reason: str | None = None
) -> PurchaseOrder:
    """Expect the goods on another day (a supplier's delay): the order's expected date and the
    scheduled date of the receipt still open move together."""
    order = get_order(session, order_id)
    check_date(expected_date, "expected_date")
    if order.state not in (PurchaseState.RFQ, PurchaseState.CONFIRMED):
        raise InvalidInput(
            "expected_date", f"{order.number} is {order.state.value}: nothing is expected any more"
        )
    if expected_date < order.order_date:
        raise InvalidInput("expected_date", f"{expected_date} is before the order date")
    before = snapshot(order)
    order.expected_date = expected_date
    if order.state == PurchaseState.CONFIRMED:
        receipt = open_receipt(session, order)
        if receipt is None:
            raise InvalidInput("expected_date", f"everything on {order.number} was received")
        receipt.scheduled_date = expected_date
    order.version += 1
    record_audit(session, "purchase_order.reschedule", order, before=before, reason=reason)
    record_event(
        session,
        "purchase_order.rescheduled",
        ORDER,
        order.id,
        number=order.number,
        expected_date=expected_date.isoformat(),
    )
    return order


def receive(
    session: Session,
    order_id: int,
    on: date,
    quantities: dict[int, Decimal] | None = None,
    *,
    backorder: bool = True,
) -> Shipment:
    """Receive goods, valued at the order price; `quantities` maps order line id to quantity."""
    order = get_order(session, order_id)
    ACTIONS.require(session, order, "receive")
    shipment = order_moves.move_goods(session, order, TERMS, on, quantities, backorder=backorder)
    _refresh_state(session, order)
    record_audit(session, "purchase_order.receive", order)
    return shipment


def bill_order(
    session: Session,
    order_id: int,
    on: date,
    *,
    lines: list[BillLineIn] | None = None,
    supplier_ref: str | None = None,
    due_date: date | None = None,
    post: bool = True,
    allow_duplicate: bool = False,
) -> Invoice:
    """Record the supplier's bill: by default what was received and not yet billed, at the
    order price; pass `lines` to record what the supplier actually billed. A supplier
    reference already on another bill is refused unless `allow_duplicate`."""
    order = get_order(session, order_id)
    # What the supplier billed may run ahead of what arrived (the match explains it); by
    # default only what was received and not yet billed is billed.
    ACTIONS.require(session, order, "bill", state_only=lines is not None)
    by_id = {ln.id: ln for ln in order.lines}
    stocked = orders.stocked_lines(session, order)
    if lines is None:
        open_qty = {line_id: q.to_bill for line_id, q in line_quantities(session, order).items()}
        lines = [
            BillLineIn(line_id=ln.id, quantity=open_qty[ln.id])
            for ln in order.lines
            if open_qty[ln.id] > 0
        ]
    if not lines:
        raise InvalidInput("lines", "name at least one line the supplier billed")
    bill_lines: list[InvoiceLineIn] = []
    for bl in lines:
        ln = by_id.get(bl.line_id)
        if ln is None:
            raise InvalidInput("lines", f"line {bl.line_id} is not on {order.number}")
        bill_lines.append(
            InvoiceLineIn(
                product_id=ln.product_id,
                description=ln.description,
                quantity=bl.quantity,
                unit_price=bl.unit_price if bl.unit_price is not None else ln.unit_price,
                tax_code=ln.tax_code,
                valuation_price=_unit_cost(order, ln) if ln.id in stocked else None,
                origin_type=LINE,
                origin_id=ln.id,
            )
        )
        ln.qty_billed += qty(bl.quantity)
    bill = invoicing.create_invoice(
        session,
        InvoiceIn(
            kind=InvoiceKind.IN_INVOICE,
            partner_id=order.supplier_id,
            invoice_date=on,
            due_date=due_date,
            lines=bill_lines,
            origin_type=ORDER,
            origin_id=order.id,
            partner_ref=supplier_ref,
            currency=order.currency,
        ),
    )
    if post:
        invoicing.post_invoice(session, bill.id, allow_duplicate=allow_duplicate)
    _refresh_state(session, order)
    order.version += 1
    return bill


def return_to_supplier(
    session: Session,
    order_id: int,
    quantities: dict[int, Decimal],
    on: date,
    *,
    reason: str | None = None,
) -> tuple[Shipment, Invoice | None]:
    """Send received goods back and record the supplier's credit note for what was billed."""
    order = get_order(session, order_id)
    ACTIONS.require(session, order, "return")
    shipment, note = order_moves.take_back(
        session,
        order,
        TERMS,
        quantities,
        on,
        kind=ShipmentKind.SUPPLIER_RETURN,
        partner_id=order.supplier_id,
        # The stock leaves at its current cost; the credit is at the order price, and the
        # difference between them is a price difference, as for the bill.
        credit_line=lambda ln, quantity, move: InvoiceLineIn(
            product_id=ln.product_id,
            description=f"Return: {ln.description}",
            quantity=quantity,
            unit_price=ln.unit_price,
            tax_code=ln.tax_code,
            valuation_price=(move.value or ZERO) / move.quantity,
            origin_type=LINE,
            origin_id=ln.id,
        ),
        reason=reason,
    )
    _refresh_state(session, order)
    record_audit(session, "purchase_order.return", order, reason=reason)
    record_event(session, "purchase_order.returned", ORDER, order.id, number=order.number)
    return shipment, note


def cancel_order(session: Session, order_id: int, reason: str | None = None) -> PurchaseOrder:
    order = get_order(session, order_id)
    ACTIONS.require(session, order, "cancel")
    before = snapshot(order)
    order_moves.cancel(session, order, TERMS, PurchaseState.CANCELLED)
    record_audit(session, "purchase_order.cancel", order, before=before, reason=reason)
    record_event(session, "purchase_order.cancelled", ORDER, order.id, number=order.number)
    return order


def _refresh_state(session: Session, order: PurchaseOrder) -> None:
    if order.state != PurchaseState.CONFIRMED:
        return
    if all(q.settled for q in line_quantities(session, order).values()):
        order.state = PurchaseState.DONE


def _bill_cancelled(session: Session, bill: Invoice) -> None:
    """A bill of the order was cancelled: what it billed is to bill again."""
    assert bill.origin_id is not None
    order = get_order(session, bill.origin_id)
    before = snapshot(order)
    orders.give_back_billed(session, order, bill, TERMS)
    _refresh_state(session, order)
    order.version += 1
    record_audit(session, "purchase_order.bill_cancelled", order, before=before)


billing.on_cancel(ORDER, _bill_cancelled)

ACTIONS: ActionTable[PurchaseOrder] = orders.order_actions(
    TERMS,
    {
        "confirm": lambda s, order_id, on, why: confirm_order(s, order_id),
        "receive": lambda s, order_id, on, why: receive(s, order_id, on),
        "bill": lambda s, order_id, on, why: bill_order(s, order_id, on),
        "cancel": lambda s, order_id, on, why: cancel_order(s, order_id, why),
    },
)


def three_way_match(session: Session, order_id: int) -> ThreeWayMatch:
    """Compare what was ordered, received and billed per line, and explain every difference."""
    order = get_order(session, order_id)
    billed_prices: dict[int, list[Decimal]] = {}
    for line in session.scalars(
        select(InvoiceLine)
        .join(Invoice)
        .where(
            InvoiceLine.origin_type == LINE,
            InvoiceLine.origin_id.in_([ln.id for ln in order.lines]),
            Invoice.kind == InvoiceKind.IN_INVOICE,
            Invoice.state != InvoiceState.CANCELLED,
        )
    ):
        assert line.origin_id is not None
        billed_prices.setdefault(line.origin_id, []).append(line.unit_price)
    issues: list[MatchIssue] = []
    for ln in order.lines:
        product = session.get(Product, ln.product_id)
        name = product.name if product else str(ln.product_id)

        def issue(kind: str, text: str, ln: PurchaseOrderLine = ln, name: str = name) -> None:
            issues.append(
                MatchIssue(
                    line_id=ln.id,
                    product=name,
                    kind=kind,
                    explanation=text,
                    ordered=ln.quantity,
                    received=ln.qty_received,
                    billed=ln.qty_billed,
                )
            )

        if ln.qty_billed > ln.qty_received:
            issue(
                "billed_not_received",
                f"{name}: billed {ln.qty_billed} but only {ln.qty_received} received; "
                f"hold payment for {ln.qty_billed - ln.qty_received} until they arrive",
            )
        elif ln.qty_received > ln.qty_billed:
            issue(
                "received_not_billed",
                f"{name}: received {ln.qty_received}, billed {ln.qty_billed}; "
                f"expect a bill for {ln.qty_received - ln.qty_billed} more",
            )
        if ln.qty_received > ln.quantity:
            issue(
                "over_received",
                f"{name}: received {ln.qty_received}, more than the {ln.quantity} ordered",
            )
        for billed_price in billed_prices.get(ln.id, []):
            if billed_price != ln.unit_price:
                issue(
                    "price_mismatch",
                    f"{name}: billed at {billed_price} per unit, ordered at {ln.unit_price} "
                    f"({money((billed_price - ln.unit_price) * ln.qty_billed):+} in total)",
                )
    return ThreeWayMatch(order=order.number, matched=not issues, issues=issues)
