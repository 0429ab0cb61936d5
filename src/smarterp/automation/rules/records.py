"""What a rule sees: each kind of record as flat fields, loaded from the books by id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.db import utcnow
from smarterp.core.jsonable import jsonable
from smarterp.core.zones import zone as zone_named
from smarterp.erp.crm.models import Message
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Category, Product
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder
from smarterp.intel.watch.models import Alert, AlertState

PARTNER_FIELDS = (
    "partner",
    "partner_id",
    "partner_email",
    "partner_language",
    "partner_country",
    "partner_segment",
)


@dataclass(frozen=True)
class RecordKind:
    """A kind of record: its fields (what conditions and templates may name) and its loader."""

    name: str
    fields: tuple[str, ...]
    load: Callable[[Session, int], dict[str, Any] | None]


def _partner(session: Session, partner_id: int | None) -> dict[str, Any]:
    partner = session.get(Partner, partner_id) if partner_id else None
    if partner is None:
        return dict.fromkeys(PARTNER_FIELDS)
    return {
        "partner": partner.name,
        "partner_id": partner.id,
        "partner_email": partner.email,
        "partner_language": partner.language,
        "partner_country": partner.country,
        "partner_segment": partner.segment,
    }


def today() -> date:
    return utcnow().date()


def _invoice(session: Session, invoice_id: int) -> dict[str, Any] | None:
    inv = session.get(Invoice, invoice_id)
    if inv is None:
        return None
    overdue = (today() - inv.due_date).days if inv.amount_residual > 0 else 0
    return {
        "id": inv.id,
        "number": inv.number,
        "kind": inv.kind.value,
        "customer_invoice": inv.kind == InvoiceKind.OUT_INVOICE,
        "state": inv.state.value,
        "amount": inv.amount_total,
        "amount_due": inv.amount_residual,
        "currency": inv.currency,
        "invoice_date": inv.invoice_date,
        "due_date": inv.due_date,
        "days_overdue": max(overdue, 0),
        **_partner(session, inv.partner_id),
    }


def _sales_order(session: Session, order_id: int) -> dict[str, Any] | None:
    order = session.get(SalesOrder, order_id)
    if order is None:
        return None
    discounts = [line.discount for line in order.lines] or [Decimal(0)]
    product_ids = [line.product_id for line in order.lines]
    categories = sorted(
        set(
            session.scalars(
                select(Category.name)
                .join(Product, Product.category_id == Category.id)
                .where(Product.id.in_(product_ids))
            )
        )
    )
    return {
        "id": order.id,
        "number": order.number,
        "state": order.state.value,
        "amount": order.amount_total,
        "currency": order.currency,
        "order_date": order.order_date,
        # In percent, as people say it ("a discount over 20%"); lines keep a fraction.
        "max_discount": _percent(max(discounts)),
        "categories": categories,
        **_partner(session, order.customer_id),
    }


def _percent(fraction: Decimal) -> Decimal:
    """0.2 -> 20, 0.125 -> 12.5: no trailing zeros, and never 2E+1 in a customer's text."""
    value = (fraction * 100).normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _purchase_order(session: Session, order_id: int) -> dict[str, Any] | None:
    order = session.get(PurchaseOrder, order_id)
    if order is None:
        return None
    return {
        "id": order.id,
        "number": order.number,
        "state": order.state.value,
        "amount": order.amount_total,
        "currency": order.currency,
        "order_date": order.order_date,
        **_partner(session, order.supplier_id),
    }


def _product(session: Session, product_id: int) -> dict[str, Any] | None:
    product = session.get(Product, product_id)
    if product is None:
        return None
    return {
        "id": product.id,
        "sku": product.sku,
        "name": product.name,
        "category": product.category.name if product.category else None,
    }


