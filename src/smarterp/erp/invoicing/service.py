"""Invoicing use-cases: invoices and bills, their posting, payments and allocation."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core import idempotency
from smarterp.core.audit import record_audit, snapshot
from smarterp.core.bounds import check_date
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.core.events import record_event
from smarterp.core.money import ZERO, money, positive_money, positive_qty
from smarterp.core.sequence import next_number
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import Tax, TaxScope
from smarterp.erp.actions import Action, ActionTable, Illegal, Nothing
from smarterp.erp.company.service import get_company
from smarterp.erp.invoicing import billing, queries
from smarterp.erp.invoicing.models import (
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceState,
    Payment,
    PaymentAllocation,
    PaymentDirection,
)
from smarterp.erp.invoicing.schemas import InvoiceIn, PaymentIn
from smarterp.erp.partners.service import get_partner
from smarterp.erp.products.models import Product, ProductType

NUMBERING = {
    InvoiceKind.OUT_INVOICE: ("INV", "SAL"),
    InvoiceKind.OUT_REFUND: ("RINV", "SAL"),
    InvoiceKind.IN_INVOICE: ("BILL", "PUR"),
    InvoiceKind.IN_REFUND: ("RBILL", "PUR"),
}


def get_invoice(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound("invoice", invoice_id)
    return invoice


def _line_account(
    session: Session, kind: InvoiceKind, product: Product | None, shipping: bool
) -> int:
    if kind.is_customer:
        if shipping:
            role = "shipping_income"
        else:
            role = "sales_returns" if kind == InvoiceKind.OUT_REFUND else "revenue"
        return accounting.account_for_role(session, role).id
    if product is not None and product.type == ProductType.STOCKABLE:
        return accounting.account_for_role(session, "grni").id
    return accounting.account_by_code(session, "6900").id


def create_invoice(session: Session, cmd: InvoiceIn) -> Invoice:
    """A draft invoice or bill; totals computed line by line, each tax rounded per line."""
    check_date(cmd.invoice_date, "invoice_date")
    if cmd.due_date is not None:
        check_date(cmd.due_date, "due_date")
    partner = get_partner(session, cmd.partner_id)
    if cmd.kind.is_customer and not partner.is_customer:
        raise InvalidInput("partner_id", f"{partner.name} is not a customer")
    if not cmd.kind.is_customer and not partner.is_supplier:
        raise InvalidInput("partner_id", f"{partner.name} is not a supplier")
    if cmd.due_date is not None and cmd.due_date < cmd.invoice_date:
        raise InvalidInput(
            "due_date", f"{cmd.due_date} is before the invoice date {cmd.invoice_date}"
        )
    scope = TaxScope.SALE if cmd.kind.is_customer else TaxScope.PURCHASE
    invoice = Invoice(
        kind=cmd.kind,
        partner_id=partner.id,
        invoice_date=cmd.invoice_date,
        due_date=cmd.due_date or cmd.invoice_date + timedelta(days=partner.payment_term_days),
        currency=get_company(session).currency,
        origin_type=cmd.origin_type,
        origin_id=cmd.origin_id,
        refund_of_id=cmd.refund_of_id,
        partner_ref=cmd.partner_ref,
        notes=cmd.notes,
    )
    for i, ln in enumerate(cmd.lines, start=1):
        product = None
        if ln.product_id is not None:
            product = session.get(Product, ln.product_id)
            if product is None:
                raise NotFound("product", ln.product_id)
        positive_qty(ln.quantity, f"lines[{i}].quantity")
        if product is None and not ln.description:
            raise InvalidInput(
                f"lines[{i}].description", "a line without a product needs a description"
            )
        tax = None
        if ln.tax_code:
            tax = accounting.tax_by_code(session, ln.tax_code)
            if tax.scope != scope:
                raise InvalidInput(f"lines[{i}].tax_code", f"{tax.code} is not a {scope.value} tax")
        account_id = (
            accounting.account_by_code(session, ln.account_code).id
            if ln.account_code
            else _line_account(session, cmd.kind, product, ln.is_shipping)
        )
        subtotal = money(ln.quantity * ln.unit_price * (1 - ln.discount))
        invoice.lines.append(
            InvoiceLine(
                product_id=ln.product_id,
                description=ln.description or (product.name if product else ""),
                quantity=ln.quantity,
                unit_price=ln.unit_price,
                discount=ln.discount,
                tax_id=tax.id if tax else None,
                tax_code=tax.code if tax else None,
                tax_rate=tax.rate if tax else None,
                account_id=account_id,
                subtotal=subtotal,
                tax_amount=money(subtotal * tax.rate) if tax else ZERO,
                valuation_price=ln.valuation_price,
                origin_type=ln.origin_type,
                origin_id=ln.origin_id,
            )
        )
    _compute_totals(invoice)
    session.add(invoice)
    session.flush()
    record_audit(session, "invoice.create", invoice)
    return invoice


def _compute_totals(invoice: Invoice) -> None:
    invoice.amount_untaxed = sum((ln.subtotal for ln in invoice.lines), ZERO)
    invoice.amount_tax = sum((ln.tax_amount for ln in invoice.lines), ZERO)
    invoice.amount_total = invoice.amount_untaxed + invoice.amount_tax
    invoice.amount_residual = invoice.amount_total


def _tax_as_posted(session: Session, invoice: Invoice) -> None:
    """Fix each line's tax at the rate in force as it is posted: a draft made before the
    tax's rate changed is taxed again at the new rate. Posted lines keep theirs for good."""
    changed = False
    for ln in invoice.lines:
        tax = session.get(Tax, ln.tax_id) if ln.tax_id is not None else None
        if tax is None or (ln.tax_code, ln.tax_rate) == (tax.code, tax.rate):
            continue
        ln.tax_code, ln.tax_rate = tax.code, tax.rate
        ln.tax_amount = money(ln.subtotal * tax.rate)
        changed = True
    if changed:
        _compute_totals(invoice)


