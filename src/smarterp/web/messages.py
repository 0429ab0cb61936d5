"""Messages as the web app lists them: in the Inbox and on a partner's or an order's page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.erp.partners.models import Partner
from smarterp.intel.docs import flags as reading_flags
from smarterp.intel.docs import inbox
from smarterp.intel.docs.models import Document
from smarterp.web.views import Table, text_cell

if TYPE_CHECKING:
    from smarterp.web.pages import WebCtx

# Intents as people read them (the templates translate the English); others show their name.
INTENT_LABELS = {
    "new_order": "New order",
    "change_order": "Order change",
    "cancel_order": "Cancellation",
    "inquiry": "Inquiry",
    "complaint": "Complaint",
    "invoice": "Invoice",
    "payment_promise": "Payment promise",
    "order_confirmation": "Order confirmation",
    "delivery_date": "Delivery date",
    "delay": "Delay",
    "price_change": "Price change",
    "shortage": "Shortage",
    "other": "Other",
}


def intent_label(ctx: WebCtx, intent: str | None) -> str:
    if not intent:
        return "—"
    return ctx.tr.gettext(INTENT_LABELS.get(intent, intent.replace("_", " ").capitalize()))


def flag_label(ctx: WebCtx, flag: str, readings: str | None = None) -> str:
    """A reader's flag, or a proposal's or a draft's note, in the page's language ("pack
    unclear: ..." is "包装不明：..."); one written elsewhere shows as it was written.
    `readings`: a line's readings as the page says them, in place of the English ones."""
    parsed = reading_flags.parse(flag)
    if parsed is None:
        return flag
    template, values = parsed
    said = {k: ctx.tr.gettext(v) if v in reading_flags.WORDS else v for k, v in values.items()}
    if readings is not None and "readings" in said:
        said["readings"] = readings
    if template == reading_flags.LINE_FLAG:
        said["flag"] = flag_label(ctx, values["flag"])  # a line's own flag, said the same way
    return ctx.tr.gettext(template, **said)


def _partner_names(session: Session, docs: list[Document]) -> dict[int, Partner]:
    ids = {d.partner_id for d in docs if d.partner_id is not None}
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Partner).where(Partner.id.in_(ids)))}


def partner_href(partner: Partner | None) -> str | None:
    if partner is None:
        return None
    return f"/{'customers' if partner.is_customer else 'suppliers'}/{partner.id}"


def message_rows(ctx: WebCtx, session: Session, docs: list[Document]) -> list[dict[str, Any]]:
    """What a list of messages shows for each: shared by the Inbox and the partner and order
    pages."""
    partners = _partner_names(session, docs)
    drafts = inbox.drafts_of(session, docs)
    rows = []
    for d in docs:
        extraction = d.extraction or {}
        partner = partners.get(d.partner_id) if d.partner_id is not None else None
        draft = drafts.get(d.id)
        rows.append(
            {
                "id": d.id,
                "href": f"/inbox/{d.id}",
                "kind": d.kind,
                "sent_at": ctx.tr.date(d.sent_at),
                "sender": d.sender or "",
                "subject": d.subject or (d.body[:80] + ("…" if len(d.body) > 80 else "")),
                "intent": d.intent,
                "intent_label": intent_label(ctx, d.intent),
                "partner": partner.name if partner else None,
                "partner_href": partner_href(partner),
                "lines": len(extraction.get("lines") or []),
                "flags": len(extraction.get("flags") or []),
                "draft": draft.number if draft else None,
                "draft_href": f"/sales-orders/{draft.id}" if draft else None,
            }
        )
    return rows


def message_table(ctx: WebCtx, session: Session, title: str, docs: list[Document]) -> Table:
    """Messages as a table of a detail page (a partner's, an order's), each linking to the Inbox."""
    t = ctx.tr.gettext
    return Table(
        title,
        [t("Date"), t("From"), t("Subject"), t("Intent"), t("Draft order")],
        [
            [
                text_cell(r["sent_at"]),
                text_cell(r["sender"]),
                text_cell(r["subject"], r["href"]),
                text_cell(r["intent_label"]),
                text_cell(r["draft"] or "", r["draft_href"]),
            ]
            for r in message_rows(ctx, session, docs)
        ],
    )
