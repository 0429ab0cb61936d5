"""Replay a demand history under a reorder policy and measure fill rate, stock-outs, stock value."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class SimulationResult:
    fill_rate: float  # share of demanded units served from stock
    stockout_days: int
    average_stock: float
    average_stock_value: float
    orders_placed: int


def simulate(
    daily_demand: Sequence[float],
    reorder_point: float,
    order_qty: float,
    lead_time_days: int,
    unit_cost: float,
    opening_stock: float | None = None,
    order_up_to: float | None = None,
) -> SimulationResult:
    """Day by day: serve demand from stock (lost if short), order when the position hits the
    reorder point, receive after the lead time. With `order_up_to` it orders up to that level
    (s, S); otherwise a fixed `order_qty` (s, Q), the way a fixed reorder rule works."""
    stock = float(opening_stock if opening_stock is not None else reorder_point + order_qty)
    pipeline: list[tuple[int, float]] = []
    served = wanted = 0.0
    stockouts = orders = 0
    stock_sum = 0.0
    for day, demand in enumerate(daily_demand):
        arrived = sum(q for due, q in pipeline if due == day)
        pipeline = [(due, q) for due, q in pipeline if due != day]
        stock += arrived
        take = min(stock, demand)
        served += take
        wanted += demand
        if demand > take:
            stockouts += 1
        stock -= take
        position = stock + sum(q for _, q in pipeline)
        if position <= reorder_point:
            qty = (order_up_to - position) if order_up_to is not None else order_qty
            if qty > 0:
                pipeline.append((day + max(lead_time_days, 1), qty))
                orders += 1
        stock_sum += stock
    days = max(len(daily_demand), 1)
    average = stock_sum / days
    return SimulationResult(
        fill_rate=served / wanted if wanted > 0 else 1.0,
        stockout_days=stockouts,
        average_stock=average,
        average_stock_value=average * unit_cost,
        orders_placed=orders,
    )
