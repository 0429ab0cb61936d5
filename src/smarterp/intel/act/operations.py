"""What Act can do: each operation previews its changes and applies them through the services.

An operation's arguments are resolved in full when it is proposed (prices, dates, quantities
left open): confirming passes exactly those to the service, so it does what the preview says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core import mail
from smarterp.core.errors import DomainError, InvalidInput
from smarterp.core.money import ZERO, money, qty
from smarterp.erp import orders
from smarterp.erp.currency import service as currencies
from smarterp.erp.documents import service as documents
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.models import LocationKind, Shipment, ShipmentKind, ShipmentState
from smarterp.erp.inventory.schemas import CountIn, CountLineIn
from smarterp.erp.invoicing import queries as invoice_queries
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.partners import service as partners
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.schemas import PartnerIn
from smarterp.erp.products import service as products
from smarterp.erp.products.models import Product, ProductType
from smarterp.erp.products.schemas import ProductIn, ProductUpdate
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.purchasing.schemas import (
    PurchaseLineEdit,
    PurchaseLineIn,
    PurchaseOrderIn,
    PurchaseOrderRevision,
)
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.erp.sales.schemas import SalesLineEdit, SalesLineIn, SalesOrderIn, SalesOrderRevision
from smarterp.intel.act.schemas import Change, DoneRecord
from smarterp.intel.planning import replenish

# A price this far from the usual one (as a fraction of it) is worth a second look.
PRICE_DRIFT = Decimal("0.3")


def text(value: Any) -> str:
    """A figure as people read it: 10 not 10.000, 19.50 for money."""
    if isinstance(value, Decimal):
        normal = value.normalize()
        return f"{normal:f}" if normal == normal.to_integral() else f"{value:f}".rstrip("0")
    return str(value)


def price_text(value: Decimal) -> str:
    return f"{money(value):f}" if money(value) == value else text(value)


@dataclass
class Preview:
    summary: str
    changes: list[Change]
    warnings: list[str]


class LineArg(BaseModel):
    product_id: int
    quantity: Decimal = Field(gt=0)
    unit_price: Decimal = Field(ge=0)
    discount: Decimal = Field(default=Decimal(0), ge=0, le=1)


class NewOrderArgs(BaseModel):
    partner_id: int
    lines: list[LineArg] = Field(min_length=1)
    order_date: date
    requested_date: date | None = None


class OrderArgs(BaseModel):
    order_id: int
    on: date
    # Product id -> quantity, for part of an order (deliver / receive); None: everything open.
    quantities: dict[int, Decimal] | None = None


class PaymentArgs(BaseModel):
    partner_id: int
    partner_role: str
    direction: PaymentDirection
    amount: Decimal = Field(gt=0)
    on: date
    # The invoices the command names; None: the partner's open items, the first due first.
    invoice_ids: list[int] | None = None


class ProductFieldArgs(BaseModel):
    product_id: int
    field: str = Field(pattern=r"^(sale_price|reorder_level)$")
    value: Decimal = Field(ge=0)
    version: int


class NewPartnerArgs(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    is_customer: bool = False
    is_supplier: bool = False
    city: str | None = None
    country: str | None = None
    email: str | None = None
    phone: str | None = None


class NewProductArgs(BaseModel):
    sku: str
    name: str
    sale_price: Decimal = Field(default=Decimal(0), ge=0)
    cost: Decimal = Field(default=Decimal(0), ge=0)
    type: ProductType = ProductType.STOCKABLE


class CountArgs(BaseModel):
    product_id: int
    counted: Decimal = Field(ge=0)
    on: date


@dataclass(frozen=True)
class Operation:
    """One kind of change: its arguments, the permission it takes, its preview and its run."""

    name: str
    args: type[BaseModel]
    permission: Callable[[Session, Any], str]
    preview: Callable[[Session, Any, str], Preview]
    apply: Callable[[Session, Any], list[DoneRecord]]


def _say(lang: str, en: str, zh: str) -> str:
    return zh if lang == "zh" else en


def _name(p: Product | Partner, lang: str) -> str:
    if lang == "zh" and isinstance(p, Product) and p.name_zh:
        return p.name_zh
    return p.name


def _product(session: Session, product_id: int) -> Product:
    return products.get_product(session, product_id)


# --- quotations and RFQs ----------------------------------------------------------------


def default_price(
    session: Session,
    product: Product,
    partner_id: int,
    on: date,
    selling: bool,
    currency: str | None = None,
) -> Decimal:
    """What an order with this partner charges for the product when no price is said, in the
    order's currency (`currency`, else the partner's, else the company's) on `on`."""
    if currency is None:
        partner = session.get(Partner, partner_id)
        currency = orders.order_currency(session, None, partner.currency if partner else None)
    supplier = None if selling else partner_id
    return orders.default_unit_price(session, product, currency, on, supplier)


def _usual_price(
    session: Session,
    product: Product,
    partner_id: int,
    on: date,
    selling: bool,
    currency: str | None = None,
) -> Decimal:
    """The default price to warn against; zero (no warning) where the order's currency has no
    rate that day (the order itself is refused for it)."""
    try:
        return default_price(session, product, partner_id, on, selling, currency)
    except DomainError:
        return ZERO


def _order_lines_preview(
    session: Session, a: NewOrderArgs, model: str, lang: str, selling: bool
) -> tuple[list[Change], list[str], Decimal]:
    changes: list[Change] = []
    warnings: list[str] = []
    total = ZERO
    for i, ln in enumerate(a.lines, start=1):
        product = _product(session, ln.product_id)
        subtotal = money(ln.quantity * ln.unit_price * (1 - ln.discount))
        total += subtotal
        after: dict[str, Any] = {
            "product": product.name,
            "quantity": text(ln.quantity),
            "unit_price": price_text(ln.unit_price),
        }
        if selling:
            after["discount"] = text(ln.discount)
        after["subtotal"] = f"{subtotal:f}"
        changes.append(Change(action="create", model=model, record=f"line {i}", after=after))
        usual = _usual_price(session, product, a.partner_id, a.order_date, selling)
        if usual > 0 and abs(ln.unit_price - usual) > usual * PRICE_DRIFT:
            warnings.append(
                _say(
                    lang,
                    f"{product.name}: {price_text(ln.unit_price)} is far from the usual "
                    f"price {price_text(usual)}",
                    f"{_name(product, lang)}：单价 {price_text(ln.unit_price)} 与常用价格 "
                    f"{price_text(usual)} 相差较大",
                )
            )
        if selling and product.type == ProductType.STOCKABLE:
            free = inventory.available(session, product.id)
            if free < ln.quantity:
                warnings.append(
                    _say(
                        lang,
                        f"{product.name}: {text(free)} available, {text(ln.quantity)} quoted",
                        f"{_name(product, lang)}：可用库存 {text(free)}，"
                        f"报价数量 {text(ln.quantity)}",
                    )
                )
    return changes, warnings, total


