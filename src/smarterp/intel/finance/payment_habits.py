"""How each customer pays: days late against the due date, learnt from their paid invoices.

A customer's habit is the amount-weighted median of the days between each of their latest
paid invoices' due date and the payment that settled it last (negative: paid early). Weighted,
so a large invoice paid late counts for more than a small one paid on time; a median, so one
invoice paid months late does not move every expected date. With fewer than MIN_PAID invoices
there is no habit to read: the customer is expected to pay on their terms (the due date).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState, PaymentAllocation

# Three paid invoices make a habit; fewer say too little about the next one.
MIN_PAID = 3
# The latest invoices only: how a customer pays now, not how they paid years ago.
RECENT_PAID = 12

Basis = Literal["history", "terms"]


@dataclass(frozen=True)
class PaymentHabit:
    partner_id: int
    basis: Basis  # "history": their own paid invoices; "terms": too few, the due date is used
    paid_invoices: int
    days_late: int  # 0 on "terms"


@dataclass(frozen=True)
class PaidInvoice:
    partner_id: int
    due_date: date
    paid_on: date
    amount: Decimal

    @property
    def days_late(self) -> int:
        return (self.paid_on - self.due_date).days


def weighted_median(values: list[tuple[int, Decimal]]) -> int:
    """The value at which half the weight lies on either side (the lower one on a tie)."""
    ordered = sorted(values)
    total = sum((w for _, w in ordered), Decimal(0))
    if total <= 0:
        ordered = [(v, Decimal(1)) for v, _ in ordered]
        total = Decimal(len(ordered))
    running = Decimal(0)
    for value, weight in ordered:
        running += weight
        if running * 2 >= total:
            return value
    return ordered[-1][0]


def paid_invoices(session: Session, as_of: date) -> list[PaidInvoice]:
    """Customer invoices paid in full by payments up to `as_of`, with the last payment's day.
    Those settled only by credit notes say nothing about paying, so they are left out."""
    last_payment = func.max(PaymentAllocation.date)
    stmt = (
        select(Invoice.partner_id, Invoice.due_date, last_payment, Invoice.amount_total_company)
        .join(PaymentAllocation, PaymentAllocation.invoice_id == Invoice.id)
        .where(
            Invoice.kind == InvoiceKind.OUT_INVOICE,
            Invoice.state == InvoiceState.PAID,
            PaymentAllocation.payment_id.is_not(None),
        )
        .group_by(Invoice.id, Invoice.partner_id, Invoice.due_date, Invoice.amount_total_company)
        .having(last_payment <= as_of)
    )
    return [PaidInvoice(p, due, paid, total) for p, due, paid, total in session.execute(stmt)]


def payment_habits(session: Session, as_of: date) -> dict[int, PaymentHabit]:
    """Each customer with paid invoices: their habit (customers with none are on terms)."""
    by_partner: dict[int, list[PaidInvoice]] = defaultdict(list)
    for item in paid_invoices(session, as_of):
        by_partner[item.partner_id].append(item)
    habits = {}
    for partner_id, paid in by_partner.items():
        recent = sorted(paid, key=lambda p: p.paid_on)[-RECENT_PAID:]
        if len(recent) < MIN_PAID:
            habits[partner_id] = PaymentHabit(partner_id, "terms", len(recent), 0)
            continue
        late = weighted_median([(p.days_late, p.amount) for p in recent])
        habits[partner_id] = PaymentHabit(partner_id, "history", len(recent), late)
    return habits


def habit_of(habits: dict[int, PaymentHabit], partner_id: int) -> PaymentHabit:
    return habits.get(partner_id) or PaymentHabit(partner_id, "terms", 0, 0)


@dataclass(frozen=True)
class CollectionDelay:
    days: int
    paid_invoices: int  # what it was read from; fewer than MIN_PAID: the default terms


def collection_days(session: Session, as_of: date, default: int) -> CollectionDelay:
    """Days from invoice to payment across all customers (amount-weighted median of the paid
    invoices of the year before `as_of`): how soon a sale not yet made turns into cash."""
    last_payment = func.max(PaymentAllocation.date)
    stmt = (
        select(Invoice.invoice_date, last_payment, Invoice.amount_total_company)
        .join(PaymentAllocation, PaymentAllocation.invoice_id == Invoice.id)
        .where(
            Invoice.kind == InvoiceKind.OUT_INVOICE,
            Invoice.state == InvoiceState.PAID,
            PaymentAllocation.payment_id.is_not(None),
        )
        .group_by(Invoice.id, Invoice.invoice_date, Invoice.amount_total_company)
        .having(last_payment <= as_of)
    )
    rows = [
        ((paid - issued).days, amount)
        for issued, paid, amount in session.execute(stmt)
        if (as_of - paid).days <= 365
    ]
    if len(rows) < MIN_PAID:
        return CollectionDelay(default, len(rows))
    return CollectionDelay(max(0, weighted_median(rows)), len(rows))
