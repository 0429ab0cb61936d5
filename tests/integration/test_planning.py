"""Inventory policy, receipt lead times, proposals and draft orders (SQLite and PostgreSQL)."""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Engine, select

from smarterp.core.db import unit_of_work
from smarterp.erp.products.schemas import SupplierInfoIn
from smarterp.erp.products.service import set_supplier_info
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.intel.planning import replenish
from smarterp.intel.planning.policy import (
    PolicyInput,
    abc_classes,
    compute_policy,
    round_order_qty,
    xyz_class,
)
from smarterp.intel.planning.simulate import simulate
from tests import factories as f
from tests.integration.test_forecast_books import sell

START = date(2025, 1, 6)
TODAY = date(2025, 5, 26)


def test_abc_xyz_and_rounding() -> None:
    classes = abc_classes({1: 700.0, 2: 150.0, 3: 100.0, 4: 50.0})
    # A product is A while the value before it is under 80%: the one crossing the line is A too.
    assert classes == {1: "A", 2: "A", 3: "B", 4: "C"}
    assert [xyz_class(v) for v in (0.2, 0.7, 1.5)] == ["X", "Y", "Z"]
    assert round_order_qty(Decimal("13"), Decimal("6"), Decimal("1")) == Decimal("18")
    assert round_order_qty(Decimal("2"), Decimal("6"), Decimal("24")) == Decimal("24")


def test_safety_stock_grows_with_lead_time_spread() -> None:
    steady = PolicyInput(10, 3, 9, 0, 0.95, Decimal("4"), review_days=1)
    late = PolicyInput(10, 3, 9, 3, 0.95, Decimal("4"), review_days=1)
    a, b = compute_policy(steady), compute_policy(late)
    assert a.safety_stock == math.ceil(1.6449 * math.sqrt(10 * 9))
    assert b.safety_stock > a.safety_stock
    assert a.reorder_point == 100 + a.safety_stock
    # EOQ = sqrt(2 * 3650 * 25 / (4 * 0.25)) = 427.2 -> 428
    assert a.economic_order_qty == 428
    assert a.order_up_to == a.reorder_point + a.economic_order_qty


def test_simulation_counts_fill_rate_and_stockouts() -> None:
    demand = [10.0] * 30
    generous = simulate(demand, reorder_point=60, order_qty=100, lead_time_days=3, unit_cost=2)
    starved = simulate(demand, reorder_point=0, order_qty=10, lead_time_days=5, unit_cost=2)
    assert generous.fill_rate == 1.0 and generous.stockout_days == 0
    assert starved.fill_rate < 0.8 and starved.stockout_days > 0
    assert generous.average_stock_value > starved.average_stock_value


def _buy(s, supplier_id: int, product_id: int, ordered: date, lead_days: int) -> None:  # type: ignore[no-untyped-def]
    order = purchasing.create_rfq(
        s,
        PurchaseOrderIn(
            supplier_id=supplier_id,
            order_date=ordered,
            lines=[PurchaseLineIn(product_id=product_id, quantity=Decimal(40))],
        ),
    )
    purchasing.confirm_order(s, order.id)
    purchasing.receive(s, order.id, ordered + timedelta(days=lead_days))


def _history(engine: Engine) -> dict[str, int]:
    with unit_of_work(engine, actor="test") as s:
        cust, sup = f.customer(s), f.supplier(s)
        chai = f.product(s, "CHAI", stock="300", cost="4.00", reorder_level="20")
        set_supplier_info(
            s,
            chai,
            SupplierInfoIn(
                supplier_id=sup.id,
                price=Decimal("4"),
                lead_time_days=30,
                pack_size=Decimal(12),
                min_order_qty=Decimal(24),
            ),
        )
        _buy(s, sup.id, chai.id, date(2025, 1, 10), 5)
        _buy(s, sup.id, chai.id, date(2025, 2, 10), 9)
        for k in range(0, (TODAY - START).days, 2):
            sell(s, cust.id, chai.id, 4 + k % 3, START + timedelta(days=k))
        return {"CHAI": chai.id, "supplier": sup.id}


def test_proposals_use_receipt_lead_times_and_become_draft_orders(engine: Engine) -> None:
    ids = _history(engine)
    with unit_of_work(engine, actor="test") as s:
        plans = {p.sku: p for p in replenish.plan(s, TODAY)}
        chai = plans["CHAI"]
        assert chai.lead_time_source == "receipts"
        assert chai.lead_time_days == 7.0 and chai.lead_time_sd_days == 2.8
        assert chai.abc == "A"
        assert chai.demand_per_day > 2
        props = replenish.proposals(s, TODAY)
        assert [p.supplier_id for p in props] == [ids["supplier"]]
        line = props[0].lines[0]
        assert line.proposed_qty % 12 == 0 and line.proposed_qty >= 24
        assert line.position <= line.reorder_point
        assert "safety stock" in line.explanation and "lead time 7.0 d" in line.explanation
        numbers = replenish.apply(s, TODAY)
    assert len(numbers) == 1
    with unit_of_work(engine, actor="test") as s:
        order = s.scalars(select(PurchaseOrder).where(PurchaseOrder.number == numbers[0])).one()
        assert order.state == PurchaseState.RFQ
        assert order.lines[0].quantity == line.proposed_qty
        assert "CHAI" in (order.notes or "")
        # The draft counts as on order: asking again proposes nothing twice.
        assert replenish.proposals(s, TODAY) == []


def test_policy_replay_compares_with_fixed_reorder_level(engine: Engine) -> None:
    _history(engine)
    with unit_of_work(engine, actor="test") as s:
        [result] = replenish.compare_policies(s, TODAY)
    assert result.sku == "CHAI"
    assert 0 <= result.fixed.fill_rate <= 1
    assert result.smarterp.fill_rate >= result.fixed.fill_rate