def _credit_warning(session: Session, customer: Partner, amount: Decimal, lang: str) -> str | None:
    if customer.credit_limit is None:
        return None
    exposure = sales.open_receivable(session, customer.id) + amount
    if exposure <= customer.credit_limit:
        return None
    return _say(
        lang,
        f"{customer.name} would owe {exposure:f}, over the credit limit of "
        f"{customer.credit_limit:f}",
        f"{customer.name} 应收将达 {exposure:f}，超过信用额度 {customer.credit_limit:f}",
    )


def _quotation_preview(session: Session, a: NewOrderArgs, lang: str) -> Preview:
    customer = partners.get_partner(session, a.partner_id)
    lines, warnings, total = _order_lines_preview(session, a, "sales_order_line", lang, True)
    head: dict[str, Any] = {
        "customer": customer.name,
        "state": "draft",
        "order_date": a.order_date.isoformat(),
    }
    if a.requested_date is not None:
        head["requested_date"] = a.requested_date.isoformat()
    head["amount_untaxed"] = f"{total:f}"
    credit = _credit_warning(session, customer, total, lang)
    if credit:
        warnings.insert(0, credit)
    summary = _say(
        lang,
        f"Create a quotation for {customer.name}: {len(a.lines)} line(s), {total:f} before tax",
        f"为 {customer.name} 新建报价单：{len(a.lines)} 行，未税金额 {total:f}",
    )
    changes = [Change(action="create", model="sales_order", record="new", after=head), *lines]
    return Preview(summary, changes, warnings)


def _quotation_apply(session: Session, a: NewOrderArgs) -> list[DoneRecord]:
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=a.partner_id,
            order_date=a.order_date,
            requested_date=a.requested_date,
            lines=[
                SalesLineIn(
                    product_id=ln.product_id,
                    quantity=ln.quantity,
                    unit_price=ln.unit_price,
                    discount=ln.discount,
                )
                for ln in a.lines
            ],
        ),
    )
    return [DoneRecord(model="sales_order", id=order.id, number=order.number)]


def _rfq_preview(session: Session, a: NewOrderArgs, lang: str) -> Preview:
    supplier = partners.get_partner(session, a.partner_id)
    lines, warnings, total = _order_lines_preview(session, a, "purchase_order_line", lang, False)
    head: dict[str, Any] = {
        "supplier": supplier.name,
        "state": "rfq",
        "order_date": a.order_date.isoformat(),
    }
    if a.requested_date is not None:
        head["expected_date"] = a.requested_date.isoformat()
    head["amount_untaxed"] = f"{total:f}"
    summary = _say(
        lang,
        f"Create a request for quotation to {supplier.name}: {len(a.lines)} line(s), "
        f"{total:f} before tax",
        f"向 {supplier.name} 新建询价单：{len(a.lines)} 行，未税金额 {total:f}",
    )
    changes = [Change(action="create", model="purchase_order", record="new", after=head), *lines]
    return Preview(summary, changes, warnings)


def _rfq_apply(session: Session, a: NewOrderArgs) -> list[DoneRecord]:
    order = purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=a.partner_id,
            order_date=a.order_date,
            expected_date=a.requested_date,
            lines=[
                PurchaseLineIn(
                    product_id=ln.product_id, quantity=ln.quantity, unit_price=ln.unit_price
                )
                for ln in a.lines
            ],
        ),
    )
    return [DoneRecord(model="purchase_order", id=order.id, number=order.number)]


# --- actions on an existing order -------------------------------------------------------

SALE, PURCHASE = "sales_order", "purchase_order"


def _sales_order(session: Session, a: OrderArgs) -> SalesOrder:
    return sales.get_order(session, a.order_id)


def _purchase_order(session: Session, a: OrderArgs) -> PurchaseOrder:
    return purchasing.get_order(session, a.order_id)


def _action_permission(model: str, action: str) -> Callable[[Session, Any], str]:
    table = sales.ACTIONS if model == SALE else purchasing.ACTIONS

    def permission(session: Session, a: Any) -> str:
        return table[action].permission

    return permission


def _require(session: Session, model: str, action: str, order: Any) -> None:
    """Refuse at once what the order's state does not allow, as the service would later."""
    table = sales.ACTIONS if model == SALE else purchasing.ACTIONS
    table.require(session, order, action)


def _state_preview(model: str, action: str, new_state: str) -> Callable[..., Preview]:
    def preview(session: Session, a: OrderArgs, lang: str) -> Preview:
        order: Any = _sales_order(session, a) if model == SALE else _purchase_order(session, a)
        _require(session, model, action, order)
        warnings: list[str] = []
        if model == SALE and action == "confirm":
            customer = partners.get_partner(session, order.customer_id)
            credit = _credit_warning(
                session,
                customer,
                currencies.to_company(order.amount_total, order.exchange_rate),
                lang,
            )
            if credit:
                warnings.append(credit)
            for ln in order.lines:
                product = _product(session, ln.product_id)
                if product.type != ProductType.STOCKABLE:
                    continue
                free = inventory.available(session, product.id)
                if free < ln.quantity:
                    warnings.append(
                        _say(
                            lang,
                            f"{product.name}: {text(free)} available, {text(ln.quantity)} ordered",
                            f"{_name(product, lang)}：可用库存 {text(free)}，"
                            f"订购 {text(ln.quantity)}",
                        )
                    )
        verb_en = {"confirm": "Confirm", "cancel": "Cancel"}[action]
        verb_zh = {"confirm": "确认", "cancel": "取消"}[action]
        summary = _say(lang, f"{verb_en} {order.number}", f"{verb_zh} {order.number}")
        change = Change(
            action=action,
            model=model,
            record=order.number,
            before={"state": order.state.value},
            after={"state": new_state},
        )
        return Preview(summary, [change], warnings)

    return preview