def _alert(session: Session, alert_id: int) -> dict[str, Any] | None:
    alert = session.get(Alert, alert_id)
    if alert is None:
        return None
    return {
        "id": alert.id,
        "kind": alert.kind,
        "severity": alert.severity.value,
        "summary": alert.summary,
        "state": alert.state.value,
        "records": alert.records,
    }


def _message(session: Session, message_id: int) -> dict[str, Any] | None:
    message = session.get(Message, message_id)
    if message is None:
        return None
    return {
        "id": message.id,
        "channel": message.channel,
        "direction": message.direction,
        "sender": message.sender,
        "subject": message.subject,
        "body": message.body,
        "language": message.language,
        "intent": getattr(message, "intent", None),
        **_partner(session, message.partner_id),
    }


INVOICE = RecordKind(
    "invoice",
    (
        "id",
        "number",
        "kind",
        "customer_invoice",
        "state",
        "amount",
        "amount_due",
        "currency",
        "invoice_date",
        "due_date",
        "days_overdue",
        *PARTNER_FIELDS,
    ),
    _invoice,
)
SALES_ORDER = RecordKind(
    "sales_order",
    (
        "id",
        "number",
        "state",
        "amount",
        "currency",
        "order_date",
        "max_discount",
        "categories",
        *PARTNER_FIELDS,
    ),
    _sales_order,
)
PURCHASE_ORDER = RecordKind(
    "purchase_order",
    ("id", "number", "state", "amount", "currency", "order_date", *PARTNER_FIELDS),
    _purchase_order,
)
PRODUCT = RecordKind("product", ("id", "sku", "name", "category"), _product)
ALERT = RecordKind("alert", ("id", "kind", "severity", "summary", "state", "records"), _alert)
MESSAGE = RecordKind(
    "crm_message",
    (
        "id",
        "channel",
        "direction",
        "sender",
        "subject",
        "body",
        "language",
        "intent",
        *PARTNER_FIELDS,
    ),
    _message,
)
KINDS = {k.name: k for k in (INVOICE, SALES_ORDER, PURCHASE_ORDER, PRODUCT, ALERT, MESSAGE)}

# Fields every record has besides its own: the event that fired the rule and the moment.
COMMON_FIELDS = ("topic", "record_type", "event", "now", "today", "weekday")

# What each event topic is about; a topic not listed carries its payload only.
TOPIC_KINDS = {
    "sales_order.created": "sales_order",
    "sales_order.revised": "sales_order",
    "sales_order.confirmed": "sales_order",
    "sales_order.cancelled": "sales_order",
    "sales_order.returned": "sales_order",
    "purchase_order.created": "purchase_order",
    "purchase_order.revised": "purchase_order",
    "purchase_order.confirmed": "purchase_order",
    "purchase_order.rescheduled": "purchase_order",
    "invoice.posted": "invoice",
    "invoice.paid": "invoice",
    "stock.below_reorder_level": "product",
    "alert.raised": "alert",
    "message.received": "crm_message",
    "message.sent": "crm_message",
    "product.created": "product",
}

# The events of an order while it is still a draft: what a rule may hold for approval on
# (a confirmed order is past approval).
DRAFT_ORDER_TOPICS = {
    "sales_order.created": "sales_order",
    "sales_order.revised": "sales_order",
    "purchase_order.created": "purchase_order",
    "purchase_order.revised": "purchase_order",
}


def fields_for_topic(topic: str) -> tuple[str, ...] | None:
    """The fields a rule on `topic` may name; None when the topic is unknown (payload only:
    any field is allowed, and a missing one is simply absent)."""
    kind = TOPIC_KINDS.get(topic)
    return (*KINDS[kind].fields, *COMMON_FIELDS) if kind else None


def moment_fields(zone: str = "UTC", at: datetime | None = None) -> dict[str, Any]:
    """`now` (UTC), and `today` and `weekday` of `at` (default now) on the calendar of
    `zone`: a schedule's slot in its zone (0:30 on a Monday in Shanghai is a Sunday in UTC)."""
    now = utcnow()
    local = (at or now).astimezone(zone_named(zone))
    return {"now": now, "today": local.date(), "weekday": local.strftime("%A").lower()}


