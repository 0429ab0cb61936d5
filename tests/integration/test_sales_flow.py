"""The sales flow end to end: quote, confirm, deliver in part, invoice, pay, return."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.errors import IllegalState, InvalidInput
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalLine
from smarterp.erp.inventory import service as inventory
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import InvoiceState, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f

D = Decimal


def balance(session: Session, role: str) -> Decimal:
    acc = accounting.account_for_role(session, role)
    row = session.execute(
        select(
            func.coalesce(func.sum(JournalLine.debit), 0),
            func.coalesce(func.sum(JournalLine.credit), 0),
        ).where(JournalLine.account_id == acc.id)
    ).one()
    return (D(str(row[0])) - D(str(row[1]))).quantize(D("0.01"))


def test_quote_to_cash_with_partial_delivery_and_return(session: Session) -> None:
    cust = f.customer(session)
    chai = f.product(
        session, "CHAI", price="18.00", cost="10.00", stock="100", sales_tax_code="VAT13"
    )
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=date(2026, 3, 1),
            lines=[SalesLineIn(product_id=chai.id, quantity=D(30), discount=D("0.1"))],
            shipping_charge=D("12.50"),
        ),
    )
    assert order.amount_untaxed == D("486.00") + D("12.50")  # 30 * 18 * 0.9 + shipping
    assert order.amount_tax == D("63.18")
    sales.confirm_order(session, order.id)
    assert inventory.available(session, chai.id) == D(70)

    line = order.lines[0]
    sales.deliver(session, order.id, date(2026, 3, 2), {line.id: D(20)})
    assert line.qty_delivered == D(20)
    assert inventory.on_hand(session, chai.id) == D(80)
    assert inventory.available(session, chai.id) == D(70)  # 10 still reserved on the backorder

    inv1 = sales.invoice_order(session, order.id, date(2026, 3, 2))
    assert inv1.amount_untaxed == D("324.00") + D("12.50")
    sales.deliver(session, order.id, date(2026, 3, 5))
    inv2 = sales.invoice_order(session, order.id, date(2026, 3, 5))
    assert order.state == SalesState.DONE
    assert inv2.amount_total == D("162.00") + D("21.06")

    assert balance(session, "cogs") == D("300.00")
    assert balance(session, "inventory") == D("700.00")
    assert balance(session, "receivable") == order.amount_total

    pay = invoicing.register_payment(
        session,
        PaymentIn(
            partner_id=cust.id,
            partner_role="customer",
            direction=PaymentDirection.INBOUND,
            amount=order.amount_total,
            date=date(2026, 3, 20),
        ),
    )
    assert pay.unallocated == 0
    assert inv1.state == InvoiceState.PAID and inv2.state == InvoiceState.PAID
    assert balance(session, "receivable") == 0

    _, note = sales.return_goods(session, order.id, {line.id: D(5)}, date(2026, 3, 25))
    assert note is not None and note.amount_total == D("91.53")  # 5 * 16.20 * 1.13
    assert inventory.on_hand(session, chai.id) == D(75)
    assert balance(session, "inventory") == D("750.00")
    assert balance(session, "receivable") == D("-91.53")


def test_illegal_transitions_and_bad_lines_are_refused(session: Session) -> None:
    cust = f.customer(session)
    chai = f.product(session, "CHAI", stock="5")
    with pytest.raises(ValidationError, match="greater than 0"):
        SalesLineIn(product_id=chai.id, quantity=D(0))
    with pytest.raises(InvalidInput, match="product 999 does not exist"):
        sales.create_order(
            session,
            SalesOrderIn(
                customer_id=cust.id,
                order_date=date(2026, 1, 1),
                lines=[SalesLineIn(product_id=999, quantity=D(1))],
            ),
        )
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=date(2026, 1, 1),
            lines=[SalesLineIn(product_id=chai.id, quantity=D(2))],
        ),
    )
    with pytest.raises(IllegalState, match="is draft; cannot deliver"):
        sales.deliver(session, order.id, date(2026, 1, 2))
    sales.confirm_order(session, order.id)
    with pytest.raises(IllegalState, match="is confirmed; cannot confirm"):
        sales.confirm_order(session, order.id)


def _order(session: Session, quantity: str) -> tuple[int, int, int]:
    cust = f.customer(session)
    chai = f.product(session, "CHAI", price="10.00", cost="4.00", stock="100")
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=date(2026, 3, 1),
            lines=[SalesLineIn(product_id=chai.id, quantity=D(quantity))],
        ),
    )
    sales.confirm_order(session, order.id)
    return order.id, order.lines[0].id, chai.id


def test_goods_returned_before_invoicing_are_not_billed(session: Session) -> None:
    order_id, line_id, _ = _order(session, "10")
    sales.deliver(session, order_id, date(2026, 3, 2))
    _, note = sales.return_goods(session, order_id, {line_id: D(3)}, date(2026, 3, 3))
    assert note is None  # nothing was billed yet, so nothing is credited
    invoice = sales.invoice_order(session, order_id, date(2026, 3, 4))
    assert invoice.lines[0].quantity == D(7)
    assert invoice.amount_untaxed == D("70.00")
    order = sales.get_order(session, order_id)
    assert order.state == SalesState.DONE
    with pytest.raises(InvalidInput, match="nothing delivered left to invoice"):
        sales.invoice_order(session, order_id, date(2026, 3, 5))
    assert balance(session, "receivable") == invoice.amount_total


def test_freight_is_invoiced_alone_when_every_good_came_back_first(session: Session) -> None:
    cust = f.customer(session)
    chai = f.product(session, "CHAI", price="10.00", cost="4.00", stock="100")
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=cust.id,
            order_date=date(2026, 3, 1),
            shipping_charge=D("12.00"),
            lines=[SalesLineIn(product_id=chai.id, quantity=D(5))],
        ),
    )
    sales.confirm_order(session, order.id)
    # Nothing went out yet: the freight is not earned, so there is nothing to invoice.
    with pytest.raises(InvalidInput, match="nothing delivered left to invoice"):
        sales.invoice_order(session, order.id, date(2026, 3, 1))
    sales.deliver(session, order.id, date(2026, 3, 2))
    sales.return_goods(session, order.id, {order.lines[0].id: D(5)}, date(2026, 3, 3))
    invoice = sales.invoice_order(session, order.id, date(2026, 3, 4))
    assert [(ln.description, ln.subtotal) for ln in invoice.lines] == [
        (f"Shipping for {order.number}", D("12.00"))
    ]
    assert sales.get_order(session, order.id).state == SalesState.DONE
    with pytest.raises(InvalidInput, match="nothing delivered left to invoice"):
        sales.invoice_order(session, order.id, date(2026, 3, 5))


def test_return_between_partial_invoices_bills_what_was_kept(session: Session) -> None:
    order_id, line_id, _ = _order(session, "10")
    sales.deliver(session, order_id, date(2026, 3, 2), {line_id: D(6)})
    first = sales.invoice_order(session, order_id, date(2026, 3, 2))
    _, note = sales.return_goods(session, order_id, {line_id: D(2)}, date(2026, 3, 3))
    assert note is not None and note.lines[0].quantity == D(2)  # billed, so credited
    sales.deliver(session, order_id, date(2026, 3, 4))
    second = sales.invoice_order(session, order_id, date(2026, 3, 5))
    assert second.lines[0].quantity == D(4)
    kept = sales.line_quantities(session, sales.get_order(session, order_id))[line_id]
    assert (kept.kept, kept.net_billed, kept.to_bill) == (D(8), D(8), D(0))
    assert balance(session, "receivable") == first.amount_total - note.amount_total + (
        second.amount_total
    )


def _goods_and_service(session: Session, goods: str, service: str) -> SalesOrder:
    """A confirmed order for CHAI (stocked, 100 on hand) and SETUP (a service)."""
    chai = f.product(session, "CHAI", price="18.00", cost="10.00", stock="100")
    setup = f.product(session, "SETUP", price="50.00", cost="0", type="service")
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=f.customer(session).id,
            order_date=date(2026, 3, 1),
            lines=[
                SalesLineIn(product_id=chai.id, quantity=D(goods)),
                SalesLineIn(product_id=setup.id, quantity=D(service)),
            ],
        ),
    )
    return sales.confirm_order(session, order.id)


def test_service_lines_are_delivered_on_confirmation_beside_goods(session: Session) -> None:
    """A service sold with goods is delivered when the order is confirmed (it never moves
    stock), so it can be invoiced at once and the order is done once the goods ship."""
    order = _goods_and_service(session, "10", "2")
    goods, service = order.lines
    chai, setup = goods.product_id, service.product_id
    assert (goods.qty_delivered, service.qty_delivered) == (D(0), D(2))
    delivery = sales.open_delivery(session, order)
    assert delivery is not None
    assert [m.product_id for m in delivery.moves] == [chai]  # the service ships nothing
    assert inventory.available(session, chai) == D(90)

    first = sales.invoice_order(session, order.id, date(2026, 3, 1))  # the service, at once
    assert [(ln.product_id, ln.quantity) for ln in first.lines] == [(setup, D(2))]
    assert order.state == SalesState.CONFIRMED  # the goods are still to ship
    with pytest.raises(InvalidInput, match="no delivered goods left to return"):
        sales.return_goods(session, order.id, {service.id: D(1)}, date(2026, 3, 2))

    sales.deliver(session, order.id, date(2026, 3, 2))
    second = sales.invoice_order(session, order.id, date(2026, 3, 2))
    assert [(ln.product_id, ln.quantity) for ln in second.lines] == [(chai, D(10))]
    assert order.state == SalesState.DONE
    assert inventory.on_hand(session, chai) == D(90)
    assert inventory.on_hand(session, setup) == D(0)
    assert balance(session, "revenue") == D("-280.00")  # 10 * 18 + 2 * 50, a credit
    assert balance(session, "cogs") == D("100.00")  # the goods only
    assert balance(session, "inventory") == D("900.00")
    assert balance(session, "receivable") == first.amount_total + second.amount_total


@pytest.mark.parametrize("then", ["nothing", "invoice", "deliver"])
def test_order_with_services_cancels_until_goods_ship_or_it_is_invoiced(
    session: Session, then: str
) -> None:
    order = _goods_and_service(session, "5", "1")
    if then == "nothing":
        sales.cancel_order(session, order.id)
        assert order.state == SalesState.CANCELLED
        assert [ln.qty_delivered for ln in order.lines] == [D(0), D(0)]  # nothing delivered
        assert inventory.available(session, order.lines[0].product_id) == D(100)
        return
    if then == "invoice":
        sales.invoice_order(session, order.id, date(2026, 3, 2))  # the service only
        refusal = r"is invoiced; cannot cancel it"
    else:
        sales.deliver(session, order.id, date(2026, 3, 2))
        refusal = r"is partly delivered; cannot cancel it"
    with pytest.raises(IllegalState, match=refusal):
        sales.cancel_order(session, order.id)