def _state_apply(model: str, action: str) -> Callable[[Session, OrderArgs], list[DoneRecord]]:
    def apply(session: Session, a: OrderArgs) -> list[DoneRecord]:
        if model == SALE:
            if action == "confirm":
                order: Any = sales.confirm_order(session, a.order_id)
            else:
                order = sales.cancel_order(session, a.order_id)
        elif action == "confirm":
            order = purchasing.confirm_order(session, a.order_id)
        else:
            order = purchasing.cancel_order(session, a.order_id)
        return [DoneRecord(model=model, id=order.id, number=order.number)]

    return apply


def _moves(session: Session, model: str, order: Any, a: OrderArgs) -> dict[int, Decimal]:
    """Order line id -> quantity to move now; a product named twice on the order is refused."""
    quantities = (
        sales.line_quantities(session, order)
        if model == SALE
        else purchasing.line_quantities(session, order)
    )
    if a.quantities is None:
        return {
            ln.id: quantities[ln.id].to_move
            for ln in order.lines
            if quantities[ln.id].to_move > 0 and quantities[ln.id].stocked
        }
    out: dict[int, Decimal] = {}
    for product_id, wanted in a.quantities.items():
        lines = [ln for ln in order.lines if ln.product_id == product_id]
        product = _product(session, product_id)
        if not lines:
            raise InvalidInput("quantities", f"{product.name} is not on {order.number}")
        if len(lines) > 1:
            raise InvalidInput(
                "quantities", f"{product.name} is on several lines of {order.number}"
            )
        left = quantities[lines[0].id].to_move
        if wanted > left:
            raise InvalidInput(
                "quantities",
                f"{order.number} has {text(left)} {product.name} left, not {text(wanted)}",
            )
        out[lines[0].id] = wanted
    return out


def _move_preview(model: str) -> Callable[..., Preview]:
    action = "deliver" if model == SALE else "receive"
    moved_field = "qty_delivered" if model == SALE else "qty_received"

    def preview(session: Session, a: OrderArgs, lang: str) -> Preview:
        order: Any = _sales_order(session, a) if model == SALE else _purchase_order(session, a)
        _require(session, model, action, order)
        moves = _moves(session, model, order, a)
        by_id = {ln.id: ln for ln in order.lines}
        changes: list[Change] = []
        warnings: list[str] = []
        for line_id, q in moves.items():
            ln = by_id[line_id]
            product = _product(session, ln.product_id)
            before = getattr(ln, moved_field)
            changes.append(
                Change(
                    action=action,
                    model=f"{model}_line",
                    record=f"{order.number} {product.name}",
                    before={moved_field: text(before)},
                    after={moved_field: text(before + q)},
                )
            )
            stock = inventory.on_hand(session, product.id)
            after_stock = stock - q if model == SALE else stock + q
            changes.append(
                Change(
                    action="update",
                    model="stock",
                    record=product.name,
                    before={"on_hand": text(stock)},
                    after={"on_hand": text(after_stock)},
                )
            )
            if model == SALE and stock < q:
                warnings.append(
                    _say(
                        lang,
                        f"{product.name}: {text(stock)} on hand, {text(q)} to deliver",
                        f"{_name(product, lang)}：现有库存 {text(stock)}，需发货 {text(q)}",
                    )
                )
        if not changes:
            raise InvalidInput("quantities", f"{order.number} has no goods left to {action}")
        count = text(sum(moves.values(), ZERO))
        summary = (
            _say(
                lang,
                f"Deliver {count} unit(s) on {order.number}",
                f"{order.number} 发货 {count} 件",
            )
            if model == SALE
            else _say(
                lang,
                f"Receive {count} unit(s) on {order.number}",
                f"{order.number} 收货 {count} 件",
            )
        )
        return Preview(summary, changes, warnings)

    return preview


def _move_apply(model: str) -> Callable[[Session, OrderArgs], list[DoneRecord]]:
    def apply(session: Session, a: OrderArgs) -> list[DoneRecord]:
        order: Any = _sales_order(session, a) if model == SALE else _purchase_order(session, a)
        moves = None if a.quantities is None else _moves(session, model, order, a)
        if model == SALE:
            shipment = sales.deliver(session, a.order_id, a.on, moves)
        else:
            shipment = purchasing.receive(session, a.order_id, a.on, moves)
        return [DoneRecord(model="shipment", id=shipment.id, number=shipment.number)]

    return apply


def _bill_preview(model: str) -> Callable[..., Preview]:
    action = "invoice" if model == SALE else "bill"
    billed_field = "qty_invoiced" if model == SALE else "qty_billed"

    def preview(session: Session, a: OrderArgs, lang: str) -> Preview:
        order: Any = _sales_order(session, a) if model == SALE else _purchase_order(session, a)
        _require(session, model, action, order)
        quantities = (
            sales.line_quantities(session, order)
            if model == SALE
            else purchasing.line_quantities(session, order)
        )
        changes: list[Change] = []
        total = ZERO
        for ln in order.lines:
            to_bill = quantities[ln.id].to_bill
            if to_bill <= 0:
                continue
            product = _product(session, ln.product_id)
            total += money(to_bill * ln.unit_price * (1 - getattr(ln, "discount", ZERO)))
            before = getattr(ln, billed_field)
            changes.append(
                Change(
                    action=action,
                    model=f"{model}_line",
                    record=f"{order.number} {product.name}",
                    before={billed_field: text(before)},
                    after={billed_field: text(before + to_bill)},
                )
            )
        if model == SALE and order.shipping_charge > 0 and not order.shipping_invoiced:
            total += order.shipping_charge
        partner_id = order.customer_id if model == SALE else order.supplier_id
        partner = partners.get_partner(session, partner_id)
        kind = "out_invoice" if model == SALE else "in_invoice"
        head = {
            "kind": kind,
            "partner": partner.name,
            "origin": order.number,
            "invoice_date": a.on.isoformat(),
            "amount_untaxed": f"{total:f}",
            "state": "posted",
        }
        changes.insert(0, Change(action="create", model="invoice", record="new", after=head))
        summary = (
            _say(
                lang,
                f"Invoice {order.number} to {partner.name}: {total:f} before tax",
                f"为 {order.number} 向 {partner.name} 开具发票：未税金额 {total:f}",
            )
            if model == SALE
            else _say(
                lang,
                f"Record the bill of {partner.name} for {order.number}: {total:f} before tax",
                f"登记 {partner.name} 对 {order.number} 的账单：未税金额 {total:f}",
            )
        )
        return Preview(summary, changes, [])

    return preview


