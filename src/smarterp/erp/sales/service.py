"""Sales use-cases: quote, revise the quotation, confirm (reserve), deliver, invoice, return,
cancel."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core import idempotency
from smarterp.core.audit import record_audit, snapshot
from smarterp.core.bounds import check_date
from smarterp.core.concurrency import check_version
from smarterp.core.errors import Conflict, InvalidInput, NotFound
from smarterp.core.events import record_event
from smarterp.core.money import ZERO, money, positive_qty, qty
from smarterp.core.sequence import next_number
from smarterp.erp import order_moves, orders
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting import taxes
from smarterp.erp.accounting.models import TaxScope
from smarterp.erp.actions import ActionTable
from smarterp.erp.approvals import service as approvals
from smarterp.erp.approvals.models import DocumentType
from smarterp.erp.currency import service as currencies
from smarterp.erp.inventory.models import (
    MoveState,
    Shipment,
    ShipmentKind,
    StockMove,
)
from smarterp.erp.inventory.warehouses import get_warehouse
from smarterp.erp.invoicing import billing
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.billing import LineQuantities
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn
from smarterp.erp.orders import OrderTerms
from smarterp.erp.partners.service import get_partner, require_role
from smarterp.erp.products.models import Product
from smarterp.erp.products.service import load_products
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine, Salesperson, SalesState
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn, SalesOrderRevision

LINE = "sales_order_line"
ORDER = "sales_order"

TERMS = OrderTerms(
    what="sales order",
    order_origin=ORDER,
    line_origin=LINE,
    moved_field="qty_delivered",
    billed_field="qty_invoiced",
    refund_kind=InvoiceKind.OUT_REFUND,
    shipment_kind=ShipmentKind.DELIVERY,
    draft=SalesState.DRAFT,
    confirmed=SalesState.CONFIRMED,
    done=SalesState.DONE,
    move="deliver",
    moved="delivered",
    bill="invoice",
    billed="invoiced",
    bill_field="order_id",
    take_back="take goods back",
    write="sales.write",
    move_permission="sales.deliver",
    move_label="Deliver everything open",
    bill_label="Create invoice",
)


def line_quantities(session: Session, order: SalesOrder) -> dict[int, LineQuantities]:
    """Per line of the order: ordered, delivered, returned, invoiced and credited."""
    return orders.line_quantities(session, order, TERMS)


def get_order(session: Session, order_id: int) -> SalesOrder:
    order = session.get(SalesOrder, order_id)
    if order is None:
        raise NotFound("sales order", order_id)
    return order


def find_by_external_ref(session: Session, ref: str) -> SalesOrder | None:
    return session.execute(
        select(SalesOrder).where(SalesOrder.external_ref == ref)
    ).scalar_one_or_none()


def create_order(
    session: Session, cmd: SalesOrderIn, *, allow_discontinued: bool = False
) -> SalesOrder:
    """A quotation. `allow_discontinued` is for importing history sold before discontinuation."""
    earlier = idempotency.seen(session, cmd.idempotency_key, "sales_order")
    if earlier is not None:
        return get_order(session, earlier)
    check_date(cmd.order_date, "order_date")
    if cmd.requested_date is not None:
        check_date(cmd.requested_date, "requested_date")
    customer = get_partner(session, cmd.customer_id)
    require_role(customer, "customer")
    if cmd.salesperson_id is not None and session.get(Salesperson, cmd.salesperson_id) is None:
        raise NotFound("salesperson", cmd.salesperson_id)
    if cmd.requested_date is not None and cmd.requested_date < cmd.order_date:
        raise InvalidInput("requested_date", f"{cmd.requested_date} is before the order date")
    if cmd.external_ref and find_by_external_ref(session, cmd.external_ref) is not None:
        raise InvalidInput("external_ref", f"an order {cmd.external_ref!r} already exists")
    _sales_tax(session, cmd.shipping_tax_code, cmd.order_date, "shipping_tax_code")
    if cmd.warehouse_id is not None:
        get_warehouse(session, cmd.warehouse_id)
    products = load_products(session, [ln.product_id for ln in cmd.lines])
    order = SalesOrder(
        number=next_number(session, "sales_order", "SO", gapless=False),
        external_ref=cmd.external_ref,
        customer_id=customer.id,
        salesperson_id=cmd.salesperson_id,
        carrier_id=cmd.carrier_id,
        warehouse_id=cmd.warehouse_id,
        order_date=cmd.order_date,
        requested_date=cmd.requested_date,
        customer_ref=cmd.customer_ref,
        shipping_charge=money(cmd.shipping_charge),
        shipping_tax_code=cmd.shipping_tax_code,
        ship_to=cmd.ship_to,
        notes=cmd.notes,
    )
    orders.set_currency(session, order, cmd.currency, customer)
    for i, ln in enumerate(cmd.lines, start=1):
        order.lines.append(
            _line(session, products, i, ln, order, allow_discontinued=allow_discontinued)
        )
    orders.company_subtotals(order)
    _totals(session, order)
    session.add(order)
    session.flush()
    idempotency.remember(session, cmd.idempotency_key, "sales_order", order.id)
    record_audit(session, "sales_order.create", order)
    record_event(session, "sales_order.created", ORDER, order.id, number=order.number)
    return order


def _line(
    session: Session,
    products: dict[int, Product],
    i: int,
    ln: SalesLineIn,
    order: SalesOrder,
    *,
    allow_discontinued: bool = False,
) -> SalesOrderLine:
    """Line `i` (from 1) of a quotation as `ln` asks: the product's price (in the order's
    currency) and tax unless given."""
    product = products.get(ln.product_id)
    if product is None:
        raise InvalidInput(f"lines[{i}].product_id", f"product {ln.product_id} does not exist")
    positive_qty(ln.quantity, f"lines[{i}].quantity")
    if not product.active or (product.discontinued and not allow_discontinued):
        raise InvalidInput(
            f"lines[{i}].product_id", f"{product.sku} {product.name} is no longer sold"
        )
    tax_code = product.sales_tax_code if ln.tax_code is None else (ln.tax_code or None)
    rate = _sales_tax(session, tax_code, order.order_date, f"lines[{i}].tax_code")
    if ln.unit_price is None:
        price_ = orders.default_unit_price(session, product, order.currency, order.order_date)
    else:
        price_ = ln.unit_price
    subtotal = money(ln.quantity * price_ * (1 - ln.discount))
    return SalesOrderLine(
        product_id=product.id,
        description=ln.description or product.name,
        quantity=qty(ln.quantity),
        unit_price=price_,
        discount=ln.discount,
        tax_code=tax_code,
        subtotal=subtotal,
        tax_amount=money(subtotal * rate),
    )


def revise_order(session: Session, order_id: int, cmd: SalesOrderRevision) -> SalesOrder:
    """Change a quotation: its customer, dates, reference, warehouse, notes and lines (kept
    and changed, added, removed). Only a draft; a stale version is refused saying who
    changed it."""
    order = get_order(session, order_id)
    ACTIONS.require(session, order, "edit")
    check_version(session, order, cmd.version, f"sales order {order.number}")
    check_date(cmd.order_date, "order_date")
    if cmd.requested_date is not None:
        check_date(cmd.requested_date, "requested_date")
        if cmd.requested_date < cmd.order_date:
            raise InvalidInput("requested_date", f"{cmd.requested_date} is before the order date")
    customer = get_partner(session, cmd.customer_id)
    require_role(customer, "customer")
    if cmd.warehouse_id is not None:
        get_warehouse(session, cmd.warehouse_id)
    before = snapshot(order)
    products = load_products(session, [ln.product_id for ln in cmd.lines])
    order.order_date = cmd.order_date
    orders.set_currency(session, order, order.currency, customer)
    revision = orders.revise_lines(
        order, list(cmd.lines), lambda i, ln: _line(session, products, i, ln, order)
    )
    order.customer_id = customer.id
    order.requested_date = cmd.requested_date
    order.warehouse_id = cmd.warehouse_id
    order.customer_ref = cmd.customer_ref
    order.notes = cmd.notes
    orders.company_subtotals(order)
    _totals(session, order)
    order.version += 1
    session.flush()
    record_audit(session, "sales_order.revise", order, before=before, reason=revision.summary)
    record_event(session, "sales_order.revised", ORDER, order.id, number=order.number)
    return order


def _sales_tax(session: Session, code: str | None, on: date, field: str) -> Decimal:
    """The rate of sales tax `code` on the order date (none for no code)."""
    return taxes.tax_for(session, code, TaxScope.SALE, on, field)[1]


def _totals(session: Session, order: SalesOrder) -> None:
    rate = _sales_tax(session, order.shipping_tax_code, order.order_date, "shipping_tax_code")
    shipping_tax = money(order.shipping_charge * rate)
    order.amount_untaxed = sum((ln.subtotal for ln in order.lines), ZERO) + order.shipping_charge
    order.amount_tax = sum((ln.tax_amount for ln in order.lines), ZERO) + shipping_tax
    order.amount_total = order.amount_untaxed + order.amount_tax


def open_receivable(session: Session, customer_id: int) -> Decimal:
    total = session.scalar(
        select(func.coalesce(func.sum(Invoice.amount_residual_company), 0)).where(
            Invoice.partner_id == customer_id,
            Invoice.kind == InvoiceKind.OUT_INVOICE,
            Invoice.state == InvoiceState.POSTED,
        )
    )
    return money(total or 0)


def confirm_order(
    session: Session, order_id: int, *, override_credit_limit: bool = False
) -> SalesOrder:
    """Confirm a quotation: check the credit limit, then reserve stock on a delivery."""
    order = get_order(session, order_id)
    ACTIONS.require(session, order, "confirm")
    if approvals.hold(session, DocumentType.SALES_ORDER, order):
        return order  # it waits, a draft, until the requests are approved
    customer = get_partner(session, order.customer_id)
    if customer.credit_limit is not None and not override_credit_limit:
        # In the company currency, as the credit limit is.
        exposure = open_receivable(session, customer.id) + currencies.to_company(
            order.amount_total, order.exchange_rate
        )
        if exposure > customer.credit_limit:
            raise Conflict(
                f"sales order {order.number}: {customer.name} would owe {exposure}, over the "
                f"credit limit of {customer.credit_limit}",
                details={
                    "field": "customer_id",
                    "exposure": str(exposure),
                    "credit_limit": str(customer.credit_limit),
                },
            )
    before = snapshot(order)
    order_moves.confirm(
        session,
        order,
        TERMS,
        partner_id=order.customer_id,
        scheduled_date=order.requested_date or order.order_date,
        carrier_id=order.carrier_id,
    )
    record_audit(session, "sales_order.confirm", order, before=before)
    record_event(
        session,
        "sales_order.confirmed",
        ORDER,
        order.id,
        number=order.number,
        customer_id=order.customer_id,
        amount_total=order.amount_total,
    )
    return order


def open_delivery(session: Session, order: SalesOrder) -> Shipment | None:
    return orders.open_shipment(session, order, TERMS)


def deliver(
    session: Session,
    order_id: int,
    on: date,
    quantities: dict[int, Decimal] | None = None,
    *,
    backorder: bool = True,
) -> Shipment:
    """Ship goods of a confirmed order; `quantities` maps order line id to quantity shipped
    (everything still open when omitted). The rest stays on a backorder unless dropped."""
    order = get_order(session, order_id)
    ACTIONS.require(session, order, "deliver")
    shipment = order_moves.move_goods(session, order, TERMS, on, quantities, backorder=backorder)
    _refresh_state(session, order)
    record_audit(session, "sales_order.deliver", order)
    return shipment


def invoice_order(session: Session, order_id: int, on: date, *, post: bool = True) -> Invoice:
    """Invoice what the customer kept (delivered less returned) and was not invoiced net of
    credit notes, plus the shipping charge once."""
    order = get_order(session, order_id)
    ACTIONS.require(session, order, "invoice")
    quantities = line_quantities(session, order)
    lines: list[InvoiceLineIn] = []
    for ln in order.lines:
        to_invoice = quantities[ln.id].to_bill
        if to_invoice > 0:
            lines.append(
                InvoiceLineIn(
                    product_id=ln.product_id,
                    description=ln.description,
                    quantity=to_invoice,
                    unit_price=ln.unit_price,
                    discount=ln.discount,
                    tax_code=ln.tax_code,
                    origin_type=LINE,
                    origin_id=ln.id,
                )
            )
            ln.qty_invoiced += to_invoice
    # The freight goes on the first invoice, or alone once goods went out and all came back.
    unbilled_freight = order.shipping_charge > 0 and not order.shipping_invoiced
    if (lines and unbilled_freight) or _shipping_due(session, order):
        lines.append(
            InvoiceLineIn(
                description=f"Shipping for {order.number}",
                quantity=Decimal(1),
                unit_price=order.shipping_charge,
                tax_code=order.shipping_tax_code,
                is_shipping=True,
            )
        )
        order.shipping_invoiced = True
    invoice = invoicing.create_invoice(
        session,
        InvoiceIn(
            kind=InvoiceKind.OUT_INVOICE,
            partner_id=order.customer_id,
            invoice_date=on,
            lines=lines,
            origin_type=ORDER,
            origin_id=order.id,
            partner_ref=order.customer_ref,
            currency=order.currency,
        ),
    )
    if post:
        invoicing.post_invoice(session, invoice.id)
    _refresh_state(session, order)
    order.version += 1
    return invoice


def return_goods(
    session: Session,
    order_id: int,
    quantities: dict[int, Decimal],
    on: date,
    *,
    reason: str | None = None,
    refund: bool = True,
) -> tuple[Shipment, Invoice | None]:
    """Take goods back from the customer at the cost they left at, and credit what was billed."""
    order = get_order(session, order_id)
    ACTIONS.require(session, order, "return")
    shipment, note = order_moves.take_back(
        session,
        order,
        TERMS,
        quantities,
        on,
        kind=ShipmentKind.CUSTOMER_RETURN,
        partner_id=order.customer_id,
        # Back into stock at the cost the goods left at; credited at the price they were sold.
        unit_cost=lambda ln: _delivered_unit_cost(session, ln.id),
        credit_line=lambda ln, quantity, _move: InvoiceLineIn(
            product_id=ln.product_id,
            description=f"Return: {ln.description}",
            quantity=quantity,
            unit_price=ln.unit_price,
            discount=ln.discount,
            tax_code=ln.tax_code,
            origin_type=LINE,
            origin_id=ln.id,
        ),
        refund=refund,
        reason=reason,
    )
    _refresh_state(session, order)
    record_audit(session, "sales_order.return", order, reason=reason)
    record_event(session, "sales_order.returned", ORDER, order.id, number=order.number)
    return shipment, note


def _delivered_unit_cost(session: Session, line_id: int) -> Decimal | None:
    row = session.execute(
        select(func.sum(StockMove.value), func.sum(StockMove.quantity)).where(
            StockMove.origin_type == LINE,
            StockMove.origin_id == line_id,
            StockMove.state == MoveState.DONE,
            StockMove.value.is_not(None),
        )
    ).one()
    value, quantity = row
    if not quantity:
        return None
    return Decimal(str(value)) / Decimal(str(quantity))


def cancel_order(session: Session, order_id: int, reason: str | None = None) -> SalesOrder:
    """Cancel a quotation or an order nothing was delivered on; reservations are released."""
    order = get_order(session, order_id)
    ACTIONS.require(session, order, "cancel")
    before = snapshot(order)
    order_moves.cancel(session, order, TERMS, SalesState.CANCELLED)
    record_audit(session, "sales_order.cancel", order, before=before, reason=reason)
    record_event(session, "sales_order.cancelled", ORDER, order.id, number=order.number)
    return order


def _shipping_due(session: Session, order: SalesOrder) -> bool:
    """Whether the freight charge is left to invoice: goods went out, so it is earned even
    if all of them came back before anything was invoiced."""
    if order.shipping_charge <= 0 or order.shipping_invoiced:
        return False
    return any(q.stocked and q.moved > 0 for q in line_quantities(session, order).values())


def _refresh_state(session: Session, order: SalesOrder) -> None:
    if order.state != SalesState.CONFIRMED:
        return
    settled = all(q.settled for q in line_quantities(session, order).values())
    shipping_ok = order.shipping_charge == 0 or order.shipping_invoiced
    if settled and shipping_ok:
        order.state = SalesState.DONE


def _invoice_cancelled(session: Session, invoice: Invoice) -> None:
    """An invoice of the order was cancelled: what it billed, the shipping charge included,
    is to invoice again."""
    assert invoice.origin_id is not None
    order = get_order(session, invoice.origin_id)
    before = snapshot(order)
    orders.give_back_billed(session, order, invoice, TERMS)
    shipping = accounting.account_for_role(session, "shipping_income").id
    if any(ln.account_id == shipping for ln in invoice.lines):
        order.shipping_invoiced = False
    _refresh_state(session, order)
    order.version += 1
    record_audit(session, "sales_order.invoice_cancelled", order, before=before)


billing.on_cancel(ORDER, _invoice_cancelled)

ACTIONS: ActionTable[SalesOrder] = orders.order_actions(
    TERMS,
    {
        "confirm": lambda s, order_id, on, why: confirm_order(s, order_id),
        "deliver": lambda s, order_id, on, why: deliver(s, order_id, on),
        "invoice": lambda s, order_id, on, why: invoice_order(s, order_id, on),
        "cancel": lambda s, order_id, on, why: cancel_order(s, order_id, why),
    },
    charge_due=_shipping_due,
)
