"""Webhooks: events reach a real HTTP receiver, signed, once each, retried after failures."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine, select

from smarterp.automation.webhooks import dispatch, service
from smarterp.automation.webhooks.models import DeliveryState, WebhookDelivery
from smarterp.automation.webhooks.schemas import SubscriptionIn
from smarterp.core.audit import AuditRecord
from smarterp.core.db import unit_of_work, utcnow
from tests import factories as f


class Receiver:
    """A real HTTP server on a free port that records what it is sent."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.fail_next = 0  # answer this many requests with 503 first
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers.items()), body))
                failing = receiver.fail_next > 0
                receiver.fail_next -= 1 if failing else 0
                self.send_response(503 if failing else 204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def bodies(self) -> list[dict[str, object]]:
        return [json.loads(body) for _, body in self.requests]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()


def _subscribe(engine: Engine, url: str, topics: list[str], secret: str = "s3cret") -> int:
    with unit_of_work(engine, actor="admin") as s:
        sub = service.subscribe(s, SubscriptionIn(url=url, topics=topics, secret=secret))
        s.flush()
        return sub.id


def test_matching_events_are_delivered_signed_and_once(engine: Engine, receiver: Receiver) -> None:
    _subscribe(engine, receiver.url, ["partner.*"])
    with unit_of_work(engine, actor="test") as s:
        f.customer(s, "Alfreds Futterkiste")
        f.product(s)  # product.created: not subscribed

    report = dispatch.dispatch_once(engine)
    again = dispatch.dispatch_once(engine)

    assert report.delivered == 1 and again.fanned_out == 0 and again.delivered == 0
    [(headers, body)] = receiver.requests
    event = json.loads(body)
    assert event["topic"] == "partner.created" and event["payload"]["name"] == "Alfreds Futterkiste"
    assert headers["X-Smarterp-Event"] == "partner.created"
    # The subscriber checks the signature with nothing but the secret and the raw body.
    fields = dict(item.split("=", 1) for item in headers["X-Smarterp-Signature"].split(","))
    expected = hmac.new(b"s3cret", fields["t"].encode() + b"." + body, hashlib.sha256)
    assert hmac.compare_digest(fields["v1"], expected.hexdigest())
    assert dispatch.verify("s3cret", headers["X-Smarterp-Signature"], body, now=time.time())
    assert not dispatch.verify("other", headers["X-Smarterp-Signature"], body, now=time.time())
    assert not dispatch.verify(
        "s3cret", headers["X-Smarterp-Signature"], body, now=time.time() + 3600
    )


def test_a_failed_delivery_is_retried_with_back_off_then_succeeds(
    engine: Engine, receiver: Receiver
) -> None:
    sub_id = _subscribe(engine, receiver.url, ["*"])
    with unit_of_work(engine, actor="test") as s:
        f.customer(s)
    receiver.fail_next = 1

    first = dispatch.dispatch_once(engine)
    assert first.retrying == 1 and first.delivered == 0
    # Not due yet: the back-off holds it back.
    assert dispatch.dispatch_once(engine).delivered == 0
    later = utcnow() + timedelta(seconds=service.FIRST_RETRY_SECONDS + 1)
    second = dispatch.dispatch_once(engine, now=later)

    assert second.delivered == 1
    assert len(receiver.requests) == 2  # the same event, twice
    assert receiver.bodies()[0] == receiver.bodies()[1]
    with unit_of_work(engine) as s:
        [delivery] = service.list_deliveries(s, sub_id)
        assert delivery.state == DeliveryState.DELIVERED and delivery.attempts == 2
        assert delivery.last_error is None


def test_an_unreachable_subscriber_fails_after_the_last_attempt(engine: Engine) -> None:
    # A port nobody listens on: connection refused every time.
    sub_id = _subscribe(engine, "http://127.0.0.1:9/hook", ["*"])
    with unit_of_work(engine, actor="test") as s:
        f.customer(s)
    moment = utcnow() + timedelta(seconds=1)  # the fan-out makes it due "now"
    for _ in range(service.MAX_ATTEMPTS):
        dispatch.dispatch_once(engine, now=moment)
        moment += timedelta(seconds=service.LONGEST_RETRY_SECONDS + service.LEASE_SECONDS)
    with unit_of_work(engine) as s:
        [delivery] = service.list_deliveries(s, sub_id)
        assert delivery.state == DeliveryState.FAILED
        assert delivery.attempts == service.MAX_ATTEMPTS
        assert "ConnectError" in (delivery.last_error or "")


def test_unsubscribed_urls_get_nothing_and_secrets_stay_out_of_the_audit_trail(
    engine: Engine, receiver: Receiver
) -> None:
    sub_id = _subscribe(engine, receiver.url, ["*"], secret="do-not-log-me")
    with unit_of_work(engine, actor="admin") as s:
        service.unsubscribe(s, sub_id)
    with unit_of_work(engine, actor="test") as s:
        f.customer(s)
    assert dispatch.dispatch_once(engine).fanned_out == 0
    assert receiver.requests == []
    with unit_of_work(engine) as s:
        trail = json.dumps([r.after for r in s.scalars(select(AuditRecord))])
        assert "do-not-log-me" not in trail
        assert s.scalars(select(WebhookDelivery)).first() is None


def test_bad_subscriptions_are_refused_with_the_field_named() -> None:
    with pytest.raises(ValidationError, match="url"):
        SubscriptionIn(url="ftp://example.com/x")
    with pytest.raises(ValidationError, match="topics"):
        SubscriptionIn(url="https://example.com/x", topics=[" "])
