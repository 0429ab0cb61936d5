"""/api/v1/alerts: a bill entered twice refused, then allowed with its warning; the alerts it
raises listed with filters, acknowledged, resolved and dismissed; roles and bad input."""

from __future__ import annotations

from smarterp.core.db import unit_of_work
from smarterp.intel.watch.scan import scan
from tests.integration.api.conftest import Api, Books

V1 = "/api/v1"


def _received_po(api: Api, books: Books) -> int:
    body = {
        "supplier_id": books.supplier_id,
        "order_date": "2026-03-02",
        "lines": [{"product_id": books.product_id, "quantity": "10", "unit_price": "10.00"}],
    }
    po = api.post(f"{V1}/purchase-orders", who="purchasing", json=body).json()
    api.post(f"{V1}/purchase-orders/{po['id']}/confirm", who="purchasing")
    api.post(
        f"{V1}/purchase-orders/{po['id']}/receive", who="warehouse", json={"date": "2026-03-02"}
    )
    return int(po["id"])


def _scan(api: Api) -> None:
    with unit_of_work(api.engine, actor="test") as s:
        scan(s)


def test_duplicate_bill_at_entry_and_the_alerts_it_raises(api: Api, books: Books) -> None:
    first_po, second_po, third_po = (_received_po(api, books) for _ in range(3))
    bill = {"date": "2026-03-04", "supplier_ref": "EX-1"}
    first = api.post(f"{V1}/purchase-orders/{first_po}/bill", who="purchasing", json=bill)
    assert first.status_code == 201 and first.json()["warnings"] == []
    refused = api.post(f"{V1}/purchase-orders/{second_po}/bill", who="purchasing", json=bill)
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["code"] == "invalid_input" and error["details"]["field"] == "partner_ref"
    assert first.json()["number"] in error["message"]
    meant = api.post(
        f"{V1}/purchase-orders/{second_po}/bill",
        who="purchasing",
        json=bill | {"allow_duplicate": True},
    )
    assert meant.status_code == 201
    assert meant.json()["warnings"][0].startswith("possible duplicate: supplier reference EX-1")
    other = {"date": "2026-03-05", "supplier_ref": "EX-2"}
    near = api.post(f"{V1}/purchase-orders/{third_po}/bill", who="purchasing", json=other)
    assert "the same supplier and amount as" in near.json()["warnings"][0]

    _scan(api)
    listed = api.get(f"{V1}/alerts", params={"kind": "duplicate_bill"}).json()
    assert listed["total"] == 2
    by_bill = {a["records"][0]: a for a in listed["items"]}
    assert set(by_bill) == {meant.json()["number"], near.json()["number"]}
    high = by_bill[meant.json()["number"]]
    assert high["severity"] == "high" and high["state"] == "new"
    assert high["evidence"]["reason"] == "same_reference"
    assert api.get(f"{V1}/alerts", params={"severity": "high"}).json()["total"] == 1

    # Viewers read, accountants act; a wrong step is a 409 that says why.
    assert api.get(f"{V1}/alerts/{high['id']}", who="viewer").status_code == 200
    assert api.post(f"{V1}/alerts/{high['id']}/acknowledge", who="viewer").status_code == 403
    ack = api.post(
        f"{V1}/alerts/{high['id']}/acknowledge", who="accountant", json={"note": "asking"}
    )
    assert ack.json()["state"] == "acknowledged" and ack.json()["changed_by"] == "accountant"
    done = api.post(
        f"{V1}/alerts/{high['id']}/resolve", who="accountant", json={"note": "credit note"}
    )
    assert done.json()["state"] == "resolved" and done.json()["note"] == "credit note"
    again = api.post(f"{V1}/alerts/{high['id']}/dismiss", who="accountant")
    assert (
        again.status_code == 409 and "resolved; cannot dismiss" in again.json()["error"]["message"]
    )
    low = by_bill[near.json()["number"]]
    assert api.post(f"{V1}/alerts/{low['id']}/dismiss").json()["state"] == "dismissed"
    _scan(api)
    states = {a["id"]: a["state"] for a in api.get(f"{V1}/alerts").json()["items"]}
    assert states[low["id"]] == "dismissed" and states[high["id"]] == "resolved"


def test_bad_filters_and_missing_alerts(api: Api) -> None:
    bad = api.get(f"{V1}/alerts", params={"kind": "nonsense"})
    assert bad.status_code == 422 and bad.json()["error"]["details"]["field"] == "kind"
    assert api.get(f"{V1}/alerts", params={"state": "gone"}).status_code == 422
    assert api.get(f"{V1}/alerts/987654").status_code == 404
    assert api.post(f"{V1}/alerts/987654/resolve").status_code == 404
