"""PUT /sales-orders/{id} and /purchase-orders/{id}: a draft revised through the API with the
same use-cases as the web and the CLI; a stale version is a 409 naming who changed what, a
confirmed order a 409 with the action table's reason, a bad line a 422 naming it; contacts
and addresses, and a product's supplier offers, through POST and PATCH."""

from __future__ import annotations

from typing import Any

import httpx

from tests.integration.api.conftest import Api, Books

V1 = "/api/v1"


def _put(api: Api, path: str, body: dict[str, Any], who: str = "admin") -> httpx.Response:
    return api.client.put(path, headers=api.headers(who), json=body)


def test_revise_a_quotation_through_the_api(api: Api, books: Books) -> None:
    created = api.post(
        f"{V1}/sales-orders",
        who="sales",
        json={
            "customer_id": books.customer_id,
            "order_date": "2026-03-01",
            "lines": [{"product_id": books.product_id, "quantity": 10}],
        },
    ).json()
    oid, line = created["id"], created["lines"][0]["id"]
    body = {
        "version": created["version"],
        "customer_id": books.customer_id,
        "order_date": "2026-03-01",
        "lines": [
            {"id": line, "product_id": books.product_id, "quantity": 4, "unit_price": "17.50"},
            {"product_id": books.product_id, "quantity": 1, "discount": "0.5"},
        ],
    }
    r = _put(api, f"{V1}/sales-orders/{oid}", body, who="sales")
    assert r.status_code == 200, r.text
    order = r.json()
    assert [(ln["id"] == line, ln["quantity"]) for ln in order["lines"]] == [
        (True, "4.000"),
        (False, "1.000"),
    ]
    assert order["amount_untaxed"] == "79.00"  # 4 x 17.50 + 1 x 18 x 0.5
    assert (
        order["version"] == created["version"] + 1 and r.headers["ETag"] == f'"v{order["version"]}"'
    )

    stale = _put(api, f"{V1}/sales-orders/{oid}", body)
    assert stale.status_code == 409
    err = stale.json()["error"]
    assert err["details"]["changed_by"] == ["sales"] and "after you opened it" in err["message"]

    bad = _put(
        api,
        f"{V1}/sales-orders/{oid}",
        {
            **body,
            "version": order["version"],
            "lines": [{"id": 999999, "product_id": books.product_id, "quantity": 1}],
        },
    )
    assert bad.status_code == 422
    assert bad.json()["error"]["details"]["field"] == "lines[1].id"

    assert api.post(f"{V1}/sales-orders/{oid}/confirm", who="sales").status_code == 200
    refused = _put(api, f"{V1}/sales-orders/{oid}", {**body, "version": order["version"] + 1})
    assert refused.status_code == 409
    assert refused.json()["error"]["message"].endswith("is confirmed; cannot change it")
    assert _put(api, f"{V1}/sales-orders/{oid}", body, who="viewer").status_code == 403


def test_revise_an_rfq_through_the_api(api: Api, books: Books) -> None:
    created = api.post(
        f"{V1}/purchase-orders",
        who="purchasing",
        json={
            "supplier_id": books.supplier_id,
            "order_date": "2026-03-01",
            "lines": [{"product_id": books.product_id, "quantity": 10, "unit_price": "9"}],
        },
    ).json()
    body = {
        "version": created["version"],
        "supplier_id": books.supplier_id,
        "order_date": "2026-03-01",
        "supplier_ref": "Q-1",
        "lines": [
            {"id": created["lines"][0]["id"], "product_id": books.product_id, "quantity": 25}
        ],
    }
    r = _put(api, f"{V1}/purchase-orders/{created['id']}", body, who="purchasing")
    assert r.status_code == 200, r.text
    assert r.json()["lines"][0]["quantity"] == "25.000"
    assert r.json()["amount_untaxed"] == "250.00"  # the supplier's offer, 10.00


def test_contacts_and_supplier_offers_through_the_api(api: Api, books: Books) -> None:
    contact = api.post(
        f"{V1}/partners",
        json={
            "name": "Maria Anders",
            "parent_id": books.customer_id,
            "is_company": False,
            "address_type": "delivery",
            "city": "Berlin",
        },
    )
    assert contact.status_code == 201, contact.text
    assert contact.json()["address_type"] == "delivery"
    # A company of its own cannot have an address type.
    bad = api.post(f"{V1}/partners", json={"name": "X", "address_type": "delivery"})
    assert bad.status_code == 422 and bad.json()["error"]["details"]["field"] == "address_type"

    product = api.get(f"{V1}/products/{books.product_id}").json()
    r = api.patch(
        f"{V1}/products/{books.product_id}",
        json={
            "version": product["version"],
            "category": "Beverages",
            "suppliers": [{"supplier_id": books.supplier_id, "price": "9.25", "lead_time_days": 5}],
        },
    )
    assert r.status_code == 200, r.text
    assert r.json()["category_id"] is not None and r.json()["version"] == product["version"] + 1
    wrong = api.patch(
        f"{V1}/products/{books.product_id}",
        json={
            "version": r.json()["version"],
            "suppliers": [{"supplier_id": books.customer_id, "price": "1"}],
        },
    )
    assert wrong.status_code == 422
    assert wrong.json()["error"]["details"]["field"] == "suppliers[1].supplier_id"
