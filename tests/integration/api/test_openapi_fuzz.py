"""Property-based test from the OpenAPI document: whatever schemathesis sends, no 500s."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.integration.api.conftest import Api, Books

EXAMPLES_PER_OPERATION = 10


def test_no_generated_request_makes_the_server_fail(api: Api, books: Books) -> None:
    # `books` gives the generated requests real records to hit now and then (ids 1, 2...).
    schema = schemathesis.openapi.from_asgi("/openapi.json", api.client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 30

    for operation in operations:

        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def no_server_error(case: Any) -> None:
            response = case.call(headers=api.headers("admin"))
            where = (case.method, case.formatted_path, response.status_code)
            # A request that hits a real record may get a PDF back: only text is read as text.
            kind = " ".join(response.headers.get("content-type") or [])  # values are lists
            body = response.text if kind.startswith(("application/json", "text/")) else ""
            assert response.status_code < 500, (*where, body[:500])
            assert "Traceback" not in body, where
            if response.status_code >= 400 and response.status_code != 422:
                # Every refusal speaks the documented error shape.
                assert "error" in response.json(), (*where, response.text[:300])

        no_server_error()
