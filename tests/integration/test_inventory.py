"""Stock valuation (moving average and FIFO), counts, negative stock and reservations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.errors import IllegalState, InsufficientStock
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalLine
from smarterp.erp.company.service import set_allow_negative_stock
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.models import (
    CostLayer,
    CountState,
    LocationKind,
    ShipmentKind,
    ShipmentState,
    StockQuant,
    StockValuation,
)
from smarterp.erp.inventory.schemas import CountIn, CountLineIn, MoveLineIn
from smarterp.erp.products.models import CostingMethod, Product
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f

D = Decimal
DAY = date(2026, 4, 1)


def balance(session: Session, role: str) -> Decimal:
    acc = accounting.account_for_role(session, role)
    row = session.execute(
        select(
            func.coalesce(func.sum(JournalLine.debit), 0),
            func.coalesce(func.sum(JournalLine.credit), 0),
        ).where(JournalLine.account_id == acc.id)
    ).one()
    return (D(str(row[0])) - D(str(row[1]))).quantize(D("0.01"))


def valuation_total(session: Session) -> Decimal:
    total = session.scalar(select(func.coalesce(func.sum(StockValuation.value), 0)))
    return D(str(total)).quantize(D("0.01"))


def receive(session: Session, product: Product, quantity: str, unit_cost: str) -> Decimal:
    """Receive goods from a supplier at a unit cost; returns the value booked."""
    shipment = inventory.create_shipment(
        session,
        ShipmentKind.RECEIPT,
        [MoveLineIn(product_id=product.id, quantity=D(quantity), unit_cost=D(unit_cost))],
        scheduled_date=DAY,
    )
    done = inventory.validate_shipment(session, shipment.id, DAY)
    return done.done_moves[0].value or D(0)


def ship(session: Session, product: Product, quantity: str) -> Decimal:
    """Deliver goods to a customer; returns the cost value that left stock."""
    shipment = inventory.create_shipment(
        session,
        ShipmentKind.DELIVERY,
        [MoveLineIn(product_id=product.id, quantity=D(quantity))],
        scheduled_date=DAY,
    )
    done = inventory.validate_shipment(session, shipment.id, DAY)
    return done.done_moves[0].value or D(0)


def test_moving_average_over_receipts_and_deliveries(session: Session) -> None:
    p = f.product(session, "AVG", cost="0.00", method=CostingMethod.AVERAGE)
    assert receive(session, p, "10", "5.00") == D("50.00")
    assert receive(session, p, "20", "6.50") == D("130.00")
    assert p.cost == D("6.0000")  # 180 / 30
    assert ship(session, p, "12") == D("72.00")
    assert receive(session, p, "7", "7.30") == D("51.10")
    assert p.cost == D("6.3640")  # 159.10 / 25
    assert ship(session, p, "3") == D("19.09")  # 3 * 159.10 / 25 = 19.092
    # The last units take exactly what is left: no stray cents stay in the valuation.
    assert ship(session, p, "22") == D("140.01")
    val = session.get(StockValuation, p.id)
    assert val is not None and (val.quantity, val.value) == (D(0), D("0.00"))
    assert balance(session, "inventory") == D("0.00")
    assert balance(session, "cogs") == D("231.10")  # 72 + 19.09 + 140.01
    assert balance(session, "grni") == D("-231.10")


def test_fifo_consumes_oldest_layers_first(session: Session) -> None:
    p = f.product(session, "FIFO", cost="0.00", method=CostingMethod.FIFO)
    receive(session, p, "10", "5.00")
    receive(session, p, "20", "6.50")
    assert ship(session, p, "12") == D("63.00")  # 10 * 5.00 + 2 * 6.50
    receive(session, p, "5", "7.00")
    assert ship(session, p, "20") == D("131.00")  # 18 * 6.50 + 2 * 7.00
    layers = session.scalars(
        select(CostLayer).where(CostLayer.product_id == p.id).order_by(CostLayer.id)
    ).all()
    assert [(lay.remaining_quantity, lay.remaining_value) for lay in layers] == [
        (D(0), D("0.00")),
        (D(0), D("0.00")),
        (D(3), D("21.00")),
    ]
    assert p.cost == D("7.0000")
    assert balance(session, "inventory") == D("21.00") == valuation_total(session)
    assert balance(session, "cogs") == D("194.00")
    assert ship(session, p, "3") == D("21.00")
    # A layer worth 10.00 for 3 units: a third is rounded to 3.33, the last two take 6.67.
    assert receive(session, p, "3", "3.3333") == D("10.00")
    assert ship(session, p, "1") == D("3.33")
    assert ship(session, p, "2") == D("6.67")
    assert balance(session, "inventory") == D("0.00") == valuation_total(session)


def test_stock_count_posts_gains_and_losses(session: Session) -> None:
    a = f.product(session, "A", cost="4.00", stock="10")
    b = f.product(session, "B", cost="2.50", stock="5", method=CostingMethod.FIFO)
    assert balance(session, "inventory") == D("52.50")
    count = inventory.count_stock(
        session,
        CountIn(
            date=DAY,
            lines=[
                CountLineIn(product_id=a.id, counted_quantity=D(12)),
                CountLineIn(product_id=b.id, counted_quantity=D(3)),
            ],
            reason="year-end count",
        ),
    )
    assert count.state == CountState.DONE
    assert [(ln.expected_quantity, ln.counted_quantity) for ln in count.lines] == [
        (D(10), D(12)),
        (D(5), D(3)),
    ]
    assert inventory.on_hand(session, a.id) == D(12)
    assert inventory.on_hand(session, b.id) == D(3)
    # +2 * 4.00 found, -2 * 2.50 lost: the adjustment account nets 3.00 of gain.
    assert balance(session, "inventory") == D("55.50") == valuation_total(session)
    assert balance(session, "stock_adjustment") == D("-3.00")
    with pytest.raises(IllegalState, match=r"stock count WH/CNT/\d+ is done; cannot apply it"):
        inventory.apply_count(session, count.id)


def test_negative_stock_is_refused_unless_the_company_allows_it(session: Session) -> None:
    p = f.product(session, "CHAI", cost="10.00", stock="3")
    with pytest.raises(InsufficientStock) as err:
        ship(session, p, "5")
    assert err.value.message.startswith("CHAI Chai: 5")
    assert "needed at WH/Stock, 3" in err.value.message
    assert err.value.details["product"] == "CHAI"
    assert D(err.value.details["needed"]) == D(5)
    assert D(err.value.details["available"]) == D(3)


def test_negative_stock_allowed_by_the_company(session: Session) -> None:
    p = f.product(session, "CHAI", cost="10.00", stock="3")
    set_allow_negative_stock(session, True)
    assert ship(session, p, "5") == D("50.00")  # valued at the last known cost
    assert inventory.on_hand(session, p.id) == D(-2)
    assert balance(session, "inventory") == D("-20.00") == valuation_total(session)
    # Receiving brings it back to zero at the same cost.
    assert receive(session, p, "2", "10.00") == D("20.00")
    assert inventory.on_hand(session, p.id) == D(0)
    assert balance(session, "inventory") == D("0.00") == valuation_total(session)


def order(session: Session, product: Product, quantity: str) -> int:
    cust = f.customer(session, f"Customer {quantity}-{product.sku}")
    so = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=DAY,
            lines=[SalesLineIn(product_id=product.id, quantity=D(quantity))],
        ),
    )
    return so.id


def quant(session: Session, product: Product) -> StockQuant:
    loc = inventory.default_location(session, LocationKind.INTERNAL)
    row = session.execute(
        select(StockQuant).where(
            StockQuant.product_id == product.id, StockQuant.location_id == loc.id
        )
    ).scalar_one()
    return row


def test_reservations_follow_confirm_cancel_and_backorders(session: Session) -> None:
    p = f.product(session, "CHAI", stock="10")
    first, second = order(session, p, "6"), order(session, p, "7")
    sales.confirm_order(session, first)
    sales.confirm_order(session, second)
    d1 = sales.open_delivery(session, sales.get_order(session, first))
    d2 = sales.open_delivery(session, sales.get_order(session, second))
    assert d1 is not None and d2 is not None
    assert d1.state == ShipmentState.READY and d1.moves[0].reserved_quantity == D(6)
    assert d2.state == ShipmentState.WAITING and d2.moves[0].reserved_quantity == D(4)
    assert (quant(session, p).quantity, quant(session, p).reserved) == (D(10), D(10))
    assert inventory.available(session, p.id) == D(0)

    # Deliver 2 of the first order: the backorder of 4 keeps its reservation.
    line_id = sales.get_order(session, first).lines[0].id
    sales.deliver(session, first, DAY, {line_id: D(2)})
    back = sales.open_delivery(session, sales.get_order(session, first))
    assert back is not None and back.backorder_of_id == d1.id
    assert back.moves[0].reserved_quantity == D(4) and back.state == ShipmentState.READY
    assert (quant(session, p).quantity, quant(session, p).reserved) == (D(8), D(8))

    # Cancelling the second order releases its 4.
    sales.cancel_order(session, second)
    assert d2.state == ShipmentState.CANCELLED
    assert (quant(session, p).quantity, quant(session, p).reserved) == (D(8), D(4))
    assert inventory.available(session, p.id) == D(4)

    # A waiting delivery becomes ready once stock arrives and availability is checked again.
    third = order(session, p, "9")
    sales.confirm_order(session, third)
    d3 = sales.open_delivery(session, sales.get_order(session, third))
    assert d3 is not None and d3.state == ShipmentState.WAITING
    receive(session, p, "5", "10.00")
    inventory.reserve(session, d3)
    assert d3.state == ShipmentState.READY and d3.moves[0].reserved_quantity == D(9)
    assert (quant(session, p).quantity, quant(session, p).reserved) == (D(13), D(13))
    # Reserved stock cannot go to anyone else.
    with pytest.raises(InsufficientStock, match=r"CHAI Chai: 1(\.000)? needed at WH/Stock, 0"):
        ship(session, p, "1")
