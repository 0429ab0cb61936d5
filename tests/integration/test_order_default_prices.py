"""Default prices of order lines in the order's own currency: a list price or a supplier's
offer converted at the order date's rate, an explicit price never converted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.erp.currency import service as currencies
from smarterp.erp.products.schemas import ProductUpdate, SupplierInfoIn
from smarterp.erp.products.service import set_supplier_info, update_product
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineEdit, SalesLineIn, SalesOrderIn, SalesOrderRevision
from tests import factories as f

D = Decimal
MAR1, MAR5, MAR15, MAR20 = (date(2026, 3, d) for d in (1, 5, 15, 20))


def rates(session: Session) -> None:
    # Company currency USD: one yuan is worth 0.14 dollars, then 0.125; one euro 1.10.
    currencies.set_rate(session, "CNY", MAR1, "0.14")
    currencies.set_rate(session, "CNY", MAR15, "0.125")
    currencies.set_rate(session, "EUR", MAR1, "1.10")


def quote(session: Session, customer_id: int, *lines: SalesLineIn, on: date = MAR5):  # type: ignore[no-untyped-def]
    return sales.create_order(
        session, SalesOrderIn(customer_id=customer_id, order_date=on, lines=list(lines))
    )


def test_a_yuan_customer_is_quoted_the_list_price_in_yuan(session: Session) -> None:
    rates(session)
    tea = f.product(session, "TEA", price="12.96")
    order = quote(
        session,
        f.customer(session, currency="CNY").id,
        SalesLineIn(product_id=tea.id, quantity=D(2)),
    )
    line = order.lines[0]
    # 12.96 USD / 0.14 = 92.5714... CNY, to the fen.
    assert (order.currency, order.exchange_rate) == ("CNY", D("0.14"))
    assert line.unit_price == D("92.57")
    assert line.subtotal == D("185.14")
    # Back in dollars at the same rate the order keeps: what the sales report adds up.
    assert line.subtotal_company == D("25.92")


def test_a_dollar_customer_is_quoted_the_list_price_as_it_is(session: Session) -> None:
    rates(session)
    tea = f.product(session, "TEA", price="12.9650")
    order = quote(session, f.customer(session).id, SalesLineIn(product_id=tea.id, quantity=D(1)))
    assert (order.currency, order.lines[0].unit_price) == ("USD", D("12.9650"))


def test_an_explicit_price_is_never_converted(session: Session) -> None:
    rates(session)
    tea = f.product(session, "TEA", price="12.96")
    cust = f.customer(session, currency="CNY")
    order = quote(
        session, cust.id, SalesLineIn(product_id=tea.id, quantity=D(1), unit_price=D("88.00"))
    )
    assert order.lines[0].unit_price == D("88.00")


def test_the_rate_is_the_order_dates_and_follows_a_revised_date(session: Session) -> None:
    rates(session)
    tea = f.product(session, "TEA", price="12.96")
    cust = f.customer(session, currency="CNY")
    order = quote(session, cust.id, SalesLineIn(product_id=tea.id, quantity=D(1)), on=MAR20)
    assert order.lines[0].unit_price == D("103.68")  # 12.96 / 0.125
    kept = order.lines[0]
    revised = sales.revise_order(
        session,
        order.id,
        SalesOrderRevision(
            version=order.version,
            customer_id=cust.id,
            order_date=MAR5,
            lines=[
                SalesLineEdit(id=kept.id, product_id=tea.id, quantity=D(1), unit_price=D("103.68")),
                SalesLineEdit(product_id=tea.id, quantity=D(1)),
            ],
        ),
    )
    # The kept line keeps the price it was given; the new one takes the new date's rate.
    assert [ln.unit_price for ln in revised.lines] == [D("103.68"), D("92.57")]
    assert revised.exchange_rate == D("0.14")


def test_no_rate_for_the_order_date_is_a_clear_refusal(session: Session) -> None:
    rates(session)
    tea = f.product(session, "TEA", price="12.96")
    cust = f.customer(session, currency="CNY")
    with pytest.raises(InvalidInput, match="no CNY exchange rate on or before 2026-02-20"):
        quote(session, cust.id, SalesLineIn(product_id=tea.id, quantity=D(1)), on=date(2026, 2, 20))


def rfq(session: Session, supplier_id: int, product_id: int, currency: str | None = None):  # type: ignore[no-untyped-def]
    return purchasing.create_rfq(
        session,
        PurchaseOrderIn(
            supplier_id=supplier_id,
            order_date=MAR5,
            currency=currency,
            lines=[PurchaseLineIn(product_id=product_id, quantity=D(10))],
        ),
    )


def test_a_supplier_offer_in_its_own_currency_is_used_as_is_or_converted(
    session: Session,
) -> None:
    rates(session)
    euro_supplier = f.supplier(session, currency="EUR")
    tea = f.product(session, "TEA", cost="7.00")
    set_supplier_info(
        session, tea, SupplierInfoIn(supplier_id=euro_supplier.id, price=D("6.50"), currency="eur")
    )
    assert tea.supplier_infos[0].currency == "EUR"
    assert rfq(session, euro_supplier.id, tea.id).lines[0].unit_price == D("6.50")
    # In dollars: 6.50 EUR * 1.10; in yuan: through the dollar, 7.15 / 0.14.
    assert rfq(session, euro_supplier.id, tea.id, "USD").lines[0].unit_price == D("7.15")
    assert rfq(session, euro_supplier.id, tea.id, "CNY").lines[0].unit_price == D("51.07")


def test_an_offer_or_cost_in_the_company_currency_is_converted_for_a_foreign_supplier(
    session: Session,
) -> None:
    rates(session)
    yuan_supplier = f.supplier(session, currency="CNY")
    offered = f.product(session, "TEA", cost="7.00", supplier_id=yuan_supplier.id)
    assert offered.supplier_infos[0].currency is None  # the company currency
    assert rfq(session, yuan_supplier.id, offered.id).lines[0].unit_price == D("50.00")
    not_offered = f.product(session, "CUP", cost="1.40")
    assert rfq(session, yuan_supplier.id, not_offered.id).lines[0].unit_price == D("10.00")
    assert rfq(session, yuan_supplier.id, not_offered.id, "USD").lines[0].unit_price == D("1.4000")


def test_an_offer_keeps_its_currency_when_edited_without_one(session: Session) -> None:
    euro_supplier = f.supplier(session, currency="EUR")
    tea = f.product(session, "TEA")
    set_supplier_info(
        session, tea, SupplierInfoIn(supplier_id=euro_supplier.id, price=D("6.50"), currency="EUR")
    )
    update_product(
        session,
        tea.id,
        ProductUpdate(
            version=tea.version,
            suppliers=[SupplierInfoIn(supplier_id=euro_supplier.id, price=D("6.80"))],
        ),
    )
    assert (tea.supplier_infos[0].price, tea.supplier_infos[0].currency) == (D("6.80"), "EUR")
    with pytest.raises(InvalidInput, match="not a currency code"):
        set_supplier_info(
            session, tea, SupplierInfoIn(supplier_id=euro_supplier.id, price=D("1"), currency="E1")
        )
