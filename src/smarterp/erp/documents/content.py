"""What each document prints, read from the books: parties, dates, lines, taxes and totals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.errors import IllegalState, InvalidInput, NotFound
from smarterp.erp.accounting.models import Tax
from smarterp.erp.company.models import Company
from smarterp.erp.company.service import get_company
from smarterp.erp.inventory.models import Carrier, Shipment, ShipmentKind, ShipmentState
from smarterp.erp.invoicing.models import (
    Invoice,
    InvoiceKind,
    InvoiceState,
    Payment,
    PaymentState,
)
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine, SalesState

ZERO = Decimal(0)
# How long a quotation's prices hold unless the order says otherwise.
QUOTATION_VALID_DAYS = 30


@dataclass
class Party:
    """A name and the lines of its address and contacts, as printed in a letterhead or box."""

    name: str
    address: list[str] = field(default_factory=list)
    tax_id: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    bank_account: str | None = None


@dataclass
class Line:
    """One printed line; the priced columns are empty on a delivery note."""

    sku: str
    description: str
    quantity: Decimal
    uom: str
    unit_price: Decimal | None = None
    discount: Decimal | None = None
    tax: str | None = None
    amount: Decimal | None = None
    ordered: Decimal | None = None  # delivery notes: what the order asked for
    remaining: Decimal | None = None  # delivery notes: still to deliver after this one
    # The product's Chinese name, where the line says just the product's name.
    description_zh: str | None = None


def _zh_name(description: str, product: Product | None) -> str | None:
    if product is None or not product.name_zh or description.strip() != product.name:
        return None
    return product.name_zh


@dataclass
class TaxRow:
    code: str
    name: str
    rate: Decimal | None
    base: Decimal
    amount: Decimal


@dataclass
class StatementEntry:
    on: date
    kind: str  # invoice, credit_note, payment, refund
    number: str
    reference: str | None
    debit: Decimal
    credit: Decimal
    balance: Decimal = ZERO


@dataclass
class OpenItem:
    number: str
    kind: str
    invoice_date: date
    due_date: date
    currency: str
    total: Decimal
    open_amount: Decimal
    days_overdue: int


@dataclass
class Printable:
    """Everything a document's template needs, in the document's own currency."""

    kind: str  # quotation, order, delivery, invoice, credit-note, purchase-order, statement
    title_key: str  # the kind, or "rfq" for a purchase order still asking for prices
    number: str
    record_type: str  # the table the document is read from, for the audit trail
    record_id: int
    company: Party
    company_currency: str
    partner: Party
    partner_id: int
    partner_role: str  # customer or supplier
    email: str | None  # where the document goes by default
    language: str  # the partner's language
    currency: str
    # (label key, value) pairs printed beside the title: dates, references, terms.
    meta: list[tuple[str, Any]] = field(default_factory=list)
    ship_to: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    taxes: list[TaxRow] = field(default_factory=list)
    # (label key, amount, emphasised) in the order printed.
    totals: list[tuple[str, Decimal, bool]] = field(default_factory=list)
    # The amount an email names ("for USD 1,234.00"); None where nothing is owed or priced.
    headline_amount: Decimal | None = None
    notes: str | None = None
    exchange_rate: Decimal | None = None
    total_company: Decimal | None = None
    # Statements only.
    period: tuple[date, date] | None = None
    opening_balance: Decimal = ZERO
    entries: list[StatementEntry] = field(default_factory=list)
    open_items: list[OpenItem] = field(default_factory=list)
    record: Any = None  # the row itself, for the audit trail

    @property
    def filename(self) -> str:
        safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in self.number)
        return f"{self.kind}-{safe}.pdf"


# --- Parties ---------------------------------------------------------------------------------


def company_party(company: Company) -> Party:
    return Party(
        name=company.name,
        address=_address_lines(
            company.street, company.postal_code, company.city, company.region, company.country
        ),
        tax_id=company.tax_id,
        phone=company.phone,
        email=company.email,
        website=company.website,
        bank_account=company.bank_account,
    )


def _address_lines(
    street: str | None,
    postal_code: str | None,
    city: str | None,
    region: str | None,
    country: str | None,
) -> list[str]:
    town = " ".join(x for x in (postal_code, city) if x)
    return [x for x in (street, ", ".join(x for x in (town, region) if x), country) if x]


def _invoice_address(session: Session, partner: Partner) -> Partner:
    """The partner's invoice address when it keeps one, else the partner itself."""
    found = session.scalars(
        select(Partner)
        .where(Partner.parent_id == partner.id, Partner.address_type == "invoice", Partner.active)
        .order_by(Partner.id)
        .limit(1)
    ).first()
    return found or partner


