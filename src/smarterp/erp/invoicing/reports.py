"""Open items and aging of receivables and payables, as of any date."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from pydantic import BaseModel
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.core.money import ZERO, money
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

BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")


class AgingRow(BaseModel):
    partner_id: int
    partner: str
    current: Decimal = Decimal(0)
    d1_30: Decimal = Decimal(0)
    d31_60: Decimal = Decimal(0)
    d61_90: Decimal = Decimal(0)
    d90_plus: Decimal = Decimal(0)
    unapplied: Decimal = Decimal(0)  # payments not yet matched to an invoice (negative)
    total: Decimal = Decimal(0)


class Aging(BaseModel):
    kind: str
    as_of: date
    rows: list[AgingRow]
    totals: AgingRow
    account_balance: Decimal
    difference: Decimal  # the open items against the account: zero when the books agree


def _bucket(days_overdue: int) -> str:
    if days_overdue <= 0:
        return "current"
    if days_overdue <= 30:
        return "d1_30"
    if days_overdue <= 60:
        return "d31_60"
    if days_overdue <= 90:
        return "d61_90"
    return "d90_plus"


def aging(session: Session, kind: str = "receivable", as_of: date | None = None) -> Aging:
    """What each partner owes (or is owed) as of `as_of`, by days past the due date."""
    if kind not in ("receivable", "payable"):
        raise InvalidInput("kind", f"{kind!r} must be receivable or payable")
    as_of = as_of or date.today()
    customer = kind == "receivable"
    debit_kind = InvoiceKind.OUT_INVOICE if customer else InvoiceKind.IN_INVOICE
    credit_kind = InvoiceKind.OUT_REFUND if customer else InvoiceKind.IN_REFUND

    settled: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for doc_col in (PaymentAllocation.invoice_id, PaymentAllocation.credit_note_id):
        stmt = (
            select(doc_col, func.sum(PaymentAllocation.amount))
            .where(doc_col.is_not(None), PaymentAllocation.date <= as_of)
            .group_by(doc_col)
        )
        for doc_id, amount in session.execute(stmt):
            if doc_id is not None:
                settled[doc_id] += money(amount)

    rows: dict[int, AgingRow] = {}
    names = {pid: name for pid, name in session.execute(select(Partner.id, Partner.name))}

    def row(partner_id: int) -> AgingRow:
        if partner_id not in rows:
            rows[partner_id] = AgingRow(partner_id=partner_id, partner=names[partner_id])
        return rows[partner_id]

    docs = session.scalars(
        select(Invoice).where(
            Invoice.kind.in_([debit_kind, credit_kind]),
            Invoice.invoice_date <= as_of,
            or_(Invoice.state == InvoiceState.POSTED, Invoice.state == InvoiceState.PAID),
        )
    )
    for doc in docs:
        open_amount = doc.amount_total - settled[doc.id]
        if open_amount == 0:
            continue
        sign = -1 if doc.kind == credit_kind else 1
        target = row(doc.partner_id)
        bucket = _bucket((as_of - doc.due_date).days)
        setattr(target, bucket, getattr(target, bucket) + sign * open_amount)

    role = "customer" if customer else "supplier"
    # Money in from a customer (or out to a supplier) lowers what is open.
    lowering = PaymentDirection.INBOUND if customer else PaymentDirection.OUTBOUND
    payments = session.scalars(
        select(Payment).where(
            Payment.partner_role == role,
            Payment.date <= as_of,
            Payment.unallocated > 0,
            Payment.state == PaymentState.POSTED,
        )
    )
    for pay in payments:
        target = row(pay.partner_id)
        target.unapplied += -pay.unallocated if pay.direction == lowering else pay.unallocated

    for r in rows.values():
        r.total = r.current + r.d1_30 + r.d31_60 + r.d61_90 + r.d90_plus + r.unapplied
    ordered = sorted(
        (r for r in rows.values() if r.total or r.unapplied), key=lambda r: -abs(r.total)
    )
    totals = AgingRow(partner_id=0, partner="Total")
    for r in ordered:
        for field in ("current", "d1_30", "d31_60", "d61_90", "d90_plus", "unapplied", "total"):
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
