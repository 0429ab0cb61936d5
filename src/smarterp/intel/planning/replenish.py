"""Replenishment proposals: what to buy from whom and why, and turning them into draft orders."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from smarterp.erp.inventory import queries as inventory_queries
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.intel.planning.inputs import ProductInputs, gather
from smarterp.intel.planning.policy import (
    SERVICE_LEVEL,
    Policy,
    PolicyInput,
    abc_classes,
    compute_policy,
    round_order_qty,
    xyz_class,
)
from smarterp.intel.planning.simulate import SimulationResult, simulate


@dataclass
class ProductPlan:
    product_id: int
    sku: str
    name: str
    abc: str
    xyz: str
    service_level: float
    demand_per_day: float
    demand_sd_per_day: float
    demand_source: str
    lead_time_days: float
    lead_time_sd_days: float
    lead_time_source: str
    safety_stock: Decimal
    reorder_point: Decimal
    order_up_to: Decimal
    economic_order_qty: Decimal
    on_hand: Decimal
    reserved: Decimal
    on_order: Decimal
    requested: Decimal  # on requests for quotation: counted in the position, not on order
    position: Decimal
    supplier_id: int | None
    supplier_name: str | None
    unit_price: Decimal | None
    pack_size: Decimal
    min_order_qty: Decimal
    fixed_reorder_level: Decimal
    fixed_reorder_quantity: Decimal
    proposed_qty: Decimal = Decimal(0)
    explanation: str = ""


@dataclass
class SupplierProposal:
    supplier_id: int
    supplier_name: str | None
    lines: list[ProductPlan] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "supplier_id": self.supplier_id,
            "supplier_name": self.supplier_name,
            "lines": [asdict(line) for line in self.lines],
        }


def plan(session: Session, today: date | None = None) -> list[ProductPlan]:
    """The policy of every product with sales history, with its current stock position."""
    today = today or date.today()
    inputs = gather(session, today)
    yearly = {i.product_id: i.demand_per_day * 365 * float(i.unit_cost) for i in inputs}
    abc = abc_classes(yearly)
    return [_plan_one(i, abc[i.product_id]) for i in inputs]


def _plan_one(i: ProductInputs, abc: str) -> ProductPlan:
    mean = i.demand_per_day
    cv = (i.demand_sd_per_day / mean) if mean > 0 else float("inf")
    policy: Policy = compute_policy(
        PolicyInput(
            demand_per_day=mean,
            demand_sd_per_day=i.demand_sd_per_day,
            lead_time_days=i.lead_time.mean_days,
            lead_time_sd_days=i.lead_time.sd_days,
            service_level=SERVICE_LEVEL[abc],
            unit_cost=i.supplier_price if i.supplier_price is not None else i.unit_cost,
            pack_size=i.pack_size,
            min_order_qty=i.min_order_qty,
        )
    )
    position = i.on_hand - i.reserved + i.on_order + i.requested
    result = ProductPlan(
        product_id=i.product_id,
        sku=i.sku,
        name=i.name,
        abc=abc,
        xyz=xyz_class(cv),
        service_level=SERVICE_LEVEL[abc],
        demand_per_day=round(mean, 3),
        demand_sd_per_day=round(i.demand_sd_per_day, 3),
        demand_source=i.demand_source,
        lead_time_days=round(i.lead_time.mean_days, 1),
        lead_time_sd_days=round(i.lead_time.sd_days, 1),
        lead_time_source=i.lead_time.source,
        safety_stock=policy.safety_stock,
        reorder_point=policy.reorder_point,
        order_up_to=policy.order_up_to,
        economic_order_qty=policy.economic_order_qty,
        on_hand=i.on_hand,
        reserved=i.reserved,
        on_order=i.on_order,
        requested=i.requested,
        position=position,
        supplier_id=i.supplier_id,
        supplier_name=i.supplier_name,
        unit_price=i.supplier_price,
        pack_size=i.pack_size,
        min_order_qty=i.min_order_qty,
        fixed_reorder_level=i.reorder_level,
        fixed_reorder_quantity=i.reorder_quantity,
    )
    if position <= policy.reorder_point and mean > 0:
        result.proposed_qty = round_order_qty(
            policy.order_up_to - position, i.pack_size, i.min_order_qty
        )
    result.explanation = _explain(result, policy)
    return result


def _explain(p: ProductPlan, policy: Policy) -> str:
    action = (
        f"order {p.proposed_qty} (up to {p.order_up_to}, in packs of {p.pack_size}, "
        f"min {p.min_order_qty})"
        if p.proposed_qty > 0
        else "no order needed"
    )
    return (
        f"class {p.abc}{p.xyz}, service level {p.service_level:.0%}: demand {p.demand_per_day}/day "
        f"(sd {p.demand_sd_per_day}, {p.demand_source}); lead time {p.lead_time_days} d "
        f"(sd {p.lead_time_sd_days}, {p.lead_time_source}); demand over lead time "
        f"{policy.demand_over_lead_time:.1f} (sd {policy.sd_over_lead_time:.1f}); safety stock "
        f"{p.safety_stock} = z {policy.z:.2f} x {policy.sd_over_lead_time:.1f}; reorder point "
        f"{p.reorder_point}; EOQ {p.economic_order_qty}; position {p.position} = on hand "
        f"{p.on_hand} - reserved {p.reserved} + on order {p.on_order} + in RFQs {p.requested}; "
        f"{action}"
    )


def proposals(session: Session, today: date | None = None) -> list[SupplierProposal]:
    """Products at or below their reorder point, grouped per main supplier."""
    return group(plan(session, today))


def group(plans: list[ProductPlan]) -> list[SupplierProposal]:
    """The plans that propose an order, grouped per main supplier."""
    grouped: dict[int, SupplierProposal] = {}
    for p in plans:
        if p.proposed_qty <= 0 or p.supplier_id is None:
            continue
        grouped.setdefault(p.supplier_id, SupplierProposal(p.supplier_id, p.supplier_name))
        grouped[p.supplier_id].lines.append(p)
    return sorted(grouped.values(), key=lambda s: s.supplier_id)


@dataclass
class LeftOut:
    """A product below its fixed reorder level (as the stock list and the dashboard show it)
    that the proposals leave out, and why: `reason` is one of LEFT_OUT_REASONS, whose words
    take the `figures`."""

    product_id: int
    on_hand: Decimal
    on_order: Decimal
    reorder_level: Decimal
    reason: str
    figures: dict[str, Decimal] = field(default_factory=dict)


LEFT_OUT_REASONS = {
    "covered": "{on_order} on order lifts it above its reorder level",
    "no_history": "no sales in the last year to plan from",
    "no_supplier": "no supplier to order from",
    "requested": "{requested} already asked for on a request for quotation",
    "above_point": (
        "free and on order ({position}) is above the reorder point of {reorder_point} that "
        "its demand and lead time call for"
    ),
}


def left_out(session: Session, plans: list[ProductPlan]) -> list[LeftOut]:
    """Why each product below its reorder level gets no proposal: the same stock rows, and
    the same on-order figure, as the dashboard's count."""
    by_product = {p.product_id: p for p in plans}
    low = inventory_queries.narrow(inventory_queries.stock_levels(), short=True)
    out = []
    for row in session.execute(low.order_by(*inventory_queries.by_sku())):
        p = by_product.get(row.Product.id)
        if p is not None and p.proposed_qty > 0 and p.supplier_id is not None:
            continue
        figures: dict[str, Decimal] = {"on_order": row.on_order}
        if not row.uncovered:
            reason = "covered"
        elif p is None:
            reason = "no_history"
        elif p.supplier_id is None:
            reason = "no_supplier"
        elif p.requested > 0:
            reason, figures = "requested", {"requested": p.requested}
        else:
            reason = "above_point"
            figures = {"position": p.position, "reorder_point": p.reorder_point}
        out.append(
            LeftOut(
                product_id=row.Product.id,
                on_hand=row.on_hand,
                on_order=row.on_order,
                reorder_level=row.Product.reorder_level,
                reason=reason,
                figures=figures,
            )
        )
    return out


