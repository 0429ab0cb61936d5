"""Several warehouses: locations, transfers (one and two steps), orders that name their
warehouse, stock per location, and valuation that still equals the inventory account."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.audit_record import AuditRecord
from smarterp.core.db import unit_of_work
from smarterp.core.errors import IllegalState, InsufficientStock, InvalidInput
from smarterp.erp.accounting.models import JournalEntry
from smarterp.erp.inventory import queries, reports, transfers, warehouses
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.models import (
    CostLayer,
    Location,
    Shipment,
    StockMove,
    StockQuant,
    TransferState,
)
from smarterp.erp.inventory.schemas import (
    CountIn,
    CountLineIn,
    LocationIn,
    TransferIn,
    TransferLineIn,
    WarehouseIn,
)
from smarterp.erp.products.models import CostingMethod
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f
from tests.integration.test_concurrency import pg, run_together

__all__ = ["pg"]  # the PostgreSQL-only engine fixture, shared with the other lock tests

D = Decimal
DAY = date(2026, 3, 2)
LATER = date(2026, 3, 5)


def at(s: Session, product_id: int, location_id: int) -> tuple[Decimal, Decimal]:
    quant = s.scalars(
        select(StockQuant).where(
            StockQuant.product_id == product_id, StockQuant.location_id == location_id
        )
    ).first()
    return (quant.quantity, quant.reserved) if quant else (D(0), D(0))


def books_agree(s: Session) -> Decimal:
    """The stock valuation's total, after checking it equals the inventory account."""
    report = reports.stock_valuation(s)
    assert report.difference == 0, report
    return report.total_value


def east(s: Session) -> tuple[int, int]:
    """A second warehouse EAST; its id and its stock location's id."""
    wh = warehouses.create_warehouse(s, WarehouseIn(code="EAST", name="East depot"))
    return wh.id, warehouses.stock_location(s, wh.id).id


def transfer(s: Session, src: int, dst: int, *lines: tuple[int, str]) -> int:
    cmd = TransferIn(
        from_location_id=src,
        to_location_id=dst,
        scheduled_date=DAY,
        lines=[TransferLineIn(product_id=p, quantity=D(q)) for p, q in lines],
        reason="rebalance",
    )
    return transfers.create_transfer(s, cmd).id


def test_warehouses_and_locations_are_created_listed_and_checked(session: Session) -> None:
    main = warehouses.default_warehouse(session)
    assert main.code == "WH"
    wh_id, stock_id = east(session)
    shelf = warehouses.create_location(
        session, LocationIn(warehouse_id=wh_id, code="EAST/Shelf-A", name="Shelf A")
    )
    listed = {w.code: w for w in warehouses.list_warehouses(session)}
    assert list(listed) == ["WH", "EAST"]
    assert listed["WH"].is_default and not listed["EAST"].is_default
    assert listed["EAST"].stock_location_id == stock_id
    assert [loc.code for loc in listed["EAST"].locations] == ["EAST/Stock", "EAST/Shelf-A"]
    assert queries.location_by_code(session, "east").id == stock_id  # a warehouse's code
    assert queries.location_by_code(session, "east/shelf-a").id == shelf.id
    # The transit location is the company's (internal) but in no warehouse.
    transit = warehouses.transit_location(session)
    assert transit.is_internal and transit.warehouse_id is None

    with pytest.raises(InvalidInput) as dup:
        warehouses.create_warehouse(session, WarehouseIn(code="east", name="Again"))
    assert dup.value.details["field"] == "code"
    with pytest.raises(InvalidInput) as taken:
        warehouses.create_location(
            session, LocationIn(warehouse_id=wh_id, code="WH/Stock", name="Clash")
        )
    assert taken.value.details["field"] == "code"
    with pytest.raises(InvalidInput) as missing:
        warehouses.create_location(session, LocationIn(warehouse_id=999, code="X", name="X"))
    assert missing.value.details["field"] == "warehouse_id"


