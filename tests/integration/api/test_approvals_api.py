"""/api/v1/approvals: policies, a held purchase order, who may decide, approve and reject."""

from __future__ import annotations

from tests.integration.api.conftest import Api, Books

POLICY = {
    "name": "Large purchases",
    "document_type": "purchase_order",
    "amount_over": "5000",
    "approver_role": "purchasing",
}


def _held_po(api: Api, books: Books, quantity: int) -> int:
    created = api.post(
        "/api/v1/purchase-orders",
        who="purchasing",
        json={
            "supplier_id": books.supplier_id,
            "order_date": "2026-02-01",
            "lines": [{"product_id": books.product_id, "quantity": quantity, "unit_price": "60"}],
        },
    )
    assert created.status_code in (200, 201), created.text
    order_id = int(created.json()["id"])
    confirmed = api.post(f"/api/v1/purchase-orders/{order_id}/confirm", who="purchasing")
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["state"] == "rfq"  # held, still a draft
    return order_id


def test_a_large_po_waits_and_a_manager_approves_it(api: Api, books: Books) -> None:
    assert api.post("/api/v1/approvals/policies", who="purchasing", json=POLICY).status_code == 403
    added = api.post("/api/v1/approvals/policies", json=POLICY)
    assert added.status_code == 201, added.text
    assert added.json()["amount_over"] == "5000.00"
    assert api.get("/api/v1/approvals/policies", who="viewer").json()[0]["name"] == POLICY["name"]
    order_id = _held_po(api, books, 100)
    actions = api.get(f"/api/v1/purchase-orders/{order_id}/actions", who="purchasing").json()
    confirm = next(a for a in actions if a["name"] == "confirm")
    assert confirm["allowed"] is False
    assert "waiting for approval by purchasing" in confirm["reason"]
    again = api.post(f"/api/v1/purchase-orders/{order_id}/confirm", who="purchasing")
    assert again.status_code == 409
    pending = api.get(
        f"/api/v1/approvals?document_type=purchase_order&document_id={order_id}"
    ).json()
    assert [r["amount"] for r in pending] == ["6000.00"]
    assert pending[0]["requested_by"] == "purchasing"
    request_id = pending[0]["id"]
    own = api.post(f"/api/v1/approvals/{request_id}/approve", who="purchasing", json={})
    assert own.status_code == 403
    assert "purchasing asked for this approval and cannot decide it" in own.text
    wrong_role = api.post(f"/api/v1/approvals/{request_id}/approve", who="sales", json={})
    assert (
        wrong_role.status_code == 403
        and "needs someone in the purchasing role; sales is sales" in wrong_role.text
    )
    assert api.post(f"/api/v1/approvals/{request_id}/approve", who="viewer").status_code == 403
    approved = api.post(f"/api/v1/approvals/{request_id}/approve", json={"comment": "fine"})
    assert approved.status_code == 200, approved.text
    assert approved.json()["state"] == "approved" and approved.json()["decided_by"] == "admin"
    assert api.get("/api/v1/approvals").json() == []
    done = api.post(f"/api/v1/purchase-orders/{order_id}/confirm", who="purchasing")
    assert done.status_code == 200 and done.json()["state"] == "confirmed"


def test_a_rejection_needs_a_comment_and_frees_the_draft(api: Api, books: Books) -> None:
    api.post("/api/v1/approvals/policies", json=POLICY)
    order_id = _held_po(api, books, 200)
    (request,) = api.get("/api/v1/approvals").json()
    blank = api.post(f"/api/v1/approvals/{request['id']}/reject", json={"comment": ""})
    assert blank.status_code == 422 and "say why" in blank.text
    rejected = api.post(
        f"/api/v1/approvals/{request['id']}/reject", json={"comment": "Ask for a better price"}
    )
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["comment"] == "Ask for a better price"
    history = api.get("/api/v1/approvals?state=rejected").json()
    assert [r["id"] for r in history] == [request["id"]]
    actions = api.get(f"/api/v1/purchase-orders/{order_id}/actions", who="purchasing").json()
    assert next(a for a in actions if a["name"] == "edit")["allowed"] is True
    twice = api.post(f"/api/v1/approvals/{request['id']}/approve", json={})
    assert twice.status_code == 409 and "is rejected" in twice.text
    assert api.get("/api/v1/approvals/999999").status_code == 404
    policy_id = api.get("/api/v1/approvals/policies").json()[0]["id"]
    off = api.post(f"/api/v1/approvals/policies/{policy_id}/disable")
    assert off.status_code == 200 and off.json()["enabled"] is False
    assert (
        api.post(f"/api/v1/approvals/policies/{policy_id}/enable", who="sales").status_code == 403
    )
    assert api.post(f"/api/v1/approvals/policies/{policy_id}/pause").status_code == 422
