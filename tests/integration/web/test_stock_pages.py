"""Stock-aware pages: delivering and receiving part of an order from its page (backorder or
drop the rest, refusals next to the line), on-hand / reserved / available / on-order on the
product, stock and dashboard pages counted as the planner counts them, and a record's history
in words in English and Chinese."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Engine, select

from smarterp.core.db import unit_of_work
from smarterp.erp.inventory import queries as inventory_queries
from smarterp.erp.inventory.models import Shipment, ShipmentState
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.planning import replenish
from tests import factories as f
from tests.integration.web.conftest import Books, Browser

DAY = date(2026, 3, 2)


def _sales_order(engine: Engine, books: Books, quantity: str, *, confirm: bool = True) -> int:
    with unit_of_work(engine, actor="admin") as s:
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=books.customer_id,
                order_date=DAY,
                lines=[SalesLineIn(product_id=books.product_id, quantity=Decimal(quantity))],
            ),
        )
        if confirm:
            sales.confirm_order(s, order.id)
        return order.id


def _purchase_order(
    engine: Engine, books: Books, product_id: int, quantity: str, *, confirm: bool = True
) -> int:
    # Dated today, as the receipt from the page is: the planner learns a lead time from them.
    with unit_of_work(engine, actor="admin") as s:
        order = purchasing.create_rfq(
            s,
            PurchaseOrderIn(
                supplier_id=books.supplier_id,
                order_date=date.today(),
                lines=[PurchaseLineIn(product_id=product_id, quantity=Decimal(quantity))],
            ),
        )
        if confirm:
            purchasing.confirm_order(s, order.id)
        return order.id


def _line_id(engine: Engine, model: type, order_id: int) -> int:
    with unit_of_work(engine) as s:
        return int(s.get(model, order_id).lines[0].id)  # type: ignore[union-attr]


def _field_value(html: str, name: str) -> str:
    found = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', html)
    assert found, f"no field {name}"
    return found.group(1)


def _open_shipments(engine: Engine, origin_type: str, order_id: int) -> list[Shipment]:
    with unit_of_work(engine) as s:
        return list(
            s.scalars(
                select(Shipment).where(
                    Shipment.origin_type == origin_type,
                    Shipment.origin_id == order_id,
                    Shipment.state.in_([ShipmentState.WAITING, ShipmentState.READY]),
                )
            )
        )


def test_partial_delivery_keeps_a_backorder_and_prefills_what_is_free(
    browser: Browser, books: Books, engine: Engine
) -> None:
    # 100 on hand; another order holds 96 of them, so only 4 are free for this one.
    _sales_order(engine, books, "96")
    order_id = _sales_order(engine, books, "10")
    line = _line_id(engine, SalesOrder, order_id)
    page = browser.client.get(f"/sales-orders/{order_id}")
    assert 'data-testid="ship-form"' in page.text
    assert _field_value(page.text, f"qty-{line}") == "4"  # what is free, not the 10 ordered
    assert "Deliver and keep the rest as a backorder" in page.text

    resp = browser.post(f"/sales-orders/{order_id}/deliver-part", {f"qty-{line}": "4"})
    assert resp.status_code == 303, resp.text
    with unit_of_work(engine) as s:
        order = s.get(SalesOrder, order_id)
        assert order is not None and order.lines[0].qty_delivered == Decimal(4)
        assert order.lines[0].quantity == Decimal(10)
    backorders = _open_shipments(engine, sales.ORDER, order_id)
    assert len(backorders) == 1 and backorders[0].backorder_of_id is not None
    again = browser.client.get(f"/sales-orders/{order_id}")
    assert _field_value(again.text, f"qty-{line}") == "0"  # nothing free is left


def test_partial_delivery_can_drop_the_rest(browser: Browser, books: Books, engine: Engine) -> None:
    order_id = _sales_order(engine, books, "10")
    line = _line_id(engine, SalesOrder, order_id)
    resp = browser.post(
        f"/sales-orders/{order_id}/deliver-part", {f"qty-{line}": "3", "rest": "cancel"}
    )
    assert resp.status_code == 303, resp.text
    with unit_of_work(engine) as s:
        order = s.get(SalesOrder, order_id)
        assert order is not None
        assert order.lines[0].qty_delivered == Decimal(3)
        assert order.lines[0].quantity == Decimal(3)  # the rest will never ship
    assert _open_shipments(engine, sales.ORDER, order_id) == []
    page = browser.client.get(f"/sales-orders/{order_id}")
    assert 'data-testid="ship-form"' not in page.text


def test_partial_delivery_refusals_are_shown_next_to_the_line(
    browser: Browser, books: Books, engine: Engine
) -> None:
    _sales_order(engine, books, "96")
    order_id = _sales_order(engine, books, "10")
    line = _line_id(engine, SalesOrder, order_id)
    url = f"/sales-orders/{order_id}/deliver-part"

    too_many = browser.post(url, {f"qty-{line}": "12"})
    assert too_many.status_code == 422
    error = re.search(rf'data-testid="ship-error-{line}">([^<]+)<', too_many.text)
    assert error and "12 is more than the 10" in error.group(1) and "CHAI" in error.group(1)
    assert _field_value(too_many.text, f"qty-{line}") == "12"  # what was typed, kept

    not_a_number = browser.post(url, {f"qty-{line}": "ten"})
    assert not_a_number.status_code == 422
    assert re.search(rf'data-testid="ship-error-{line}">[^<]*is not a number', not_a_number.text)

    nothing = browser.post(url, {f"qty-{line}": "0"})
    assert nothing.status_code == 422
    assert "nothing to move" in nothing.text

    # 10 asked, 4 free (the other order holds the rest): the shortage is named on the line.
    short = browser.post(url, {f"qty-{line}": "10"})
    assert short.status_code == 409
    error = re.search(rf'data-testid="ship-error-{line}">([^<]+)<', short.text)
    assert error and "available" in error.group(1)
    with unit_of_work(engine) as s:
        order = s.get(SalesOrder, order_id)
        assert order is not None and order.lines[0].qty_delivered == 0  # nothing half-done


def _product_with_sales(engine: Engine, books: Books, sku: str) -> int:
    """A product below its reorder level (5 on hand, level 20) that sold 1 ten days ago."""
    with unit_of_work(engine, actor="admin") as s:
        p = f.product(s, sku, stock="5", supplier_id=books.supplier_id, reorder_level=Decimal(20))
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=books.customer_id,
                order_date=date.today() - timedelta(days=10),
                lines=[SalesLineIn(product_id=p.id, quantity=Decimal(1))],
            ),
        )
        sales.confirm_order(s, order.id)
        return p.id


def test_partial_receipt_and_on_order_agree_on_every_page(
    browser: Browser, books: Books, engine: Engine
) -> None:
    lowa = _product_with_sales(engine, books, "LOWA")
    lowb = _product_with_sales(engine, books, "LOWB")
    split = re.search(r'data-testid="low-split">([^<]+)<', browser.client.get("/").text)
    assert split and "0 on order" in split.group(1) and "2 to order" in split.group(1)

    _purchase_order(engine, books, lowb, "30", confirm=False)
    split = re.search(r'data-testid="low-split">([^<]+)<', browser.client.get("/").text)
    assert split and "0 on order" in split.group(1)  # a request for quotation orders nothing
    po_id = _purchase_order(engine, books, lowa, "40")
    line = _line_id(engine, PurchaseOrder, po_id)
    page = browser.client.get(f"/purchase-orders/{po_id}")
    assert _field_value(page.text, f"qty-{line}") == "40"
    assert "Receive and expect the rest on a backorder" in page.text
    resp = browser.post(f"/purchase-orders/{po_id}/receive-part", {f"qty-{line}": "15"})
    assert resp.status_code == 303, resp.text
    assert len(_open_shipments(engine, purchasing.ORDER, po_id)) == 1  # 25 still to come

    product = browser.client.get(f"/products/{lowa}").text
    assert "<dt>On hand</dt><dd>20</dd>" in product
    assert "<dt>Reserved</dt><dd>1</dd>" in product
    assert "<dt>Available</dt><dd>19</dd>" in product
    assert "<dt>On order</dt><dd>25</dd>" in product
    assert "Low, on order" in browser.client.get("/stock?q=LOWA").text
    split = re.search(r'data-testid="low-split">([^<]+)<', browser.client.get("/").text)
    assert split and "1 on order" in split.group(1) and "1 to order" in split.group(1)
    with unit_of_work(engine) as s:
        assert inventory_queries.on_order_by_product(s, [lowa, lowb]) == {lowa: Decimal(25)}
        plans = {p.product_id: p for p in replenish.plan(s, date.today())}
    # The planner counts on order as the pages do, and the RFQ apart, so it is not proposed twice.
    assert plans[lowa].on_order == Decimal(25) and plans[lowa].requested == 0
    assert plans[lowb].on_order == 0 and plans[lowb].requested == Decimal(30)
    assert plans[lowa].position == Decimal(20 - 1 + 25)

    # Replenishment names every product the dashboard counts low that it does not propose.
    page = browser.client.get(f"/replenishment?as_of={date.today().isoformat()}").text
    covered = re.search(rf'data-testid="left-out-{lowa}" data-reason="(\w+)"', page)
    assert covered and covered.group(1) == "covered"
    assert "25 on order lifts it above its reorder level" in page
    asked = re.search(rf'data-testid="left-out-{lowb}" data-reason="(\w+)"', page)
    proposed = f'name="product_id" value="{lowb}"' in page
    assert proposed or (asked and asked.group(1) == "requested")


def test_history_and_names_read_in_the_readers_language(
    browser: Browser, books: Books, engine: Engine
) -> None:
    with unit_of_work(engine, actor="admin") as s:
        chai = s.get(Product, books.product_id)
        assert chai is not None
        chai.name_zh = "柴茶"
    order_id = _sales_order(engine, books, "2")
    page = browser.client.get(f"/sales-orders/{order_id}").text
    history = page[page.index('data-testid="history"') :]
    assert "Confirmed by admin" in history
    assert re.search(r"State: <span class=\"muted\">Draft</span> → Confirmed", history)
    assert "Created by admin" in history

    assert browser.post("/language", {"language": "zh", "next": "/"}).status_code == 303
    page = browser.client.get(f"/sales-orders/{order_id}").text
    history = page[page.index('data-testid="history"') :]
    assert "由 admin 确认" in history and "由 admin 创建" in history
    assert re.search(r"状态: <span class=\"muted\">草稿</span> → 已确认", history)
    assert "CHAI · 柴茶" in page  # the order's lines and its delivery form
    stock = browser.client.get("/stock").text
    assert "柴茶" in stock and "Chai</a>" not in stock
    assert "CHAI · Chai" not in browser.client.get(f"/products/{books.product_id}").text
    # The sales figures group by the English name; a Chinese page names the product its way.
    assert "柴茶" in browser.client.get("/").text
    report = browser.client.get("/reports/sales?by=product&date_from=2026-01-01").text
    assert "柴茶" in report and ">Chai<" not in report


def test_stock_promised_to_customers_counts_as_to_order(
    browser: Browser, books: Books, engine: Engine
) -> None:
    # 30 on hand against a reorder level of 20, but 25 of them promised on an order: what is
    # free and on order (5) is below the level, so the dashboard and the stock list say so.
    with unit_of_work(engine, actor="admin") as s:
        p = f.product(
            s, "PROM", stock="30", supplier_id=books.supplier_id, reorder_level=Decimal(20)
        )
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=books.customer_id,
                order_date=DAY,
                lines=[SalesLineIn(product_id=p.id, quantity=Decimal(25))],
            ),
        )
        sales.confirm_order(s, order.id)
        product_id = p.id
    split = re.search(r'data-testid="low-split">([^<]+)<', browser.client.get("/").text)
    assert split and "1 to order" in split.group(1)
    low = browser.client.get("/stock?level=low").text
    assert f'href="/products/{product_id}"' in low and "Below reorder level" in low
    assert f'href="/products/{product_id}"' not in browser.client.get("/stock?level=ok").text