def post_invoice(session: Session, invoice_id: int) -> Invoice:
    """Number the invoice and book it: receivable/payable against revenue/stock and taxes."""
    invoice = get_invoice(session, invoice_id)
    ACTIONS.require(session, invoice, "post")
    _tax_as_posted(session, invoice)
    prefix, journal = NUMBERING[invoice.kind]
    year = invoice.invoice_date.year
    accounting.check_open(
        session, invoice.invoice_date, f"invoice for partner {invoice.partner_id}"
    )
    invoice.number = next_number(
        session, f"invoice.{invoice.kind.value}.{year}", f"{prefix}/{year}/"
    )
    lines = _journal_lines(session, invoice)
    entry = accounting.post(
        session,
        journal,
        invoice.invoice_date,
        lines,
        ref=invoice.number,
        source_type="invoice",
        source_id=invoice.id,
    )
    before = snapshot(invoice)
    invoice.journal_entry_id = entry.id if entry else None
    invoice.state = InvoiceState.POSTED
    invoice.amount_residual = invoice.amount_total
    record_audit(session, "invoice.post", invoice, before=before)
    record_event(
        session,
        "invoice.posted",
        "invoice",
        invoice.id,
        number=invoice.number,
        kind=invoice.kind,
        partner_id=invoice.partner_id,
        amount_total=invoice.amount_total,
        due_date=invoice.due_date,
    )
    return invoice


def _journal_lines(session: Session, invoice: Invoice) -> list[accounting.Line]:
    """Debit/credit lines for an invoice; a refund is the same entry with sides swapped."""
    partner_account = accounting.account_for_role(
        session, "receivable" if invoice.kind.is_customer else "payable"
    ).id
    # For a customer invoice, revenue and tax are credits; for a bill, stock and tax are debits.
    item_side_debit = not invoice.kind.is_customer
    if invoice.kind.is_refund:
        item_side_debit = not item_side_debit

    def item(account_id: int, amount: Decimal, ln: InvoiceLine | None = None) -> accounting.Line:
        debit, credit = (amount, ZERO) if item_side_debit else (ZERO, amount)
        if amount < 0:
            debit, credit = -credit, -debit
        return accounting.Line(
            account_id,
            debit=debit,
            credit=credit,
            partner_id=invoice.partner_id,
            product_id=ln.product_id if ln else None,
            description=ln.description if ln else invoice.number,
        )

    lines: list[accounting.Line] = []
    grni = accounting.account_for_role(session, "grni").id
    for ln in invoice.lines:
        if ln.account_id == grni and ln.valuation_price is not None:
            at_receipt = money(ln.quantity * ln.valuation_price)
            lines.append(item(grni, at_receipt, ln))
            diff = ln.subtotal - at_receipt
            if diff:
                lines.append(
                    item(accounting.account_for_role(session, "price_difference").id, diff, ln)
                )
        else:
            lines.append(item(ln.account_id, ln.subtotal, ln))
        if ln.tax_amount:
            tax = session.get(Tax, ln.tax_id)
            assert tax is not None
            lines.append(item(tax.account_id, ln.tax_amount, ln))
    total = invoice.amount_total
    partner_debit = not item_side_debit
    lines.append(
        accounting.Line(
            partner_account,
            debit=total if partner_debit else ZERO,
            credit=ZERO if partner_debit else total,
            partner_id=invoice.partner_id,
            description=invoice.number,
        )
    )
    return lines


