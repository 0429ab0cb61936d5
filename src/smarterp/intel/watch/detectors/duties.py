"""Segregation of duties: the same person entered a vendor bill and paid it."""

from __future__ import annotations

from sqlalchemy import select

from smarterp.core.audit_record import AuditRecord
from smarterp.erp.invoicing.models import (
    Invoice,
    InvoiceKind,
    Payment,
    PaymentAllocation,
)
from smarterp.intel.watch.findings import Finding, Scope
from smarterp.intel.watch.models import Severity

# Changes made by people; the demo's simulation, rules and importers act for nobody.
PEOPLE_CHANNELS = ("web", "api", "cli")


def same_person_bills_and_pays(scope: Scope) -> list[Finding]:
    session = scope.session
    rows = session.execute(
        select(AuditRecord.action, AuditRecord.entity_id, AuditRecord.actor, AuditRecord.via).where(
            AuditRecord.action.in_(["invoice.create", "payment.register"]),
            AuditRecord.via.in_(PEOPLE_CHANNELS),
        )
    ).all()
    entered = {eid: actor for action, eid, actor, _v in rows if action == "invoice.create"}
    paid_by = {eid: actor for action, eid, actor, _v in rows if action == "payment.register"}
    if not entered or not paid_by:
        return []
    pairs = session.execute(
        select(Invoice, Payment)
        .join(PaymentAllocation, PaymentAllocation.invoice_id == Invoice.id)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(
            Invoice.kind == InvoiceKind.IN_INVOICE,
            Invoice.id.in_(list(entered)),
            Payment.id.in_(list(paid_by)),
            Payment.date >= scope.recent_from,
        )
    ).all()
    found: list[Finding] = []
    for bill, payment in pairs:
        person = entered[bill.id]
        if paid_by[payment.id] != person:
            continue
        found.append(
            Finding(
                kind="segregation_of_duties",
                severity=Severity.HIGH,
                records=[bill.number or str(bill.id), payment.number],
                key=bill.number or str(bill.id),
                summary=f"{person} entered bill {bill.number} and also paid it ({payment.number})",
                evidence={
                    "bill": bill.number,
                    "payment": payment.number,
                    "user": person,
                    "amount": str(bill.amount_total),
                    "paid_on": payment.date.isoformat(),
                    "why": "one person who both enters and pays a supplier's bill can pay a "
                    "bill that was never owed; entering and paying are kept apart",
                },
                score=1.0,
            )
        )
    return found
