"""Webhook use-cases: subscribe, unsubscribe, list, and the bookkeeping of deliveries."""

from __future__ import annotations

import fnmatch
import logging
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from smarterp.automation.webhooks.models import DeliveryState, WebhookDelivery, WebhookSubscription
from smarterp.automation.webhooks.schemas import SubscriptionIn
from smarterp.core.audit import record_audit
from smarterp.core.db import utcnow
from smarterp.core.errors import NotFound
from smarterp.core.events import OutboxEvent

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
FIRST_RETRY_SECONDS = 30
LONGEST_RETRY_SECONDS = 3600
# A claimed delivery is not handed to another worker for this long, even if its worker dies.
LEASE_SECONDS = 120


def subscribe(session: Session, cmd: SubscriptionIn) -> WebhookSubscription:
    sub = WebhookSubscription(
        url=cmd.url,
        topics=cmd.topics,
        description=cmd.description,
        secret=cmd.secret or secrets.token_urlsafe(32),
        active=True,
    )
    session.add(sub)
    record_audit(session, "webhook.subscribe", sub)
    return sub


def get_subscription(session: Session, subscription_id: int) -> WebhookSubscription:
    sub = session.get(WebhookSubscription, subscription_id)
    if sub is None:
        raise NotFound("webhook subscription", subscription_id)
    return sub


def unsubscribe(session: Session, subscription_id: int) -> WebhookSubscription:
    """Stop deliveries to a subscriber, those still waiting too; its history is kept."""
    sub = get_subscription(session, subscription_id)
    sub.active = False
    record_audit(session, "webhook.unsubscribe", sub)
    session.flush()
    drop_inactive(session)
    return sub


DROPPED_REASON = "dropped unsent: the subscription was removed"


def drop_inactive(session: Session) -> int:
    """Mark the waiting deliveries of removed subscriptions dropped, saying why; how many.

    A delivery leased by a worker right now is re-checked by that worker before it sends."""
    inactive = select(WebhookSubscription.id).where(WebhookSubscription.active.is_(False))
    result = session.execute(
        update(WebhookDelivery)
        .where(
            WebhookDelivery.state == DeliveryState.PENDING,
            WebhookDelivery.subscription_id.in_(inactive),
        )
        .values(state=DeliveryState.DROPPED, last_error=DROPPED_REASON)
        .execution_options(synchronize_session=False)
    )
    dropped = int(getattr(result, "rowcount", 0) or 0)
    if dropped:
        log.info("%d webhook deliveries dropped: their subscription was removed", dropped)
    return dropped


def list_subscriptions(session: Session, *, active_only: bool = False) -> list[WebhookSubscription]:
    stmt = select(WebhookSubscription).order_by(WebhookSubscription.id)
    if active_only:
        stmt = stmt.where(WebhookSubscription.active.is_(True))
    return list(session.scalars(stmt))


def list_deliveries(
    session: Session, subscription_id: int, *, limit: int = 100
) -> list[WebhookDelivery]:
    get_subscription(session, subscription_id)
    stmt = (
        select(WebhookDelivery)
        .where(WebhookDelivery.subscription_id == subscription_id)
        .order_by(WebhookDelivery.id.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))


def matches(topic: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatchcase(topic, pattern) for pattern in patterns)


def fan_out(session: Session, *, batch: int = 500) -> int:
    """Turn outbox events not yet handed out into one pending delivery per matching subscriber.

    `published_at` marks an event as handed to the webhook deliveries; skip-locked rows let
    several workers share the outbox on PostgreSQL (SQLite serialises writers anyway)."""
    events = list(
        session.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.published_at.is_(None))
            .order_by(OutboxEvent.id)
            .limit(batch)
            .with_for_update(skip_locked=True)
        )
    )
    if not events:
        return 0
    subs = list_subscriptions(session, active_only=True)
    now = utcnow()
    created = 0
    for event in events:
        for sub in subs:
            if matches(event.topic, sub.topics):
                session.add(
                    WebhookDelivery(subscription_id=sub.id, event_id=event.id, next_attempt_at=now)
                )
                created += 1
        event.published_at = now
    return created


def claim_due(session: Session, *, now: datetime, batch: int = 50) -> list[int]:
    """Lease the deliveries whose time has come; returns their ids."""
    due = list(
        session.scalars(
            select(WebhookDelivery)
            .where(
                WebhookDelivery.state == DeliveryState.PENDING,
                WebhookDelivery.next_attempt_at <= now,
            )
            .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
            .limit(batch)
            .with_for_update(skip_locked=True)
        )
    )
    for delivery in due:
        delivery.next_attempt_at = now + timedelta(seconds=LEASE_SECONDS)
    return [d.id for d in due]


def retry_delay(attempts: int) -> timedelta:
    """Exponential back-off: 30 s, 1 min, 2 min ... capped at an hour."""
    seconds = FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0)
    return timedelta(seconds=min(seconds, LONGEST_RETRY_SECONDS))


def record_outcome(
    session: Session,
    delivery_id: int,
    *,
    now: datetime,
    status: int | None,
    error: str | None,
    give_up: bool = False,
) -> WebhookDelivery:
    """Store how one attempt went and schedule the next one, or give up after the last (or
    at once when retrying cannot help: the URL is refused)."""
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None:
        raise NotFound("webhook delivery", delivery_id)
    delivery.attempts += 1
    delivery.last_status = status
    delivery.last_error = error[:1000] if error else None
    if error is None and status is not None and 200 <= status < 300:
        delivery.state = DeliveryState.DELIVERED
        delivery.delivered_at = now
    elif give_up or delivery.attempts >= MAX_ATTEMPTS:
        delivery.state = DeliveryState.FAILED
    else:
        delivery.next_attempt_at = now + retry_delay(delivery.attempts)
    return delivery
