"""Suppliers: too much bought from one, and suppliers who deliver late."""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from smarterp.erp.inventory.models import Shipment, ShipmentKind, ShipmentState
from smarterp.erp.partners.models import Partner
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.intel.watch.findings import Finding, Scope, severity_for

BOUGHT = (PurchaseState.CONFIRMED, PurchaseState.DONE)
MIN_SUPPLIERS = 3  # with one or two suppliers, concentration is the business, not a risk


def concentration(scope: Scope) -> list[Finding]:
    """A supplier with a large share of the past year's purchases."""
    since = scope.as_of - timedelta(days=365)
    rows = scope.session.execute(
        select(
            PurchaseOrder.supplier_id,
            func.sum(PurchaseOrder.amount_untaxed * PurchaseOrder.exchange_rate),
        )
        .where(PurchaseOrder.state.in_(BOUGHT), PurchaseOrder.order_date >= since)
        .group_by(PurchaseOrder.supplier_id)
    ).all()
    if len(rows) < MIN_SUPPLIERS:
        return []
    total = sum((Decimal(v or 0) for _s, v in rows), Decimal(0))
    if total <= 0:
        return []
    found: list[Finding] = []
    for supplier_id, value in rows:
        share = float(Decimal(value or 0) / total)
        partner = scope.session.get(Partner, supplier_id)
        assert partner is not None
        found.append(
            Finding(
                kind="supplier_concentration",
                severity=severity_for(share, 0.5, 0.7),
                records=[partner.ref or partner.name],
                summary=f"{share:.0%} of the past year's purchases came from {partner.name}",
                evidence={
                    "supplier": partner.name,
                    "bought_past_year": str(round(Decimal(value or 0), 2)),
                    "all_purchases_past_year": str(round(total, 2)),
                    "share": f"{share:.1%}",
                    "suppliers": len(rows),
                    "why": "depending on one supplier for much of what is bought is a supply "
                    "and bargaining risk",
                },
                score=share,
            )
        )
    return found


LATE_DAYS = 2  # a day or two either way is no delay
MIN_RECEIPTS = 5


def lateness(scope: Scope) -> list[Finding]:
    """Suppliers whose receipts in the past half year came late often or by much."""
    since = scope.as_of - timedelta(days=182)
    rows = scope.session.execute(
        select(
            PurchaseOrder.supplier_id,
            PurchaseOrder.number,
            PurchaseOrder.expected_date,
            Shipment.done_date,
        )
        .join(
            Shipment,
            (Shipment.origin_type == "purchase_order") & (Shipment.origin_id == PurchaseOrder.id),
        )
        .where(
            Shipment.kind == ShipmentKind.RECEIPT,
            Shipment.state == ShipmentState.DONE,
            Shipment.done_date >= since,
            PurchaseOrder.expected_date.is_not(None),
        )
    ).all()
    delays: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for supplier_id, number, expected, done in rows:
        if done is None or expected is None:
            continue
        delays[supplier_id].append((number, (done - expected).days))
    found: list[Finding] = []
    for supplier_id, seen in delays.items():
        if len(seen) < MIN_RECEIPTS:
            continue
        late = [(n, d) for n, d in seen if d > LATE_DAYS]
        share = len(late) / len(seen)
        typical = statistics.median(d for _n, d in late) if late else 0
        partner = scope.session.get(Partner, supplier_id)
        assert partner is not None
        found.append(
            Finding(
                kind="supplier_late",
                severity=severity_for(share, 0.5, 0.75),
                records=[partner.ref or partner.name],
                summary=(
                    f"{partner.name} delivered {len(late)} of {len(seen)} receipts late in the "
                    f"past half year, typically by {typical:.0f} days"
                ),
                evidence={
                    "supplier": partner.name,
                    "receipts": len(seen),
                    "late": len(late),
                    "share_late": f"{share:.0%}",
                    "median_delay_days": typical,
                    "latest_late_orders": [n for n, _d in late[-5:]],
                    "why": f"received more than {LATE_DAYS} days after the expected date",
                },
                score=share,
            )
        )
    return found