def cancel_invoice(session: Session, invoice_id: int, reason: str | None = None) -> Invoice:
    """Cancel a draft, or a posted invoice nothing was paid on (its entry is reversed)."""
    invoice = get_invoice(session, invoice_id)
    ACTIONS.require(session, invoice, "cancel")
    before = snapshot(invoice)
    if invoice.journal_entry_id is not None:
        accounting.reverse_posting(session, invoice.journal_entry_id, reason=reason or "cancelled")
    billing.give_back(session, invoice)
    invoice.state = InvoiceState.CANCELLED
    invoice.amount_residual = ZERO
    record_audit(session, "invoice.cancel", invoice, before=before, reason=reason)
    return invoice


def _something_to_post(session: Session, invoice: Invoice) -> Nothing | None:
    if invoice.amount_total > 0:
        return None
    return Nothing(
        "lines",
        "invoice {number} totals {total}; nothing to post",
        {"total": str(invoice.amount_total)},
    )


def _payable(session: Session, invoice: Invoice) -> Illegal | None:
    if invoice.payable:
        return None
    return Illegal("paid", "settle it")


def _nothing_paid(session: Session, invoice: Invoice) -> Illegal | None:
    if invoice.amount_residual != invoice.amount_total:
        return Illegal("partly paid", "cancel it; refund it with a credit note instead")
    return None


# Posting and cancelling in one click; paying needs an amount (the payment form).
ACTIONS: ActionTable[Invoice] = ActionTable(
    "invoice",
    lambda invoice: invoice.number or str(invoice.id),
    [
        Action(
            "post",
            "Post",
            "invoices.write",
            frozenset({InvoiceState.DRAFT}),
            "post it",
            _something_to_post,
            run=lambda s, invoice_id, on, why: post_invoice(s, invoice_id),
        ),
        Action(
            "pay",
            "Register payment",
            "payments.write",
            frozenset({InvoiceState.POSTED}),
            "settle it",
            _payable,  # the same rule as the open items a payment settles
        ),
        Action(
            "cancel",
            "Cancel invoice",
            "invoices.write",
            frozenset({InvoiceState.DRAFT, InvoiceState.POSTED}),
            "cancel it",
            _nothing_paid,
            run=lambda s, invoice_id, on, why: cancel_invoice(s, invoice_id, why),
            primary=False,
            confirm="Cancel this invoice?",
        ),
    ],
)


def open_invoices(
    session: Session, partner_id: int, kinds: tuple[InvoiceKind, ...]
) -> list[Invoice]:
    """The partner's invoices of these kinds a payment can settle, locked for it."""
    return queries.payable_invoices(session, partner_id=partner_id, kinds=kinds, for_update=True)


def _settle(session: Session, invoice: Invoice, amount: Decimal, on: date) -> None:
    invoice.amount_residual -= amount
    if invoice.amount_residual == 0:
        invoice.state = InvoiceState.PAID
        record_event(session, "invoice.paid", "invoice", invoice.id, number=invoice.number)