def partner_party(session: Session, partner: Partner, *, for_invoice: bool = False) -> Party:
    where = _invoice_address(session, partner) if for_invoice else partner
    address = _address_lines(
        where.street, where.postal_code, where.city, where.region, where.country
    )
    contact = (
        where.contact_name if where.contact_name and where.contact_name != partner.name else None
    )
    return Party(
        name=partner.name,
        address=([f"{contact}"] if contact else []) + address,
        tax_id=partner.tax_id,
        phone=where.phone or partner.phone,
        email=where.email or partner.email,
    )


def _partner(session: Session, partner_id: int) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFound("partner", partner_id)
    return partner


def _recipient(session: Session, partner: Partner, *, for_invoice: bool = False) -> str | None:
    where = _invoice_address(session, partner) if for_invoice else partner
    return where.email or partner.email


def _base(
    session: Session,
    *,
    kind: str,
    number: str,
    record: Any,
    partner: Partner,
    role: str,
    currency: str,
    for_invoice: bool = False,
) -> Printable:
    company = get_company(session)
    return Printable(
        kind=kind,
        title_key=kind,
        number=number,
        record_type=record.__tablename__,
        record_id=record.id,
        company=company_party(company),
        company_currency=company.currency,
        partner=partner_party(session, partner, for_invoice=for_invoice),
        partner_id=partner.id,
        partner_role=role,
        email=_recipient(session, partner, for_invoice=for_invoice),
        language=partner.language or "en",
        currency=currency,
        record=record,
    )


# --- Lines and taxes -------------------------------------------------------------------------


def _products(session: Session, ids: Iterable[int | None]) -> dict[int, Product]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(wanted)))}


def _taxes(session: Session, codes: Iterable[str | None]) -> dict[str, Tax]:
    wanted = {c for c in codes if c}
    if not wanted:
        return {}
    return {t.code: t for t in session.scalars(select(Tax).where(Tax.code.in_(wanted)))}


def _tax_rows(
    session: Session, rows: Iterable[tuple[str | None, Decimal | None, Decimal, Decimal]]
) -> list[TaxRow]:
    """Base and tax per tax code, from (code, rate as taxed, base, tax) of each line."""
    totals: dict[str, list[Any]] = {}
    for code, rate, base, amount in rows:
        if not code:
            continue
        entry = totals.setdefault(code, [rate, ZERO, ZERO])
        entry[1] += base
        entry[2] += amount
    known = _taxes(session, totals)
    result = []
    for code, (rate, base, amount) in sorted(totals.items()):
        tax = known.get(code)
        result.append(
            TaxRow(
                code=code,
                name=tax.name if tax else code,
                rate=rate if rate is not None else (tax.rate if tax else None),
                base=base,
                amount=amount,
            )
        )
    return result


def _order_lines(session: Session, lines: list[Any], *, discounts: bool) -> list[Line]:
    products = _products(session, (ln.product_id for ln in lines))
    result = []
    for ln in lines:
        product = products.get(ln.product_id)
        result.append(
            Line(
                sku=product.sku if product else "",
                description=ln.description,
                description_zh=_zh_name(ln.description, product),
                quantity=ln.quantity,
                uom=product.uom if product else "",
                unit_price=ln.unit_price,
                discount=getattr(ln, "discount", None) if discounts else None,
                tax=ln.tax_code,
                amount=ln.subtotal,
            )
        )
    return result


def _money_totals(
    untaxed: Decimal, tax: Decimal, total: Decimal
) -> list[tuple[str, Decimal, bool]]:
    return [("untaxed", untaxed, False), ("tax", tax, False), ("total", total, True)]


# --- Sales: quotation and order confirmation --------------------------------------------------


