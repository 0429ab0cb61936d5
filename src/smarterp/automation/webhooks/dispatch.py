"""Sends pending webhook deliveries over HTTP, signed with each subscriber's secret."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime

import httpx
from sqlalchemy import Engine

from smarterp.automation.webhooks import service
from smarterp.automation.webhooks.models import WebhookDelivery, WebhookSubscription
from smarterp.core.db import unit_of_work, utcnow
from smarterp.core.events import OutboxEvent

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Smarterp-Signature"
REQUEST_TIMEOUT_SECONDS = 10.0


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>." + body>`; the time stops replays."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify(secret: str, header: str, body: bytes, *, now: float, tolerance: int = 300) -> bool:
    """What a subscriber does with a delivery: check the signature and that it is fresh."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs(now - timestamp) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), header)


def event_body(event: OutboxEvent) -> bytes:
    return json.dumps(
        {
            "id": event.id,
            "topic": event.topic,
            "entity_type": event.entity_type,
            "entity_id": event.entity_id,
            "payload": event.payload,
            "created_at": event.created_at.isoformat() if event.created_at else None,
        },
        separators=(",", ":"),
        sort_keys=True,
    ).encode()


@dataclass
class DispatchReport:
    fanned_out: int = 0
    delivered: int = 0
    retrying: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def _send(client: httpx.Client, delivery_id: int, engine: Engine) -> tuple[int | None, str | None]:
    with unit_of_work(engine, actor="webhooks", via="rule") as session:
        delivery = session.get(WebhookDelivery, delivery_id)
        assert delivery is not None  # claimed a moment ago in a committed transaction
        sub = session.get(WebhookSubscription, delivery.subscription_id)
        event = session.get(OutboxEvent, delivery.event_id)
        assert sub is not None and event is not None  # foreign keys
        url, secret, topic, body = sub.url, sub.secret, event.topic, event_body(event)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "smarterp-webhooks",
        "X-Smarterp-Event": topic,
        "X-Smarterp-Delivery": str(delivery_id),
        SIGNATURE_HEADER: sign(secret, int(time.time()), body),
    }
    try:
        response = client.post(url, content=body, headers=headers)
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"
    if 200 <= response.status_code < 300:
        return response.status_code, None
    return response.status_code, f"HTTP {response.status_code}: {response.text[:200]}"


def dispatch_once(
    engine: Engine, *, client: httpx.Client | None = None, now: datetime | None = None
) -> DispatchReport:
    """Fan new events out, then try every delivery that is due; each step commits on its own
    so a crash mid-way loses nothing (a leased delivery is retried when its lease ends)."""
    report = DispatchReport()
    own_client = client is None
    http = client or httpx.Client(timeout=REQUEST_TIMEOUT_SECONDS)
    try:
        with unit_of_work(engine, actor="webhooks", via="rule") as session:
            report.fanned_out = service.fan_out(session)
        moment = now or utcnow()
        with unit_of_work(engine, actor="webhooks", via="rule") as session:
            due = service.claim_due(session, now=moment)
        for delivery_id in due:
            status, error = _send(http, delivery_id, engine)
            with unit_of_work(engine, actor="webhooks", via="rule") as session:
                done = service.record_outcome(
                    session, delivery_id, now=now or utcnow(), status=status, error=error
                )
                state = done.state.value
            if state == "delivered":
                report.delivered += 1
            elif state == "failed":
                report.failed += 1
                report.errors.append(f"delivery {delivery_id}: {error}")
            else:
                report.retrying += 1
                report.errors.append(f"delivery {delivery_id}: {error}")
    finally:
        if own_client:
            http.close()
    return report


def run_forever(engine: Engine, *, interval: float, stop: threading.Event) -> None:
    """The worker loop behind `smarterp webhooks worker` and `smarterp serve`."""
    with httpx.Client(timeout=REQUEST_TIMEOUT_SECONDS) as client:
        while not stop.is_set():
            try:
                dispatch_once(engine, client=client)
            except Exception:  # the database may be away for a moment: try again next round
                log.exception("webhook dispatch failed; retrying in %.0f s", interval)
            stop.wait(interval)