def _bill_apply(model: str) -> Callable[[Session, OrderArgs], list[DoneRecord]]:
    def apply(session: Session, a: OrderArgs) -> list[DoneRecord]:
        if model == SALE:
            invoice = sales.invoice_order(session, a.order_id, a.on)
        else:
            invoice = purchasing.bill_order(session, a.order_id, a.on)
        return [
            DoneRecord(model="invoice", id=invoice.id, number=invoice.number or str(invoice.id))
        ]

    return apply


# --- payments ---------------------------------------------------------------------------


def _payment_kinds(a: PaymentArgs) -> tuple[InvoiceKind, ...]:
    inbound = a.direction == PaymentDirection.INBOUND
    if a.partner_role == "customer":
        return (InvoiceKind.OUT_INVOICE,) if inbound else (InvoiceKind.OUT_REFUND,)
    return (InvoiceKind.IN_INVOICE,) if not inbound else (InvoiceKind.IN_REFUND,)


def _payment_preview(session: Session, a: PaymentArgs, lang: str) -> Preview:
    partner = partners.get_partner(session, a.partner_id)
    currency = partner.currency or currencies.company_currency(session)
    left = money(a.amount)
    changes = [
        Change(
            action="create",
            model="payment",
            record="new",
            after={
                "partner": partner.name,
                "direction": a.direction.value,
                "amount": f"{left:f}",
                "currency": currency,
                "date": a.on.isoformat(),
            },
        )
    ]
    open_items = invoice_queries.payable_invoices(
        session, partner_id=partner.id, kinds=_payment_kinds(a)
    )
    if a.invoice_ids is not None:
        by_id = {inv.id: inv for inv in open_items}
        missing = [i for i in a.invoice_ids if i not in by_id]
        if missing:
            invoice = session.get(Invoice, missing[0])
            name = invoice.number if invoice is not None else str(missing[0])
            raise InvalidInput("invoice_ids", f"{name} is not an open item of {partner.name}")
        open_items = [by_id[i] for i in a.invoice_ids]
    for invoice in open_items:
        if left <= 0:
            break
        if invoice.currency != currency:
            continue
        part = min(left, invoice.amount_residual)
        left -= part
        changes.append(
            Change(
                action="update",
                model="invoice",
                record=invoice.number or str(invoice.id),
                before={"amount_residual": f"{invoice.amount_residual:f}"},
                after={"amount_residual": f"{invoice.amount_residual - part:f}"},
            )
        )
    warnings = []
    if left > 0:
        warnings.append(
            _say(
                lang,
                f"{left:f} is more than {partner.name}'s open items; it stays on account",
                f"{left:f} 超出 {partner.name} 的未结金额，留作预付/余额",
            )
        )
    into = a.direction == PaymentDirection.INBOUND
    if into != (a.partner_role == "customer"):
        warnings.append(
            _say(
                lang,
                f"a refund: money {'in from' if into else 'out to'} a {a.partner_role}",
                f"这是退款：{'收到' if into else '付给'}"
                f"{'客户' if a.partner_role == 'customer' else '供应商'}的款项",
            )
        )
    summary = _say(
        lang,
        f"Record a payment of {money(a.amount):f} {currency} "
        f"{'from' if into else 'to'} {partner.name}",
        f"登记{'收到' if into else '支付给'} {partner.name} 的款项 {money(a.amount):f} {currency}",
    )
    return Preview(summary, changes, warnings)


def _payment_apply(session: Session, a: PaymentArgs) -> list[DoneRecord]:
    payment = invoicing.register_payment(
        session,
        PaymentIn(
            partner_id=a.partner_id,
            partner_role=a.partner_role,
            direction=a.direction,
            amount=a.amount,
            date=a.on,
            invoice_ids=a.invoice_ids,
        ),
    )
    return [DoneRecord(model="payment", id=payment.id, number=payment.number)]


# --- products ---------------------------------------------------------------------------


def _field_preview(session: Session, a: ProductFieldArgs, lang: str) -> Preview:
    product = _product(session, a.product_id)
    before = getattr(product, a.field)
    shown = price_text if a.field == "sale_price" else text
    warnings = []
    if a.field == "sale_price" and before > 0 and abs(a.value - before) > before * PRICE_DRIFT:
        warnings.append(
            _say(
                lang,
                f"{shown(a.value)} is far from the current price {shown(before)}",
                f"{shown(a.value)} 与现价 {shown(before)} 相差较大",
            )
        )
    if a.value == before:
        warnings.append(
            _say(
                lang,
                f"it is already {shown(before)}; nothing changes",
                f"已经是 {shown(before)}，不会改变",
            )
        )
    what_en = "price" if a.field == "sale_price" else "reorder level"
    what_zh = "售价" if a.field == "sale_price" else "再订货点"
    summary = _say(
        lang,
        f"Change the {what_en} of {product.name} from {shown(before)} to {shown(a.value)}",
        f"将 {_name(product, lang)} 的{what_zh}从 {shown(before)} 改为 {shown(a.value)}",
    )
    change = Change(
        action="update",
        model="product",
        record=product.name,
        before={a.field: shown(before)},
        after={a.field: shown(a.value)},
    )
    return Preview(summary, [change], warnings)


def _field_apply(session: Session, a: ProductFieldArgs) -> list[DoneRecord]:
    product = products.update_product(
        session, a.product_id, ProductUpdate(version=a.version, **{a.field: a.value})
    )
    return [DoneRecord(model="product", id=product.id, number=product.sku)]


def _product_preview(session: Session, a: NewProductArgs, lang: str) -> Preview:
    after = {
        "sku": a.sku,
        "name": a.name,
        "type": a.type.value,
        "sale_price": price_text(a.sale_price),
    }
    summary = _say(lang, f"Create the product {a.name} ({a.sku})", f"新建产品 {a.name}（{a.sku}）")
    return Preview(
        summary, [Change(action="create", model="product", record=a.sku, after=after)], []
    )