def sales_document(session: Session, order_id: int, kind: str) -> Printable:
    """A sales order as a quotation (a draft) or an order confirmation (confirmed or done)."""
    order = session.get(SalesOrder, order_id)
    if order is None:
        raise NotFound("sales order", order_id)
    wanted = {"quotation": (SalesState.DRAFT,), "order": (SalesState.CONFIRMED, SalesState.DONE)}
    if order.state not in wanted[kind]:
        hint = "print a quotation" if kind == "order" else "print an order confirmation"
        action = f"print {'a quotation' if kind == 'quotation' else 'an order confirmation'}"
        if order.state == SalesState.CANCELLED:
            raise IllegalState(f"sales order {order.number}", order.state.value, action)
        raise IllegalState(f"sales order {order.number}", order.state.value, f"{action}; {hint}")
    partner = _partner(session, order.customer_id)
    doc = _base(
        session,
        kind=kind,
        number=order.number,
        record=order,
        partner=partner,
        role="customer",
        currency=order.currency,
    )
    doc.meta = [("order_date", order.order_date)]
    if kind == "quotation":
        doc.meta.append(("valid_until", order.order_date + timedelta(days=QUOTATION_VALID_DAYS)))
    if order.requested_date:
        doc.meta.append(("requested_date", order.requested_date))
    if order.customer_ref:
        doc.meta.append(("your_reference", order.customer_ref))
    doc.meta.append(("payment_terms", ("days", partner.payment_term_days)))
    doc.ship_to = [x for x in (order.ship_to or "").splitlines() if x.strip()]
    doc.lines = _order_lines(session, list(order.lines), discounts=True)
    if order.shipping_charge:
        doc.lines.append(
            Line(
                sku="",
                description="",  # the template prints the word for shipping
                quantity=Decimal(1),
                uom="",
                unit_price=order.shipping_charge,
                tax=order.shipping_tax_code,
                amount=order.shipping_charge,
            )
        )
    shipping_tax = order.amount_tax - sum((ln.tax_amount for ln in order.lines), ZERO)
    doc.taxes = _tax_rows(
        session,
        [(ln.tax_code, None, ln.subtotal, ln.tax_amount) for ln in order.lines]
        + [(order.shipping_tax_code, None, order.shipping_charge, shipping_tax)],
    )
    doc.totals = _money_totals(order.amount_untaxed, order.amount_tax, order.amount_total)
    doc.headline_amount = order.amount_total
    doc.notes = order.notes
    return doc


# --- Delivery note ---------------------------------------------------------------------------


def delivery_document(session: Session, shipment_id: int) -> Printable:
    shipment = session.get(Shipment, shipment_id)
    if shipment is None or shipment.kind != ShipmentKind.DELIVERY:
        raise NotFound("delivery", shipment_id)
    if shipment.state == ShipmentState.CANCELLED:
        raise IllegalState(f"delivery {shipment.number}", "cancelled", "print a delivery note")
    if shipment.partner_id is None:
        raise InvalidInput("partner", "the delivery has no customer", record=shipment.number)
    order = (
        session.get(SalesOrder, shipment.origin_id)
        if shipment.origin_type == "sales_order" and shipment.origin_id
        else None
    )
    partner = _partner(session, shipment.partner_id)
    doc = _base(
        session,
        kind="delivery",
        number=shipment.number,
        record=shipment,
        partner=partner,
        role="customer",
        currency=order.currency if order else get_company(session).currency,
    )
    doc.meta = [
        ("delivery_date", shipment.done_date)
        if shipment.done_date
        else ("scheduled_date", shipment.scheduled_date)
    ]
    if order is not None:
        doc.meta.append(("order", order.number))
        if order.customer_ref:
            doc.meta.append(("your_reference", order.customer_ref))
        doc.ship_to = [x for x in (order.ship_to or "").splitlines() if x.strip()]
    if shipment.carrier_id:
        carrier = session.get(Carrier, shipment.carrier_id)
        if carrier is not None:
            doc.meta.append(("carrier", carrier.name))
    if shipment.tracking_ref:
        doc.meta.append(("tracking", shipment.tracking_ref))
    if not doc.ship_to:
        doc.ship_to = [partner.name, *doc.partner.address]
    moves = [m for m in shipment.moves if m.state != "cancelled"]
    products = _products(session, (m.product_id for m in moves))
    order_lines = {
        ln.id: ln
        for ln in session.scalars(
            select(SalesOrderLine).where(
                SalesOrderLine.id.in_(
                    {m.origin_id for m in moves if m.origin_type == "sales_order_line"}
                )
            )
        )
    }
    for move in moves:
        product = products.get(move.product_id)
        line = (
            order_lines.get(move.origin_id or 0) if move.origin_type == "sales_order_line" else None
        )
        remaining = None
        if line is not None:
            # After a done delivery the order's delivered quantity already counts this one.
            delivered = (
                line.qty_delivered if move.state == "done" else line.qty_delivered + move.quantity
            )
            remaining = max(line.quantity - delivered, ZERO)
        description = line.description if line else (product.name if product else "")
        doc.lines.append(
            Line(
                sku=product.sku if product else "",
                description=description,
                description_zh=_zh_name(description, product),
                quantity=move.quantity,
                uom=product.uom if product else "",
                ordered=line.quantity if line else None,
                remaining=remaining,
            )
        )
    return doc


