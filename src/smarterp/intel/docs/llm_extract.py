"""Order reading by a language model (JSON-schema output), checked against the books.

Every value the model gives is validated: the customer and products must be records of the
books, quantities positive, the date a real date, the intent a known one. What fails a check
falls back to the offline reading, and any model failure means the offline reading is used."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from smarterp.intel.docs.extract import Email, Line, OrderReader, OrderReading, Span
from smarterp.intel.docs.intent import CHANGE_ORDER, INTENTS, NEW_ORDER
from smarterp.intel.docs.text import normalise_name
from smarterp.llm.client import LLMError, complete_json
from smarterp.llm.settings import LLMSettings, llm_settings

EXTRACTOR = "llm-v1"

SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["intent", "customer", "lines", "requested_date"],
    "properties": {
        "intent": {"type": "string", "enum": list(INTENTS)},
        "customer": {"type": ["string", "null"]},
        "lines": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["product", "quantity"],
                "properties": {"product": {"type": "string"}, "quantity": {"type": "number"}},
            },
        },
        "requested_date": {"type": ["string", "null"]},
    },
}

RULES = (
    "You read customer emails for a wholesaler and return the order in them as JSON. "
    "customer: the customer's company exactly as named in the candidate list, or null. "
    "lines: product names exactly as in the product list, quantity counted in the product's "
    "selling unit (a case of 24 bottles is 1 unit; for products sold by the bottle a dozen is "
    "12). Ignore quoted or forwarded text the sender does not confirm; a P.S. that changes a "
    "quantity wins; a change to an order lists only changed or added lines with their new "
    "total. requested_date: YYYY-MM-DD resolved against the email date ('next Friday' is the "
    "Friday of the following week), null when none or 'asap'. Inquiries and complaints have "
    "no lines and no date."
)


def _messages(reader: OrderReader, email: Email, offline: OrderReading) -> list[dict[str, str]]:
    products = "\n".join(f"- {p.name} (unit: {p.pack} items)" for p in reader.catalogue.products)
    candidates = [name for name, _ in reader.linker.link(email.sender, email.body).candidates]
    customers = candidates or [p.name for p in reader.catalogue.partners if p.is_customer]
    user = (
        f"Products:\n{products}\n\nCandidate customers: {json.dumps(customers, ensure_ascii=False)}"
        f"\n\nEmail date: {email.date}\nFrom: {email.sender}\nSubject: {email.subject}\n\n"
        f"{email.body}"
    )
    return [{"role": "system", "content": RULES}, {"role": "user", "content": user}]


def read_with_llm(
    reader: OrderReader, email: Email, settings: LLMSettings | None = None
) -> OrderReading:
    """The model's reading where it passes the checks, else the offline one."""
    offline = reader.read(email)
    settings = settings or llm_settings()
    if not settings.configured:
        return offline
    try:
        answer = complete_json(_messages(reader, email, offline), SCHEMA, settings=settings)
    except LLMError as exc:
        return replace(offline, flags=[*offline.flags, f"language model unavailable: {exc}"])
    return validate(reader, offline, answer)


def validate(reader: OrderReader, offline: OrderReading, answer: dict[str, Any]) -> OrderReading:
    flags = list(offline.flags)
    intent = answer.get("intent")
    if intent not in INTENTS:
        flags.append(f"model intent {intent!r} unknown; kept {offline.intent}")
        intent = offline.intent
    customer_id, customer = offline.customer_id, offline.customer
    named = answer.get("customer")
    if isinstance(named, str):
        match = [
            p for p in reader.catalogue.partners if normalise_name(p.name) == normalise_name(named)
        ]
        if len(match) == 1 and match[0].is_customer:
            customer_id, customer = match[0].id, match[0].name
        else:
            flags.append(f"model customer {named!r} is not in the books")
    by_name = {normalise_name(p.name): p for p in reader.catalogue.products}
    offline_lines = {ln.product_id: ln for ln in offline.lines}
    lines: list[Line] = []
    for item in answer.get("lines") or []:
        product = by_name.get(normalise_name(str(item.get("product", ""))))
        try:
            quantity = Decimal(str(item.get("quantity")))
        except (InvalidOperation, ValueError):
            quantity = Decimal(0)
        if product is None or quantity <= 0:
            flags.append(f"model line {item!r} does not fit the books; left out")
            continue
        known = offline_lines.get(product.id)
        span = known.span if known else Span(0, 0, "")
        line_flags = [] if known else ["read by the language model only"]
        lines.append(Line(product.id, product.name, quantity.normalize(), span, line_flags))
    requested: date | None = None
    raw_date = answer.get("requested_date")
    if isinstance(raw_date, str):
        try:
            requested = date.fromisoformat(raw_date)
        except ValueError:
            flags.append(f"model date {raw_date!r} is not a date")
            requested = offline.requested_date
    if intent not in (NEW_ORDER, CHANGE_ORDER):
        lines, requested = [], None
    same_date = requested == offline.requested_date
    return replace(
        offline,
        intent=str(intent),
        customer_id=customer_id,
        customer=customer,
        lines=lines,
        requested_date=requested,
        date_span=offline.date_span if same_date else None,
        flags=flags,
        extractor=EXTRACTOR,
    )