def _product_apply(session: Session, a: NewProductArgs) -> list[DoneRecord]:
    product = products.create_product(
        session,
        ProductIn(sku=a.sku, name=a.name, sale_price=a.sale_price, cost=a.cost, type=a.type),
    )
    return [DoneRecord(model="product", id=product.id, number=product.sku)]


# --- partners ---------------------------------------------------------------------------


def _partner_preview(session: Session, a: NewPartnerArgs, lang: str) -> Preview:
    roles = [r for r, on in (("customer", a.is_customer), ("supplier", a.is_supplier)) if on]
    after: dict[str, Any] = {"name": a.name, "roles": ", ".join(roles)}
    for key in ("city", "country", "email", "phone"):
        value = getattr(a, key)
        if value:
            after[key] = value
    warnings = []
    same = session.scalar(select(Partner.id).where(Partner.name == a.name).limit(1))
    if same is not None:
        warnings.append(
            _say(lang, f"a partner named {a.name} already exists", f"已有名为 {a.name} 的伙伴")
        )
    role_en = " and ".join(roles)
    role_zh = "、".join({"customer": "客户", "supplier": "供应商"}[r] for r in roles)
    summary = _say(lang, f"Create the {role_en} {a.name}", f"新建{role_zh} {a.name}")
    return Preview(
        summary, [Change(action="create", model="partner", record=a.name, after=after)], warnings
    )


def _partner_apply(session: Session, a: NewPartnerArgs) -> list[DoneRecord]:
    partner = partners.create_partner(
        session,
        PartnerIn(
            name=a.name,
            is_customer=a.is_customer,
            is_supplier=a.is_supplier,
            city=a.city,
            country=a.country,
            email=a.email,
            phone=a.phone,
        ),
    )
    return [DoneRecord(model="partner", id=partner.id, number=partner.ref or partner.name)]


# --- stock counts -----------------------------------------------------------------------


def _count_preview(session: Session, a: CountArgs, lang: str) -> Preview:
    product = _product(session, a.product_id)
    if product.type != ProductType.STOCKABLE:
        raise InvalidInput("product", f"{product.name} is not kept in stock")
    before = inventory.on_hand(
        session, product.id, inventory.default_location(session, LocationKind.INTERNAL).id
    )
    diff = a.counted - before
    summary = _say(
        lang,
        f"Adjust the stock of {product.name} from {text(before)} to {text(a.counted)} "
        f"({'+' if diff >= 0 else ''}{text(diff)})",
        f"将 {_name(product, lang)} 的库存从 {text(before)} 调整为 {text(a.counted)}"
        f"（{'+' if diff >= 0 else ''}{text(diff)}）",
    )
    change = Change(
        action="update",
        model="stock",
        record=product.name,
        before={"on_hand": text(before)},
        after={"on_hand": text(qty(a.counted))},
    )
    warnings = []
    if diff == 0:
        warnings.append(
            _say(
                lang, "the count matches the books; nothing moves", "盘点数与账面一致，不会移动库存"
            )
        )
    return Preview(summary, [change], warnings)


def _count_apply(session: Session, a: CountArgs) -> list[DoneRecord]:
    count = inventory.count_stock(
        session,
        CountIn(
            date=a.on,
            lines=[CountLineIn(product_id=a.product_id, counted_quantity=a.counted)],
            reason="stock count (act)",
        ),
    )
    return [DoneRecord(model="stock_count", id=count.id, number=count.number)]


# --- a draft's lines -------------------------------------------------------------------


class LineEditArg(BaseModel):
    """One line of a draft to add (a product already on it gets `quantity` more), change (its
    quantity, price or discount) or remove."""

    action: Literal["add", "change", "remove"]
    product_id: int
    quantity: Decimal | None = Field(default=None, gt=0)
    unit_price: Decimal | None = Field(default=None, ge=0)
    discount: Decimal | None = Field(default=None, ge=0, le=1)


class EditLinesArgs(BaseModel):
    model: Literal["sales_order", "purchase_order"]
    order_id: int
    # The order's version when proposed: a draft changed since is refused on confirming.
    version: int
    edits: list[LineEditArg] = Field(min_length=1)


@dataclass
class _Planned:
    """A line of the draft as it is to be; `line` is None for a new one."""

    line: Any
    product: Product
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    removed: bool = False


def _draft(session: Session, a: EditLinesArgs) -> Any:
    order: Any = (
        sales.get_order(session, a.order_id)
        if a.model == SALE
        else purchasing.get_order(session, a.order_id)
    )
    _require(session, a.model, "edit", order)
    return order


def _plan(session: Session, a: EditLinesArgs, order: Any) -> list[_Planned]:
    """The draft's lines after the edits, in order: kept and changed lines, then new ones."""
    planned = [
        _Planned(
            ln,
            _product(session, ln.product_id),
            ln.quantity,
            ln.unit_price,
            getattr(ln, "discount", ZERO),
        )
        for ln in order.lines
    ]
    for i, edit in enumerate(a.edits):
        product = _product(session, edit.product_id)
        on_order = [p for p in planned if p.line is not None and p.product.id == product.id]
        if len(on_order) > 1:
            raise InvalidInput(
                f"edits[{i}]", f"{product.name} is on {order.number} more than once; edit it there"
            )
        if edit.action != "add" and not on_order:
            raise InvalidInput(f"edits[{i}]", f"{product.name} is not on {order.number}")
        if edit.action == "remove":
            on_order[0].removed = True
        elif edit.action == "change":
            target = on_order[0]
            target.quantity = edit.quantity if edit.quantity is not None else target.quantity
            target.unit_price = (
                edit.unit_price if edit.unit_price is not None else target.unit_price
            )
            target.discount = edit.discount if edit.discount is not None else target.discount
        elif on_order:  # "add 5 Chai" to an order with Chai on it: 5 more
            on_order[0].quantity += edit.quantity or ZERO
        else:
            if edit.quantity is None or edit.unit_price is None:
                raise InvalidInput(f"edits[{i}]", f"say how many {product.name} and at what price")
            planned.append(
                _Planned(None, product, edit.quantity, edit.unit_price, edit.discount or ZERO)
            )
    if all(p.removed for p in planned):
        raise InvalidInput("edits", f"{order.number} would have no lines left; cancel it instead")
    return planned


