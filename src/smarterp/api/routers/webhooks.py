"""Webhook subscriptions: register a URL for domain events, list them, see deliveries."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from smarterp.api.deps import API_PREFIX, Ctx, IdempotencyKey, RecordId, once, requires
from smarterp.automation.webhooks import service
from smarterp.automation.webhooks.schemas import (
    DeliveryOut,
    SubscriptionCreated,
    SubscriptionIn,
    SubscriptionOut,
)

router = APIRouter(prefix="/webhooks", tags=["webhooks"])

Manage = Annotated[Ctx, requires("webhooks.manage")]


@router.get("", response_model=list[SubscriptionOut], summary="List webhook subscriptions")
def list_subscriptions(ctx: Manage, active: bool = False) -> list[SubscriptionOut]:
    subs = service.list_subscriptions(ctx.session, active_only=active)
    return [SubscriptionOut.model_validate(s) for s in subs]


@router.post(
    "",
    response_model=SubscriptionCreated,
    status_code=201,
    summary="Subscribe a URL to events; the signing secret is returned once",
)
def subscribe(
    ctx: Manage, body: SubscriptionIn, response: Response, idempotency_key: IdempotencyKey = None
) -> SubscriptionCreated:
    sub = once(
        ctx,
        "webhook.subscribe",
        idempotency_key,
        lambda: service.subscribe(ctx.session, body),
        lambda sid: service.get_subscription(ctx.session, sid),
    )
    response.headers["Location"] = f"{API_PREFIX}{router.prefix}/{sub.id}"
    return SubscriptionCreated.model_validate(sub)


@router.get("/{subscription_id}", response_model=SubscriptionOut)
def get_subscription(ctx: Manage, subscription_id: RecordId) -> SubscriptionOut:
    return SubscriptionOut.model_validate(service.get_subscription(ctx.session, subscription_id))


@router.delete("/{subscription_id}", response_model=SubscriptionOut, summary="Stop deliveries")
def unsubscribe(ctx: Manage, subscription_id: RecordId) -> SubscriptionOut:
    return SubscriptionOut.model_validate(service.unsubscribe(ctx.session, subscription_id))


@router.get("/{subscription_id}/deliveries", response_model=list[DeliveryOut])
def deliveries(
    ctx: Manage,
    subscription_id: RecordId,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[DeliveryOut]:
    rows = service.list_deliveries(ctx.session, subscription_id, limit=limit)
    return [DeliveryOut.model_validate(d) for d in rows]
