"""Revising draft quotations and requests for quotation in the web app, on SQLite and
PostgreSQL: lines added, changed and removed through the revise use-cases, refused once the
order is confirmed (the action table's reason), a stale revision refused naming who changed
it, each sale line's stock beside it and a clear warning before confirming more than is
available."""

from __future__ import annotations

import html
import re
from datetime import date
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.sales import service as sales
from tests import factories as f
from tests.integration.web.conftest import Books, Browser, as_role

TODAY = date.today().isoformat()


def _id_from(location: str) -> int:
    found = re.search(r"/(\d+)", location)
    assert found, location
    return int(found.group(1))


def _error_for(page: str, field: str) -> str:
    found = re.search(rf'data-error-for="{re.escape(field)}">([^<]*)<', page)
    return html.unescape(found.group(1)) if found else ""


def _quote(browser: Browser, books: Books, qty: str = "5") -> int:
    resp = browser.post(
        "/sales-orders/new",
        {
            "customer_id": str(books.customer_id),
            "order_date": TODAY,
            "lines[0].product_id": str(books.product_id),
            "lines[0].quantity": qty,
        },
    )
    assert resp.status_code == 303, resp.text
    return _id_from(resp.headers["location"])


def test_add_change_and_remove_lines_of_a_quotation(
    browser: Browser, books: Books, engine: Engine
) -> None:
    with unit_of_work(engine, actor="test") as s:
        tea = f.product(s, "GREENTEA", price="4.50", stock="40", name="Green tea").id
    oid = _quote(browser, books)
    form = browser.client.get(f"/sales-orders/{oid}/edit").text
    assert 'name="version" value="1"' in form
    line_id = re.search(r'name="lines\[0\]\.id" value="(\d+)"', form)
    assert line_id is not None and 'value="CHAI · Chai"' in form
    # Change the first line to 8 at 17.00, add green tea; then in a second revision remove
    # the chai line.
    resp = browser.post(
        f"/sales-orders/{oid}/edit",
        {
            "version": "1",
            "customer_id": str(books.customer_id),
            "order_date": TODAY,
            "warehouse_id": "",
            "lines[0].id": line_id.group(1),
            "lines[0].product_id": str(books.product_id),
            "lines[0].quantity": "8",
            "lines[0].unit_price": "17.00",
            "lines[1].product_id": str(tea),
            "lines[1].quantity": "10",
            "lines[1].discount": "10",
        },
    )
    assert resp.status_code == 303, resp.text
    with unit_of_work(engine, actor="test") as s:
        order = sales.get_order(s, oid)
        lines = [(ln.product_id, ln.quantity, ln.unit_price, ln.discount) for ln in order.lines]
        assert lines == [
            (books.product_id, Decimal("8.000"), Decimal("17.0000"), Decimal("0.0000")),
            (tea, Decimal("10.000"), Decimal("4.5000"), Decimal("0.1000")),
        ]
        assert order.amount_untaxed == Decimal("176.50")  # 8 x 17 + 10 x 4.50 x 0.9
        assert order.version == 2
        tea_line = order.lines[1].id
    resp = browser.post(
        f"/sales-orders/{oid}/edit",
        {
            "version": "2",
            "customer_id": str(books.customer_id),
            "order_date": TODAY,
            "lines[1].id": str(tea_line),
            "lines[1].product_id": str(tea),
            "lines[1].quantity": "12",
        },
    )
    assert resp.status_code == 303, resp.text
    with unit_of_work(engine, actor="test") as s:
        order = sales.get_order(s, oid)
        assert [(ln.id, ln.quantity) for ln in order.lines] == [(tea_line, Decimal("12.000"))]
        assert order.amount_untaxed == Decimal("54.00")
    page = browser.client.get(f"/sales-orders/{oid}").text
    assert "sales_order.revise" in page or "lines: 1 kept or changed, 0 added, 1 removed" in page


def test_line_problems_stand_next_to_the_line(browser: Browser, books: Books) -> None:
    oid = _quote(browser, books)
    resp = browser.post(
        f"/sales-orders/{oid}/edit",
        {
            "version": "1",
            "customer_id": str(books.customer_id),
            "order_date": TODAY,
            "lines[0].product_id": "",
            "lines[0].quantity": "",
            "lines[1].product_id": str(books.product_id),
            "lines[1].quantity": "-2",
            "lines[2].product_id": "",
            "lines[2].quantity": "3",
        },
    )
    assert resp.status_code == 422
    assert _error_for(resp.text, "lines[1].quantity") == "Must be more than 0"
    assert _error_for(resp.text, "lines[2].product_id") == "Choose one"
    assert 'value="-2"' in resp.text  # kept as typed


def test_a_confirmed_order_refuses_line_edits(app_client: TestClient, books: Books) -> None:
    admin = as_role(app_client, "admin")
    oid = _quote(admin, books)
    assert admin.post(f"/sales-orders/{oid}/confirm").status_code == 303
    page = admin.client.get(f"/sales-orders/{oid}/edit")
    assert page.status_code == 409
    number = re.search(r'data-testid="record-title">(SO\S+)', page.text)
    assert number is not None
    reason = f"sales order {number.group(1)} is confirmed; cannot change it"
    assert reason in page.text and 'data-testid="error"' in page.text
    refused = admin.post(
        f"/sales-orders/{oid}/edit",
        {
            "version": "2",
            "customer_id": str(books.customer_id),
            "order_date": TODAY,
            "lines[0].product_id": str(books.product_id),
            "lines[0].quantity": "1",
        },
    )
    assert refused.status_code == 409 and reason in refused.text
    # The draft's page offered an Edit link; the confirmed one does not.
    assert f'href="/sales-orders/{oid}/edit"' not in admin.client.get(f"/sales-orders/{oid}").text