def for_event(
    session: Session, topic: str, entity_id: int | None, payload: dict[str, Any], event_id: int
) -> dict[str, Any]:
    """The record an event is about, with the event's own payload under `event`."""
    record: dict[str, Any] = dict(payload)
    kind = TOPIC_KINDS.get(topic)
    if kind and entity_id is not None:
        loaded = KINDS[kind].load(session, entity_id)
        if loaded:
            record.update(loaded)
    record.update(
        topic=topic, record_type=kind, event={"id": event_id, **payload}, **moment_fields()
    )
    return record


# Records a periodic check looks at: name -> (kind, a query of the ids to look at).
def _overdue_invoices(session: Session) -> list[int]:
    return list(
        session.scalars(
            select(Invoice.id)
            .where(
                Invoice.kind == InvoiceKind.OUT_INVOICE,
                Invoice.state == InvoiceState.POSTED,
                Invoice.amount_residual > 0,
                Invoice.due_date < today(),
            )
            .order_by(Invoice.id)
        )
    )


def _open_alerts(session: Session) -> list[int]:
    return list(
        session.scalars(
            select(Alert.id)
            .where(Alert.state.in_((AlertState.NEW, AlertState.ACKNOWLEDGED)))
            .order_by(Alert.id)
        )
    )


def _below_reorder_point(session: Session) -> list[int]:
    from smarterp.intel.planning import replenish

    return [p.product_id for p in replenish.plan(session, today()) if p.proposed_qty > 0]


CHECK_SOURCES: dict[str, tuple[str, Callable[[Session], list[int]]]] = {
    "overdue_invoices": ("invoice", _overdue_invoices),
    "open_alerts": ("alert", _open_alerts),
    "below_reorder_point": ("product", _below_reorder_point),
}


def for_check(session: Session, source: str) -> list[tuple[str, dict[str, Any]]]:
    """The records of a periodic check, each with the key that fires a rule once for it."""
    kind_name, ids = CHECK_SOURCES[source]
    kind = KINDS[kind_name]
    out = []
    for record_id in ids(session):
        loaded = kind.load(session, record_id)
        if loaded is not None:
            loaded.update(
                topic=f"check.{source}", record_type=kind_name, event=None, **moment_fields()
            )
            out.append((f"{kind_name}:{record_id}", loaded))
    return out


def fields_for_check(source: str) -> tuple[str, ...]:
    return (*KINDS[CHECK_SOURCES[source][0]].fields, *COMMON_FIELDS)


def stored(record: dict[str, Any]) -> dict[str, Any]:
    """The record as JSON, kept on the run (what the rule saw when it fired)."""
    return dict(jsonable(record))


SCHEDULE_FIELDS = (*COMMON_FIELDS, "slot", "open_alerts", "open_alert_count", "company_email")
DIGEST_SIZE = 50


def for_schedule(session: Session, slot: datetime, zone: str = "UTC") -> dict[str, Any]:
    """What a scheduled rule sees: the slot, the open alerts (a digest's lines, the most
    severe first) and the company's own address (SMARTERP_SMTP_FROM); the day and weekday
    in the schedule's zone."""
    from smarterp.core.settings import get_settings

    rank = {"high": 0, "medium": 1, "low": 2}
    ids = _open_alerts(session)
    alerts = [a for a in (_alert(session, i) for i in ids) if a is not None]
    alerts.sort(key=lambda a: (rank.get(a["severity"], 3), -a["id"]))
    return {
        "topic": "schedule",
        "record_type": None,
        "event": None,
        "slot": slot,
        "open_alerts": alerts[:DIGEST_SIZE],
        "open_alert_count": len(alerts),
        "company_email": get_settings().smtp_from,
        **moment_fields(zone, at=slot),
    }
