"""POST /api/v1/ask: answers narrowed by the caller's role."""

from __future__ import annotations

from tests.integration.api.conftest import Api, Books


def test_ask_and_role_narrowing(api: Api, books: Books) -> None:
    ok = api.post("/api/v1/ask", json={"question": "how many units of Chai do we have in stock"})
    assert ok.status_code == 200, ok.text
    assert ok.json()["rows"] == [[100]] and ok.json()["sql"]
    denied = api.post("/api/v1/ask", who="sales", json={"question": "what are our payables?"})
    assert denied.status_code == 403 and denied.json()["error"]["code"] == "forbidden"
    assert api.post("/api/v1/ask", json={"question": ""}).status_code == 422
