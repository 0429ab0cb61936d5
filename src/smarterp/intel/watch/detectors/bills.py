"""Duplicate vendor bills, by the invoicing rule that also warns when a bill is entered."""

from __future__ import annotations

from smarterp.erp.invoicing import service as invoicing
from smarterp.intel.watch.findings import Finding, Scope
from smarterp.intel.watch.models import Severity

# A repeated reference is the surest sign; the same amount a few days apart less so.
SCORES = {"same_reference": 10.0, "similar_reference": 6.0, "same_amount": 4.0}


def duplicate_bills(scope: Scope) -> list[Finding]:
    found: list[Finding] = []
    for dup in invoicing.find_duplicate_bills(scope.session):
        if max(dup.bill.invoice_date, dup.earlier.invoice_date) < scope.recent_from:
            continue
        # Closer in time is likelier the same bill twice.
        score = SCORES[dup.reason] + max(0, invoicing.NEAR_DUPLICATE_DAYS - dup.days_apart) / 7
        earlier, bill = dup.earlier, dup.bill
        found.append(
            Finding(
                kind="duplicate_bill",
                severity=Severity.HIGH if dup.reason == "same_reference" else Severity.MEDIUM,
                records=[bill.number or str(bill.id), earlier.number or str(earlier.id)],
                key=bill.number or str(bill.id),
                summary=f"{bill.number} may repeat {earlier.number}: {dup.message()}",
                evidence={
                    "reason": dup.reason,
                    "bill": bill.number,
                    "earlier_bill": earlier.number,
                    "supplier_id": bill.partner_id,
                    "references": [earlier.partner_ref, bill.partner_ref],
                    "amounts": [str(earlier.amount_total), str(bill.amount_total)],
                    "dates": [earlier.invoice_date.isoformat(), bill.invoice_date.isoformat()],
                    "days_apart": dup.days_apart,
                    "why": "a supplier's bill is entered once; the same reference, or the same "
                    f"amount within {invoicing.NEAR_DUPLICATE_DAYS} days, suggests a second entry",
                },
                score=score,
            )
        )
    return found
