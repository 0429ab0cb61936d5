"""The webhooks router: subscribe (secret shown once), list, deliveries, stop."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from smarterp.api.app import create_app
from smarterp.automation.webhooks import dispatch, service
from smarterp.automation.webhooks.schemas import SubscriptionIn
from smarterp.core.db import unit_of_work
from tests.integration.api.conftest import Api, Books
from tests.integration.test_webhooks import Receiver, intranet  # noqa: F401 (a fixture)

# The receivers here listen on 127.0.0.1, reachable only through the allow-list.
pytestmark = pytest.mark.usefixtures("intranet")


def test_subscribe_list_deliver_and_stop(api: Api, books: Books) -> None:
    r = api.post(
        "/api/v1/webhooks",
        json={"url": "http://127.0.0.1:9/in", "topics": ["sales_order.*"]},
        headers={"Idempotency-Key": "hook-1"},
    )
    assert r.status_code == 201, r.text
    created = r.json()
    assert len(created["secret"]) >= 32
    again = api.post(
        "/api/v1/webhooks",
        json={"url": "http://127.0.0.1:9/in", "topics": ["sales_order.*"]},
        headers={"Idempotency-Key": "hook-1"},
    )
    assert again.json()["id"] == created["id"]

    listed = api.get("/api/v1/webhooks").json()
    assert [s["id"] for s in listed] == [created["id"]]
    assert "secret" not in listed[0]

    order = api.post(
        "/api/v1/sales-orders",
        json={
            "customer_id": books.customer_id,
            "order_date": "2026-11-02",
            "lines": [{"product_id": books.product_id, "quantity": "2"}],
        },
    )
    assert order.status_code == 201, order.text
    dispatch.dispatch_once(api.engine)  # nobody listens on port 9: the attempt fails
    [delivery] = api.get(f"/api/v1/webhooks/{created['id']}/deliveries").json()
    assert delivery["attempts"] == 1 and delivery["state"] == "pending"
    assert "ConnectError" in delivery["last_error"]

    stopped = api.client.delete(f"/api/v1/webhooks/{created['id']}", headers=api.headers())
    assert stopped.status_code == 200 and stopped.json()["active"] is False
    assert api.get("/api/v1/webhooks?active=true").json() == []


def test_a_bad_url_is_a_422_naming_the_field(api: Api) -> None:
    r = api.post("/api/v1/webhooks", json={"url": "not a url"})
    assert r.status_code == 422
    assert "url" in r.text


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/in",
        "http://[::1]:8000/in",
        "http://2130706434/in",  # 127.0.0.2: the allow-list here names only 127.0.0.1
        "http://example.com/in\r\nX-Injected: 1",
    ],
)
def test_urls_to_the_intranet_metadata_or_with_control_characters_are_422(
    api: Api, url: str
) -> None:
    r = api.post("/api/v1/webhooks", json={"url": url})
    assert r.status_code == 422, r.text
    [problem] = r.json()["error"]["details"]["errors"]
    assert problem["field"] == "url", problem
    assert api.get("/api/v1/webhooks").json() == []


def test_the_server_delivers_webhooks_while_it_runs(api: Api) -> None:
    receiver = Receiver()
    try:
        with unit_of_work(api.engine, actor="admin") as s:
            service.subscribe(s, SubscriptionIn(url=receiver.url, topics=["partner.created"]))
        server_app = create_app(api.engine, background=True)
        with TestClient(server_app) as client:  # the lifespan starts the dispatcher thread
            r = client.post(
                "/api/v1/partners",
                json={"name": "Wartian Herkku", "is_customer": True},
                headers=api.headers(),
            )
            assert r.status_code == 201
            deadline = time.monotonic() + 20
            while not receiver.requests and time.monotonic() < deadline:
                time.sleep(0.1)
        assert [b["payload"]["name"] for b in receiver.bodies()] == ["Wartian Herkku"]
    finally:
        receiver.server.shutdown()
