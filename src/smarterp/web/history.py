"""A record's history from the audit trail, in words: "Confirmed by anna" / "由 anna 确认",
and each change as "State: Draft → Confirmed" in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import AuditRecord
from smarterp.web.i18n import Translator

# What happened, by the verb that ends an audit action ("sales_order.confirm"); the English
# is the catalogue key, so every language words the sentence its own way around the actor.
VERBS = {
    "create": "Created by {actor}",
    "update": "Changed by {actor}",
    "revise": "Revised by {actor}",
    "confirm": "Confirmed by {actor}",
    "deliver": "Delivered by {actor}",
    "receive": "Received by {actor}",
    "cancel": "Cancelled by {actor}",
    "return": "Goods returned, recorded by {actor}",
    "reschedule": "Rescheduled by {actor}",
    "post": "Posted by {actor}",
    "register": "Registered by {actor}",
    "reverse": "Reversed by {actor}",
    "validate": "Validated by {actor}",
    "invoice_cancelled": "One of its invoices was cancelled by {actor}",
    "bill_cancelled": "One of its bills was cancelled by {actor}",
    "apply_credit_note": "Credit note applied by {actor}",
    "from_message": "Created from a message by {actor}",
    "price": "Supplier price changed by {actor}",
    "send": "Sent by email by {actor}",
    "send_statement": "Statement sent by email by {actor}",
}
# An invoice settled by a payment or credit note, named in the audit record's reason.
SETTLED = {
    "pay": "Paid in full by {by}, recorded by {actor}",
    "pay_part": "Part paid by {by}, recorded by {actor}",
}
# Changes made by a typed or spoken command (intel.act) are recorded as "act.<operation>".
COMMAND = "Changed by {actor} through a command"
OTHER = "{what} by {actor}"

# Columns as a form labels them; the rest read as their name in words.
FIELD_LABELS = {
    "state": "State",
    "quantity": "Quantity",
    "unit_price": "Unit price",
    "discount": "Discount",
    "notes": "Notes",
    "order_date": "Order date",
    "requested_date": "Requested date",
    "expected_date": "Expected date",
    "customer_ref": "Customer reference",
    "supplier_ref": "Supplier reference",
    "warehouse_id": "Warehouse",
    "amount_untaxed": "Untaxed",
    "amount_tax": "Tax",
    "amount_total": "Total",
    "amount_residual": "Open",
    "amount_total_company": "Total booked",
    "amount_residual_company": "Open as booked",
    "name": "Name",
    "name_zh": "Chinese name",
    "email": "Email",
    "phone": "Phone",
    "credit_limit": "Credit limit",
    "sale_price": "Sale price",
    "cost": "Cost",
    "reorder_level": "Reorder level",
    "reorder_quantity": "Reorder quantity",
    "discontinued": "Discontinued",
    "active": "Active",
    "number": "Number",
    "due_date": "Due",
    "invoice_date": "Date",
}
# Columns whose change says nothing to a person reading the history.
# Bookkeeping a reader cannot act on ("Journal entry id: — → 4" said nothing to anyone).
QUIET_FIELDS = {
    "version",
    "password_hash",
    "hash",
    "prev_hash",
    "seq",
    "updated_at",
    "created_at",
    "journal_entry_id",
}


@dataclass(frozen=True)
class HistoryRow:
    at: str
    actor: str
    via: str
    action: str  # as recorded, e.g. "sales_order.confirm"
    summary: str  # in words, e.g. "Confirmed by anna"
    changes: list[tuple[str, str, str]]  # (field label, before, after), in words


def summary(tr: Translator, action: str, actor: str, reason: str | None = None) -> str:
    """What an audit action did, and who, in the reader's language."""
    verb = action.rpartition(".")[2]
    if action.startswith("act."):
        return tr.gettext(COMMAND, actor=actor)
    if verb in SETTLED and reason:
        return tr.gettext(SETTLED[verb], by=reason, actor=actor)
    if verb in VERBS:
        return tr.gettext(VERBS[verb], actor=actor)
    what = tr.gettext(verb.replace("_", " ").capitalize()) if verb else action
    return tr.gettext(OTHER, what=what, actor=actor)


def field_label(tr: Translator, key: str) -> str:
    return tr.gettext(FIELD_LABELS.get(key, key.replace("_", " ").capitalize()))


def value_text(tr: Translator, key: str, value: Any, states: dict[str, str]) -> str:
    """A recorded value as a person reads it: states and yes/no in words, long text cut."""
    if value is None or value == "":
        return ""
    if key == "state" and str(value) in states:
        return tr.gettext(states[str(value)])
    if isinstance(value, bool):
        return tr.gettext("Yes" if value else "No")
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def changed(before: Any, after: Any) -> bool:
    """Whether a recorded value changed: an amount or rate read back from the database
    ("1.00000000") and the same one set in code ("1") are the same number."""
    if before == after:
        return False
    # Only where a decimal point is involved: codes such as "007" and "7" stay different.
    if isinstance(before, str | int) and isinstance(after, str | int) and "." in f"{before}{after}":
        try:
            return Decimal(str(before)) != Decimal(str(after))
        except InvalidOperation:
            return True
    return True


def history(
    session: Session,
    tr: Translator,
    entity_type: str,
    entity_id: int,
    states: dict[str, str],
) -> list[HistoryRow]:
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
            (
                field_label(tr, key),
                value_text(tr, key, before.get(key), states),
                value_text(tr, key, after[key], states),
            )
            for key in sorted(after)
            if key not in QUIET_FIELDS
            and rec.before is not None
            and changed(before.get(key), after[key])
        ]
        rows.append(
            HistoryRow(
                at=tr.date(rec.at),
                actor=rec.actor,
                via=rec.via,
                action=rec.action,
                summary=summary(tr, rec.action, rec.actor, rec.reason),
                changes=changes[:12],
            )
        )
    return rows