def _line_fields(selling: bool, quantity: Decimal, price: Decimal, off: Decimal) -> dict[str, Any]:
    fields: dict[str, Any] = {"quantity": text(quantity), "unit_price": price_text(price)}
    if selling:
        fields["discount"] = text(off)
    fields["subtotal"] = f"{money(quantity * price * (1 - off)):f}"
    return fields


_FIELD_WORDS = {
    "quantity": ("quantity", "数量"),
    "unit_price": ("price", "单价"),
    "discount": ("discount", "折扣"),
}


def _edit_lines_preview(session: Session, a: EditLinesArgs, lang: str) -> Preview:
    order = _draft(session, a)
    selling = a.model == SALE
    planned = _plan(session, a, order)
    line_model = f"{a.model}_line"
    changes: list[Change] = []
    warnings: list[str] = []
    said: list[str] = []
    for p in planned:
        record = f"{order.number} {p.product.name}"
        after = _line_fields(selling, p.quantity, p.unit_price, p.discount)
        if p.line is None:
            changes.append(Change(action="create", model=line_model, record=record, after=after))
            said.append(_say(lang, f"add {text(p.quantity)} {p.product.name}",
                             f"新增 {_name(p.product, lang)} {text(p.quantity)}"))  # fmt: skip
            continue
        before = _line_fields(
            selling, p.line.quantity, p.line.unit_price, getattr(p.line, "discount", ZERO)
        )
        if p.removed:
            changes.append(Change(action="delete", model=line_model, record=record, before=before))
            said.append(_say(lang, f"remove {p.product.name}", f"删除 {_name(p.product, lang)}"))
        elif before != after:
            # Only the fields that change, as for every other update.
            changed = [key for key in after if before[key] != after[key]]
            changes.append(
                Change(
                    action="update",
                    model=line_model,
                    record=record,
                    before={key: before[key] for key in changed},
                    after={key: after[key] for key in changed},
                )
            )
            moved = [
                f"{_FIELD_WORDS[key][lang == 'zh']} {before[key]} → {after[key]}"
                for key in changed
                if key in _FIELD_WORDS
            ]
            said.append(f"{_name(p.product, lang)} {', '.join(moved)}")
    if not changes:
        raise InvalidInput("edits", _say(lang, "nothing would change", "不会有任何改变"))
    total = sum(
        (money(p.quantity * p.unit_price * (1 - p.discount)) for p in planned if not p.removed),
        ZERO,
    ) + getattr(order, "shipping_charge", ZERO)
    head = Change(
        action="update",
        model=a.model,
        record=order.number,
        before={"amount_untaxed": f"{order.amount_untaxed:f}"},
        after={"amount_untaxed": f"{total:f}"},
    )
    for p in planned:
        grew = p.line is None or p.quantity > p.line.quantity
        if p.removed or not grew:
            continue
        partner_id = order.customer_id if selling else order.supplier_id
        usual = _usual_price(
            session, p.product, partner_id, order.order_date, selling, order.currency
        )
        if p.line is None and usual > 0 and abs(p.unit_price - usual) > usual * PRICE_DRIFT:
            warnings.append(
                _say(lang, f"{p.product.name}: {price_text(p.unit_price)} is far from the usual "
                           f"price {price_text(usual)}",
                     f"{_name(p.product, lang)}：单价 {price_text(p.unit_price)} 与常用价格 "
                     f"{price_text(usual)} 相差较大")
            )  # fmt: skip
        if selling and p.product.type == ProductType.STOCKABLE:
            free = inventory.available(session, p.product.id)
            if free < p.quantity:
                warnings.append(
                    _say(
                        lang,
                        f"{p.product.name}: {text(free)} available, {text(p.quantity)} quoted",
                        f"{_name(p.product, lang)}：可用库存 {text(free)}，"
                        f"报价数量 {text(p.quantity)}",
                    )
                )
    summary = _say(
        lang,
        f"Change the lines of {order.number}: {'; '.join(said)}",
        f"修改 {order.number} 的明细：{'；'.join(said)}",
    )
    return Preview(summary, [head, *changes], warnings)


def _edit_lines_apply(session: Session, a: EditLinesArgs) -> list[DoneRecord]:
    # The draft as it is to be, through the one use-case that revises a draft: every line
    # kept (with its id) or new; a line left out is removed.
    order = _draft(session, a)
    planned = [p for p in _plan(session, a, order) if not p.removed]
    if a.model == SALE:
        sales.revise_order(
            session,
            order.id,
            SalesOrderRevision(
                version=a.version,
                customer_id=order.customer_id,
                order_date=order.order_date,
                requested_date=order.requested_date,
                warehouse_id=order.warehouse_id,
                customer_ref=order.customer_ref,
                notes=order.notes,
                lines=[
                    SalesLineEdit(
                        id=p.line.id if p.line is not None else None,
                        product_id=p.product.id,
                        quantity=p.quantity,
                        unit_price=p.unit_price,
                        discount=p.discount,
                        # A kept line keeps its tax, none included ("" means no tax).
                        tax_code=(p.line.tax_code or "") if p.line is not None else None,
                        description=p.line.description if p.line is not None else None,
                    )
                    for p in planned
                ],
            ),
        )
    else:
        purchasing.revise_rfq(
            session,
            order.id,
            PurchaseOrderRevision(
                version=a.version,
                supplier_id=order.supplier_id,
                order_date=order.order_date,
                expected_date=order.expected_date,
                warehouse_id=order.warehouse_id,
                supplier_ref=order.supplier_ref,
                notes=order.notes,
                lines=[
                    PurchaseLineEdit(
                        id=p.line.id if p.line is not None else None,
                        product_id=p.product.id,
                        quantity=p.quantity,
                        unit_price=p.unit_price,
                        tax_code=(p.line.tax_code or "") if p.line is not None else None,
                        description=p.line.description if p.line is not None else None,
                    )
                    for p in planned
                ],
            ),
        )
    return [DoneRecord(model=a.model, id=order.id, number=order.number)]


def _edit_lines_permission(session: Session, a: EditLinesArgs) -> str:
    table = sales.ACTIONS if a.model == SALE else purchasing.ACTIONS
    return table["edit"].permission


