"""Error shapes, health checks, the OpenAPI document and the whole permission table."""

from __future__ import annotations

import logging
import re
from typing import Any

import httpx
import pytest

from smarterp.api.app import api_routes, route_permission
from smarterp.core.permissions import PERMISSIONS, Role
from tests.integration.api.conftest import Api, Books

V1 = "/api/v1"


def _error(r: httpx.Response) -> dict[str, Any]:
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    return dict(body["error"])


def test_health_readiness_and_openapi(api: Api) -> None:
    assert api.client.get("/healthz").json()["status"] == "ok"
    ready = api.client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["revision"]
    doc = api.client.get("/openapi.json").json()
    assert doc["info"]["title"] == "smarterp"
    assert doc["paths"]["/api/v1/sales-orders"]["post"]["x-permission"] == "sales.write"
    assert api.client.get("/docs").status_code == 200


def test_auth_errors(api: Api) -> None:
    r = api.client.get(f"{V1}/partners")
    assert r.status_code == 401 and r.headers["WWW-Authenticate"] == "Bearer"
    assert _error(r)["code"] == "unauthorized"
    r = api.client.get(f"{V1}/partners", headers={"Authorization": "Bearer sk_nope"})
    assert r.status_code == 401 and "invalid or revoked" in str(_error(r)["message"])
    r = api.post(f"{V1}/payments", who="sales", json={})
    assert r.status_code == 403
    err = _error(r)
    assert err["code"] == "forbidden" and err["details"] == {
        "permission": "payments.write",
        "role": "sales",
    }
    # A scoped token is held to its scopes even when its user (an admin) could do more.
    assert api.get(f"{V1}/sales-orders", who="scoped").status_code == 200
    assert api.post(f"{V1}/sales-orders", who="scoped", json={}).status_code == 403


def test_not_found_validation_conflict_and_method_errors(api: Api, books: Books) -> None:
    r = api.get(f"{V1}/partners/9999")
    assert r.status_code == 404
    assert _error(r) == {
        "code": "not_found",
        "message": "partner 9999 does not exist",
        "details": {"entity": "partner", "key": 9999},
    }
    assert _error(api.client.get("/api/v1/nothing-here"))["code"] == "not_found"
    r = api.client.delete(f"{V1}/partners", headers=api.headers())
    assert r.status_code == 405 and _error(r)["code"] == "method_not_allowed"

    r = api.post(
        f"{V1}/sales-orders",
        json={"customer_id": books.customer_id, "order_date": "someday", "lines": []},
    )
    assert r.status_code == 422
    err = _error(r)
    assert err["code"] == "validation_error"
    fields = {e["field"] for e in err["details"]["errors"]}
    assert fields == {"order_date", "lines"}
    r = api.get(f"{V1}/partners", params={"sort": "password"})
    assert r.status_code == 422 and _error(r)["details"]["field"] == "sort"
    # A rule of the books, not a schema: the service's own 422.
    r = api.post(f"{V1}/partners", json={"name": "X", "parent_id": 4242})
    assert r.status_code == 404

    order = {
        "customer_id": books.customer_id,
        "order_date": "2026-03-01",
        "lines": [{"product_id": books.product_id, "quantity": 1}],
    }
    oid = api.post(f"{V1}/sales-orders", json=order).json()["id"]
    assert api.post(f"{V1}/sales-orders/{oid}/confirm").status_code == 200
    r = api.post(f"{V1}/sales-orders/{oid}/confirm")
    assert r.status_code == 409 and _error(r)["code"] == "illegal_state"


def test_unexpected_error_is_logged_and_hidden(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    @api.client.app.get("/boom")  # type: ignore[attr-defined]
    def boom() -> None:
        raise RuntimeError("secret internals")

    with caplog.at_level(logging.ERROR, logger="smarterp.api"):
        r = api.client.get("/boom")
    assert r.status_code == 500
    assert _error(r)["code"] == "internal_error"
    assert "secret" not in r.text and "Traceback" not in r.text
    assert "secret internals" in caplog.text


def _routes() -> list[tuple[str, str, str]]:
    found = []
    for full_path, route in api_routes():
        permission = route_permission(route)
        assert permission in PERMISSIONS, f"{full_path} declares no permission"
        path = re.sub(r"\{[^}]+\}", "987654", full_path)  # every path parameter, whole
        for method in route.methods or ():
            found.append((method, path, permission))
    return found


# Reads that explain figures between two periods: with no dates they take the latest month
# with sales, and the empty test books have none, so a bare GET is a clear 422, not a 200.
NEEDS_SALES = {"/api/v1/explain/revenue", "/api/v1/explain/margin"}


def test_permission_table_every_role_every_route(api: Api) -> None:
    """Each route answers 401 without a token, 403 to a role without its permission, and
    anything else (200, 404 for a missing record, 422 for the empty body) to one with it."""
    routes = _routes()
    assert len(routes) >= 30
    areas = {perm.split(".")[0] for _, _, perm in routes}
    assert areas >= {"partners", "products", "stock", "sales", "purchasing", "invoices"}
    for method, path, permission in routes:
        body: dict[str, Any] = {"json": {}} if method in ("POST", "PATCH") else {}
        r = api.client.request(method, path, **body)
        assert r.status_code == 401, (method, path)
        for role in Role:
            r = api.client.request(method, path, headers=api.headers(role.value), **body)
            if role in PERMISSIONS[permission]:
                assert r.status_code not in (401, 403, 500), (role, method, path, r.text)
                if method == "GET" and "987654" not in path:
                    expected = 422 if path in NEEDS_SALES else 200
                    assert r.status_code == expected, (role, method, path, r.text)
            else:
                assert r.status_code == 403, (role, method, path, r.status_code)