def apply(
    session: Session,
    today: date | None = None,
    *,
    supplier_ids: Collection[int] | None = None,
    product_ids: Collection[int] | None = None,
) -> list[str]:
    """Create one draft purchase order (RFQ) per supplier through the purchasing service; all
    proposals, or only those of `supplier_ids` and the lines of `product_ids` (a buyer
    approving part of the list)."""
    today = today or date.today()
    numbers = []
    for proposal in proposals(session, today):
        if supplier_ids is not None and proposal.supplier_id not in supplier_ids:
            continue
        if product_ids is not None:
            proposal.lines = [ln for ln in proposal.lines if ln.product_id in product_ids]
            if not proposal.lines:
                continue
        lead = max(line.lead_time_days for line in proposal.lines)
        order = purchasing.create_rfq(
            session,
            PurchaseOrderIn(
                supplier_id=proposal.supplier_id,
                order_date=today,
                expected_date=today + timedelta(days=round(lead)),
                notes="Proposed by smarterp replenishment:\n"
                + "\n".join(f"{line.sku}: {line.explanation}" for line in proposal.lines),
                lines=[
                    PurchaseLineIn(product_id=line.product_id, quantity=line.proposed_qty)
                    for line in proposal.lines
                ],
            ),
        )
        numbers.append(order.number)
    return numbers


@dataclass
class PolicyComparison:
    sku: str
    smarterp: SimulationResult
    fixed: SimulationResult


def compare_policies(session: Session, today: date | None = None) -> list[PolicyComparison]:
    """Replay each product's last year of demand under smarterp's policy and its fixed rule."""
    today = today or date.today()
    out = []
    for i, p in zip(gather(session, today), plan(session, today), strict=True):
        lead = max(round(p.lead_time_days), 1)
        cost = float(p.unit_price if p.unit_price is not None else i.unit_cost)
        ours = simulate(
            i.daily_history.tolist(),
            float(p.reorder_point),
            float(p.economic_order_qty),
            lead,
            cost,
            order_up_to=float(p.order_up_to),
        )
        fixed_qty = float(p.fixed_reorder_quantity) or float(p.economic_order_qty)
        theirs = simulate(
            i.daily_history.tolist(), float(p.fixed_reorder_level), fixed_qty, lead, cost
        )
        out.append(PolicyComparison(p.sku, ours, theirs))
    return out