# --- invoicing what was delivered -------------------------------------------------------


class InvoiceDeliveredArgs(BaseModel):
    on: date
    # Deliveries done in this period; None: whenever.
    start: date | None = None
    end: date | None = None
    customer_id: int | None = None


def delivered_to_invoice(session: Session, a: InvoiceDeliveredArgs) -> list[SalesOrder]:
    """Open sales orders with goods delivered (in the period) and something left to invoice."""
    shipped = select(Shipment.origin_id).where(
        Shipment.origin_type == SALE,
        Shipment.kind == ShipmentKind.DELIVERY,
        Shipment.state == ShipmentState.DONE,
    )
    if a.start is not None:
        shipped = shipped.where(Shipment.done_date >= a.start)
    if a.end is not None:
        shipped = shipped.where(Shipment.done_date <= a.end)
    stmt = select(SalesOrder).where(
        SalesOrder.state.in_([SalesState.CONFIRMED, SalesState.DONE]),
        SalesOrder.id.in_(shipped),
    )
    if a.customer_id is not None:
        stmt = stmt.where(SalesOrder.customer_id == a.customer_id)
    orders = session.scalars(stmt.order_by(SalesOrder.id)).all()
    return [o for o in orders if sales.ACTIONS.verdict(session, o, "invoice").allowed]


def _invoice_delivered_preview(session: Session, a: InvoiceDeliveredArgs, lang: str) -> Preview:
    one = _bill_preview(SALE)
    changes: list[Change] = []
    total = ZERO
    orders = delivered_to_invoice(session, a)
    for order in orders:
        part = one(session, OrderArgs(order_id=order.id, on=a.on), lang)
        head = part.changes[0].after or {}
        total += Decimal(head["amount_untaxed"])
        changes += part.changes
    if not orders:
        raise InvalidInput(
            "text",
            _say(lang, "no delivered order is left to invoice", "没有已发货待开票的订单"),
        )
    summary = _say(
        lang,
        f"Invoice {len(orders)} delivered order(s): {total:f} before tax",
        f"为 {len(orders)} 张已发货订单开票：未税金额 {total:f}",
    )
    return Preview(summary, changes, [])


def _invoice_delivered_apply(session: Session, a: InvoiceDeliveredArgs) -> list[DoneRecord]:
    # Confirming found the list as previewed; each order is invoiced by the one use-case.
    out = []
    for order in delivered_to_invoice(session, a):
        invoice = sales.invoice_order(session, order.id, a.on)
        out.append(
            DoneRecord(model="invoice", id=invoice.id, number=invoice.number or str(invoice.id))
        )
    return out


# --- replenishment ----------------------------------------------------------------------


class ReorderArgs(BaseModel):
    on: date


def _reorder_preview(session: Session, a: ReorderArgs, lang: str) -> Preview:
    changes: list[Change] = []
    for proposal in replenish.proposals(session, a.on):
        changes.append(
            Change(
                action="create",
                model="purchase_order",
                record="new",
                after={
                    "supplier": proposal.supplier_name or str(proposal.supplier_id),
                    "state": "rfq",
                    "order_date": a.on.isoformat(),
                    "lines": len(proposal.lines),
                },
            )
        )
        for ln in proposal.lines:
            changes.append(
                Change(
                    action="create",
                    model="purchase_order_line",
                    record=f"{proposal.supplier_name} {ln.name}",
                    after={
                        "product": ln.name,
                        "quantity": text(ln.proposed_qty),
                        "position": text(ln.position),
                        "reorder_point": text(ln.reorder_point),
                    },
                )
            )
    if not changes:
        raise InvalidInput(
            "text",
            _say(
                lang,
                "nothing is at or below its reorder point with a usual supplier",
                "没有达到再订货点且有常用供应商的产品",
            ),
        )
    orders = sum(1 for c in changes if c.model == "purchase_order")
    lines_count = len(changes) - orders
    summary = _say(
        lang,
        f"Reorder {lines_count} product(s) at or below their reorder point: {orders} request(s) "
        "for quotation to their usual suppliers",
        f"为 {lines_count} 个达到再订货点的产品补货：向常用供应商发出 {orders} 张询价单",
    )
    return Preview(summary, changes, [])


def _reorder_apply(session: Session, a: ReorderArgs) -> list[DoneRecord]:
    # Confirming re-read the plan and found it as previewed: all of it is what was shown.
    out = []
    for number in replenish.apply(session, a.on):
        order = session.scalar(select(PurchaseOrder).where(PurchaseOrder.number == number))
        assert order is not None
        out.append(DoneRecord(model="purchase_order", id=order.id, number=number))
    return out


# --- reminders of overdue invoices -----------------------------------------------------


class ReminderArgs(BaseModel):
    on: date
    # One customer's invoices; None: every customer with overdue invoices.
    customer_id: int | None = None
    # Only invoices more than this many days past due (0: any day past due).
    overdue_days: int = Field(default=0, ge=0)


def _overdue_by_customer(session: Session, a: ReminderArgs) -> dict[Partner, list[Invoice]]:
    by_id: dict[int, list[Invoice]] = {}
    for inv in invoice_queries.overdue_invoices(
        session, a.on, customer_id=a.customer_id, more_than_days=a.overdue_days
    ):
        by_id.setdefault(inv.partner_id, []).append(inv)
    return {partners.get_partner(session, pid): invoices for pid, invoices in by_id.items()}


def _reachable(customer: Partner) -> bool:
    return bool((customer.email or "").strip())


