"""Plain shapes the templates draw: cells, tables, fields and actions (a record's history is
web.history's)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from smarterp.web.i18n import Translator

# State values as people read them; the templates translate the English.
STATE_LABELS = {
    "draft": "Draft",
    "confirmed": "Confirmed",
    "done": "Done",
    "cancelled": "Cancelled",
    "rfq": "Request for quotation",
    "to_approve": "To approve",  # a draft an approval policy holds (erp.approvals)
    "posted": "Posted",
    "paid": "Paid",
    "waiting": "Waiting",
    "ready": "Ready",
    "inbound": "Money in",
    "outbound": "Money out",
    "out_invoice": "Customer invoice",
    "out_refund": "Customer credit note",
    "in_invoice": "Vendor bill",
    "in_refund": "Supplier credit note",
    "reversed": "Reversed",
    "low": "Below reorder level",
    "low_on_order": "Low, on order",
    "to_order": "To order",
    "ok": "In stock",
}

# What a detail page says after an action redirected to it (?done=...).
DONE_MESSAGES = {
    "created": "Saved.",
    "confirm": "Confirmed.",
    # A confirm that an approval policy or rule held back: the order is still a draft.
    "to_approve": "Not confirmed yet: it waits for approval. Confirm it again once approved.",
    "deliver": "Delivered.",
    "receive": "Received.",
    # Part delivered (received) from the order's form, the rest left on a new shipment.
    "deliver_backorder": "Delivered. The rest waits on a backorder, listed under Deliveries.",
    "receive_backorder": "Received. The rest is expected on a backorder, listed under Receipts.",
    "invoice": "Invoice created and posted.",
    "bill": "Bill recorded.",
    "cancel": "Cancelled.",
    "post": "Posted.",
    "paid": "Payment registered.",
}


@dataclass(frozen=True)
class Cell:
    text: str
    href: str | None = None
    numeric: bool = False
    badge: str | None = None  # a state value: drawn as a coloured label


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[Cell]]
    numeric: set[int] = field(default_factory=set)
    footer: list[Cell] | None = None
    # On a phone, each row as a card of label: value lines (for wide tables of text).
    phone_cards: bool = False


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    href: str | None = None
    badge: str | None = None


@dataclass(frozen=True)
class Action:
    label: str
    url: str
    method: str = "post"  # "post": a button in a small form; "get": a link
    primary: bool = False
    confirm: str | None = None
    test_id: str = ""
    # Why the record does not allow it now: shown as a disabled button with this reason.
    disabled: str | None = None


def state_cell(tr: Translator, value: Any) -> Cell:
    raw = getattr(value, "value", value)
    return Cell(tr.gettext(STATE_LABELS.get(str(raw), str(raw))), badge=str(raw))


def money_cell(tr: Translator, value: Decimal | None, currency: str | None = None) -> Cell:
    """An amount in `currency` (by default the company's)."""
    return Cell(tr.money(value, currency), numeric=True)


def qty_cell(tr: Translator, value: Decimal | None) -> Cell:
    return Cell(tr.number(value), numeric=True)


def date_cell(tr: Translator, value: date | datetime | None) -> Cell:
    return Cell(tr.date(value))


def text_cell(value: Any, href: str | None = None) -> Cell:
    return Cell("" if value is None else str(value), href=href)
