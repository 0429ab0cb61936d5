"""Property tests: after any sequence of ordinary operations the books still agree."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import ColumnElement, Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalLine
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory import transfers, warehouses
from smarterp.erp.inventory.models import (
    CostLayer,
    Location,
    LocationKind,
    MoveState,
    StockMove,
    StockQuant,
    StockValuation,
)
from smarterp.erp.inventory.schemas import (
    CountIn,
    CountLineIn,
    TransferIn,
    TransferLineIn,
    WarehouseIn,
)
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import (
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceState,
    Payment,
    PaymentDirection,
)
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.products.models import CostingMethod, Product
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrderLine
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrderLine, SalesState
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.erp.setup import init_books
from tests import factories as f
from tests.conftest import BACKENDS, _wipe

D = Decimal
START = date(2026, 1, 1)
OPS = [
    "receive",
    "bill",
    "sell",
    "deliver",
    "invoice",
    "pay_in",
    "pay_out",
    "return",
    "count",
    "transfer",
]

# One operation: its name and two small numbers that pick a product, order or amount.
operation = st.tuples(st.sampled_from(OPS), st.integers(0, 40), st.integers(0, 9))


class World:
    """What a sequence of operations works on, and how it picks its targets."""

    def __init__(self, s: Session) -> None:
        self.customer = f.customer(s).id
        self.supplier = f.supplier(s).id
        self.products = [
            f.product(s, "AVG", price="9.99", cost="3.00", sales_tax_code="VAT13").id,
            f.product(
                s,
                "FIFO",
                price="14.50",
                cost="7.25",
                method=CostingMethod.FIFO,
                sales_tax_code="VAT9",
            ).id,
        ]
        self.sales_orders: list[int] = []
        self.purchase_orders: list[int] = []
        self.day = START
        # A second warehouse: some sales ship from it, transfers move goods to and fro.
        self.east = warehouses.create_warehouse(s, WarehouseIn(code="EAST", name="East")).id
        self.stock_locations = [
            warehouses.stock_location(s).id,
            warehouses.stock_location(s, self.east).id,
        ]
        self.in_transit: list[int] = []

    def apply(self, s: Session, op: str, a: int, b: int) -> None:
        self.day += timedelta(days=1)
        product = self.products[b % 2]
        getattr(self, "_return" if op == "return" else op)(s, product, a, b)

    def receive(self, s: Session, product: int, a: int, b: int) -> None:
        po = purchasing.create_rfq(
            s,
            PurchaseOrderIn(
                supplier_id=self.supplier,
                order_date=self.day,
                lines=[
                    PurchaseLineIn(
                        product_id=product,
                        quantity=D(a + 1),
                        unit_price=D(b + 1) + D("0.37") * (a % 5),
                        tax_code="PVAT13",
                    )
                ],
            ),
        )
        purchasing.confirm_order(s, po.id)
        line = po.lines[0]
        part = line.quantity if b % 3 else (line.quantity / 2).quantize(D(1)) or line.quantity
        purchasing.receive(s, po.id, self.day, {line.id: part})
        self.purchase_orders.append(po.id)

    def bill(self, s: Session, product: int, a: int, b: int) -> None:
        if not self.purchase_orders:
            return
        po = purchasing.get_order(s, self.purchase_orders[a % len(self.purchase_orders)])
        if all(q.to_bill <= 0 for q in purchasing.line_quantities(s, po).values()):
            return
        purchasing.bill_order(s, po.id, self.day)

    def sell(self, s: Session, product: int, a: int, b: int) -> None:
        so = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=self.customer,
                order_date=self.day,
                lines=[SalesLineIn(product_id=product, quantity=D(a % 15 + 1), discount=D(b) / 20)],
                warehouse_id=self.east if a % 4 == 3 else None,
            ),
        )
        sales.confirm_order(s, so.id)
        self.sales_orders.append(so.id)

    def deliver(self, s: Session, product: int, a: int, b: int) -> None:
        if not self.sales_orders:
            return
        so = sales.get_order(s, self.sales_orders[a % len(self.sales_orders)])
        shipment = sales.open_delivery(s, so) if so.state == SalesState.CONFIRMED else None
        if shipment is None:
            return
        inventory.reserve(s, shipment)
        move = shipment.moves[0]
        # Ship part of what is reserved, never more: the rest waits on a backorder.
        q = min(move.reserved_quantity, D(b + 1))
        if q > 0:
            assert move.origin_id is not None
            sales.deliver(s, so.id, self.day, {move.origin_id: q})

    def invoice(self, s: Session, product: int, a: int, b: int) -> None:
        for so_id in self.sales_orders:
            so = sales.get_order(s, so_id)
            if any(q.to_bill > 0 for q in sales.line_quantities(s, so).values()):
                sales.invoice_order(s, so.id, self.day)
                return

    def pay_in(self, s: Session, product: int, a: int, b: int) -> None:
        invoicing.register_payment(
            s,
            PaymentIn(
                partner_id=self.customer,
                partner_role="customer",
                direction=PaymentDirection.INBOUND,
                amount=D(a * 7 + 1) + D(b) / 10,
                date=self.day,
            ),
        )

    def pay_out(self, s: Session, product: int, a: int, b: int) -> None:
        invoicing.register_payment(
            s,
            PaymentIn(
                partner_id=self.supplier,
                partner_role="supplier",
                direction=PaymentDirection.OUTBOUND,
                amount=D(a * 5 + 1) + D(b) / 100,
                date=self.day,
            ),
        )

    def _return(self, s: Session, product: int, a: int, b: int) -> None:
        # Customers send back part of what they kept; suppliers take back part of what we hold.
        if b % 2 == 0 and self.sales_orders:
            so = sales.get_order(s, self.sales_orders[a % len(self.sales_orders)])
            ln = so.lines[0]
            kept = ln.qty_delivered - ln.qty_returned
            if kept > 0 and so.state in (SalesState.CONFIRMED, SalesState.DONE):
                sales.return_goods(s, so.id, {ln.id: min(kept, D(b // 2 + 1))}, self.day)
        elif self.purchase_orders:
            po = purchasing.get_order(s, self.purchase_orders[a % len(self.purchase_orders)])
            pl = po.lines[0]
            kept = pl.qty_received - pl.qty_returned
            q = min(kept, D(b // 2 + 1), inventory.available(s, pl.product_id))
            if q > 0:
                purchasing.return_to_supplier(s, po.id, {pl.id: q}, self.day)

    def count(self, s: Session, product: int, a: int, b: int) -> None:
        # Count no lower than what is reserved: a count cannot take promised goods away.
        loc = inventory.default_location(s, LocationKind.INTERNAL)
        reserved = s.scalar(
            select(StockQuant.reserved).where(
                StockQuant.product_id == product, StockQuant.location_id == loc.id
            )
        ) or D(0)
        counted = max(reserved, inventory.on_hand(s, product) + D(b - 4))
        inventory.count_stock(
            s,
            CountIn(
                date=self.day, lines=[CountLineIn(product_id=product, counted_quantity=counted)]
            ),
        )

    def transfer(self, s: Session, product: int, a: int, b: int) -> None:
        """Receive what is on the road, or move what is free between the two warehouses."""
        if self.in_transit:
            transfers.receive_transfer(s, self.in_transit.pop(), self.day)
            return
        src, dst = self.stock_locations if a % 2 == 0 else reversed(self.stock_locations)
        quant = s.scalar(
            select(StockQuant).where(
                StockQuant.product_id == product, StockQuant.location_id == src
            )
        )
        q = min(quant.quantity - quant.reserved if quant else D(0), D(b + 1))
        if q <= 0:
            return
        cmd = TransferIn(
            from_location_id=src,
            to_location_id=dst,
            scheduled_date=self.day,
            lines=[TransferLineIn(product_id=product, quantity=q)],
        )
        tid = transfers.create_transfer(s, cmd).id
        transfers.ship_transfer(s, tid, self.day)
        if a % 3:
            transfers.receive_transfer(s, tid, self.day)
        else:
            self.in_transit.append(tid)


def _sum(s: Session, column: Any, *where: ColumnElement[bool]) -> Decimal:
    total = s.scalar(select(func.coalesce(func.sum(column), 0)).where(*where))
    return D(str(total))


def role_balance(s: Session, role: str) -> Decimal:
    acc = accounting.account_for_role(s, role).id
    return _sum(s, JournalLine.debit, JournalLine.account_id == acc) - _sum(
        s, JournalLine.credit, JournalLine.account_id == acc
    )


def open_residual(s: Session, kind: InvoiceKind) -> Decimal:
    return _sum(
        s, Invoice.amount_residual, Invoice.kind == kind, Invoice.state == InvoiceState.POSTED
    )


def unallocated(s: Session, role: str, direction: PaymentDirection) -> Decimal:
    return _sum(
        s, Payment.unallocated, Payment.partner_role == role, Payment.direction == direction
    )


def check_books(s: Session, products: list[int]) -> None:
    assert _sum(s, JournalLine.debit) == _sum(s, JournalLine.credit), "the ledger must balance"
    assert _sum(s, StockValuation.value) == role_balance(s, "inventory")
    internal = select(Location.id).where(Location.kind == LocationKind.INTERNAL)
    for pid in products:
        done = (StockMove.product_id == pid, StockMove.state == MoveState.DONE)
        moved_in = _sum(s, StockMove.quantity, *done, StockMove.to_location_id.in_(internal))
        moved_out = _sum(s, StockMove.quantity, *done, StockMove.from_location_id.in_(internal))
        quants = _sum(s, StockQuant.quantity, StockQuant.product_id == pid)
        assert inventory.on_hand(s, pid) == moved_in - moved_out == quants
        val = s.get(StockValuation, pid)
        assert (val.quantity if val else D(0)) == quants
        reserved = _sum(s, StockQuant.reserved, StockQuant.product_id == pid)
        assert D(0) <= reserved <= quants
        product = s.get_one(Product, pid)
        if product.costing_method == CostingMethod.FIFO and val is not None:
            layers = _sum(s, CostLayer.remaining_value, CostLayer.product_id == pid)
            assert layers == val.value
    receivable = (
        open_residual(s, InvoiceKind.OUT_INVOICE)
        - open_residual(s, InvoiceKind.OUT_REFUND)
        - unallocated(s, "customer", PaymentDirection.INBOUND)
        + unallocated(s, "customer", PaymentDirection.OUTBOUND)
    )
    assert role_balance(s, "receivable") == receivable
    payable = (
        open_residual(s, InvoiceKind.IN_INVOICE)
        - open_residual(s, InvoiceKind.IN_REFUND)
        - unallocated(s, "supplier", PaymentDirection.OUTBOUND)
        + unallocated(s, "supplier", PaymentDirection.INBOUND)
    )
    assert -role_balance(s, "payable") == payable


def moved(s: Session, origin_type: str, line_id: int, *, into_stock: bool) -> Decimal:
    """Goods moved for an order line, from the stock moves alone: into our stock or out."""
    internal = select(Location.id).where(Location.kind == LocationKind.INTERNAL)
    side = StockMove.to_location_id if into_stock else StockMove.from_location_id
    return _sum(
        s,
        StockMove.quantity,
        StockMove.origin_type == origin_type,
        StockMove.origin_id == line_id,
        StockMove.state == MoveState.DONE,
        side.in_(internal),
    )


def billed(s: Session, origin_type: str, line_id: int, kind: InvoiceKind) -> Decimal:
    """Quantity of an order line on live invoices (or credit notes) of one kind."""
    return _sum(
        s,
        InvoiceLine.quantity,
        InvoiceLine.origin_type == origin_type,
        InvoiceLine.origin_id == line_id,
        InvoiceLine.invoice_id.in_(
            select(Invoice.id).where(Invoice.kind == kind, Invoice.state != InvoiceState.CANCELLED)
        ),
    )


def check_billing(s: Session, *, settled: bool) -> None:
    """Net of credit notes, every order line is billed for at most what the partner kept
    (delivered or received, less returned, as the stock moves tell); once everything open
    is invoiced and billed, for exactly that."""
    lines = [
        (sales.LINE, ln.id, False, InvoiceKind.OUT_INVOICE, InvoiceKind.OUT_REFUND)
        for ln in s.scalars(select(SalesOrderLine))
    ] + [
        (purchasing.LINE, ln.id, True, InvoiceKind.IN_INVOICE, InvoiceKind.IN_REFUND)
        for ln in s.scalars(select(PurchaseOrderLine))
    ]
    for origin, line_id, inbound, bill_kind, refund_kind in lines:
        kept = moved(s, origin, line_id, into_stock=inbound) - moved(
            s, origin, line_id, into_stock=not inbound
        )
        net = billed(s, origin, line_id, bill_kind) - billed(s, origin, line_id, refund_kind)
        assert D(0) <= net <= kept, (origin, line_id, net, kept)
        if settled:
            assert net == kept, (origin, line_id, net, kept)


@pytest.fixture(params=BACKENDS)
def fresh_books(request: pytest.FixtureRequest, migrated_engines: dict[str, Engine]) -> Engine:
    if request.param not in migrated_engines:
        pytest.skip("PostgreSQL not reachable")
    return migrated_engines[request.param]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(operation, min_size=1, max_size=14))
def test_books_agree_after_any_sequence(
    fresh_books: Engine, ops: list[tuple[str, int, int]]
) -> None:
    engine = fresh_books
    _wipe(engine)
    with unit_of_work(engine, actor="test") as s:
        init_books(s, name="Property Trading Co.")
        world = World(s)
    for op, a, b in ops:
        with unit_of_work(engine, actor="test") as s:  # one transaction per operation
            world.apply(s, op, a, b)
        with unit_of_work(engine, actor="test") as s:
            check_books(s, world.products)
            check_billing(s, settled=False)
    with unit_of_work(engine, actor="test") as s:  # invoice and bill all that is open
        for so_id in world.sales_orders:
            so = sales.get_order(s, so_id)
            if any(q.to_bill > 0 for q in sales.line_quantities(s, so).values()):
                sales.invoice_order(s, so_id, world.day)
        for po_id in world.purchase_orders:
            po = purchasing.get_order(s, po_id)
            if any(q.to_bill > 0 for q in purchasing.line_quantities(s, po).values()):
                purchasing.bill_order(s, po_id, world.day)
    with unit_of_work(engine, actor="test") as s:
        check_books(s, world.products)
        check_billing(s, settled=True)
