"""Posting and cancelling invoices and bills through the API: the routes take the actions of
the invoice's table, with its permissions and its reasons, once per idempotency key."""

from __future__ import annotations

from decimal import Decimal

from smarterp.core.db import session_factory
from smarterp.core.permissions import Role
from smarterp.erp.accounting.models import JournalEntry
from smarterp.erp.invoicing import service as invoicing
from tests.integration.api.conftest import Api, Books

V1 = "/api/v1"


def _draft_invoice(api: Api, books: Books) -> dict:  # type: ignore[type-arg]
    body = {
        "customer_id": books.customer_id,
        "order_date": "2026-03-01",
        "lines": [{"product_id": books.product_id, "quantity": 4, "tax_code": "VAT13"}],
    }
    oid = api.post(f"{V1}/sales-orders", who="sales", json=body).json()["id"]
    api.post(f"{V1}/sales-orders/{oid}/confirm", who="sales")
    api.post(f"{V1}/sales-orders/{oid}/deliver", who="warehouse", json={"date": "2026-03-02"})
    r = api.post(
        f"{V1}/sales-orders/{oid}/invoice", who="sales", json={"date": "2026-03-02", "post": False}
    )
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def test_post_then_cancel_refused_once_paid_as_the_table_says(api: Api, books: Books) -> None:
    draft = _draft_invoice(api, books)
    iid = draft["id"]
    assert (draft["state"], draft["number"]) == ("draft", None)
    listed = {a["name"]: a for a in api.get(f"{V1}/invoices/{iid}/actions", who="sales").json()}
    assert (listed["post"]["allowed"], listed["cancel"]["allowed"]) == (True, True)
    assert listed["pay"]["reason"] == f"invoice {iid} is draft; cannot settle it"

    assert api.post(f"{V1}/invoices/{iid}/post", who="viewer").status_code == 403
    assert api.post(f"{V1}/invoices/{iid}/post", who="warehouse").status_code == 403
    key = {"Idempotency-Key": "post-once"}
    r = api.post(f"{V1}/invoices/{iid}/post", who="accountant", headers=key)
    assert r.status_code == 200, r.text
    posted = r.json()
    assert posted["state"] == "posted" and posted["number"].startswith("INV/2026/")
    assert (posted["lines"][0]["tax_code"], posted["lines"][0]["tax_rate"]) == ("VAT13", "0.1300")
    again = api.post(f"{V1}/invoices/{iid}/post", who="accountant", headers=key)
    assert again.status_code == 200 and again.json() == posted  # the same answer, booked once
    refused = api.post(f"{V1}/invoices/{iid}/post", who="accountant")
    assert refused.status_code == 409
    assert refused.json()["error"]["message"] == (
        f"invoice {posted['number']} is posted; cannot post it"
    )

    r = api.post(
        f"{V1}/payments",
        who="accountant",
        json={
            "partner_id": books.customer_id,
            "partner_role": "customer",
            "direction": "inbound",
            "amount": "10.00",
            "date": "2026-03-05",
        },
    )
    assert r.status_code == 201, r.text
    listed = {a["name"]: a for a in api.get(f"{V1}/invoices/{iid}/actions").json()}
    reason = (
        f"invoice {posted['number']} is partly paid; cannot cancel it; "
        "refund it with a credit note instead"
    )
    assert listed["cancel"] == {
        "name": "cancel",
        "permission": "invoices.write",
        "permitted": True,
        "allowed": False,
        "reason": reason,
    }
    refused = api.post(f"{V1}/invoices/{iid}/cancel", who="accountant", json={"reason": "oops"})
    assert refused.status_code == 409 and refused.json()["error"]["message"] == reason
    assert api.get(f"{V1}/invoices/{iid}").json()["state"] == "posted"


def test_cancel_a_posted_bill_reverses_its_entry_and_reopens_the_order(
    api: Api, books: Books
) -> None:
    body = {
        "supplier_id": books.supplier_id,
        "order_date": "2026-02-01",
        "lines": [{"product_id": books.product_id, "quantity": 5}],
    }
    po = api.post(f"{V1}/purchase-orders", who="purchasing", json=body).json()
    api.post(f"{V1}/purchase-orders/{po['id']}/confirm", who="purchasing")
    api.post(f"{V1}/purchase-orders/{po['id']}/receive", who="warehouse", json={})
    bill = api.post(f"{V1}/purchase-orders/{po['id']}/bill", who="purchasing", json={}).json()
    assert bill["state"] == "posted"
    assert api.get(f"{V1}/purchase-orders/{po['id']}").json()["state"] == "done"

    r = api.post(
        f"{V1}/invoices/{bill['id']}/cancel", who="purchasing", json={"reason": "billed twice"}
    )
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "cancelled" and r.json()["amount_residual"] == "0.00"
    with session_factory(api.engine)() as s:
        invoice = invoicing.get_invoice(s, bill["id"])
        entry = s.get_one(JournalEntry, invoice.journal_entry_id)
        assert entry.reversed_by_id is not None
        reversal = s.get_one(JournalEntry, entry.reversed_by_id)
        assert reversal.ref == f"Reversal of {entry.number}: billed twice"
        table = invoicing.ACTIONS.listing(s, invoice, Role.PURCHASING)
    assert api.get(f"{V1}/invoices/{bill['id']}/actions", who="purchasing").json() == [
        a.model_dump() for a in table
    ]
    assert [a.allowed for a in table] == [False, False, False]
    order = api.get(f"{V1}/purchase-orders/{po['id']}").json()
    assert order["state"] == "confirmed" and Decimal(order["lines"][0]["qty_billed"]) == 0
    actions = api.get(f"{V1}/purchase-orders/{po['id']}/actions", who="purchasing").json()
    assert [a["name"] for a in actions if a["allowed"]] == ["bill", "return"]
    assert api.post(f"{V1}/invoices/999999/cancel", who="purchasing").status_code == 404
