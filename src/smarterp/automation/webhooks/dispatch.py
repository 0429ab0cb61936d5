"""Sends pending webhook deliveries over HTTP, signed with each subscriber's secret."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime

import httpx
from sqlalchemy import Engine

from smarterp.automation.webhooks import egress, service
from smarterp.automation.webhooks.models import (
    DeliveryState,
    WebhookDelivery,
    WebhookSubscription,
)
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
    dropped: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class Attempt:
    """How one try went: the receiver's status and a short error class, never its body."""

    status: int | None = None
    error: str | None = None
    give_up: bool = False  # retrying cannot help: the URL is refused


def _post(
    client: httpx.Client,
    url: str,
    delivery_id: int,
    secret: str,
    topic: str,
    body: bytes,
    *,
    policy: egress.EgressPolicy,
    resolve: egress.Resolver,
) -> Attempt:
    try:
        target = egress.resolve_target(url, policy, resolve=resolve)
    except egress.Refused as exc:
        return Attempt(error=f"refused: {exc}", give_up=True)
    except OSError as exc:  # the name does not resolve (now): DNS may come back
        return Attempt(error=f"DNS lookup failed ({type(exc).__name__})")
    headers = {
        "Host": target.host_header,
        "Content-Type": "application/json",
        "User-Agent": "smarterp-webhooks",
        "X-Smarterp-Event": topic,
        "X-Smarterp-Delivery": str(delivery_id),
        SIGNATURE_HEADER: sign(secret, int(time.time()), body),
        # No reuse: a pooled connection is keyed by address, not by the name it was
        # verified for, so another host on the same address must not ride on it.
        "Connection": "close",
    }
    extensions = {"sni_hostname": target.tls_server_name} if target.tls_server_name else {}
    try:
        # Redirects are not followed (they could point anywhere); the body is never read.
        with client.stream(
            "POST",
            target.url,
            content=body,
            headers=headers,
            extensions=extensions,
            follow_redirects=False,
        ) as response:
            status = response.status_code
    except httpx.HTTPError as exc:
        return Attempt(error=type(exc).__name__)
    return Attempt(status=status, error=None if 200 <= status < 300 else f"HTTP {status}")


def _deliver(
    client: httpx.Client,
    engine: Engine,
    delivery_id: int,
    *,
    now: datetime | None,
    policy: egress.EgressPolicy,
    resolve: egress.Resolver,
) -> WebhookDelivery | None:
    """Send one claimed delivery (unless its subscription was removed meanwhile) and record
    the outcome; None when the delivery is gone."""
    with unit_of_work(engine, actor="webhooks", via="rule") as session:
        delivery = session.get(WebhookDelivery, delivery_id)
        if delivery is None:  # its subscription was deleted outright (cascade)
            return None
        sub = session.get(WebhookSubscription, delivery.subscription_id)
        event = session.get(OutboxEvent, delivery.event_id)
        assert sub is not None and event is not None  # foreign keys
        if not sub.active:  # removed after this delivery was claimed
            delivery.state = DeliveryState.DROPPED
            delivery.last_error = service.DROPPED_REASON
            log.info("webhook delivery %s dropped: %s", delivery_id, service.DROPPED_REASON)
            return delivery
        url, secret, topic, body = sub.url, sub.secret, event.topic, event_body(event)
    attempt = _post(client, url, delivery_id, secret, topic, body, policy=policy, resolve=resolve)
    with unit_of_work(engine, actor="webhooks", via="rule") as session:
        return service.record_outcome(
            session,
            delivery_id,
            now=now or utcnow(),
            status=attempt.status,
            error=attempt.error,
            give_up=attempt.give_up,
        )


def dispatch_once(
    engine: Engine,
    *,
    client: httpx.Client | None = None,
    now: datetime | None = None,
    policy: egress.EgressPolicy | None = None,
    resolve: egress.Resolver = socket.getaddrinfo,
) -> DispatchReport:
    """Fan new events out, then try every delivery that is due; each step commits on its own
    so a crash mid-way loses nothing (a leased delivery is retried when its lease ends).

    Each delivery is tried on its own: one that fails in any way is recorded and logged,
    and the others in the batch still go."""
    report = DispatchReport()
    policy = policy or egress.EgressPolicy.from_settings()
    own_client = client is None
    http = client or httpx.Client(timeout=REQUEST_TIMEOUT_SECONDS)
    try:
        with unit_of_work(engine, actor="webhooks", via="rule") as session:
            report.fanned_out = service.fan_out(session)
        with unit_of_work(engine, actor="webhooks", via="rule") as session:
            report.dropped = service.drop_inactive(session)
        moment = now or utcnow()
        with unit_of_work(engine, actor="webhooks", via="rule") as session:
            due = service.claim_due(session, now=moment)
        for delivery_id in due:
            try:
                done = _deliver(http, engine, delivery_id, now=now, policy=policy, resolve=resolve)
            except Exception as exc:  # a bug or a bad row: record it, go on with the rest
                log.exception("webhook delivery %s failed unexpectedly", delivery_id)
                done = _record_crash(engine, delivery_id, now=now, error=type(exc).__name__)
            _tally(report, delivery_id, done)
    finally:
        if own_client:
            http.close()
    return report


def _record_crash(
    engine: Engine, delivery_id: int, *, now: datetime | None, error: str
) -> WebhookDelivery | None:
    try:
        with unit_of_work(engine, actor="webhooks", via="rule") as session:
            return service.record_outcome(
                session,
                delivery_id,
                now=now or utcnow(),
                status=None,
                error=f"unexpected error ({error})",
            )
    except Exception:  # the lease runs out and it is tried again
        log.exception("could not record the outcome of webhook delivery %s", delivery_id)
        return None


def _tally(report: DispatchReport, delivery_id: int, done: WebhookDelivery | None) -> None:
    if done is None:
        return
    if done.state == DeliveryState.DELIVERED:
        report.delivered += 1
        return
    if done.state == DeliveryState.DROPPED:
        report.dropped += 1
    elif done.state == DeliveryState.FAILED:
        report.failed += 1
    else:
        report.retrying += 1
    report.errors.append(f"delivery {delivery_id}: {done.last_error}")


def run_forever(engine: Engine, *, interval: float, stop: threading.Event) -> None:
    """The worker loop behind `smarterp webhooks worker` and `smarterp serve`."""
    with httpx.Client(timeout=REQUEST_TIMEOUT_SECONDS) as client:
        while not stop.is_set():
            try:
                dispatch_once(engine, client=client)
            except Exception:  # the database may be away for a moment: try again next round
                log.exception("webhook dispatch failed; retrying in %.0f s", interval)
            stop.wait(interval)