def test_one_step_transfer_within_a_warehouse_moves_stock_and_posts_nothing(
    engine: Engine,
) -> None:
    with unit_of_work(engine, actor="test") as s:
        chai = f.product(s, "CHAI", cost="4.00", stock="10").id
        main = warehouses.stock_location(s).id
        wh = warehouses.default_warehouse(s).id
        shelf = warehouses.create_location(
            s, LocationIn(warehouse_id=wh, code="WH/Shelf", name="Shelf")
        ).id
        value_before = books_agree(s)
        entries_before = s.scalar(select(func.count(JournalEntry.id)))
        tid = transfer(s, main, shelf, (chai, "4"))
        done = transfers.validate_transfer(s, tid, DAY)
        assert (done.state, done.two_step, done.done_date) == (TransferState.DONE, False, DAY)
        assert at(s, chai, main) == (D(6), D(0))
        assert at(s, chai, shelf) == (D(4), D(0))
        assert inventory.on_hand(s, chai) == D(10)
        assert books_agree(s) == value_before == D("40.00")
        assert s.scalar(select(func.count(JournalEntry.id))) == entries_before
        moves = s.scalars(select(StockMove).where(StockMove.reference == done.number)).all()
        assert [(m.from_location_id, m.to_location_id, m.quantity) for m in moves] == [
            (main, shelf, D(4))
        ]
        with pytest.raises(IllegalState):
            transfers.validate_transfer(s, tid, DAY)  # done is done
        with pytest.raises(IllegalState):
            transfers.ship_transfer(s, tid, DAY)
    with unit_of_work(engine) as s:
        actions = s.scalars(
            select(AuditRecord.action)
            .where(AuditRecord.entity_type == "stock_transfer")
            .order_by(AuditRecord.id)
        ).all()
        assert actions == ["stock_transfer.create", "stock_transfer.validate"]


def test_two_step_transfer_between_warehouses_ships_to_transit_then_receives(
    session: Session,
) -> None:
    chai = f.product(session, "CHAI", cost="4.00", stock="10", method=CostingMethod.FIFO).id
    main = warehouses.stock_location(session).id
    _, east_stock = east(session)
    transit = warehouses.transit_location(session).id
    layers_before = session.scalars(
        select(CostLayer.remaining_quantity).where(CostLayer.product_id == chai)
    ).all()
    tid = transfer(session, main, east_stock, (chai, "7"))
    with pytest.raises(IllegalState, match="two-step: ship it, then receive it"):
        transfers.validate_transfer(session, tid, DAY)
    with pytest.raises(IllegalState):
        transfers.receive_transfer(session, tid, DAY)  # not shipped yet

    shipped = transfers.ship_transfer(session, tid, DAY)
    assert shipped.state == TransferState.IN_TRANSIT
    assert at(session, chai, main) == (D(3), D(0))
    assert at(session, chai, transit) == (D(7), D(0))
    assert inventory.on_hand(session, chai) == D(10)  # still ours while on the road
    assert books_agree(session) == D("40.00")
    by_wh = reports.stock_by_location(session)
    assert {t.warehouse: t.value for t in by_wh.totals} == {"WH": D("12.00"), None: D("28.00")}
    with pytest.raises(IllegalState):
        transfers.cancel_transfer(session, tid)  # the goods have left
    with pytest.raises(InvalidInput) as early:
        transfers.receive_transfer(session, tid, date(2026, 3, 1))
    assert early.value.details["field"] == "date"

    received = transfers.receive_transfer(session, tid, LATER)
    assert (received.state, received.done_date) == (TransferState.DONE, LATER)
    assert at(session, chai, transit) == (D(0), D(0))
    assert at(session, chai, east_stock) == (D(7), D(0))
    assert books_agree(session) == D("40.00")
    # Cost layers are the company's: moving goods between warehouses consumes none.
    assert (
        session.scalars(
            select(CostLayer.remaining_quantity).where(CostLayer.product_id == chai)
        ).all()
        == layers_before
    )


def test_transfer_short_of_stock_is_refused_whole_and_writes_nothing(engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        chai = f.product(s, "CHAI", stock="10").id
        tofu = f.product(s, "TOFU", stock="2").id
        main = warehouses.stock_location(s).id
        _, east_stock = east(s)
        # An order reserves 5 of the 10: only 5 are free to move.
        cust = f.customer(s).id
        so = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=cust,
                order_date=DAY,
                lines=[SalesLineIn(product_id=chai, quantity=D(5))],
            ),
        )
        sales.confirm_order(s, so.id)
        tid = transfer(s, main, east_stock, (chai, "6"), (tofu, "1"))
    with pytest.raises(InsufficientStock) as refused, unit_of_work(engine) as s:
        transfers.ship_transfer(s, tid, DAY)
    assert "CHAI: 6.000 needed, 5.000 available" in refused.value.message
    assert [x["product"] for x in refused.value.details["short"]] == ["CHAI"]
    with unit_of_work(engine) as s:
        assert transfers.get_transfer(s, tid).state == TransferState.DRAFT
        assert at(s, chai, main) == (D(10), D(5))
        assert at(s, tofu, main) == (D(2), D(0))
        assert (
            s.scalar(
                select(func.count(StockMove.id)).where(
                    StockMove.origin_type == "stock_transfer_line"
                )
            )
            == 0
        )
        # A transfer of what is free goes through.
        ok = transfer(s, main, east_stock, (chai, "5"), (tofu, "2"))
        transfers.ship_transfer(s, ok, DAY)
        assert at(s, chai, main) == (D(5), D(5))


