"""Turning an order email into a draft sales order (a quotation) that a person confirms.

The quotation is created through the sales service like any other; each field's source text and
every unclear point travel in its notes, so the person confirming sees where each came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.erp.products.service import get_product
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.intel.docs.extract import OrderReading
from smarterp.intel.docs.flags import (
    CHANGED_LINES,
    LEFT_OUT,
    LINE_FLAG,
    NO_REQUESTED_DATE,
    REQUESTED_BEFORE,
)
from smarterp.intel.docs.intent import CHANGE_ORDER, NEW_ORDER


@dataclass
class Draft:
    order_id: int | None
    number: str | None
    fields: dict[str, Any]
    flags: list[str] = field(default_factory=list)


def draft_fields(reading: OrderReading) -> dict[str, Any]:
    """Each field of the future order with the words it was read from."""
    return {
        "customer": {
            "value": reading.customer,
            "partner_id": reading.customer_id,
            "confidence": reading.customer_confidence,
            "because": reading.customer_reasons,
        },
        "lines": [
            {
                "product": ln.product,
                "product_id": ln.product_id,
                "quantity": str(ln.quantity),
                "span": [ln.span.start, ln.span.end],
                "text": ln.span.text,
                "flags": ln.flags,
            }
            for ln in reading.lines
        ],
        "requested_date": {
            "value": reading.requested_date.isoformat() if reading.requested_date else None,
            "span": [reading.date_span.start, reading.date_span.end] if reading.date_span else None,
            "text": reading.date_span.text if reading.date_span else None,
        },
    }


def create_draft_order(
    session: Session, reading: OrderReading, *, order_date: date | None = None
) -> Draft:
    """A quotation for an order email; refuses what is not an order or has no customer."""
    if reading.intent not in (NEW_ORDER, CHANGE_ORDER):
        raise InvalidInput("intent", f"{reading.id} is a {reading.intent}, not an order")
    if reading.customer_id is None:
        raise InvalidInput("customer", f"{reading.id}: no customer could be linked; pick one")
    flags = list(reading.flags)
    if reading.intent == CHANGE_ORDER:
        flags.append(CHANGED_LINES)
    lines = []
    for ln in reading.lines:
        product = get_product(session, ln.product_id)
        if not product.active or product.discontinued:
            flags.append(LEFT_OUT.format(product=ln.product))
            continue
        flags.extend(
            LINE_FLAG.format(product=ln.product, flag=flag)
            for flag in ln.flags
            if "no longer sold" not in flag
        )
        lines.append(
            SalesLineIn(
                product_id=ln.product_id,
                quantity=ln.quantity,
                description=f"{ln.product} (from: {ln.span.text.strip()[:80]})",
            )
        )
    if not lines:
        raise InvalidInput("lines", f"{reading.id}: no order lines were found")
    when = order_date or date.today()
    requested = reading.requested_date
    if requested is not None and requested < when:
        flags.append(REQUESTED_BEFORE.format(requested=requested))
        requested = None
    if reading.requested_date is None:
        flags.append(NO_REQUESTED_DATE)
    fields = draft_fields(reading)
    notes = "\n".join(
        [f"Read from message {reading.id} by {reading.extractor}."]
        + [
            f'- {ln["product"]} x {ln["quantity"]}: "{ln["text"].strip()}"'
            for ln in fields["lines"]
        ]
        + ([f'- date: "{fields["requested_date"]["text"]}"'] if reading.date_span else [])
        + [f"! {flag}" for flag in flags]
    )
    order = sales.create_order(
        session,
        SalesOrderIn(
            customer_id=reading.customer_id,
            order_date=when,
            requested_date=requested,
            lines=lines,
            customer_ref=reading.id[:60] if reading.id else None,
            notes=notes,
            idempotency_key=f"draft-from:{reading.id}" if reading.id else None,
        ),
    )
    return Draft(order.id, order.number, fields, flags)
