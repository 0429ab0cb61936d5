"""Warehouses in the web app: the stock page filtered by warehouse shows stock per location,
the order forms pick the warehouse (the main one unless another is chosen), and the order pages
name it; in English and Chinese."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from smarterp.core.db import unit_of_work
from smarterp.erp.inventory import transfers, warehouses
from smarterp.erp.inventory.schemas import LocationIn, TransferIn, TransferLineIn, WarehouseIn
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests import factories as f
from tests.integration.web.conftest import Browser

DAY = date(2026, 3, 2)


@dataclass
class Depots:
    main_id: int
    east_id: int
    customer_id: int
    supplier_id: int
    product_id: int


@pytest.fixture
def depots(engine: Engine) -> Depots:
    """CHAI: 10 bought into the main warehouse (WH); 2 moved to its shelf, 5 sent to EAST and
    received there; an order from EAST reserves 4 of them."""
    with unit_of_work(engine, actor="test") as s:
        supplier = f.supplier(s)
        customer = f.customer(s, ref="ALFKI")
        chai = f.product(s, "CHAI", stock="10", supplier_id=supplier.id, name="Chai")
        main = warehouses.default_warehouse(s)
        east = warehouses.create_warehouse(s, WarehouseIn(code="EAST", name="East depot"))
        shelf = warehouses.create_location(
            s, LocationIn(warehouse_id=main.id, code="WH/Shelf", name="Shelf A")
        )
        wh_stock = warehouses.stock_location(s, main.id)

        def move(to_id: int, qty: str) -> int:
            line = TransferLineIn(product_id=chai.id, quantity=Decimal(qty))
            cmd = TransferIn(
                from_location_id=wh_stock.id, to_location_id=to_id, scheduled_date=DAY, lines=[line]
            )
            return transfers.create_transfer(s, cmd).id

        transfers.validate_transfer(s, move(shelf.id, "2"), DAY)
        to_east = move(warehouses.stock_location(s, east.id).id, "5")
        transfers.ship_transfer(s, to_east, DAY)
        transfers.receive_transfer(s, to_east, DAY)
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=customer.id,
                order_date=DAY,
                warehouse_id=east.id,
                lines=[SalesLineIn(product_id=chai.id, quantity=Decimal(4))],
            ),
        )
        s.flush()
        sales.confirm_order(s, order.id)
        return Depots(main.id, east.id, customer.id, supplier.id, chai.id)


def _rows(html: str) -> list[dict[str, str]]:
    """The list's rows as {column label: text}."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        cells = re.findall(r'data-label="([^"]*)">(.*?)</td>', tr, re.S)
        rows.append({label: re.sub(r"<[^>]+>", "", text).strip() for label, text in cells})
    return rows


def test_stock_page_filtered_by_warehouse_lists_stock_per_location(
    browser: Browser, depots: Depots
) -> None:
    whole = browser.client.get("/stock")
    assert whole.status_code == 200
    # Without a warehouse: one row per product, over every warehouse and what is in transit.
    assert [(r["SKU"], r["On hand"], r["Reserved"], r["Available"]) for r in _rows(whole.text)] == [
        ("CHAI", "10", "4", "6")
    ]
    assert 'data-testid="filter-warehouse"' in whole.text
    assert f'<option value="{depots.main_id}">WH · Main warehouse</option>' in whole.text
    assert f'<option value="{depots.east_id}">EAST · East depot</option>' in whole.text

    east = browser.client.get("/stock", params={"warehouse": depots.east_id})
    assert [
        (r["Location"], r["SKU"], r["On hand"], r["Reserved"], r["Available"])
        for r in _rows(east.text)
    ] == [("EAST/Stock · East depot stock", "CHAI", "5", "4", "1")]
    assert f'<option value="{depots.east_id}" selected>' in east.text

    main = browser.client.get("/stock", params={"warehouse": depots.main_id})
    assert [
        (r["Location"].split(" · ")[0], r["On hand"], r["Available"]) for r in _rows(main.text)
    ] == [
        ("WH/Stock", "3", "3"),
        ("WH/Shelf", "2", "2"),
    ]
    # The search and the level filter still apply; htmx gets only the results, per location.
    missing = browser.client.get(
        "/stock",
        params={"warehouse": depots.main_id, "q": "ikura"},
        headers={"HX-Request": "true", "HX-Target": "results"},
    )
    assert "<html" not in missing.text and "Location" in missing.text
    assert _rows(missing.text) == [{}]  # the one "Nothing matches." row
    low = browser.client.get("/stock", params={"warehouse": depots.east_id, "level": "low"})
    assert _rows(low.text) == [{}]
    # A warehouse that does not exist (a stale link) is not offered, so it is left out.
    stale = browser.client.get("/stock", params={"warehouse": "999"})
    assert [r["SKU"] for r in _rows(stale.text)] == ["CHAI"] and "Location" not in stale.text

    assert browser.post("/language", {"language": "zh", "next": "/stock"}).status_code == 303
    zh = browser.client.get("/stock", params={"warehouse": depots.east_id})
    assert "库位" in zh.text and "仓库: 全部" in zh.text