def test_transfer_refuses_bad_input_naming_the_field(session: Session) -> None:
    chai = f.product(session, "CHAI", stock="10").id
    svc = f.product(session, "FEE", type="service").id
    main = warehouses.stock_location(session).id
    _, east_stock = east(session)
    transit = warehouses.transit_location(session).id
    customers = session.scalars(
        select(Location.id).where(Location.code == "Partners/Customers")
    ).one()
    cases = [
        ((main, main, (chai, "1")), "to_location_id"),
        ((main, transit, (chai, "1")), "to_location_id"),
        ((customers, main, (chai, "1")), "from_location_id"),
        ((main, 999, (chai, "1")), "to_location_id"),
        ((main, east_stock, (svc, "1")), "lines[1].product_id"),
        ((main, east_stock, (chai, "1"), (chai, "2")), "lines[2].product_id"),
    ]
    for (src, dst, *lines), field in cases:
        with pytest.raises(InvalidInput) as bad:
            transfer(session, src, dst, *lines)
        assert bad.value.details["field"] == field, (src, dst, lines)


def test_sales_and_purchases_use_their_named_warehouse(session: Session) -> None:
    chai = f.product(session, "CHAI", cost="4.00", stock="10").id
    main = warehouses.stock_location(session).id
    east_id, east_stock = east(session)
    supp, cust = f.supplier(session).id, f.customer(session).id

    po = purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=supp,
            order_date=DAY,
            warehouse_id=east_id,
            lines=[PurchaseLineIn(product_id=chai, quantity=D(6), unit_price=D("5.00"))],
        ),
    )
    purchasing.confirm_order(session, po.id)
    receipt = purchasing.receive(session, po.id, DAY)
    assert receipt.number.startswith("EAST/IN/") and receipt.warehouse_id == east_id
    assert at(session, chai, east_stock) == (D(6), D(0))
    assert at(session, chai, main) == (D(10), D(0))

    so = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust,
            order_date=DAY,
            warehouse_id=east_id,
            lines=[SalesLineIn(product_id=chai, quantity=D(8))],
        ),
    )
    assert so.warehouse_id == east_id
    sales.confirm_order(session, so.id)
    delivery = sales.open_delivery(session, so)
    assert delivery is not None and delivery.number.startswith("EAST/OUT/")
    assert at(session, chai, east_stock) == (D(6), D(6))  # reserved only where it ships from
    assert at(session, chai, main) == (D(10), D(0))
    line = so.lines[0].id
    sales.deliver(session, so.id, DAY, {line: D(6)})
    assert at(session, chai, east_stock) == (D(0), D(0))
    backorder = sales.open_delivery(session, so)
    assert backorder is not None and backorder.warehouse_id == east_id  # the rest waits at EAST
    sales.return_goods(session, so.id, {line: D(2)}, LATER)
    assert at(session, chai, east_stock) == (D(2), D(0))  # returns come back where they left
    assert at(session, chai, main) == (D(10), D(0))
    books_agree(session)
    # Orders without a warehouse keep using the default one.
    plain = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust, order_date=DAY, lines=[SalesLineIn(product_id=chai, quantity=D(1))]
        ),
    )
    sales.confirm_order(session, plain.id)
    sales.deliver(session, plain.id, DAY)
    assert at(session, chai, main) == (D(9), D(0))
    shipment = session.scalars(select(Shipment).where(Shipment.origin_id == plain.id)).first()
    assert shipment is not None and shipment.number.startswith("WH/OUT/")
    books_agree(session)

    with pytest.raises(InvalidInput) as bad:
        sales.create_order(
            session,
            SalesOrderIn(
                customer_id=cust,
                order_date=DAY,
                warehouse_id=999,
                lines=[SalesLineIn(product_id=chai, quantity=D(1))],
            ),
        )
    assert bad.value.details["field"] == "warehouse_id"