def _reminders_preview(session: Session, a: ReminderArgs, lang: str) -> Preview:
    changes: list[Change] = []
    warnings: list[str] = []
    found = _overdue_by_customer(session, a)
    if not found:
        raise InvalidInput(
            "text",
            _say(
                lang,
                f"no customer invoice is more than {a.overdue_days} days overdue"
                if a.overdue_days
                else "no customer invoice is overdue",
                f"没有逾期超过 {a.overdue_days} 天的客户发票"
                if a.overdue_days
                else "没有逾期的客户发票",
            ),
        )
    for customer, invoices in found.items():
        listed = [
            f"{inv.number} ({(a.on - inv.due_date).days} d, {inv.amount_residual:f} {inv.currency})"
            for inv in invoices
        ]
        if not _reachable(customer):
            # Listed, never skipped in silence: someone has to call them or add an address.
            warnings.append(
                _say(
                    lang,
                    f"not reachable, no email address: {customer.name}: {', '.join(listed)}",
                    f"无法联系（没有邮箱）：{customer.name}：{'，'.join(listed)}",
                )
            )
            continue
        changes.append(
            Change(
                action="send",
                model="email",
                record=customer.name,
                after={
                    "to": customer.email,
                    "invoices": len(invoices),
                    "attachment": "statement of account",
                },
            )
        )
        for inv in invoices:
            changes.append(
                Change(
                    action="remind",
                    model="invoice",
                    record=inv.number or str(inv.id),
                    after={
                        "customer": customer.name,
                        "due_date": inv.due_date.isoformat(),
                        "days_overdue": (a.on - inv.due_date).days,
                        "residual": f"{inv.amount_residual:f} {inv.currency}",
                    },
                )
            )
    if not changes:
        raise InvalidInput(
            "text",
            _say(
                lang,
                "no customer with overdue invoices has an email address: " + "; ".join(warnings),
                "有逾期发票的客户都没有邮箱：" + "；".join(warnings),
            ),
        )
    try:
        mail.smtp_config()
    except InvalidInput as exc:
        warnings.append(
            _say(lang, f"confirming will fail: {exc.message}", f"确认时将失败：{exc.message}")
        )
    sending = [c for c in changes if c.model == "email"]
    summary = _say(
        lang,
        f"Email {len(sending)} customer(s) a reminder of {len(changes) - len(sending)} "
        "overdue invoice(s), each with their statement of account",
        f"向 {len(sending)} 个客户发送催款提醒（{len(changes) - len(sending)} 张逾期发票），"
        "附对账单",
    )
    return Preview(summary, changes, warnings)


def _reminders_apply(session: Session, a: ReminderArgs) -> list[DoneRecord]:
    # Each reminder goes out through the documents' one mail path, which records it on the
    # customer and in their messages only once the server took it.
    out: list[DoneRecord] = []
    for customer, invoices in _overdue_by_customer(session, a).items():
        if not _reachable(customer):
            continue
        try:
            documents.reminder(session, customer.id, invoices, a.on)
        except mail.MailError as exc:
            if out:
                # Mail cannot be called back: say who already has theirs.
                exc.message += (
                    "; already emailed before the failure (not recorded, as nothing of this "
                    f"confirmation is): {', '.join(d.number for d in out)}"
                )
            raise
        out.append(DoneRecord(model="partner", id=customer.id, number=customer.name))
    return out


def _fixed(permission: str) -> Callable[[Session, Any], str]:
    def fixed(session: Session, a: Any) -> str:
        return permission

    return fixed


OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in (
        Operation(
            "create_quotation",
            NewOrderArgs,
            _fixed("sales.write"),
            _quotation_preview,
            _quotation_apply,
        ),
        Operation("create_rfq", NewOrderArgs, _fixed("purchasing.write"), _rfq_preview, _rfq_apply),
        Operation(
            "confirm_sales_order",
            OrderArgs,
            _action_permission(SALE, "confirm"),
            _state_preview(SALE, "confirm", "confirmed"),
            _state_apply(SALE, "confirm"),
        ),
        Operation(
            "cancel_sales_order",
            OrderArgs,
            _action_permission(SALE, "cancel"),
            _state_preview(SALE, "cancel", "cancelled"),
            _state_apply(SALE, "cancel"),
        ),
        Operation(
            "confirm_purchase_order",
            OrderArgs,
            _action_permission(PURCHASE, "confirm"),
            _state_preview(PURCHASE, "confirm", "confirmed"),
            _state_apply(PURCHASE, "confirm"),
        ),
        Operation(
            "cancel_purchase_order",
            OrderArgs,
            _action_permission(PURCHASE, "cancel"),
            _state_preview(PURCHASE, "cancel", "cancelled"),
            _state_apply(PURCHASE, "cancel"),
        ),
        Operation(
            "deliver",
            OrderArgs,
            _action_permission(SALE, "deliver"),
            _move_preview(SALE),
            _move_apply(SALE),
        ),
        Operation(
            "receive_purchase",
            OrderArgs,
            _action_permission(PURCHASE, "receive"),
            _move_preview(PURCHASE),
            _move_apply(PURCHASE),
        ),
        Operation(
            "invoice_order",
            OrderArgs,
            _action_permission(SALE, "invoice"),
            _bill_preview(SALE),
            _bill_apply(SALE),
        ),
        Operation(
            "bill_purchase",
            OrderArgs,
            _action_permission(PURCHASE, "bill"),
            _bill_preview(PURCHASE),
            _bill_apply(PURCHASE),
        ),
        Operation(
            "register_payment",
            PaymentArgs,
            _fixed("payments.write"),
            _payment_preview,
            _payment_apply,
        ),
        Operation(
            "set_price", ProductFieldArgs, _fixed("products.write"), _field_preview, _field_apply
        ),
        Operation(
            "set_reorder_level",
            ProductFieldArgs,
            _fixed("products.write"),
            _field_preview,
            _field_apply,
        ),
        Operation(
            "create_partner",
            NewPartnerArgs,
            _fixed("partners.write"),
            _partner_preview,
            _partner_apply,
        ),
        Operation(
            "create_product",
            NewProductArgs,
            _fixed("products.write"),
            _product_preview,
            _product_apply,
        ),
        Operation(
            "edit_order_lines",
            EditLinesArgs,
            _edit_lines_permission,
            _edit_lines_preview,
            _edit_lines_apply,
        ),
        Operation("adjust_stock", CountArgs, _fixed("stock.write"), _count_preview, _count_apply),
        Operation(
            "invoice_delivered_orders",
            InvoiceDeliveredArgs,
            _action_permission(SALE, "invoice"),
            _invoice_delivered_preview,
            _invoice_delivered_apply,
        ),
        Operation(
            "send_reminders",
            ReminderArgs,
            _fixed(documents.STATEMENT_SEND_PERMISSION),
            _reminders_preview,
            _reminders_apply,
        ),
        Operation(
            "reorder_below_reorder_level",
            ReorderArgs,
            _fixed("purchasing.write"),
            _reorder_preview,
            _reorder_apply,
        ),
    )
}
