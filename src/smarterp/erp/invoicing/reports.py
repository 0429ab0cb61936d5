"""Open items and aging of receivables and payables, as of any date."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.core.money import money
from smarterp.erp.accounting.reports import account_balance
from smarterp.erp.accounting.service import account_for_role
from smarterp.erp.invoicing.models import (
    Invoice,
    InvoiceKind,
    InvoiceState,
    Payment,
    PaymentAllocation,
    PaymentDirection,
    PaymentState,
)
from smarterp.erp.partners.models import Partner

COLUMNS = ("current", "d1_30", "d31_60", "d61_90", "d90_plus", "unapplied", "total")


class AgingRow(BaseModel):
    partner_id: int
    partner: str
    current: Decimal = Decimal("0.00")
    d1_30: Decimal = Decimal("0.00")
    d31_60: Decimal = Decimal("0.00")
    d61_90: Decimal = Decimal("0.00")
    d90_plus: Decimal = Decimal("0.00")
    unapplied: Decimal = Decimal("0.00")  # payments not yet matched to an invoice (negative)
    total: Decimal = Decimal("0.00")


class Aging(BaseModel):
    kind: str
    as_of: date
    rows: list[AgingRow]
    totals: AgingRow
    account_balance: Decimal
    difference: Decimal  # the open items against the account: zero when the books agree


def _bucket(as_of: date) -> Any:
    """Which aging column an open item falls in, from its due date, as a SQL expression."""
    due = Invoice.due_date
    return case(
        (due >= as_of, "current"),
        (due >= as_of - timedelta(days=30), "d1_30"),
        (due >= as_of - timedelta(days=60), "d31_60"),
        (due >= as_of - timedelta(days=90), "d61_90"),
        else_="d90_plus",
    )


def _settled(as_of: date, column: Any, value: Any) -> Any:
    """What allocations up to `as_of` settled of each document named in `column`, in the
    company currency as that document booked it (`value`)."""
    return (
        select(column.label("doc_id"), func.sum(value).label("amount"))
        .where(column.is_not(None), PaymentAllocation.date <= as_of)
        .group_by(column)
        .subquery()
    )


def aging(session: Session, kind: str = "receivable", as_of: date | None = None) -> Aging:
    """What each partner owes (or is owed) as of `as_of`, by days past the due date."""
    if kind not in ("receivable", "payable"):
        raise InvalidInput("kind", f"{kind!r} must be receivable or payable")
    as_of = as_of or date.today()
    customer = kind == "receivable"
    debit_kind = InvoiceKind.OUT_INVOICE if customer else InvoiceKind.IN_INVOICE
    credit_kind = InvoiceKind.OUT_REFUND if customer else InvoiceKind.IN_REFUND

    # A credit note used against an invoice settles both: the invoice through invoice_id and
    # the note through credit_note_id.
    by_payment = _settled(as_of, PaymentAllocation.invoice_id, PaymentAllocation.amount_company)
    by_note = _settled(
        as_of, PaymentAllocation.credit_note_id, PaymentAllocation.credit_note_amount_company
    )
    residual = (
        Invoice.amount_total_company
        - func.coalesce(by_payment.c.amount, 0)
        - func.coalesce(by_note.c.amount, 0)
    )
    signed = case((Invoice.kind == credit_kind, -residual), else_=residual)
    bucket = _bucket(as_of)
    docs = (
        select(Invoice.partner_id, bucket.label("bucket"), func.sum(signed))
        .outerjoin(by_payment, by_payment.c.doc_id == Invoice.id)
        .outerjoin(by_note, by_note.c.doc_id == Invoice.id)
        .where(
            Invoice.kind.in_([debit_kind, credit_kind]),
            Invoice.invoice_date <= as_of,
            Invoice.state.in_([InvoiceState.POSTED, InvoiceState.PAID]),
        )
        .group_by(Invoice.partner_id, bucket)
    )
    rows: dict[int, AgingRow] = {}

    def row(partner_id: int) -> AgingRow:
        if partner_id not in rows:
            rows[partner_id] = AgingRow(partner_id=partner_id, partner="")
        return rows[partner_id]

    for partner_id, column, amount in session.execute(docs):
        target = row(partner_id)
        setattr(target, column, getattr(target, column) + money(amount))

    # Money in from a customer (or out to a supplier) lowers what is open; the opposite
    # direction (a refund paid out) raises it.
    lowering = PaymentDirection.INBOUND if customer else PaymentDirection.OUTBOUND
    # What the payment's settled parts were worth at its own rate: the booked value plus the
    # gain on money in, less it on money out.
    worth = PaymentAllocation.amount_company + case(
        (Payment.direction == PaymentDirection.INBOUND, PaymentAllocation.exchange_difference),
        else_=-PaymentAllocation.exchange_difference,
    )
    used = (
        select(
            PaymentAllocation.payment_id.label("payment_id"),
            func.sum(worth).label("amount"),
        )
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(PaymentAllocation.payment_id.is_not(None), PaymentAllocation.date <= as_of)
        .group_by(PaymentAllocation.payment_id)
        .subquery()
    )
    free = Payment.amount_company - func.coalesce(used.c.amount, 0)
    pays = (
        select(
            Payment.partner_id,
            func.sum(case((Payment.direction == lowering, -free), else_=free)),
        )
        .outerjoin(used, used.c.payment_id == Payment.id)
        .where(
            Payment.partner_role == ("customer" if customer else "supplier"),
            Payment.date <= as_of,
            Payment.state == PaymentState.POSTED,
        )
        .group_by(Payment.partner_id)
    )
    for partner_id, amount in session.execute(pays):
        if amount:
            row(partner_id).unapplied += money(amount)

    if rows:
        names = select(Partner.id, Partner.name).where(Partner.id.in_(list(rows)))
        for partner_id, name in session.execute(names):
            rows[partner_id].partner = name
    for r in rows.values():
        r.total = r.current + r.d1_30 + r.d31_60 + r.d61_90 + r.d90_plus + r.unapplied
    ordered = sorted(
        (r for r in rows.values() if any(getattr(r, c) for c in COLUMNS)),
        key=lambda r: (-abs(r.total), r.partner),
    )
    totals = AgingRow(partner_id=0, partner="Total")
    for r in ordered:
        for field in COLUMNS:
            setattr(totals, field, getattr(totals, field) + getattr(r, field))
    balance = account_balance(session, account_for_role(session, kind), as_of)
    if not customer:
        balance = -balance  # payables are credit balances
    return Aging(
        kind=kind,
        as_of=as_of,
        rows=ordered,
        totals=totals,
        account_balance=balance,
        difference=totals.total - balance,
    )
