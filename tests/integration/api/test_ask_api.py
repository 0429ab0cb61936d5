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


CHAI_STOCK = {
    "measures": ["stock_on_hand"],
    "filters": [{"dimension": "product", "values": ["Chai"]}],
}


def test_ask_returns_what_it_understood_and_its_readings(api: Api, books: Books) -> None:
    data = api.post("/api/v1/ask", json={"question": "stock of Chai"}).json()
    # The contract: the canonical sentence (once the parser fills it) and the readings list.
    assert "understood" in data and data["readings"] == []
    assert data["understood"] is None or data["understood"].strip()


def test_a_structured_query_runs_with_the_callers_role(api: Api, books: Books) -> None:
    body = {
        "query": CHAI_STOCK,
        "as_of": "2025-05-06",
        "question": "how much Chai is in stock?",
        "lang": "en",
    }
    ok = api.post("/api/v1/ask/query", json=body)
    assert ok.status_code == 200, ok.text
    data = ok.json()
    assert data["rows"] == [[100]] and data["columns"] == ["stock_on_hand"]
    assert data["query"] == CHAI_STOCK and data["sql"].lstrip().upper().startswith("SELECT")
    assert data["question"] == "how much Chai is in stock?" and data["parser"] == "structured"
    assert data["clarification"] is None and data["readings"] == []
    zh = api.post("/api/v1/ask/query", json={"query": CHAI_STOCK, "lang": "zh"}).json()
    assert zh["lang"] == "zh" and zh["rows"] == [[100]]
    # A sales clerk may run a query on revenue, not on payables.
    clerk = api.post("/api/v1/ask/query", who="sales", json={"query": {"measures": ["revenue"]}})
    assert clerk.status_code == 200, clerk.text
    denied = api.post("/api/v1/ask/query", who="sales", json={"query": {"measures": ["payables"]}})
    assert denied.status_code == 403 and denied.json()["error"]["code"] == "forbidden"


def test_an_invalid_structured_query_is_a_json_error(api: Api, books: Books) -> None:
    def post(body: object) -> tuple[int, dict[str, str]]:
        resp = api.post("/api/v1/ask/query", json=body)
        return resp.status_code, resp.json()["error"]

    status, error = post({"query": {"measures": ["revenue"], "limit": 0}})
    assert status == 422 and error["code"] == "validation_error" and "limit" in error["message"]
    status, error = post({"query": {}})  # neither a measure nor a dimension
    assert status == 422 and "measure or dimension" in error["message"]
    status, error = post({"query": {"measures": ["revenue"], "sql": "DROP TABLE partner"}})
    assert status == 422 and "sql" in error["message"]  # unknown keys are refused
    status, error = post({"question": "revenue"})
    assert status == 422 and "query" in error["message"]
    status, error = post({"query": {"measures": ["revenue"]}, "lang": "fr"})
    assert status == 422 and "lang" in error["message"]
    # Valid in shape but not in the catalogue: the semantic layer names the part.
    status, error = post({"query": {"measures": ["revenue"], "dimensions": ["planet"]}})
    assert status == 422 and error["code"] == "invalid_input" and "planet" in error["message"]
    status, error = post({"query": {"measures": ["happiness"]}})
    assert status == 422 and "happiness" in error["message"]
