"""Shapes in and out of the webhook use-cases, shared by API and CLI."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from smarterp.automation.webhooks import egress
from smarterp.automation.webhooks.models import DeliveryState


class SubscriptionIn(BaseModel):
    url: str = Field(description="Where events are POSTed (http or https).")
    topics: list[str] = Field(
        default_factory=lambda: ["*"],
        description='Event topics or patterns, e.g. "sales_order.confirmed", "invoice.*", "*".',
    )
    description: str | None = None
    secret: str | None = Field(
        default=None, description="Signing secret; one is generated when left out."
    )

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        # Refused (a ValueError) becomes a 422 naming "url"; names are resolved at send time.
        egress.check_url(value, egress.EgressPolicy.from_settings())
        return value

    @field_validator("topics")
    @classmethod
    def _topics(cls, value: list[str]) -> list[str]:
        if not value or any(not t.strip() for t in value):
            raise ValueError("name at least one topic pattern, none empty")
        return [t.strip() for t in value]


class SubscriptionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    url: str
    topics: list[str]
    description: str | None
    active: bool
    created_at: datetime


class SubscriptionCreated(SubscriptionOut):
    secret: str = Field(description="Shown once: verify X-Smarterp-Signature with it.")


class DeliveryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    subscription_id: int
    event_id: int
    state: DeliveryState
    attempts: int
    next_attempt_at: datetime
    last_status: int | None
    last_error: str | None
    delivered_at: datetime | None
