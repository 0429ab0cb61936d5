"""Stock-out risk: what is free and on order will not last until a new order could arrive."""

from __future__ import annotations

from decimal import Decimal

from smarterp.intel.planning import replenish
from smarterp.intel.watch.findings import Finding, Scope
from smarterp.intel.watch.models import Severity


def stockout_risk(scope: Scope) -> list[Finding]:
    found: list[Finding] = []
    for p in replenish.plan(scope.session, today=scope.as_of):
        if p.demand_per_day <= 0 or p.lead_time_days <= 0:
            continue
        # Days the stock position (free stock plus what is on order) lasts at the forecast
        # rate, against the days a new order takes to arrive.
        cover_days = float(p.position) / p.demand_per_day
        if cover_days >= p.lead_time_days:
            continue
        free = p.on_hand - p.reserved
        score = p.lead_time_days / max(cover_days, 0.5)
        found.append(
            Finding(
                kind="stockout_risk",
                severity=Severity.HIGH if free <= 0 else Severity.MEDIUM,
                records=[p.sku],
                summary=(
                    f"{p.sku} covers {max(cover_days, 0):.0f} days of demand with what is free and "
                    f"on order; a new order takes {p.lead_time_days:.0f} days"
                ),
                evidence={
                    "sku": p.sku,
                    "free": str(free),
                    "on_order": str(p.on_order),
                    "demand_per_day": p.demand_per_day,
                    "demand_source": p.demand_source,
                    "lead_time_days": p.lead_time_days,
                    "cover_days": round(cover_days, 1),
                    "proposed_order": str(p.proposed_qty) if p.proposed_qty > Decimal(0) else None,
                    "why": "free stock and open orders run out before a new order could arrive",
                },
                score=score,
            )
        )
    return found
