"""Plain shapes the templates draw: cells, tables, fields, actions and a record's history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import AuditRecord
from smarterp.web.i18n import Translator

# State values as people read them; the templates translate the English.
STATE_LABELS = {
    "draft": "Draft",
    "confirmed": "Confirmed",
    "done": "Done",
    "cancelled": "Cancelled",
    "rfq": "Request for quotation",
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
    "ok": "In stock",
}

# What a detail page says after an action redirected to it (?done=...).
DONE_MESSAGES = {
    "created": "Saved.",
    "confirm": "Confirmed.",
    "deliver": "Delivered.",
    "receive": "Received.",
    "invoice": "Invoice created and posted.",
    "bill": "Bill recorded.",
    "cancel": "Cancelled.",
    "post": "Posted.",
    "paid": "Payment registered.",
}

# Columns whose change says nothing to a person reading the history.
_QUIET_FIELDS = {"version", "password_hash", "hash", "prev_hash", "seq", "updated_at"}


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


@dataclass(frozen=True)
class HistoryRow:
    at: str
    actor: str
    via: str
    action: str
    changes: list[tuple[str, str, str]]


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


def _short(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def history(session: Session, tr: Translator, entity_type: str, entity_id: int) -> list[HistoryRow]:
    """What the audit trail holds about one record, newest first, each with what changed."""
    records = session.scalars(
        select(AuditRecord)
        .where(AuditRecord.entity_type == entity_type, AuditRecord.entity_id == entity_id)
        .order_by(AuditRecord.at.desc(), AuditRecord.id.desc())
        .limit(100)
    ).all()
    rows = []
    for rec in records:
        before, after = rec.before or {}, rec.after or {}
        changes = [
            (key, _short(before.get(key)), _short(after.get(key)))
            for key in sorted(after)
            if key not in _QUIET_FIELDS and rec.before is not None and before.get(key) != after[key]
        ]
        rows.append(
            HistoryRow(
                at=tr.date(rec.at),
                actor=rec.actor,
                via=rec.via,
                action=rec.action,
                changes=changes[:12],
            )
        )
    return rows
