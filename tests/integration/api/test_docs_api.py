"""The documents API: read an email, store it once, draft an order, ask the graph."""

from __future__ import annotations

from smarterp.core.db import unit_of_work
from tests.integration.api.conftest import Api
from tests.integration.test_docs_ingest import build_company

ORDER = {
    "id": "api-1",
    "from": "Maria Anders <maria.anders@alfreds.example>",
    "subject": "Order",
    "date": "2025-03-05",
    "body": "Please send 12 cases of Chai by next Friday.\nMaria",
}


def test_extract_store_draft_and_graph(api: Api) -> None:
    with unit_of_work(api.engine, actor="test") as s:
        ids = build_company(s)
    read = api.post("/api/v1/docs/extract", json=ORDER, who="accountant")
    assert read.status_code == 200, read.text
    got = read.json()
    assert got["customer"] == "Alfreds Futterkiste" and got["requested_date"] == "2025-03-14"
    assert got["lines"][0]["text"] == "12 cases of Chai"
    first = api.post("/api/v1/docs/documents", json=ORDER, who="sales")
    again = api.post("/api/v1/docs/documents", json=ORDER, who="sales")
    assert first.status_code == 200 and again.status_code == 200, first.text
    assert first.json()["created"] and not again.json()["created"]
    doc_id = first.json()["document"]["id"]
    assert again.json()["document"]["id"] == doc_id
    listed = api.get("/api/v1/docs/documents?intent=new_order").json()
    assert listed["total"] == 1 and listed["items"][0]["partner_id"] == ids["alfreds"]
    draft = api.post(f"/api/v1/docs/documents/{doc_id}/draft", who="sales")
    assert draft.status_code == 200, draft.text
    assert draft.json()["number"] and draft.json()["fields"]["lines"][0]["product"] == "Chai"
    about = api.get("/api/v1/docs/graph/Alfreds Futterkiste/about")
    assert about.status_code == 200 and "orders" in about.json()["facts"]
    assert (
        api.get("/api/v1/docs/graph/neighbors", params={"node": "nobody at all"}).status_code == 404
    )


def test_permissions_and_bad_input(api: Api) -> None:
    assert api.post("/api/v1/docs/documents", json=ORDER, who="accountant").status_code == 403
    assert api.post("/api/v1/docs/extract", json={**ORDER, "body": ""}).status_code == 422
    assert api.get("/api/v1/docs/documents/999").status_code == 404
