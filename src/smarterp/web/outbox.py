"""Documents out on the detail pages: the "Download PDF" and "Send by email" actions a record
offers, and the emails already sent about it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.erp.crm.models import Message
from smarterp.erp.documents import service as documents
from smarterp.erp.inventory.models import Shipment, ShipmentKind, ShipmentState
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState
from smarterp.erp.partners.models import Partner
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.web.views import Action, Table, text_cell

if TYPE_CHECKING:
    from smarterp.web.details import DetailView
    from smarterp.web.pages import WebCtx

# Where each document's own page is, by the table it is read from.
PAGES = {
    "sales_order": "/sales-orders/{id}",
    "purchase_order": "/purchase-orders/{id}",
    "invoice": "/invoices/{id}",
    "partner": "/customers/{id}",
}


def print_url(kind: str, record_id: int) -> str:
    return f"/print/{kind}/{record_id}"


def send_url(kind: str, record_id: int) -> str:
    return f"/send/{kind}/{record_id}"


def may_read(ctx: WebCtx, kind: str) -> bool:
    if kind == documents.STATEMENT:
        return ctx.may(documents.STATEMENT_READ_PERMISSION)
    return ctx.may(documents.KINDS[kind].read_permission)


def may_send(ctx: WebCtx, kind: str) -> bool:
    if kind == documents.STATEMENT:
        return ctx.may(documents.STATEMENT_SEND_PERMISSION)
    return ctx.may(documents.KINDS[kind].send_permission)


def record_kinds(session: Session, entity_type: str, entity_id: int) -> list[tuple[str, int]]:
    """The documents a record's page offers: (kind, id the document is read from)."""
    if entity_type == "sales_order":
        order = session.get(SalesOrder, entity_id)
        if order is None or order.state == SalesState.CANCELLED:
            return []
        kind = "quotation" if order.state == SalesState.DRAFT else "order"
        deliveries = session.scalars(
            select(Shipment.id)
            .where(
                Shipment.origin_type == "sales_order",
                Shipment.origin_id == order.id,
                Shipment.kind == ShipmentKind.DELIVERY,
                Shipment.state != ShipmentState.CANCELLED,
            )
            .order_by(Shipment.id)
        ).all()
        return [(kind, order.id), *(("delivery", i) for i in deliveries)]
    if entity_type == "purchase_order":
        po = session.get(PurchaseOrder, entity_id)
        return (
            [] if po is None or po.state == PurchaseState.CANCELLED else [("purchase-order", po.id)]
        )
    if entity_type == "invoice":
        inv = session.get(Invoice, entity_id)
        if inv is None or inv.state not in (InvoiceState.POSTED, InvoiceState.PAID):
            return []
        if inv.kind == InvoiceKind.OUT_INVOICE:
            return [("invoice", inv.id)]
        if inv.kind == InvoiceKind.OUT_REFUND:
            return [("credit-note", inv.id)]
        return []
    if entity_type == "partner":
        partner = session.get(Partner, entity_id)
        return [(documents.STATEMENT, entity_id)] if partner and partner.is_customer else []
    return []


def offer_documents(
    view: DetailView, session: Session, ctx: WebCtx, entity_type: str, entity_id: int
) -> None:
    """Add the record's document actions and the emails sent about it to its page."""
    t = ctx.tr.gettext
    for kind, record_id in record_kinds(session, entity_type, entity_id):
        if not may_read(ctx, kind):
            continue
        if kind == "delivery":
            number = session.scalar(select(Shipment.number).where(Shipment.id == record_id))
            label = t("Delivery note {number}", number=number)
        elif kind == documents.STATEMENT:
            label = t("Statement PDF")
        else:
            label = t("Download PDF")
        test_id = f"pdf-{kind}" if kind != "delivery" else f"pdf-delivery-{record_id}"
        view.actions.append(
            Action(label, print_url(kind, record_id), method="get", test_id=test_id)
        )
        if kind != "delivery" and may_send(ctx, kind):
            send_label = t("Send statement") if kind == documents.STATEMENT else t("Send by email")
            view.actions.append(
                Action(send_label, send_url(kind, record_id), method="get", test_id=f"send-{kind}")
            )
    sent = sent_messages(session, entity_type, entity_id)
    if sent:
        view.tables.append(
            Table(
                t("Emails sent"),
                [t("Sent"), t("Recipients"), t("Subject")],
                [
                    [
                        text_cell(ctx.tr.date(m.sent_at) if m.sent_at else ""),
                        text_cell(m.recipient or ""),
                        text_cell(m.subject or ""),
                    ]
                    for m in sent
                ],
            )
        )


def sent_messages(session: Session, entity_type: str, entity_id: int) -> list[Message]:
    """Emails sent about the record, newest first (a partner's page: every one sent to it)."""
    stmt = select(Message).where(Message.direction == "out")
    if entity_type == "partner":
        stmt = stmt.where(Message.partner_id == entity_id)
    else:
        stmt = stmt.where(Message.about_type == entity_type, Message.about_id == entity_id)
    return list(session.scalars(stmt.order_by(Message.sent_at.desc(), Message.id.desc()).limit(20)))
