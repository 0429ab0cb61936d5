"""Every router's happy path through HTTP: partners, products, stock, orders, money, reports."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from smarterp.core.audit import AuditRecord
from smarterp.core.db import session_factory
from smarterp.core.permissions import Role
from smarterp.erp.sales import service as sales
from tests.integration.api.conftest import Api, Books

V1 = "/api/v1"


def test_partners_create_list_search_get_patch(api: Api) -> None:
    r = api.post(
        f"{V1}/partners", json={"name": "Blauer See", "is_customer": True, "city": "Mannheim"}
    )
    assert r.status_code == 201, r.text
    partner = r.json()
    assert r.headers["ETag"] == '"v1"'
    assert r.headers["Location"] == f"{V1}/partners/{partner['id']}"
    api.post(f"{V1}/partners", json={"name": "Exotic Liquids", "is_supplier": True})

    page = api.get(f"{V1}/partners", params={"sort": "-name", "limit": 1}).json()
    assert page["total"] == 2 and page["limit"] == 1
    assert [p["name"] for p in page["items"]] == ["Exotic Liquids"]
    found = api.get(f"{V1}/partners", params={"q": "mannh", "is_customer": True}).json()
    assert [p["id"] for p in found["items"]] == [partner["id"]]

    r = api.get(f"{V1}/partners/{partner['id']}", who="viewer")
    assert r.status_code == 200 and r.headers["ETag"] == '"v1"'

    r = api.patch(f"{V1}/partners/{partner['id']}", json={"version": 1, "phone": "0621-08460"})
    assert r.status_code == 200, r.text
    assert r.json()["version"] == 2 and r.headers["ETag"] == '"v2"'
    r = api.patch(
        f"{V1}/partners/{partner['id']}", json={"city": "Berlin"}, headers={"If-Match": '"v2"'}
    )
    assert r.status_code == 200 and r.json()["city"] == "Berlin"


def test_stale_patch_gets_409_and_missing_version_428(api: Api) -> None:
    pid = api.post(f"{V1}/partners", json={"name": "Alfreds"}).json()["id"]
    assert api.patch(f"{V1}/partners/{pid}", json={"version": 1, "city": "A"}).status_code == 200
    stale = api.patch(f"{V1}/partners/{pid}", json={"version": 1, "city": "B"})
    assert stale.status_code == 409
    err = stale.json()["error"]
    assert err["code"] == "conflict"
    details = err["details"]
    assert (details["field"], details["current"], details["yours"]) == ("version", 2, 1)
    assert details["changed_fields"] == ["city"] and len(details["changed_by"]) == 1
    stale = api.patch(f"{V1}/partners/{pid}", json={"city": "B"}, headers={"If-Match": '"v1"'})
    assert stale.status_code == 409
    missing = api.patch(f"{V1}/partners/{pid}", json={"city": "B"})
    assert missing.status_code == 428
    assert missing.json()["error"]["code"] == "precondition_required"
    clash = api.patch(f"{V1}/partners/{pid}", json={"version": 2}, headers={"If-Match": '"v1"'})
    assert clash.status_code == 422


def test_products_create_list_get_patch(api: Api, books: Books) -> None:
    body = {
        "sku": "TOFU",
        "name": "Tofu",
        "sale_price": "23.25",
        "cost": "15",
        "category": "Produce",
    }
    r = api.post(f"{V1}/products", who="purchasing", json=body)
    assert r.status_code == 201, r.text
    tofu = r.json()
    assert tofu["sale_price"] == "23.2500" and r.headers["ETag"] == '"v1"'
    page = api.get(f"{V1}/products", params={"q": "to", "sort": "sku"}).json()
    assert [p["sku"] for p in page["items"]] == ["TOFU"] and page["total"] == 1
    assert api.get(f"{V1}/products", params={"sort": "-sku"}).json()["items"][0]["sku"] == "TOFU"
    r = api.get(f"{V1}/products/{tofu['id']}")
    assert r.json()["name"] == "Tofu"
    r = api.patch(
        f"{V1}/products/{tofu['id']}",
        json={"sale_price": "25"},
        headers={"If-Match": r.headers["ETag"]},
    )
    assert r.status_code == 200 and Decimal(r.json()["sale_price"]) == 25
    assert api.patch(f"{V1}/products/{tofu['id']}", json={"version": 1}).status_code == 409


def test_stock_list_and_count(api: Api, books: Books) -> None:
    page = api.get(f"{V1}/stock", who="warehouse").json()
    assert page["total"] == 1 and Decimal(page["items"][0]["on_hand"]) == Decimal("100.0000")
    r = api.post(
        f"{V1}/stock/counts",
        who="warehouse",
        json={
            "date": "2026-01-31",
            "lines": [{"product_id": books.product_id, "counted_quantity": 97}],
        },
    )
    assert r.status_code == 201, r.text
    count = r.json()
    assert count["state"] == "done" and Decimal(count["lines"][0]["expected_quantity"]) == Decimal(
        "100.0000"
    )
    assert api.get(f"{V1}/stock/counts/{count['id']}").json()["number"] == count["number"]
    row = api.get(f"{V1}/stock", params={"q": "chai"}).json()["items"][0]
    assert Decimal(row["on_hand"]) == 97


def _order_body(books: Books, quantity: int = 10) -> dict[str, object]:
    return {
        "customer_id": books.customer_id,
        "order_date": "2026-03-01",
        "lines": [{"product_id": books.product_id, "quantity": quantity}],
    }


def test_sales_order_life_cycle_and_audit_names_the_api_user(api: Api, books: Books) -> None:
    r = api.post(f"{V1}/sales-orders", who="sales", json=_order_body(books))
    assert r.status_code == 201, r.text
    order = r.json()
    assert order["state"] == "draft" and order["amount_untaxed"] == "180.00"
    oid = order["id"]
    assert api.post(f"{V1}/sales-orders/{oid}/confirm", who="sales").json()["state"] == "confirmed"
    line = order["lines"][0]["id"]
    r = api.post(
        f"{V1}/sales-orders/{oid}/deliver",
        who="warehouse",
        json={"date": "2026-03-02", "quantities": {str(line): 6}},
    )
    assert r.status_code == 200, r.text
    assert Decimal(r.json()["order"]["lines"][0]["qty_delivered"]) == Decimal("6.0000")
    assert r.json()["shipment"]["state"] == "done"
    r = api.post(f"{V1}/sales-orders/{oid}/invoice", who="accountant", json={"date": "2026-03-02"})
    assert r.status_code == 201, r.text
    invoice = r.json()
    assert invoice["kind"] == "out_invoice" and invoice["amount_untaxed"] == "108.00"

    r = api.post(
        f"{V1}/payments",
        who="accountant",
        json={
            "partner_id": books.customer_id,
            "partner_role": "customer",
            "direction": "inbound",
            "amount": invoice["amount_total"],
            "date": "2026-03-10",
        },
    )
    assert r.status_code == 201, r.text
    assert api.get(f"{V1}/invoices/{invoice['id']}").json()["state"] == "paid"
    payments = api.get(f"{V1}/payments", who="viewer", params={"partner_id": books.customer_id})
    assert payments.json()["total"] == 1

    r = api.post(
        f"{V1}/sales-orders/{oid}/return",
        who="sales",
        json={"quantities": {str(line): 2}, "date": "2026-03-12", "reason": "damaged"},
    )
    assert r.status_code == 201, r.text
    assert r.json()["credit_note"]["kind"] == "out_refund"
    assert Decimal(r.json()["order"]["lines"][0]["qty_returned"]) == Decimal("2.0000")

    invoices = api.get(f"{V1}/invoices", params={"kind": "out_invoice", "state": "paid"}).json()
    assert [i["id"] for i in invoices["items"]] == [invoice["id"]]
    notes = api.get(f"{V1}/invoices", params={"partner_id": books.customer_id, "sort": "id"})
    assert [i["kind"] for i in notes.json()["items"]] == ["out_invoice", "out_refund"]

    other = api.post(f"{V1}/sales-orders", who="sales", json=_order_body(books, 1)).json()
    r = api.post(f"{V1}/sales-orders/{other['id']}/cancel", who="sales", json={"reason": "dup"})
    assert r.json()["state"] == "cancelled"
    listed = api.get(f"{V1}/sales-orders", params={"state": "cancelled"}).json()
    assert [o["id"] for o in listed["items"]] == [other["id"]]
    assert api.get(f"{V1}/sales-orders/{oid}", who="viewer").json()["number"] == order["number"]

    with session_factory(api.engine)() as s:
        rec = s.scalars(
            select(AuditRecord).where(AuditRecord.action == "sales_order.confirm")
        ).one()
        assert (rec.actor, rec.via) == ("sales", "api")


def test_idempotent_retry_creates_one_order(api: Api, books: Books) -> None:
    key = {"Idempotency-Key": "order-7f3a"}
    first = api.post(f"{V1}/sales-orders", who="sales", json=_order_body(books), headers=key)
    again = api.post(f"{V1}/sales-orders", who="sales", json=_order_body(books), headers=key)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert api.get(f"{V1}/sales-orders").json()["total"] == 1
    # The key is the user's own: another user with the same key makes their own order.
    api.post(f"{V1}/sales-orders", who="admin", json=_order_body(books), headers=key)
    assert api.get(f"{V1}/sales-orders").json()["total"] == 2
    # Actions dedupe too: a retried confirm answers like the first instead of 409.
    oid = first.json()["id"]
    for _ in range(2):
        r = api.post(f"{V1}/sales-orders/{oid}/confirm", who="sales", headers=key)
        assert r.status_code == 200 and r.json()["state"] == "confirmed"
    body = {"name": "Once Only", "is_customer": True}
    ids = {api.post(f"{V1}/partners", json=body, headers=key).json()["id"] for _ in range(2)}
    assert len(ids) == 1


def test_purchase_order_life_cycle(api: Api, books: Books) -> None:
    body = {
        "supplier_id": books.supplier_id,
        "order_date": "2026-02-01",
        "lines": [{"product_id": books.product_id, "quantity": 20}],
    }
    r = api.post(f"{V1}/purchase-orders", who="purchasing", json=body)
    assert r.status_code == 201, r.text
    po = r.json()
    assert po["state"] == "rfq" and po["amount_untaxed"] == "200.00"
    r = api.post(f"{V1}/purchase-orders/{po['id']}/confirm", who="purchasing")
    assert r.json()["state"] == "confirmed"
    r = api.post(
        f"{V1}/purchase-orders/{po['id']}/receive", who="warehouse", json={"date": "2026-02-03"}
    )
    assert r.status_code == 200, r.text
    assert Decimal(r.json()["order"]["lines"][0]["qty_received"]) == Decimal("20.0000")
    r = api.post(
        f"{V1}/purchase-orders/{po['id']}/bill",
        who="accountant",
        json={"date": "2026-02-04", "supplier_ref": "EL-991"},
    )
    assert r.status_code == 201, r.text
    assert r.json()["kind"] == "in_invoice"
    match = api.get(f"{V1}/purchase-orders/{po['id']}/match").json()
    assert match["matched"] is True and match["issues"] == []
    listed = api.get(f"{V1}/purchase-orders", params={"supplier_id": books.supplier_id}).json()
    assert listed["items"][0]["state"] == "done"
    assert api.get(f"{V1}/purchase-orders/{po['id']}", who="viewer").status_code == 200


def test_actions_listed_are_the_tables_verdicts_and_the_routes_follow_them(
    api: Api, books: Books
) -> None:
    """GET .../actions answers from the order's action table for the caller's role; an action
    it calls not allowed is refused with the reason it gave; purchase orders now cancel and
    take returns through the API as the table says they can."""
    oid = api.post(f"{V1}/sales-orders", who="sales", json=_order_body(books)).json()["id"]
    api.post(f"{V1}/sales-orders/{oid}/confirm", who="sales")
    api.post(f"{V1}/sales-orders/{oid}/deliver", who="warehouse", json={"date": "2026-03-02"})
    r = api.get(f"{V1}/sales-orders/{oid}/actions", who="warehouse")
    assert r.status_code == 200, r.text
    listed = {a["name"]: a for a in r.json()}
    with session_factory(api.engine)() as s:
        order = sales.get_order(s, oid)
        table = sales.ACTIONS.listing(s, order, Role.WAREHOUSE)
    assert r.json() == [a.model_dump() for a in table]
    assert list(listed) == ["edit", "confirm", "deliver", "invoice", "return", "cancel"]
    number = api.get(f"{V1}/sales-orders/{oid}").json()["number"]
    assert listed["deliver"] == {
        "name": "deliver",
        "permission": "sales.deliver",
        "permitted": True,
        "allowed": False,
        "reason": f"sales order {number} is fully delivered; cannot deliver more",
    }
    assert listed["invoice"]["permitted"] is False and listed["invoice"]["allowed"] is False
    assert listed["invoice"]["reason"] == "role warehouse may not use invoices.write"
    assert api.get(f"{V1}/sales-orders/{oid}/actions", who="sales").json()[3]["allowed"] is True
    refused = api.post(f"{V1}/sales-orders/{oid}/cancel", who="sales")
    assert refused.status_code == 409
    assert refused.json()["error"]["message"] == listed["cancel"]["reason"]

    body = {
        "supplier_id": books.supplier_id,
        "order_date": "2026-02-01",
        "lines": [{"product_id": books.product_id, "quantity": 5}],
    }
    po = api.post(f"{V1}/purchase-orders", who="purchasing", json=body).json()
    assert api.post(f"{V1}/purchase-orders/{po['id']}/cancel", who="warehouse").status_code == 403
    r = api.post(f"{V1}/purchase-orders/{po['id']}/cancel", who="purchasing")
    assert r.status_code == 200 and r.json()["state"] == "cancelled"
    po = api.post(f"{V1}/purchase-orders", who="purchasing", json=body).json()
    api.post(f"{V1}/purchase-orders/{po['id']}/confirm", who="purchasing")
    api.post(f"{V1}/purchase-orders/{po['id']}/receive", who="warehouse", json={})
    line = po["lines"][0]["id"]
    r = api.post(
        f"{V1}/purchase-orders/{po['id']}/return",
        who="purchasing",
        json={"quantities": {str(line): 2}, "reason": "damaged"},
    )
    assert r.status_code == 201, r.text
    assert r.json()["credit_note"] is None  # nothing was billed yet, so nothing is credited
    assert Decimal(r.json()["order"]["lines"][0]["qty_returned"]) == Decimal("2.0000")
    actions = api.get(f"{V1}/purchase-orders/{po['id']}/actions", who="viewer").json()
    assert [a["name"] for a in actions if a["allowed"]] == []  # a viewer may look, not act
    assert [a["name"] for a in actions if a["permitted"]] == []


def test_journal_entries_create_get_list_reverse(api: Api) -> None:
    body = {
        "date": "2026-01-15",
        "ref": "rent January",
        "lines": [
            {"account_code": "6100", "debit": "1200.00"},
            {"account_code": "1010", "credit": "1200.00"},
        ],
    }
    r = api.post(f"{V1}/journal-entries", who="accountant", json=body)
    assert r.status_code == 201, r.text
    entry = r.json()
    assert entry["state"] == "posted" and len(entry["lines"]) == 2
    assert api.get(f"{V1}/journal-entries/{entry['id']}").json()["ref"] == "rent January"
    r = api.post(
        f"{V1}/journal-entries/{entry['id']}/reverse", who="accountant", json={"reason": "typo"}
    )
    assert r.status_code == 201, r.text
    assert r.json()["reversal_of_id"] == entry["id"]
    page = api.get(f"{V1}/journal-entries", params={"journal": "GEN", "sort": "id"}).json()
    assert [e["id"] for e in page["items"]] == [entry["id"], r.json()["id"]]
    bad = {**body, "lines": [body["lines"][0], {"account_code": "1010", "credit": "1.00"}]}
    r = api.post(f"{V1}/journal-entries", who="accountant", json=bad)
    assert r.status_code == 422 and r.json()["error"]["code"] == "unbalanced_entry"


def test_reports(api: Api, books: Books) -> None:
    for path, who, params in [
        ("trial-balance", "accountant", {"as_of": "2026-12-31"}),
        ("pnl", "viewer", {"date_from": "2026-01-01", "date_to": "2026-12-31"}),
        ("balance-sheet", "accountant", {}),
        ("aging", "accountant", {"kind": "payable", "as_of": "2026-06-30"}),
        ("tax", "viewer", {"date_from": "2026-01-01", "date_to": "2026-12-31"}),
        ("stock", "warehouse", {"below_reorder": "false"}),
        ("stock-valuation", "admin", {}),
        ("sales", "sales", {"by": "quarter"}),
    ]:
        r = api.get(f"{V1}/reports/{path}", who=who, params=params)
        assert r.status_code == 200, (path, r.text)
    tb = api.get(f"{V1}/reports/trial-balance").json()
    assert tb["total_debit"] == tb["total_credit"] == "1000.00"
    assert api.get(f"{V1}/reports/balance-sheet").json()["balanced"] is True
    assert api.get(f"{V1}/reports/stock-valuation").json()["difference"] == "0.00"
    assert api.get(f"{V1}/reports/aging", params={"kind": "sideways"}).status_code == 422
    vat = api.get(f"{V1}/reports/tax").json()
    assert vat["ties"] is True and vat["net_payable"] == "0.00"  # only opening stock, no invoices
    assert api.get(f"{V1}/reports/tax", who="purchasing").status_code == 403
    backwards = {"date_from": "2026-12-31", "date_to": "2026-01-01"}
    assert api.get(f"{V1}/reports/tax", params=backwards).status_code == 422