def _form(depots: Depots, partner_field: str, partner_id: int, **extra: str) -> dict[str, str]:
    return {
        partner_field: str(partner_id),
        "order_date": DAY.isoformat(),
        "lines[0].product_id": str(depots.product_id),
        "lines[0].quantity": "1",
        **extra,
    }


def _created_id(resp: object) -> int:
    location = resp.headers["location"]  # type: ignore[attr-defined]
    found = re.search(r"/(\d+)\?done=created", location)
    assert found, location
    return int(found.group(1))


def test_order_forms_pick_the_warehouse_and_order_pages_show_it(
    browser: Browser, depots: Depots, engine: Engine
) -> None:
    blank = browser.client.get("/sales-orders/new")
    assert 'data-testid="warehouse"' in blank.text and "Ships from" in blank.text
    # The main warehouse is chosen unless the person picks another.
    assert f'<option value="{depots.main_id}" selected>WH · Main warehouse</option>' in blank.text
    assert f'<option value="{depots.east_id}">EAST · East depot</option>' in blank.text

    resp = browser.post(
        "/sales-orders/new",
        _form(depots, "customer_id", depots.customer_id, warehouse_id=str(depots.east_id)),
    )
    assert resp.status_code == 303, resp.text
    east_order = _created_id(resp)
    resp = browser.post(
        "/sales-orders/new",
        _form(depots, "customer_id", depots.customer_id, warehouse_id=str(depots.main_id)),
    )
    main_order = _created_id(resp)
    with unit_of_work(engine) as s:
        assert s.get(SalesOrder, east_order).warehouse_id == depots.east_id  # type: ignore[union-attr]
        assert s.get(SalesOrder, main_order).warehouse_id == depots.main_id  # type: ignore[union-attr]

    page = browser.client.get(f"/sales-orders/{east_order}")
    assert re.search(
        rf'Warehouse</dt>\s*<dd><a href="/stock\?warehouse={depots.east_id}">EAST · East depot</a>',
        page.text,
    ), page.text
    # An order that names no warehouse ships from the main one, and says so.
    with unit_of_work(engine, actor="test") as s:
        plain = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=depots.customer_id,
                order_date=DAY,
                lines=[SalesLineIn(product_id=depots.product_id, quantity=Decimal(1))],
            ),
        )
        s.flush()
        plain_id = plain.id
    assert "WH · Main warehouse" in browser.client.get(f"/sales-orders/{plain_id}").text

    # Purchase orders: received into the chosen warehouse.
    assert "Receives into" in browser.client.get("/purchase-orders/new").text
    resp = browser.post(
        "/purchase-orders/new",
        _form(depots, "supplier_id", depots.supplier_id, warehouse_id=str(depots.east_id)),
    )
    assert resp.status_code == 303, resp.text
    po = _created_id(resp)
    with unit_of_work(engine) as s:
        assert s.get(PurchaseOrder, po).warehouse_id == depots.east_id  # type: ignore[union-attr]
    assert "EAST · East depot" in browser.client.get(f"/purchase-orders/{po}").text

    # A warehouse that does not exist is refused next to the picker, and nothing is made.
    bad = browser.post(
        "/sales-orders/new", _form(depots, "customer_id", depots.customer_id, warehouse_id="999")
    )
    assert bad.status_code == 422
    assert "warehouse 999 does not exist" in bad.text
    with unit_of_work(engine) as s:
        assert s.query(SalesOrder).count() == 4

    assert browser.post("/language", {"language": "zh", "next": "/"}).status_code == 303
    assert "发货仓库" in browser.client.get("/sales-orders/new").text
    assert "收货仓库" in browser.client.get("/purchase-orders/new").text
    assert "<dt>仓库</dt><dd><a href" in browser.client.get(f"/purchase-orders/{po}").text