# --- Invoices and credit notes ---------------------------------------------------------------


def invoice_document(session: Session, invoice_id: int, kind: str) -> Printable:
    invoice = session.get(Invoice, invoice_id)
    expected = InvoiceKind.OUT_INVOICE if kind == "invoice" else InvoiceKind.OUT_REFUND
    what = "invoice" if kind == "invoice" else "credit note"
    if invoice is None or invoice.kind != expected:
        raise NotFound(what, invoice_id)
    if invoice.state == InvoiceState.DRAFT or not invoice.number:
        raise IllegalState(f"{what} {invoice.id}", "draft", f"print it; post the {what} first")
    if invoice.state == InvoiceState.CANCELLED:
        raise IllegalState(f"{what} {invoice.number}", "cancelled", "print it")
    partner = _partner(session, invoice.partner_id)
    doc = _base(
        session,
        kind=kind,
        number=invoice.number,
        record=invoice,
        partner=partner,
        role="customer",
        currency=invoice.currency,
        for_invoice=True,
    )
    doc.meta = [("invoice_date", invoice.invoice_date)]
    if kind == "invoice":
        doc.meta.append(("due_date", invoice.due_date))
    if invoice.origin_type == "sales_order" and invoice.origin_id:
        order = session.get(SalesOrder, invoice.origin_id)
        if order is not None:
            doc.meta.append(("order", order.number))
            if order.customer_ref:
                doc.meta.append(("your_reference", order.customer_ref))
    if invoice.refund_of_id:
        original = session.get(Invoice, invoice.refund_of_id)
        if original is not None and original.number:
            doc.meta.append(("refund_of", original.number))
    doc.lines = [
        Line(
            sku=p.sku if p else "",
            description=ln.description,
            description_zh=_zh_name(ln.description, p),
            quantity=ln.quantity,
            uom=p.uom if p else "",
            unit_price=ln.unit_price,
            discount=ln.discount,
            tax=ln.tax_code,
            amount=ln.subtotal,
        )
        for ln, p in _with_products(session, list(invoice.lines))
    ]
    doc.taxes = _tax_rows(
        session, [(ln.tax_code, ln.tax_rate, ln.subtotal, ln.tax_amount) for ln in invoice.lines]
    )
    doc.totals = _money_totals(invoice.amount_untaxed, invoice.amount_tax, invoice.amount_total)
    if kind == "invoice":
        paid = invoice.amount_total - invoice.amount_residual
        if paid:
            doc.totals.append(("paid", paid, False))
        doc.totals.append(("amount_due", invoice.amount_residual, True))
        doc.headline_amount = invoice.amount_residual or invoice.amount_total
    else:
        doc.headline_amount = invoice.amount_total
    if invoice.currency != doc.company_currency:
        doc.exchange_rate = invoice.exchange_rate
        doc.total_company = invoice.amount_total_company
    doc.notes = invoice.notes
    return doc


def _with_products(session: Session, lines: list[Any]) -> list[tuple[Any, Product | None]]:
    products = _products(session, (ln.product_id for ln in lines))
    return [(ln, products.get(ln.product_id) if ln.product_id else None) for ln in lines]


# --- Purchase order --------------------------------------------------------------------------


def purchase_document(session: Session, order_id: int) -> Printable:
    order = session.get(PurchaseOrder, order_id)
    if order is None:
        raise NotFound("purchase order", order_id)
    if order.state == PurchaseState.CANCELLED:
        raise IllegalState(f"purchase order {order.number}", "cancelled", "print it")
    partner = _partner(session, order.supplier_id)
    doc = _base(
        session,
        kind="purchase-order",
        number=order.number,
        record=order,
        partner=partner,
        role="supplier",
        currency=order.currency,
    )
    if order.state == PurchaseState.RFQ:
        doc.title_key = "rfq"
    doc.meta = [("order_date", order.order_date)]
    if order.expected_date:
        doc.meta.append(("expected_date", order.expected_date))
    if order.supplier_ref:
        doc.meta.append(("your_reference", order.supplier_ref))
    doc.meta.append(("payment_terms", ("days", partner.payment_term_days)))
    company = get_company(session)
    doc.ship_to = [company.name, *company_party(company).address]
    doc.lines = _order_lines(session, list(order.lines), discounts=False)
    doc.taxes = _tax_rows(
        session, [(ln.tax_code, None, ln.subtotal, ln.tax_amount) for ln in order.lines]
    )
    doc.totals = _money_totals(order.amount_untaxed, order.amount_tax, order.amount_total)
    doc.headline_amount = order.amount_total
    doc.notes = order.notes
    return doc


