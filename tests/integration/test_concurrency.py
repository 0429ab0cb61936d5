"""Concurrent writers on PostgreSQL: reservations and deliveries never oversell or deadlock."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal
from typing import TypeVar

import pytest
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.core.errors import InsufficientStock
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalLine
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.models import (
    MoveState,
    Shipment,
    ShipmentKind,
    ShipmentState,
    StockMove,
    StockQuant,
    StockValuation,
)
from smarterp.erp.inventory.schemas import MoveLineIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f

D = Decimal
DAY = date(2026, 5, 4)
WORKERS = 8
T = TypeVar("T")


@pytest.fixture
def pg(engine: Engine) -> Iterator[Engine]:
    """A second engine on the same PostgreSQL database whose waits on locks time out."""
    if engine.dialect.name != "postgresql":
        pytest.skip("row locks and concurrent writers are tested on PostgreSQL only")
    # A deadlock or a lost wake-up fails the test in seconds instead of hanging it.
    eng = create_engine(
        engine.url.render_as_string(hide_password=False),
        pool_size=WORKERS,
        max_overflow=0,
        connect_args={"options": "-c lock_timeout=15000 -c statement_timeout=30000"},
    )
    yield eng
    eng.dispose()


def run_together(eng: Engine, jobs: list[Callable[[Session], T]]) -> list[T | Exception]:
    """Run each job in its own thread and transaction, all starting at the same moment."""
    start = threading.Barrier(len(jobs))

    def one(job: Callable[[Session], T]) -> T | Exception:
        start.wait(timeout=20)
        try:
            with unit_of_work(eng, actor="worker") as s:
                return job(s)
        except Exception as exc:  # collected and checked by the test
            return exc

    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = [pool.submit(one, job) for job in jobs]
        return [fut.result(timeout=60) for fut in futures]


def stock_figures(s: Session, product_id: int) -> tuple[Decimal, Decimal]:
    row = s.execute(
        select(func.sum(StockQuant.quantity), func.sum(StockQuant.reserved)).where(
            StockQuant.product_id == product_id
        )
    ).one()
    return D(str(row[0])), D(str(row[1]))


def test_concurrent_confirmations_never_reserve_more_than_on_hand(pg: Engine) -> None:
    with unit_of_work(pg, actor="test") as s:
        product = f.product(s, "SCARCE", stock="10").id
        orders = []
        for i in range(WORKERS):
            cust = f.customer(s, f"Customer {i}")
            so = sales.create_order(
                s,
                SalesOrderIn(
                    customer_id=cust.id,
                    order_date=DAY,
                    lines=[SalesLineIn(product_id=product, quantity=D(3))],
                ),
            )
            orders.append(so.id)

    def confirm(order_id: int) -> Callable[[Session], int]:
        return lambda s: sales.confirm_order(s, order_id).id

    results = run_together(pg, [confirm(o) for o in orders])
    assert [r for r in results if isinstance(r, Exception)] == []

    with unit_of_work(pg) as s:
        on_hand, reserved = stock_figures(s, product)
        assert (on_hand, reserved) == (D(10), D(10))  # 24 wanted, all 10 promised, no more
        moves = s.scalars(
            select(StockMove).where(
                StockMove.product_id == product, StockMove.state == MoveState.CONFIRMED
            )
        ).all()
        assert sum((m.reserved_quantity for m in moves), D(0)) == reserved
        states = []
        for order_id in orders:
            shipment = sales.open_delivery(s, sales.get_order(s, order_id))
            assert shipment is not None
            move = shipment.moves[0]
            if shipment.state == ShipmentState.READY:
                assert move.reserved_quantity == move.quantity
            else:
                assert shipment.state == ShipmentState.WAITING
                assert move.reserved_quantity < move.quantity
            states.append(shipment.state)
        assert states.count(ShipmentState.READY) == 3  # 3 * 3 = 9; the 10th unit is partial
        numbers = s.scalars(select(Shipment.number)).all()
        assert len(numbers) == len(set(numbers)) == WORKERS


def test_parallel_deliveries_never_oversell(pg: Engine) -> None:
    with unit_of_work(pg, actor="test") as s:
        product = f.product(s, "SCARCE", cost="2.50", stock="10").id
        cust = f.customer(s).id
        # Make sure the delivery numbering exists, so only stock decides who wins.
        first = inventory.create_shipment(
            s,
            ShipmentKind.DELIVERY,
            [MoveLineIn(product_id=product, quantity=D(1))],
            partner_id=cust,
            scheduled_date=DAY,
        )
        inventory.validate_shipment(s, first.id, DAY)

    def ship_four(s: Session) -> str:
        shipment = inventory.create_shipment(
            s,
            ShipmentKind.DELIVERY,
            [MoveLineIn(product_id=product, quantity=D(4))],
            partner_id=cust,
            scheduled_date=DAY,
        )
        inventory.validate_shipment(s, shipment.id, DAY, backorder=False)
        return shipment.number

    results = run_together(pg, [ship_four] * WORKERS)
    shipped = [r for r in results if isinstance(r, str)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(shipped) == 2  # 9 left: two deliveries of 4 fit, the rest are refused
    assert len(refused) == WORKERS - 2
    assert all(isinstance(e, InsufficientStock) for e in refused), refused

    with unit_of_work(pg) as s:
        assert stock_figures(s, product) == (D(1), D(0))
        val = s.get_one(StockValuation, product)
        assert (val.quantity, val.value) == (D(1), D("2.50"))
        inv = accounting.account_for_role(s, "inventory").id
        row = s.execute(
            select(func.sum(JournalLine.debit), func.sum(JournalLine.credit)).where(
                JournalLine.account_id == inv
            )
        ).one()
        assert D(str(row[0])) - D(str(row[1])) == D("2.50")
