"""Invoicing use-cases: invoices and bills, their posting, payments and allocation."""

from __future__ import annotations

from dataclasses import dataclass
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
from smarterp.erp.accounting import taxes
from smarterp.erp.accounting.models import Tax, TaxScope
from smarterp.erp.actions import Action, ActionTable, Illegal, Nothing
from smarterp.erp.currency import service as currencies
from smarterp.erp.invoicing import billing, exchange, queries
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
    currency = currencies.get_currency(
        session, cmd.currency or partner.currency or currencies.company_currency(session)
    ).code
    invoice = Invoice(
        kind=cmd.kind,
        partner_id=partner.id,
        invoice_date=cmd.invoice_date,
        due_date=cmd.due_date or cmd.invoice_date + timedelta(days=partner.payment_term_days),
        currency=currency,
        exchange_rate=currencies.rate_on(session, currency, cmd.invoice_date),
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
        rate = _line_rate(session, invoice, tax, ln.origin_type, ln.origin_id) if tax else ZERO
        invoice.lines.append(
            InvoiceLine(
                product_id=ln.product_id,
                description=ln.description or (product.name if product else ""),
                quantity=ln.quantity,
                unit_price=ln.unit_price,
                discount=ln.discount,
                tax_id=tax.id if tax else None,
                tax_code=tax.code if tax else None,
                tax_rate=rate if tax else None,
                account_id=account_id,
                subtotal=subtotal,
                tax_amount=money(subtotal * rate),
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


def _line_rate(
    session: Session,
    invoice: Invoice,
    tax: Tax,
    origin_type: str | None,
    origin_id: int | None,
) -> Decimal:
    """The rate a line is taxed at: the tax's rate on the invoice date; but a credit note
    corrects an earlier invoice, so it is taxed at the rate that invoice charged (the corrected
    invoice's date, or the rate the order line it credits was last invoiced at)."""
    if invoice.kind.is_refund:
        corrected = session.get(Invoice, invoice.refund_of_id) if invoice.refund_of_id else None
        if corrected is not None:
            return taxes.rate_on(session, tax, corrected.invoice_date)
        if origin_type is not None and origin_id is not None:
            billed_kind = (
                InvoiceKind.OUT_INVOICE if invoice.kind.is_customer else InvoiceKind.IN_INVOICE
            )
            charged = session.scalar(
                select(InvoiceLine.tax_rate)
                .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                .where(
                    InvoiceLine.origin_type == origin_type,
                    InvoiceLine.origin_id == origin_id,
                    InvoiceLine.tax_id == tax.id,
                    Invoice.kind == billed_kind,
                    Invoice.state.in_([InvoiceState.POSTED, InvoiceState.PAID]),
                )
                .order_by(Invoice.invoice_date.desc(), Invoice.id.desc())
                .limit(1)
            )
            if charged is not None:
                return charged
    return taxes.rate_on(session, tax, invoice.invoice_date)


def _compute_totals(invoice: Invoice) -> None:
    """Totals in the document currency, and line by line in the company currency at the
    invoice's rate: the ledger books the converted lines, so the entry balances to the cent."""
    rate = invoice.exchange_rate
    for ln in invoice.lines:
        ln.subtotal_company = currencies.to_company(ln.subtotal, rate)
        ln.tax_amount_company = currencies.to_company(ln.tax_amount, rate)
    invoice.amount_untaxed = sum((ln.subtotal for ln in invoice.lines), ZERO)
    invoice.amount_tax = sum((ln.tax_amount for ln in invoice.lines), ZERO)
    invoice.amount_total = invoice.amount_untaxed + invoice.amount_tax
    invoice.amount_residual = invoice.amount_total
    invoice.amount_total_company = sum(
        (ln.subtotal_company + ln.tax_amount_company for ln in invoice.lines), ZERO
    )
    invoice.amount_residual_company = invoice.amount_total_company


def _tax_as_posted(session: Session, invoice: Invoice) -> None:
    """Fix each line's tax at the rate in force as it is posted: a draft made before the
    tax's rate changed is taxed again at the new rate. Posted lines keep theirs for good.
    The exchange rate of the invoice date is fixed the same way."""
    changed = False
    for ln in invoice.lines:
        tax = session.get(Tax, ln.tax_id) if ln.tax_id is not None else None
        if tax is None:
            continue
        rate = _line_rate(session, invoice, tax, ln.origin_type, ln.origin_id)
        if (ln.tax_code, ln.tax_rate) == (tax.code, rate):
            continue
        ln.tax_code, ln.tax_rate = tax.code, rate
        ln.tax_amount = money(ln.subtotal * rate)
        changed = True
    rate = currencies.rate_on(session, invoice.currency, invoice.invoice_date)
    if rate != invoice.exchange_rate:
        # A rate entered (or corrected) for the invoice date after the draft was made.
        invoice.exchange_rate = rate
        changed = True
    if changed:
        _compute_totals(invoice)


def post_invoice(session: Session, invoice_id: int, *, allow_duplicate: bool = False) -> Invoice:
    """Number the invoice and book it: receivable/payable against revenue/stock and taxes.

    A vendor bill whose supplier reference is already on another bill of the supplier is
    refused unless `allow_duplicate`; a near duplicate posts, and `bill_warnings` names it."""
    invoice = get_invoice(session, invoice_id)
    ACTIONS.require(session, invoice, "post")
    if not allow_duplicate:
        _refuse_same_reference(session, invoice)
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
    invoice.amount_residual_company = invoice.amount_total_company
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
    # For a customer invoice, revenue and tax are credits; for a bill, stock and tax are debits.
    partner_debit = exchange.partner_debit(invoice)
    item_side_debit = not partner_debit
    # A document in another currency books company-currency amounts (converted line by line
    # at its rate) and keeps the amount in its own currency beside each line.
    foreign = exchange.foreign(invoice, session)

    def item(
        account_id: int, amount: Decimal, ln: InvoiceLine | None, in_currency: Decimal | None
    ) -> accounting.Line:
        debit, credit = (amount, ZERO) if item_side_debit else (ZERO, amount)
        if amount < 0:
            debit, credit = -credit, -debit
        signed = None
        if foreign and in_currency is not None:
            signed = in_currency if item_side_debit else -in_currency
        return accounting.Line(
            account_id,
            debit=debit,
            credit=credit,
            partner_id=invoice.partner_id,
            product_id=ln.product_id if ln else None,
            description=ln.description if ln else invoice.number,
            currency=invoice.currency if signed is not None else None,
            amount_currency=signed,
        )

    lines: list[accounting.Line] = []
    grni = accounting.account_for_role(session, "grni").id
    for ln in invoice.lines:
        if ln.account_id == grni and ln.valuation_price is not None:
            # The receipt was valued in the company currency; what the bill says beyond it
            # (price or exchange rate) is a purchase price difference.
            at_receipt = money(ln.quantity * ln.valuation_price)
            lines.append(item(grni, at_receipt, ln, None))
            diff = ln.subtotal_company - at_receipt
            if diff:
                lines.append(
                    item(
                        accounting.account_for_role(session, "price_difference").id,
                        diff,
                        ln,
                        None,
                    )
                )
        else:
            lines.append(item(ln.account_id, ln.subtotal_company, ln, ln.subtotal))
        if ln.tax_amount:
            tax = session.get(Tax, ln.tax_id)
            assert tax is not None
            lines.append(item(tax.account_id, ln.tax_amount_company, ln, ln.tax_amount))
    total = invoice.amount_total_company
    lines.append(
        accounting.Line(
            exchange.partner_account(session, invoice),
            debit=total if partner_debit else ZERO,
            credit=ZERO if partner_debit else total,
            partner_id=invoice.partner_id,
            description=invoice.number,
            currency=invoice.currency if foreign else None,
            amount_currency=(
                (invoice.amount_total if partner_debit else -invoice.amount_total)
                if foreign
                else None
            ),
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
    invoice.amount_residual_company = ZERO
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


def _settle(
    session: Session,
    invoice: Invoice,
    amount: Decimal,
    amount_company: Decimal,
    on: date,
    by: str | None,
) -> None:
    """Take `amount` off what is open on the invoice, settled by the payment or credit note
    numbered `by`; the invoice's own history records it ("invoice.pay" when it closes)."""
    before = snapshot(invoice)
    invoice.amount_residual -= amount
    invoice.amount_residual_company -= amount_company
    paid = invoice.amount_residual == 0
    if paid:
        invoice.state = InvoiceState.PAID
        record_event(session, "invoice.paid", "invoice", invoice.id, number=invoice.number)
    action = "invoice.pay" if paid else "invoice.pay_part"
    record_audit(session, action, invoice, before=before, reason=by)


def _payment_currency(
    session: Session, cmd: PaymentIn, partner_currency: str | None, named: list[Invoice]
) -> str:
    """The currency asked for; else that of the invoices it is to settle; else the partner's,
    else the company's."""
    code = cmd.currency
    if code is None and named:
        code = named[0].currency
    code = code or partner_currency or currencies.company_currency(session)
    return currencies.get_currency(session, code).code


def _payment_rate(session: Session, cmd: PaymentIn, currency: str) -> Decimal:
    """The rate the payment converts at: the bank's when given, else the day's rate."""
    if cmd.exchange_rate is None:
        return currencies.rate_on(session, currency, cmd.date)
    if currency == currencies.company_currency(session):
        if cmd.exchange_rate != 1:
            raise InvalidInput(
                "exchange_rate", f"{currency} is the company currency; its rate is 1"
            )
        return Decimal(1)
    return currencies.check_rate(cmd.exchange_rate, "exchange_rate")


def register_payment(session: Session, cmd: PaymentIn) -> Payment:
    """Book money in or out and settle the partner's open invoices with it (oldest first).
    In another currency it settles that currency's invoices; what it is worth in the company
    currency against what they were booked at is an exchange gain or loss."""
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
        currency = _payment_currency(session, cmd, partner.currency, candidates)
        other = [inv for inv in candidates if inv.currency != currency]
        if other:
            raise InvalidInput(
                "currency",
                f"{other[0].number} is in {other[0].currency}; this payment is in {currency} "
                f"(pay it in {other[0].currency}, or leave it out)",
            )
    else:
        currency = _payment_currency(session, cmd, partner.currency, [])
        candidates = [inv for inv in candidates if inv.currency == currency]
    rate = _payment_rate(session, cmd, currency)

    journal = "BNK" if cmd.method == "bank" else "CSH"
    payment = Payment(
        number=next_number(session, f"payment.{cmd.date.year}", f"PAY/{cmd.date.year}/"),
        partner_id=partner.id,
        partner_role=cmd.partner_role,
        direction=cmd.direction,
        amount=amount,
        unallocated=amount,
        currency=currency,
        exchange_rate=rate,
        amount_company=currencies.to_company(amount, rate),
        date=cmd.date,
        method=cmd.method,
        reference=cmd.reference,
    )
    session.add(payment)
    session.flush()
    # Settle first, then book: the partner line releases what the settled invoices carried,
    # and the rest of the payment stays on the partner's account at the payment's value.
    released = ZERO
    valued = ZERO  # the payment's company-currency value of what it settled so far
    for invoice in candidates:
        if payment.unallocated <= 0:
            break
        part = min(payment.unallocated, invoice.amount_residual)
        payment.unallocated -= part
        # The last part takes what is left of the payment's value: not a cent goes astray.
        worth = (
            payment.amount_company - valued
            if payment.unallocated == 0
            else currencies.to_company(part, rate)
        )
        valued += worth
        booked = exchange.carried(invoice, part)
        released += booked
        session.add(
            PaymentAllocation(
                invoice_id=invoice.id,
                payment_id=payment.id,
                amount=part,
                amount_company=booked,
                exchange_difference=(worth - booked) if inbound else (booked - worth),
                date=cmd.date,
            )
        )
        _settle(session, invoice, part, booked, cmd.date, payment.number)
    on_account = released + (payment.amount_company - valued)
    cash = accounting.account_for_role(session, cmd.method).id
    counter = accounting.account_for_role(session, "receivable" if customer else "payable").id
    foreign = currency != currencies.company_currency(session)

    def side(account_id: int, value: Decimal, debit: bool) -> accounting.Line:
        return accounting.Line(
            account_id,
            debit=value if debit else ZERO,
            credit=ZERO if debit else value,
            partner_id=partner.id,
            description=payment.number,
            currency=currency if foreign else None,
            amount_currency=(amount if debit else -amount) if foreign else None,
        )

    lines = [side(cash, payment.amount_company, inbound), side(counter, on_account, not inbound)]
    entry = accounting.post(
        session,
        journal,
        cmd.date,
        exchange.balance_with_exchange(session, lines, f"{payment.number} exchange difference"),
        ref=cmd.reference or payment.number,
        source_type="payment",
        source_id=payment.id,
    )
    payment.journal_entry_id = entry.id if entry else None
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
    """Settle an open invoice with an open credit note of the same partner; no money moves.
    In another currency, what the two were booked at may differ: the gap is an exchange
    difference, booked on the day."""
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
    if note.currency != invoice.currency:
        raise InvalidInput(
            "credit_note_id",
            f"{note.number} is in {note.currency} and {invoice.number} in {invoice.currency}",
        )
    for doc in (note, invoice):
        ACTIONS.require(session, doc, "pay")
    amount = min(note.amount_residual, invoice.amount_residual)
    invoice_booked = exchange.carried(invoice, amount)
    note_booked = exchange.carried(note, amount)
    what = f"{note.number} settles {invoice.number}"
    if invoice_booked != note_booked:
        accounting.post(
            session,
            "GEN",
            on,
            exchange.balance_with_exchange(
                session,
                [
                    exchange.release(session, invoice, amount, invoice_booked, what),
                    exchange.release(session, note, amount, note_booked, what),
                ],
                what,
            ),
            ref=what,
            source_type="invoice",
            source_id=invoice.id,
        )
    session.add(
        PaymentAllocation(
            invoice_id=invoice.id,
            credit_note_id=note.id,
            amount=amount,
            amount_company=invoice_booked,
            credit_note_amount_company=note_booked,
            exchange_difference=(
                note_booked - invoice_booked
                if exchange.partner_debit(invoice)
                else invoice_booked - note_booked
            ),
            date=on,
        )
    )
    _settle(session, invoice, amount, invoice_booked, on, note.number)
    _settle(session, note, amount, note_booked, on, invoice.number)
    record_audit(session, "invoice.apply_credit_note", invoice)
    return invoice


# Two bills of one supplier for the same amount this many days apart or less look like one
# bill entered twice (the supplier's reminder or a copy by mail, keyed in again).
NEAR_DUPLICATE_DAYS = 7


@dataclass(frozen=True)
class DuplicateBill:
    """A bill that repeats an earlier one of the same supplier, and how."""

    earlier: Invoice
    bill: Invoice
    reason: str  # "same_reference", "similar_reference" or "same_amount"
    days_apart: int

    def message(self) -> str:
        earlier = self.earlier
        what = f"{earlier.number} of {earlier.invoice_date} ({earlier.amount_total})"
        if self.reason == "same_reference":
            return f"supplier reference {earlier.partner_ref} is already on {what}"
        if self.reason == "similar_reference":
            ref = self.bill.partner_ref
            return f"supplier reference {ref} is nearly {earlier.partner_ref} of {what}"
        return f"the same supplier and amount as {what}, {self.days_apart} days apart"


def _reference_key(ref: str | None) -> str:
    """A supplier reference as people mistype it: case, spaces and punctuation ignored."""
    return "".join(ch for ch in (ref or "").casefold() if ch.isalnum())


def _duplicate_reason(earlier: Invoice, bill: Invoice) -> str | None:
    """The one rule: whether `bill` repeats `earlier` (same supplier), and why."""
    if earlier.partner_id != bill.partner_id or earlier.id == bill.id:
        return None
    if earlier.partner_ref and bill.partner_ref:
        if earlier.partner_ref.strip() == bill.partner_ref.strip():
            return "same_reference"
        if _reference_key(earlier.partner_ref) == _reference_key(bill.partner_ref):
            return "similar_reference"
    close = abs((bill.invoice_date - earlier.invoice_date).days) <= NEAR_DUPLICATE_DAYS
    if close and earlier.amount_total == bill.amount_total and bill.amount_total > 0:
        return "same_amount"
    return None


def _entered_bills(session: Session, partner_id: int | None = None) -> list[Invoice]:
    """Vendor bills as entered (posted or paid), oldest first."""
    stmt = select(Invoice).where(
        Invoice.kind == InvoiceKind.IN_INVOICE,
        Invoice.state.in_([InvoiceState.POSTED, InvoiceState.PAID]),
    )
    if partner_id is not None:
        stmt = stmt.where(Invoice.partner_id == partner_id)
    return list(session.scalars(stmt.order_by(Invoice.id)))


def duplicates_of(session: Session, bill: Invoice) -> list[DuplicateBill]:
    """The other entered bills of the supplier that `bill` repeats, by the rule above."""
    found: list[DuplicateBill] = []
    for other in _entered_bills(session, bill.partner_id):
        reason = _duplicate_reason(other, bill)
        if reason is not None:
            days = abs((bill.invoice_date - other.invoice_date).days)
            found.append(DuplicateBill(other, bill, reason, days))
    return found


def bill_warnings(session: Session, bill: Invoice) -> list[str]:
    """What a person entering this vendor bill should be told: the bills it may repeat."""
    if bill.kind != InvoiceKind.IN_INVOICE:
        return []
    return [f"possible duplicate: {d.message()}" for d in duplicates_of(session, bill)]


def _refuse_same_reference(session: Session, invoice: Invoice) -> None:
    if invoice.kind != InvoiceKind.IN_INVOICE or not invoice.partner_ref:
        return
    for dup in duplicates_of(session, invoice):
        if dup.reason == "same_reference":
            raise InvalidInput(
                "partner_ref",
                f"{dup.message()}; a bill is entered once (post it anyway with allow_duplicate)",
            )


def find_duplicate_bills(session: Session) -> list[DuplicateBill]:
    """Every entered vendor bill that repeats an earlier one of its supplier (by id), once."""
    by_partner: dict[int, list[Invoice]] = {}
    found: list[DuplicateBill] = []
    for bill in _entered_bills(session):
        earlier_bills = by_partner.setdefault(bill.partner_id, [])
        for earlier in earlier_bills:
            reason = _duplicate_reason(earlier, bill)
            if reason is not None:
                days = abs((bill.invoice_date - earlier.invoice_date).days)
                found.append(DuplicateBill(earlier, bill, reason, days))
                break
        earlier_bills.append(bill)
    return found