# --- Customer statement ----------------------------------------------------------------------


def default_period(end: date) -> tuple[date, date]:
    """The statement's default period: the month of its last day and the two before it."""
    month = end.month - 2
    year = end.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, 1), end


def statement_document(
    session: Session, partner_id: int, date_from: date | None, date_to: date | None, today: date
) -> Printable:
    """A customer's account in the company currency: opening balance, what was invoiced,
    credited and paid in the period with the running balance, and the items still open."""
    partner = _partner(session, partner_id)
    if not partner.is_customer:
        raise InvalidInput(
            "partner", f"{partner.name} is not a customer; statements are for customers"
        )
    end = date_to or today
    start = date_from or default_period(end)[0]
    if start > end:
        raise InvalidInput("date_from", f"{start} is after date_to {end}")
    doc = _base(
        session,
        kind="statement",
        number=partner.ref or str(partner.id),
        record=partner,
        partner=partner,
        role="customer",
        currency=get_company(session).currency,
        for_invoice=True,
    )
    doc.period = (start, end)
    doc.meta = [("date", end), ("period", (start, end))]
    if partner.ref:
        doc.meta.append(("our_reference", partner.ref))
    entries = _account_entries(session, partner.id, end)
    opening = sum((e.debit - e.credit for e in entries if e.on < start), ZERO)
    balance = opening
    for entry in (e for e in entries if e.on >= start):
        balance += entry.debit - entry.credit
        entry.balance = balance
        doc.entries.append(entry)
    doc.opening_balance = opening
    doc.totals = [("closing_balance", balance, True)]
    doc.headline_amount = balance
    doc.open_items = _open_items(session, partner.id, end)
    return doc


def _account_entries(session: Session, partner_id: int, until: date) -> list[StatementEntry]:
    invoices = session.scalars(
        select(Invoice).where(
            Invoice.partner_id == partner_id,
            Invoice.kind.in_((InvoiceKind.OUT_INVOICE, InvoiceKind.OUT_REFUND)),
            Invoice.state.in_((InvoiceState.POSTED, InvoiceState.PAID)),
            Invoice.invoice_date <= until,
        )
    ).all()
    payments = session.scalars(
        select(Payment).where(
            Payment.partner_id == partner_id,
            Payment.partner_role == "customer",
            Payment.state == PaymentState.POSTED,
            Payment.date <= until,
        )
    ).all()
    entries = [
        StatementEntry(
            on=inv.invoice_date,
            kind="invoice" if inv.kind == InvoiceKind.OUT_INVOICE else "credit_note",
            number=inv.number or "",
            reference=None,
            debit=inv.amount_total_company if inv.kind == InvoiceKind.OUT_INVOICE else ZERO,
            credit=inv.amount_total_company if inv.kind == InvoiceKind.OUT_REFUND else ZERO,
        )
        for inv in invoices
    ]
    entries += [
        StatementEntry(
            on=pay.date,
            kind="payment" if pay.direction == "inbound" else "refund",
            number=pay.number,
            reference=pay.reference,
            debit=pay.amount_company if pay.direction != "inbound" else ZERO,
            credit=pay.amount_company if pay.direction == "inbound" else ZERO,
        )
        for pay in payments
    ]
    # Invoices before payments on the same day: a balance never dips below zero by ordering.
    order = {"invoice": 0, "refund": 1, "credit_note": 2, "payment": 3}
    entries.sort(key=lambda e: (e.on, order[e.kind], e.number))
    return entries


def _open_items(session: Session, partner_id: int, on: date) -> list[OpenItem]:
    rows = session.scalars(
        select(Invoice)
        .where(
            Invoice.partner_id == partner_id,
            Invoice.kind.in_((InvoiceKind.OUT_INVOICE, InvoiceKind.OUT_REFUND)),
            Invoice.state == InvoiceState.POSTED,
            Invoice.amount_residual > 0,
            Invoice.invoice_date <= on,
        )
        .order_by(Invoice.due_date, Invoice.id)
    ).all()
    return [
        OpenItem(
            number=inv.number or "",
            kind="invoice" if inv.kind == InvoiceKind.OUT_INVOICE else "credit_note",
            invoice_date=inv.invoice_date,
            due_date=inv.due_date,
            currency=inv.currency,
            total=inv.amount_total,
            open_amount=inv.amount_residual
            if inv.kind == InvoiceKind.OUT_INVOICE
            else -inv.amount_residual,
            days_overdue=max((on - inv.due_date).days, 0),
        )
        for inv in rows
    ]