def test_stock_report_per_location_adds_up_to_the_valuation(session: Session) -> None:
    chai = f.product(session, "CHAI", cost="4.00", stock="10").id
    tofu = f.product(session, "TOFU", cost="2.50", stock="4").id
    main = warehouses.stock_location(session).id
    east_id, east_stock = east(session)
    tid = transfer(session, main, east_stock, (chai, "3"), (tofu, "4"))
    transfers.ship_transfer(session, tid, DAY)
    transfers.receive_transfer(session, tid, DAY)
    everything = reports.stock_by_location(session)
    assert [(r.warehouse, r.location, r.sku, r.on_hand, r.value) for r in everything.rows] == [
        ("WH", "WH/Stock", "CHAI", D(7), D("28.00")),
        ("EAST", "EAST/Stock", "CHAI", D(3), D("12.00")),
        ("EAST", "EAST/Stock", "TOFU", D(4), D("10.00")),
    ]
    assert everything.total_value == books_agree(session) == D("50.00")
    only_east = reports.stock_by_location(session, east_id)
    assert only_east.warehouse == "EAST"
    assert [r.sku for r in only_east.rows] == ["CHAI", "TOFU"]
    assert only_east.total_value == D("22.00")


def test_parallel_transfers_never_move_more_than_is_there(pg: Engine) -> None:
    """Eight transfers of 4 from 10 at once (PostgreSQL, row locks): two go, six are refused,
    and the stock and the valuation add up afterwards."""
    with unit_of_work(pg, actor="test") as s:
        chai = f.product(s, "CHAI", cost="2.50", stock="10").id
        main = warehouses.stock_location(s).id
        _, east_stock = east(s)
        wh = warehouses.default_warehouse(s).id
        shelf = warehouses.create_location(
            s, LocationIn(warehouse_id=wh, code="WH/Shelf", name="Shelf")
        ).id
        # Half go to the other warehouse (two steps), half stay inside (one step).
        ids = [transfer(s, main, east_stock if i % 2 else shelf, (chai, "4")) for i in range(8)]

    def move(tid: int) -> Callable[[Session], str]:
        def job(s: Session) -> str:
            t = transfers.get_transfer(s, tid)
            done = (transfers.ship_transfer if t.two_step else transfers.validate_transfer)(
                s, tid, DAY
            )
            return done.number

        return job

    results = run_together(pg, [move(t) for t in ids])
    moved = [r for r in results if isinstance(r, str)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(moved) == 2, results
    assert all(isinstance(e, InsufficientStock) for e in refused), refused
    with unit_of_work(pg) as s:
        assert at(s, chai, main) == (D(2), D(0))
        assert inventory.on_hand(s, chai) == D(10)
        assert books_agree(s) == D("25.00")


def test_a_count_of_one_location_adjusts_only_that_location(session: Session) -> None:
    tea = f.product(session, "TEA", price="10.00", cost="4.00", stock="30")
    main_stock = warehouses.stock_location(session, warehouses.default_warehouse(session).id).id
    _, east_stock = east(session)
    moved = transfer(session, main_stock, east_stock, (tea.id, "10"))
    transfers.ship_transfer(session, moved, DAY)
    transfers.receive_transfer(session, moved, DAY)
    count = inventory.count_stock(
        session,
        CountIn(
            date=LATER,
            location_id=east_stock,
            lines=[CountLineIn(product_id=tea.id, counted_quantity=D(7))],
            reason="east shelf",
        ),
    )
    assert (count.location_id, count.lines[0].expected_quantity) == (east_stock, D(10))
    assert at(session, tea.id, east_stock)[0] == D(7)
    assert at(session, tea.id, main_stock)[0] == D(20)  # untouched
    assert books_agree(session) == D("108.00")  # 27 x 4.00
    transit = warehouses.transit_location(session).id
    with pytest.raises(InvalidInput, match="is not a warehouse location"):
        inventory.count_stock(
            session,
            CountIn(
                date=LATER,
                location_id=transit,
                lines=[CountLineIn(product_id=tea.id, counted_quantity=D(0))],
            ),
        )
