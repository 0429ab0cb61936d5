"""Customers: overdue invoices, credit limits passed, and regular customers who stopped ordering."""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState
from smarterp.erp.partners.models import Partner
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.intel.watch.findings import Finding, Scope, severity_for
from smarterp.intel.watch.models import Severity

OVERDUE_GRACE_DAYS = 30  # a few weeks late is ordinary; a month past due is worth a call


def _partner_label(partner: Partner) -> str:
    return partner.ref or partner.name


def overdue(scope: Scope) -> list[Finding]:
    """One alert per customer with invoices more than a month past due."""
    rows = scope.session.execute(
        select(Invoice, Partner)
        .join(Partner, Partner.id == Invoice.partner_id)
        .where(
            Invoice.kind == InvoiceKind.OUT_INVOICE,
            Invoice.state == InvoiceState.POSTED,
            Invoice.amount_residual > 0,
            Invoice.due_date < scope.as_of - timedelta(days=OVERDUE_GRACE_DAYS),
        )
        .order_by(Invoice.due_date, Invoice.id)
    ).all()
    grouped: dict[int, tuple[Partner, list[Invoice]]] = {}
    for invoice, partner in rows:
        grouped.setdefault(partner.id, (partner, []))[1].append(invoice)
    found: list[Finding] = []
    for partner, invoices in grouped.values():
        owed = sum((i.amount_residual_company for i in invoices), Decimal(0))
        oldest = (scope.as_of - invoices[0].due_date).days
        found.append(
            Finding(
                kind="overdue_receivable",
                severity=severity_for(oldest, 60, 90),
                records=[i.number or str(i.id) for i in invoices],
                key=_partner_label(partner),
                summary=(
                    f"{partner.name} owes {owed} on {len(invoices)} invoice(s) more than "
                    f"{OVERDUE_GRACE_DAYS} days past due; the oldest {oldest} days"
                ),
                evidence={
                    "customer": partner.name,
                    "invoices": [
                        {
                            "number": i.number,
                            "due_date": i.due_date.isoformat(),
                            "open": str(i.amount_residual),
                            "days_past_due": (scope.as_of - i.due_date).days,
                        }
                        for i in invoices
                    ],
                    "open_total": str(owed),
                    "why": f"unpaid more than {OVERDUE_GRACE_DAYS} days after the due date",
                },
                score=float(oldest),
            )
        )
    return found


def credit_limit(scope: Scope) -> list[Finding]:
    """Customers whose open receivables are above the credit limit set for them."""
    open_ar = (
        select(Invoice.partner_id, func.sum(Invoice.amount_residual_company).label("open"))
        .where(
            Invoice.kind == InvoiceKind.OUT_INVOICE,
            Invoice.state == InvoiceState.POSTED,
        )
        .group_by(Invoice.partner_id)
        .subquery()
    )
    rows = scope.session.execute(
        select(Partner, open_ar.c.open)
        .join(open_ar, open_ar.c.partner_id == Partner.id)
        .where(Partner.credit_limit.is_not(None), Partner.credit_limit > 0)
    ).all()
    found: list[Finding] = []
    for partner, owed in rows:
        owed = Decimal(owed or 0)
        limit = partner.credit_limit or Decimal(0)
        if owed <= limit:
            continue
        over = owed / limit
        found.append(
            Finding(
                kind="credit_limit",
                severity=Severity.HIGH if over >= Decimal("1.5") else Severity.MEDIUM,
                records=[_partner_label(partner)],
                summary=f"{partner.name} owes {owed}, above the credit limit of {limit}",
                evidence={
                    "customer": partner.name,
                    "open_receivables": str(owed),
                    "credit_limit": str(limit),
                    "over_by": str(owed - limit),
                    "why": "open invoices exceed the limit set for the customer",
                },
                score=float(over),
            )
        )
    return found


MIN_ORDERS = 6  # a customer needs a rhythm before its absence means anything
MIN_SILENCE_DAYS = 45


def ordering_stopped(scope: Scope) -> list[Finding]:
    """Regular customers silent for several times their usual gap between orders."""
    since = scope.as_of - timedelta(days=365)
    rows = scope.session.execute(
        select(SalesOrder.customer_id, SalesOrder.order_date)
        .where(SalesOrder.state != SalesState.CANCELLED, SalesOrder.order_date >= since)
        .order_by(SalesOrder.order_date)
    )
    days: dict[int, list[date]] = defaultdict(list)
    for customer_id, day in rows:
        days[customer_id].append(day)
    found: list[Finding] = []
    regular = {cid: d for cid, d in days.items() if len(d) >= MIN_ORDERS}
    partners = {
        p.id: p for p in scope.session.scalars(select(Partner).where(Partner.id.in_(regular)))
    }
    for customer_id, dates in regular.items():
        gaps = [(b - a).days for a, b in itertools.pairwise(dates) if b > a]
        if not gaps:
            continue
        usual = statistics.median(gaps)
        silence = (scope.as_of - dates[-1]).days
        if silence < MIN_SILENCE_DAYS or usual <= 0:
            continue
        score = silence / usual
        partner = partners[customer_id]
        found.append(
            Finding(
                kind="ordering_stopped",
                severity=severity_for(len(dates), 12, 24),
                records=[_partner_label(partner)],
                summary=(
                    f"{partner.name} ordered {len(dates)} times in the year, about every "
                    f"{usual:.0f} days, and nothing in the last {silence} days"
                ),
                evidence={
                    "customer": partner.name,
                    "orders_past_year": len(dates),
                    "usual_gap_days": usual,
                    "days_since_last_order": silence,
                    "last_order": dates[-1].isoformat(),
                    "why": "silent for several times its usual gap between orders",
                },
                score=score,
            )
        )
    return found
