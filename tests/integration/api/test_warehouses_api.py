"""Warehouses, locations, transfers and stock per location through the API: permissions,
refusals that name the field, a two-step transfer, and a sales order from a second warehouse."""

from __future__ import annotations

from tests.integration.api.conftest import Api, Books

V1 = "/api/v1"


def test_two_step_transfer_and_a_sale_from_the_second_warehouse(api: Api, books: Books) -> None:
    refused = api.post(f"{V1}/stock/warehouses", who="sales", json={"code": "EAST", "name": "E"})
    assert refused.status_code == 403
    made = api.post(
        f"{V1}/stock/warehouses",
        who="warehouse",
        json={"code": "EAST", "name": "East depot"},
        headers={"Idempotency-Key": "wh-east"},
    )
    assert made.status_code == 201, made.text
    east = made.json()
    again = api.post(
        f"{V1}/stock/warehouses",
        who="warehouse",
        json={"code": "EAST", "name": "East depot"},
        headers={"Idempotency-Key": "wh-east"},
    )
    assert again.status_code == 201 and again.json()["id"] == east["id"]
    dup = api.post(f"{V1}/stock/warehouses", who="warehouse", json={"code": "east", "name": "X"})
    assert dup.status_code == 422 and dup.json()["error"]["details"]["field"] == "code"
    bad = api.post(
        f"{V1}/stock/warehouses", who="warehouse", json={"code": "no spaces", "name": "X"}
    )
    assert bad.status_code == 422 and "code" in bad.text

    listed = {w["code"]: w for w in api.get(f"{V1}/stock/warehouses", who="sales").json()}
    main_stock = listed["WH"]["stock_location_id"]
    east_stock = east["stock_location_id"]
    body = {
        "from_location_id": main_stock,
        "to_location_id": east_stock,
        "scheduled_date": "2026-03-02",
        "lines": [{"product_id": books.product_id, "quantity": "30"}],
    }
    created = api.post(f"{V1}/stock/transfers", who="warehouse", json=body)
    assert created.status_code == 201, created.text
    t = created.json()
    assert (t["state"], t["two_step"]) == ("draft", True)
    wrong = api.post(f"{V1}/stock/transfers/{t['id']}/validate", who="warehouse")
    assert wrong.status_code == 409 and "ship it, then receive it" in wrong.text
    shipped = api.post(
        f"{V1}/stock/transfers/{t['id']}/ship", who="warehouse", json={"date": "2026-03-02"}
    )
    assert shipped.json()["state"] == "in_transit", shipped.text
    received = api.post(
        f"{V1}/stock/transfers/{t['id']}/receive", who="warehouse", json={"date": "2026-03-03"}
    )
    assert received.json()["state"] == "done", received.text

    too_much = dict(body, lines=[{"product_id": books.product_id, "quantity": "71"}])
    short = api.post(f"{V1}/stock/transfers", who="warehouse", json=too_much).json()
    refused_ship = api.post(f"{V1}/stock/transfers/{short['id']}/ship", who="warehouse")
    assert refused_ship.status_code == 409
    assert refused_ship.json()["error"]["code"] == "insufficient_stock"
    assert api.get(f"{V1}/stock/transfers/{short['id']}").json()["state"] == "draft"

    order = {
        "customer_id": books.customer_id,
        "order_date": "2026-03-03",
        "warehouse_id": east["id"],
        "lines": [{"product_id": books.product_id, "quantity": 5}],
    }
    so = api.post(f"{V1}/sales-orders", who="sales", json=order).json()
    assert so["warehouse_id"] == east["id"]
    api.post(f"{V1}/sales-orders/{so['id']}/confirm", who="sales")
    shipped_so = api.post(
        f"{V1}/sales-orders/{so['id']}/deliver", who="warehouse", json={"date": "2026-03-04"}
    ).json()
    assert shipped_so["shipment"]["number"].startswith("EAST/OUT/")
    assert shipped_so["shipment"]["warehouse_id"] == east["id"]
    missing = dict(order, warehouse_id=9999)
    nowhere = api.post(f"{V1}/sales-orders", who="sales", json=missing)
    assert nowhere.status_code == 422
    assert nowhere.json()["error"]["details"]["field"] == "warehouse_id"

    report = api.get(f"{V1}/stock/by-location", who="sales", params={"warehouse": "east"}).json()
    assert report["warehouse"] == "EAST"
    assert [(r["location"], r["on_hand"]) for r in report["rows"]] == [("EAST/Stock", "25.000")]
    assert report["total_value"] == "250.00"
    all_rows = api.get(f"{V1}/stock/by-location", who="sales").json()
    assert {t["warehouse"]: t["value"] for t in all_rows["totals"]} == {
        "WH": "700.00",
        "EAST": "250.00",
    }
    unknown = api.get(f"{V1}/stock/by-location", params={"warehouse": "NOPE"})
    assert unknown.status_code == 422 and "known: WH, EAST" in unknown.text
    # Stock per product, in one warehouse or in all of them.
    in_east = api.get(f"{V1}/stock", who="sales", params={"warehouse": "EAST"}).json()
    assert [(r["sku"], r["on_hand"]) for r in in_east["items"]] == [("CHAI", "25.000")]
    everywhere = api.get(f"{V1}/stock", who="sales", params={"q": "cha"}).json()
    assert [(r["sku"], r["on_hand"]) for r in everywhere["items"]] == [("CHAI", "95.000")]
    nope = api.get(f"{V1}/stock", params={"warehouse": "NOPE"})
    assert nope.status_code == 422 and nope.json()["error"]["details"]["field"] == "warehouse"
    valuation = api.get(f"{V1}/reports/stock-valuation", who="accountant").json()
    assert valuation["difference"] == "0.00" and valuation["total_value"] == "950.00"


def test_location_in_a_missing_warehouse_is_refused_naming_the_field(api: Api) -> None:
    r = api.post(
        f"{V1}/stock/locations",
        who="warehouse",
        json={"warehouse_id": 9999, "code": "X/1", "name": "X"},
    )
    assert r.status_code == 422 and r.json()["error"]["details"]["field"] == "warehouse_id"
    wh = api.get(f"{V1}/stock/warehouses").json()[0]
    ok = api.post(
        f"{V1}/stock/locations",
        who="warehouse",
        json={"warehouse_id": wh["id"], "code": "WH/Shelf-1", "name": "Shelf 1"},
    )
    assert ok.status_code == 201 and ok.json()["warehouse_id"] == wh["id"]
