"""The web order form prices products in the order's currency: the product picker's hint is
the price a line would get (at the order date's rate), and a line saved without a price gets
that price, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.erp.currency import service as currencies
from smarterp.erp.products.schemas import SupplierInfoIn
from smarterp.erp.products.service import get_product, set_supplier_info
from smarterp.erp.sales import service as sales
from tests import factories as f
from tests.integration.web.conftest import Books, Browser


def _hint(browser: Browser, **params: str) -> str:
    page = browser.client.get("/pick/products", params={"picker_text": "cha", **params}).text
    found = re.findall(r"(?:CN¥|€|\$)[\d,.]+", page)
    assert found, page
    return found[0]


def test_the_product_picker_shows_the_price_in_the_orders_currency(
    browser: Browser, books: Books, engine: Engine
) -> None:
    with unit_of_work(engine, actor="test") as s:
        currencies.set_rate(s, "CNY", date(2026, 3, 1), "0.14")
        currencies.set_rate(s, "EUR", date(2026, 3, 1), "1.10")
        yuan = f.customer(s, "Shanghai Tea House", currency="CNY").id
        euro = f.supplier(s, "Teekontor Hamburg", currency="EUR").id
        chai = get_product(s, books.product_id)
        set_supplier_info(
            s, chai, SupplierInfoIn(supplier_id=euro, price=Decimal("9.00"), currency="EUR")
        )
    on = {"order_date": "2026-03-05"}
    # CHAI lists at 18.00 USD: 18.00 / 0.14 yuan.
    assert _hint(browser, sale="true", customer_id=str(yuan), **on) == "CN¥128.57"
    assert _hint(browser, sale="true", customer_id=str(books.customer_id), **on) == "$18.00"
    assert _hint(browser, sale="true", **on) == "$18.00"
    # Before the first yuan rate the order would be refused; the hint stays the list price.
    assert _hint(browser, sale="true", customer_id=str(yuan), order_date="2026-02-01") == "$18.00"
    # Buying: the supplier's offer in its own currency; a dollar offer stays in dollars.
    assert _hint(browser, sale="false", supplier_id=str(euro), **on) == "€9.00"
    assert _hint(browser, sale="false", supplier_id=str(books.supplier_id), **on) == "$10.00"
    assert _hint(browser, sale="false", supplier_id=str(euro), currency="CNY", **on) == "CN¥70.71"


def test_a_line_saved_without_a_price_gets_the_converted_list_price(
    browser: Browser, books: Books, engine: Engine
) -> None:
    with unit_of_work(engine, actor="test") as s:
        currencies.set_rate(s, "CNY", date(2026, 3, 1), "0.14")
        yuan = f.customer(s, "Shanghai Tea House", currency="CNY").id
    form = browser.client.get("/sales-orders/new").text
    # The line pickers tell the server who the customer is and when the order is dated.
    assert "[name='customer_id'], [name='order_date']" in form
    resp = browser.post(
        "/sales-orders/new",
        {
            "customer_id": str(yuan),
            "order_date": "2026-03-05",
            "lines[0].product_id": str(books.product_id),
            "lines[0].quantity": "2",
        },
    )
    assert resp.status_code == 303, resp.text
    order_id = int(re.findall(r"\d+", resp.headers["location"])[0])
    with unit_of_work(engine, actor="test") as s:
        order = sales.get_order(s, order_id)
        assert (order.currency, order.lines[0].unit_price) == ("CNY", Decimal("128.57"))
    edit = browser.client.get(f"/sales-orders/{order_id}/edit").text
    assert 'name="currency" value="CNY"' in edit