def register_payment(session: Session, cmd: PaymentIn) -> Payment:
    """Book money in or out and settle the partner's open invoices with it (oldest first)."""
    earlier = idempotency.seen(session, cmd.idempotency_key, "payment")
    if earlier is not None:
        existing = session.get(Payment, earlier)
        assert existing is not None
        return existing
    # Rounded to the cent first: 0.001 is no payment (the ledger would refuse it as zero).
    amount = positive_money(cmd.amount, "amount")
    check_date(cmd.date, "date")
    partner = get_partner(session, cmd.partner_id)
    customer = cmd.partner_role == "customer"
    if customer and not partner.is_customer:
        raise InvalidInput("partner_id", f"{partner.name} is not a customer")
    if not customer and not partner.is_supplier:
        raise InvalidInput("partner_id", f"{partner.name} is not a supplier")
    # Money in from a customer settles invoices; money out to a customer settles credit notes.
    inbound = cmd.direction == PaymentDirection.INBOUND
    if customer:
        kinds = (InvoiceKind.OUT_INVOICE,) if inbound else (InvoiceKind.OUT_REFUND,)
    else:
        kinds = (InvoiceKind.IN_INVOICE,) if not inbound else (InvoiceKind.IN_REFUND,)
    candidates = open_invoices(session, partner.id, kinds)
    if cmd.invoice_ids is not None:
        by_id = {inv.id: inv for inv in candidates}
        missing = [i for i in cmd.invoice_ids if i not in by_id]
        if missing:
            raise InvalidInput(
                "invoice_ids", f"invoices {missing} are not open items of {partner.name}"
            )
        candidates = [by_id[i] for i in cmd.invoice_ids]

    journal = "BNK" if cmd.method == "bank" else "CSH"
    payment = Payment(
        number=next_number(session, f"payment.{cmd.date.year}", f"PAY/{cmd.date.year}/"),
        partner_id=partner.id,
        partner_role=cmd.partner_role,
        direction=cmd.direction,
        amount=amount,
        unallocated=amount,
        date=cmd.date,
        method=cmd.method,
        reference=cmd.reference,
    )
    session.add(payment)
    session.flush()
    cash = accounting.account_for_role(session, cmd.method).id
    counter = accounting.account_for_role(session, "receivable" if customer else "payable").id
    debit_acc, credit_acc = (cash, counter) if inbound else (counter, cash)
    entry = accounting.post(
        session,
        journal,
        cmd.date,
        [
            accounting.Line(
                debit_acc, debit=payment.amount, partner_id=partner.id, description=payment.number
            ),
            accounting.Line(
                credit_acc, credit=payment.amount, partner_id=partner.id, description=payment.number
            ),
        ],
        ref=cmd.reference or payment.number,
        source_type="payment",
        source_id=payment.id,
    )
    payment.journal_entry_id = entry.id if entry else None
    for invoice in candidates:
        if payment.unallocated <= 0:
            break
        part = min(payment.unallocated, invoice.amount_residual)
        session.add(
            PaymentAllocation(
                invoice_id=invoice.id, payment_id=payment.id, amount=part, date=cmd.date
            )
        )
        payment.unallocated -= part
        _settle(session, invoice, part, cmd.date)
    idempotency.remember(session, cmd.idempotency_key, "payment", payment.id)
    record_audit(session, "payment.register", payment)
    record_event(
        session,
        "payment.registered",
        "payment",
        payment.id,
        number=payment.number,
        partner_id=partner.id,
        amount=payment.amount,
        direction=payment.direction,
    )
    return payment


def apply_credit_note(session: Session, credit_note_id: int, invoice_id: int, on: date) -> Invoice:
    """Settle an open invoice with an open credit note of the same partner; no money moves."""
    note = get_invoice(session, credit_note_id)
    invoice = get_invoice(session, invoice_id)
    pairs = {
        InvoiceKind.OUT_REFUND: InvoiceKind.OUT_INVOICE,
        InvoiceKind.IN_REFUND: InvoiceKind.IN_INVOICE,
    }
    if pairs.get(note.kind) != invoice.kind:
        raise InvalidInput("credit_note_id", f"{note.number} cannot settle {invoice.number}")
    if note.partner_id != invoice.partner_id:
        raise InvalidInput(
            "invoice_id", f"{note.number} and {invoice.number} belong to different partners"
        )
    for doc in (note, invoice):
        ACTIONS.require(session, doc, "pay")
    amount = min(note.amount_residual, invoice.amount_residual)
    session.add(
        PaymentAllocation(invoice_id=invoice.id, credit_note_id=note.id, amount=amount, date=on)
    )
    _settle(session, invoice, amount, on)
    _settle(session, note, amount, on)
    record_audit(session, "invoice.apply_credit_note", invoice)
    return invoice


def find_duplicate_bills(session: Session) -> list[tuple[Invoice, Invoice]]:
    """Vendor bills of one supplier with the same supplier number, or the same total and date."""
    bills = list(
        session.scalars(
            select(Invoice)
            .where(Invoice.kind == InvoiceKind.IN_INVOICE, Invoice.state != InvoiceState.CANCELLED)
            .order_by(Invoice.id)
        )
    )
    seen: dict[tuple[object, ...], Invoice] = {}
    pairs: list[tuple[Invoice, Invoice]] = []
    for bill in bills:
        keys: list[tuple[object, ...]] = (
            [(bill.partner_id, "ref", bill.partner_ref)] if bill.partner_ref else []
        )
        keys.append((bill.partner_id, "amount", bill.amount_total, bill.invoice_date))
        for key in keys:
            if key in seen:
                pairs.append((seen[key], bill))
                break
        for key in keys:
            seen.setdefault(key, bill)
    return pairs
