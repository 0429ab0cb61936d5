"""Invoices, credit notes and payments: allocation, cancellation, duplicates, idempotency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.errors import IllegalState, InvalidInput
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalEntry, JournalLine
from smarterp.erp.invoicing import queries
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import (
    Invoice,
    InvoiceKind,
    InvoiceState,
    Payment,
    PaymentAllocation,
    PaymentDirection,
)
from smarterp.erp.invoicing.schemas import InvoiceIn, InvoiceLineIn, PaymentIn
from smarterp.erp.partners.models import Partner
from smarterp.web.routes.documents import _open_invoices
from tests import factories as f

D = Decimal
JAN = date(2026, 1, 10)


def balance(session: Session, role: str) -> Decimal:
    acc = accounting.account_for_role(session, role)
    row = session.execute(
        select(
            func.coalesce(func.sum(JournalLine.debit), 0),
            func.coalesce(func.sum(JournalLine.credit), 0),
        ).where(JournalLine.account_id == acc.id)
    ).one()
    return (D(str(row[0])) - D(str(row[1]))).quantize(D("0.01"))


def invoice(
    session: Session,
    partner: Partner,
    amount: str,
    *,
    kind: InvoiceKind = InvoiceKind.OUT_INVOICE,
    on: date = JAN,
    tax: str | None = "VAT13",
    partner_ref: str | None = None,
    post: bool = True,
) -> Invoice:
    inv = invoicing.create_invoice(
        session,
        InvoiceIn(
            kind=kind,
            partner_id=partner.id,
            invoice_date=on,
            partner_ref=partner_ref,
            lines=[
                InvoiceLineIn(
                    description="Consulting" if kind.is_customer else "Office supplies",
                    quantity=D(1),
                    unit_price=D(amount),
                    tax_code=tax,
                )
            ],
        ),
    )
    if post:
        invoicing.post_invoice(session, inv.id)
    return inv


def pay(
    session: Session, partner: Partner, amount: str, *, key: str | None = None, **kw: Any
) -> Payment:
    customer = partner.is_customer
    return invoicing.register_payment(
        session,
        PaymentIn(
            partner_id=partner.id,
            partner_role="customer" if customer else "supplier",
            direction=PaymentDirection.INBOUND if customer else PaymentDirection.OUTBOUND,
            amount=D(amount),
            date=date(2026, 1, 20),
            idempotency_key=key,
            **kw,
        ),
    )


def test_invoice_totals_and_posting(session: Session) -> None:
    cust = f.customer(session)
    inv = invoice(session, cust, "100.00")
    assert inv.number == "INV/2026/00001"
    assert (inv.amount_untaxed, inv.amount_tax, inv.amount_total) == (
        D("100.00"),
        D("13.00"),
        D("113.00"),
    )
    assert inv.due_date == date(2026, 2, 9)  # 30 days payment term
    assert balance(session, "receivable") == D("113.00")
    assert balance(session, "revenue") == D("-100.00")
    assert balance(session, "vat_out") == D("-13.00")
    with pytest.raises(IllegalState, match=r"invoice INV/2026/00001 is posted; cannot post it"):
        invoicing.post_invoice(session, inv.id)


def test_partial_payments_settle_oldest_first(session: Session) -> None:
    cust = f.customer(session)
    first = invoice(session, cust, "100.00", on=date(2026, 1, 5))
    second = invoice(session, cust, "200.00", on=date(2026, 1, 8))
    p1 = pay(session, cust, "50.00")
    assert p1.unallocated == D("0.00")
    assert (first.amount_residual, first.state) == (D("63.00"), InvoiceState.POSTED)
    p2 = pay(session, cust, "100.00")
    assert (first.amount_residual, first.state) == (D("0.00"), InvoiceState.PAID)
    assert (second.amount_residual, second.state) == (D("189.00"), InvoiceState.POSTED)
    allocations = session.scalars(
        select(PaymentAllocation).where(PaymentAllocation.payment_id == p2.id)
    ).all()
    assert sorted((a.invoice_id, a.amount) for a in allocations) == [
        (first.id, D("63.00")),
        (second.id, D("37.00")),
    ]
    assert balance(session, "receivable") == D("189.00")
    # Paying a named invoice skips the older one.
    third = invoice(session, cust, "10.00", on=date(2026, 1, 9))
    pay(session, cust, "5.00", invoice_ids=[third.id])
    assert third.amount_residual == D("6.30") and second.amount_residual == D("189.00")
    with pytest.raises(InvalidInput, match=rf"invoices \[{first.id}\] are not open items"):
        pay(session, cust, "5.00", invoice_ids=[first.id])


def test_overpayment_leaves_an_unallocated_credit(session: Session) -> None:
    cust = f.customer(session)
    inv = invoice(session, cust, "100.00")
    payment = pay(session, cust, "150.00")
    assert inv.state == InvoiceState.PAID
    assert payment.amount == D("150.00") and payment.unallocated == D("37.00")
    assert balance(session, "receivable") == D("-37.00")
    assert balance(session, "bank") == D("150.00")


def test_credit_note_applied_to_an_invoice(session: Session) -> None:
    cust = f.customer(session)
    inv = invoice(session, cust, "200.00")
    note = invoice(session, cust, "50.00", kind=InvoiceKind.OUT_REFUND)
    assert note.number == "RINV/2026/00001"
    assert balance(session, "receivable") == D("169.50")  # 226.00 - 56.50
    assert balance(session, "sales_returns") == D("50.00")
    invoicing.apply_credit_note(session, note.id, inv.id, date(2026, 1, 15))
    assert (inv.amount_residual, inv.state) == (D("169.50"), InvoiceState.POSTED)
    assert (note.amount_residual, note.state) == (D("0.00"), InvoiceState.PAID)
    alloc = session.execute(
        select(PaymentAllocation).where(PaymentAllocation.credit_note_id == note.id)
    ).scalar_one()
    assert (alloc.invoice_id, alloc.amount, alloc.payment_id) == (inv.id, D("56.50"), None)
    pay(session, cust, "169.50")
    assert inv.state == InvoiceState.PAID
    assert balance(session, "receivable") == D("0.00")
    with pytest.raises(IllegalState, match=rf"invoice {note.number} is paid; cannot settle it"):
        invoicing.apply_credit_note(session, note.id, inv.id, date(2026, 1, 15))
    other = f.customer(session, "Ana Trujillo")
    foreign = invoice(session, other, "10.00")
    note2 = invoice(session, cust, "1.00", kind=InvoiceKind.OUT_REFUND)
    with pytest.raises(InvalidInput, match="belong to different partners"):
        invoicing.apply_credit_note(session, note2.id, foreign.id, date(2026, 1, 15))


def test_cancel_posted_unpaid_invoice_reverses_its_entry(session: Session) -> None:
    cust = f.customer(session)
    inv = invoice(session, cust, "100.00")
    invoicing.cancel_invoice(session, inv.id, reason="wrong customer")
    assert inv.state == InvoiceState.CANCELLED and inv.amount_residual == D("0.00")
    entry = session.get(JournalEntry, inv.journal_entry_id)
    assert entry is not None and entry.reversed_by_id is not None
    reversal = session.get_one(JournalEntry, entry.reversed_by_id)
    assert reversal.ref == f"Reversal of {entry.number}: wrong customer"
    assert balance(session, "receivable") == D("0.00")
    assert balance(session, "revenue") == D("0.00")
    with pytest.raises(IllegalState, match=r"is cancelled; cannot cancel it"):
        invoicing.cancel_invoice(session, inv.id)
    draft = invoice(session, cust, "5.00", post=False)
    invoicing.cancel_invoice(session, draft.id)
    assert draft.state == InvoiceState.CANCELLED and draft.journal_entry_id is None


def test_cancel_of_paid_or_partly_paid_invoice_is_refused(session: Session) -> None:
    cust = f.customer(session)
    paid = invoice(session, cust, "100.00", on=date(2026, 1, 1))
    partly = invoice(session, cust, "100.00", on=date(2026, 1, 2))
    pay(session, cust, "120.00")
    with pytest.raises(IllegalState, match=rf"invoice {paid.number} is paid; cannot cancel it"):
        invoicing.cancel_invoice(session, paid.id)
    with pytest.raises(IllegalState, match=r"is partly paid; cannot cancel it; refund it"):
        invoicing.cancel_invoice(session, partly.id)
    assert partly.state == InvoiceState.POSTED and partly.amount_residual == D("106.00")


def test_duplicate_vendor_bills_are_detected(session: Session) -> None:
    sup = f.supplier(session)
    other = f.supplier(session, "Tokyo Traders")
    kind = InvoiceKind.IN_INVOICE
    a = invoice(session, sup, "40.00", kind=kind, tax="PVAT13", partner_ref="T-100")
    b = invoice(
        session,
        sup,
        "41.00",
        kind=kind,
        tax="PVAT13",
        partner_ref="T-100",
        on=date(2026, 1, 11),
        post=False,
    )
    # The same supplier reference again is refused, naming the earlier bill...
    with pytest.raises(InvalidInput, match=f"T-100 is already on {a.number}"):
        invoicing.post_invoice(session, b.id)
    # ...unless the person says it is meant.
    invoicing.post_invoice(session, b.id, allow_duplicate=True)
    c = invoice(session, sup, "99.00", kind=kind, tax=None, on=date(2026, 1, 12))
    d = invoice(session, sup, "99.00", kind=kind, tax=None, on=date(2026, 1, 15))
    invoice(session, other, "99.00", kind=kind, tax=None, on=date(2026, 1, 12))  # another supplier
    invoice(session, sup, "99.00", kind=kind, tax=None, on=date(2026, 1, 30))  # weeks later
    invoice(session, sup, "99.01", kind=kind, tax=None, on=date(2026, 1, 13))  # another amount
    found = invoicing.find_duplicate_bills(session)
    assert [(x.earlier.id, x.bill.id, x.reason) for x in found] == [
        (a.id, b.id, "same_reference"),
        (c.id, d.id, "same_amount"),
    ]
    # A near duplicate is posted with a warning that names the earlier bill.
    assert invoicing.bill_warnings(session, d) == [
        f"possible duplicate: the same supplier and amount as {c.number} of 2026-01-12 "
        "(99.00), 3 days apart"
    ]
    invoicing.cancel_invoice(session, b.id)
    found = invoicing.find_duplicate_bills(session)
    assert [(x.earlier.id, x.bill.id) for x in found] == [(c.id, d.id)]


def test_payment_with_an_idempotency_key_is_booked_once(session: Session) -> None:
    cust = f.customer(session)
    inv = invoice(session, cust, "100.00")
    first = pay(session, cust, "50.00", key="bank-stmt-0001")
    again = pay(session, cust, "50.00", key="bank-stmt-0001")
    assert again.id == first.id
    assert session.scalar(select(func.count()).select_from(Payment)) == 1
    assert inv.amount_residual == D("63.00")
    assert balance(session, "bank") == D("50.00")
    other = pay(session, cust, "50.00", key="bank-stmt-0002")
    assert other.id != first.id and inv.amount_residual == D("13.00")


def test_supplier_bill_payment_and_wrong_roles(session: Session) -> None:
    sup = f.supplier(session)
    cust = f.customer(session)
    bill = invoice(session, sup, "80.00", kind=InvoiceKind.IN_INVOICE, tax="PVAT13")
    assert bill.number == "BILL/2026/00001"
    assert balance(session, "payable") == D("-90.40")
    assert accounting.account_by_code(session, "6900").id == bill.lines[0].account_id
    pay(session, sup, "90.40")
    assert bill.state == InvoiceState.PAID and balance(session, "payable") == D("0.00")
    with pytest.raises(InvalidInput, match="Alfreds Futterkiste is not a supplier"):
        invoice(session, cust, "1.00", kind=InvoiceKind.IN_INVOICE, tax=None)
    with pytest.raises(InvalidInput, match="VAT13 is not a purchase tax"):
        invoice(session, sup, "1.00", kind=InvoiceKind.IN_INVOICE, tax="VAT13")


def test_one_pay_rule_for_the_action_table_the_payment_and_the_payment_form(
    session: Session,
) -> None:
    """The invoice table's "pay", the open items a payment settles and the payment form's
    list of invoices are one rule (`Invoice.payable`): they agree on every state."""
    cust = f.customer(session)
    draft = invoice(session, cust, "10.00", post=False)
    unpaid = invoice(session, cust, "20.00", on=date(2026, 1, 1))
    partly = invoice(session, cust, "30.00", on=date(2026, 1, 2))
    paid = invoice(session, cust, "40.00", on=date(2026, 1, 3))
    cancelled = invoice(session, cust, "50.00")
    invoicing.cancel_invoice(session, cancelled.id)
    note = invoice(session, cust, "5.00", kind=InvoiceKind.OUT_REFUND)
    pay(session, cust, "45.20", invoice_ids=[paid.id])
    pay(session, cust, "10.00", invoice_ids=[partly.id])
    assert (paid.state, partly.state) == (InvoiceState.PAID, InvoiceState.POSTED)

    listed = {inv.id for inv in queries.payable_invoices(session)}
    on_the_form = {inv.id for inv in _open_invoices(session)}
    settled_by_a_payment = {
        inv.id for kind in InvoiceKind for inv in invoicing.open_invoices(session, cust.id, (kind,))
    }
    for doc in (draft, unpaid, partly, paid, cancelled, note):
        allowed = invoicing.ACTIONS.verdict(session, doc, "pay").allowed
        assert allowed == doc.payable, doc.state
        assert allowed == (doc.id in listed) == (doc.id in on_the_form), doc.state
        assert allowed == (doc.id in settled_by_a_payment), doc.state
    assert listed == {unpaid.id, partly.id, note.id}
    with pytest.raises(InvalidInput, match=rf"invoices \[{paid.id}\] are not open items"):
        pay(session, cust, "1.00", invoice_ids=[paid.id])
