"""Inventory policy arithmetic: ABC/XYZ, service levels, safety stock, reorder point, EOQ.

Pure functions on plain numbers so they are easy to test and to explain line by line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from statistics import NormalDist

# Cycle service level (chance of not running out in a replenishment cycle) per ABC class:
# the few products that make most of the value deserve the most protection.
SERVICE_LEVEL = {"A": 0.98, "B": 0.95, "C": 0.90}
ABC_CUTS = (0.80, 0.95)
XYZ_CUTS = (0.5, 1.0)
HOLDING_RATE = 0.25  # yearly cost of holding stock, as a share of its value
ORDER_COST = Decimal("25")  # cost of placing and receiving one purchase order line
DAYS_PER_YEAR = 365


def abc_classes(yearly_value: dict[int, float]) -> dict[int, str]:
    """A: products making the first 80% of value, B: the next 15%, C: the rest."""
    total = sum(max(v, 0.0) for v in yearly_value.values())
    classes: dict[int, str] = {}
    running = 0.0
    for key, value in sorted(yearly_value.items(), key=lambda kv: -kv[1]):
        share_before = running / total if total > 0 else 1.0
        classes[key] = (
            "A" if share_before < ABC_CUTS[0] else "B" if share_before < ABC_CUTS[1] else "C"
        )
        running += max(value, 0.0)
    return classes


def xyz_class(coefficient_of_variation: float) -> str:
    """X: steady demand (CV < 0.5), Y: variable (< 1.0), Z: erratic."""
    if coefficient_of_variation < XYZ_CUTS[0]:
        return "X"
    return "Y" if coefficient_of_variation < XYZ_CUTS[1] else "Z"


@dataclass(frozen=True)
class PolicyInput:
    demand_per_day: float
    demand_sd_per_day: float
    lead_time_days: float
    lead_time_sd_days: float
    service_level: float
    unit_cost: Decimal
    pack_size: Decimal = Decimal(1)
    min_order_qty: Decimal = Decimal(1)
    review_days: float = 1.0


@dataclass(frozen=True)
class Policy:
    demand_over_lead_time: float
    sd_over_lead_time: float
    z: float
    safety_stock: Decimal
    reorder_point: Decimal
    economic_order_qty: Decimal
    order_up_to: Decimal


def safety_stock_and_spread(p: PolicyInput) -> tuple[float, float, float]:
    """(z, demand over lead time plus review, its standard deviation).

    The spread combines demand noise over the lead time and the risk of a late delivery:
    sqrt(L * sd_d^2 + d^2 * sd_L^2), the textbook formula for independent demand and lead time.
    """
    exposure = p.lead_time_days + p.review_days
    mean = p.demand_per_day * exposure
    spread = math.sqrt(
        exposure * p.demand_sd_per_day**2 + (p.demand_per_day * p.lead_time_sd_days) ** 2
    )
    z = NormalDist().inv_cdf(min(max(p.service_level, 0.5), 0.9999))
    return z, mean, spread


def compute_policy(p: PolicyInput) -> Policy:
    z, mean, spread = safety_stock_and_spread(p)
    safety = _qty(z * spread)
    reorder = _qty(mean) + safety
    yearly_demand = p.demand_per_day * DAYS_PER_YEAR
    holding = float(p.unit_cost) * HOLDING_RATE
    if yearly_demand > 0 and holding > 0:
        eoq_raw = math.sqrt(2 * yearly_demand * float(ORDER_COST) / holding)
    else:
        eoq_raw = yearly_demand / 12  # no cost known: about a month of demand
    eoq = round_order_qty(Decimal(str(eoq_raw)), p.pack_size, p.min_order_qty)
    return Policy(
        demand_over_lead_time=mean,
        sd_over_lead_time=spread,
        z=z,
        safety_stock=safety,
        reorder_point=reorder,
        economic_order_qty=eoq,
        order_up_to=reorder + eoq,
    )


def round_order_qty(quantity: Decimal, pack_size: Decimal, min_order_qty: Decimal) -> Decimal:
    """Up to whole packs, and at least the supplier's minimum (itself in whole packs)."""
    pack = pack_size if pack_size > 0 else Decimal(1)
    wanted = max(quantity, min_order_qty, Decimal(0))
    packs = (wanted / pack).to_integral_value(rounding=ROUND_CEILING)
    return _qty_decimal(max(packs, Decimal(1)) * pack)


def _qty(value: float) -> Decimal:
    return _qty_decimal(Decimal(str(max(value, 0.0))))


def _qty_decimal(value: Decimal) -> Decimal:
    # Whole units up: a reorder point of 10.2 units means 11 on the shelf.
    return value.to_integral_value(rounding=ROUND_CEILING)