def test_a_stale_revision_is_refused_naming_who(
    app_client: TestClient, books: Books, engine: Engine
) -> None:
    admin = as_role(app_client, "admin")
    oid = _quote(admin, books)
    with unit_of_work(engine, actor="test") as s:
        line = sales.get_order(s, oid).lines[0].id
    body = {
        "version": "1",
        "customer_id": str(books.customer_id),
        "order_date": TODAY,
        "lines[0].id": str(line),
        "lines[0].product_id": str(books.product_id),
        "lines[0].quantity": "6",
    }
    seller = as_role(app_client, "sales")
    assert seller.post(f"/sales-orders/{oid}/edit", body).status_code == 303
    refused = admin.post(f"/sales-orders/{oid}/edit", {**body, "lines[0].quantity": "9"})
    assert refused.status_code == 422
    assert "sales saved this record after you opened it" in html.unescape(refused.text)
    assert 'value="9"' in refused.text and 'name="version" value="2"' in refused.text
    with unit_of_work(engine, actor="test") as s:
        assert sales.get_order(s, oid).lines[0].quantity == Decimal("6.000")


def test_an_rfq_is_revised_and_a_confirmed_purchase_order_is_not(
    browser: Browser, books: Books, engine: Engine
) -> None:
    resp = browser.post(
        "/purchase-orders/new",
        {
            "supplier_id": str(books.supplier_id),
            "order_date": TODAY,
            "lines[0].product_id": str(books.product_id),
            "lines[0].quantity": "20",
        },
    )
    assert resp.status_code == 303, resp.text
    oid = _id_from(resp.headers["location"])
    with unit_of_work(engine, actor="test") as s:
        line = purchasing.get_order(s, oid).lines[0].id
    form = browser.client.get(f"/purchase-orders/{oid}/edit").text
    assert 'value="Exotic Liquids"' in form and "data-availability" not in form
    body = {
        "version": "1",
        "supplier_id": str(books.supplier_id),
        "order_date": TODAY,
        "supplier_ref": "Q-77",
        "lines[0].id": str(line),
        "lines[0].product_id": str(books.product_id),
        "lines[0].quantity": "50",
        "lines[0].unit_price": "9.20",
    }
    assert browser.post(f"/purchase-orders/{oid}/edit", body).status_code == 303
    with unit_of_work(engine, actor="test") as s:
        order = purchasing.get_order(s, oid)
        assert (order.supplier_ref, order.lines[0].quantity, order.amount_untaxed) == (
            "Q-77",
            Decimal("50.000"),
            Decimal("460.00"),
        )
    assert browser.post(f"/purchase-orders/{oid}/confirm").status_code == 303
    refused = browser.post(f"/purchase-orders/{oid}/edit", {**body, "version": "3"})
    assert refused.status_code == 409 and "is confirmed; cannot change it" in refused.text


def test_stock_beside_each_sale_line_and_a_warning_before_confirming_too_much(
    browser: Browser, books: Books, engine: Engine
) -> None:
    with unit_of_work(engine, actor="test") as s:
        tofu = f.product(s, "TOFU", price="23.25", stock="15.8", name="Tofu").id
    stock = browser.client.get(
        "/sales-orders/availability", params={"product_id": str(tofu), "quantity": "1000"}
    )
    assert stock.status_code == 200
    said = html.unescape(stock.text)
    assert "On hand 15.8 · reserved 0 · available 15.8" in said
    assert "984.2 more than available: it would wait on a backorder" in said
    assert (
        "more than available"
        not in browser.client.get(
            "/sales-orders/availability", params={"product_id": str(tofu), "quantity": "15"}
        ).text
    )

    resp = browser.post(
        "/sales-orders/new",
        {
            "customer_id": str(books.customer_id),
            "order_date": TODAY,
            "lines[0].product_id": str(tofu),
            "lines[0].quantity": "1000",
        },
    )
    oid = _id_from(resp.headers["location"])
    form = browser.client.get(f"/sales-orders/{oid}/edit").text
    assert "984.2 more than available" in html.unescape(form)
    page = html.unescape(browser.client.get(f"/sales-orders/{oid}").text)
    warning = re.search(r'data-testid="warning">([^<]*)<', page)
    assert warning is not None
    assert warning.group(1) == (
        "TOFU · Tofu: 1,000 ordered, 15.8 available (15.8 on hand, 0 reserved). Confirming "
        "reserves what is there; the other 984.2 waits on the delivery as a backorder."
    )
    assert 'data-confirm="Only 15.8 of 1,000 TOFU · Tofu available' in page
    # Confirmed anyway, the order says what waits rather than a bare "Confirmed".
    done = browser.post(f"/sales-orders/{oid}/confirm")
    assert done.status_code == 303
    after = html.unescape(browser.client.get(done.headers["location"]).text)
    assert "Confirmed." in after


def test_the_availability_and_edit_pages_speak_chinese(browser: Browser, books: Books) -> None:
    oid = _quote(browser, books, "500")
    assert browser.post("/language", {"language": "zh", "next": "/"}).status_code == 303
    form = browser.client.get(f"/sales-orders/{oid}/edit").text
    assert "库存" in form and "在手" in form
