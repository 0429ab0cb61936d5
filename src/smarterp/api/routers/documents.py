"""Documents out: each document's PDF (GET .../pdf) and sending it by email (POST .../send)
for invoices and credit notes, sales orders, deliveries, purchase orders and statements."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from sqlalchemy.orm import Session

from smarterp.api.deps import Ctx, IdempotencyKey, RecordId, once, requires
from smarterp.core.errors import NotFound
from smarterp.erp.crm.models import Message
from smarterp.erp.documents import service as documents
from smarterp.erp.documents.content import Printable
from smarterp.erp.documents.schemas import SendIn, SentOut
from smarterp.erp.invoicing.models import Invoice, InvoiceKind

router = APIRouter(tags=["documents out"])

Lang = Annotated[
    str | None,
    Query(pattern=r"^(en|zh)$", description="en or zh; the partner's language if empty."),
]
PDF: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/pdf": {}}, "description": "The document as PDF."}
}
# Each document takes the permissions its kind names (documents.KINDS).
InvoiceRead = Annotated[Ctx, requires(documents.KINDS["invoice"].read_permission)]
InvoiceSend = Annotated[Ctx, requires(documents.KINDS["invoice"].send_permission)]
SalesRead = Annotated[Ctx, requires(documents.KINDS["order"].read_permission)]
SalesSend = Annotated[Ctx, requires(documents.KINDS["order"].send_permission)]
DeliveryRead = Annotated[Ctx, requires(documents.KINDS["delivery"].read_permission)]
DeliverySend = Annotated[Ctx, requires(documents.KINDS["delivery"].send_permission)]
PurchaseRead = Annotated[Ctx, requires(documents.KINDS["purchase-order"].read_permission)]
PurchaseSend = Annotated[Ctx, requires(documents.KINDS["purchase-order"].send_permission)]


def _pdf(doc: Printable, lang: str | None) -> Response:
    return Response(
        documents.pdf(doc, lang),
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{doc.filename}"'},
    )


def _sent(ctx: Ctx, doc: Printable, body: SendIn | None, key: str | None) -> SentOut:
    """Send once per Idempotency-Key: a retried request answers the first sending's message
    instead of mailing the document again."""
    body = body or SendIn()
    filename = doc.filename

    def do() -> Message:
        sent = documents.send(
            ctx.session,
            doc,
            to=body.to,
            cc=body.cc,
            subject=body.subject,
            body=body.body,
            language=body.lang,
        )
        message = ctx.session.get(Message, sent.message_record_id)
        assert message is not None  # just written in this unit of work
        return message

    def load(message_id: int) -> SentOut:
        message = ctx.session.get(Message, message_id)
        if message is None:
            raise NotFound("message", message_id)
        recipients = [r.strip() for r in (message.recipient or "").split(",") if r.strip()]
        return SentOut(
            kind=doc.kind,
            number=doc.number,
            message_id=message.external_id,
            recipients=recipients,
            subject=message.subject or "",
            filename=filename,
            message_record_id=message.id,
        )

    return once(ctx, f"{doc.record_type}.send:{doc.kind}:{doc.record_id}", key, do, load)


def _invoice_kind(session: Session, invoice_id: int) -> str:
    """An invoice or a credit note to a customer; vendor bills are not sent out."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None or not invoice.kind.is_customer:
        raise NotFound("customer invoice or credit note", invoice_id)
    return "invoice" if invoice.kind == InvoiceKind.OUT_INVOICE else "credit-note"


def _sales_kind(session: Session, order_id: int, document: str | None) -> str:
    if document:
        return document
    from smarterp.erp.sales.models import SalesOrder, SalesState

    order = session.get(SalesOrder, order_id)
    if order is None:
        raise NotFound("sales order", order_id)
    return "quotation" if order.state == SalesState.DRAFT else "order"


SalesDocument = Annotated[
    str | None,
    Query(
        pattern=r"^(quotation|order)$",
        description="quotation or order (confirmation); by the order's state if empty.",
    ),
]


# --- Invoices and credit notes ---------------------------------------------------------------


@router.get("/invoices/{invoice_id}/pdf", responses=PDF, summary="Invoice or credit note as PDF")
def invoice_pdf(ctx: InvoiceRead, invoice_id: RecordId, lang: Lang = None) -> Response:
    kind = _invoice_kind(ctx.session, invoice_id)
    return _pdf(documents.printable(ctx.session, kind, invoice_id), lang)


@router.post("/invoices/{invoice_id}/send", response_model=SentOut, summary="Email the PDF")
def send_invoice(
    ctx: InvoiceSend,
    invoice_id: RecordId,
    body: SendIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> SentOut:
    kind = _invoice_kind(ctx.session, invoice_id)
    return _sent(ctx, documents.printable(ctx.session, kind, invoice_id), body, idempotency_key)


# --- Sales orders: quotation or order confirmation --------------------------------------------


@router.get("/sales-orders/{order_id}/pdf", responses=PDF, summary="Quotation or order as PDF")
def sales_pdf(
    ctx: SalesRead, order_id: RecordId, document: SalesDocument = None, lang: Lang = None
) -> Response:
    kind = _sales_kind(ctx.session, order_id, document)
    return _pdf(documents.printable(ctx.session, kind, order_id), lang)


@router.post("/sales-orders/{order_id}/send", response_model=SentOut, summary="Email the PDF")
def send_sales(
    ctx: SalesSend,
    order_id: RecordId,
    body: SendIn | None = None,
    document: SalesDocument = None,
    idempotency_key: IdempotencyKey = None,
) -> SentOut:
    kind = _sales_kind(ctx.session, order_id, document)
    return _sent(ctx, documents.printable(ctx.session, kind, order_id), body, idempotency_key)


# --- Deliveries ------------------------------------------------------------------------------


@router.get("/deliveries/{shipment_id}/pdf", responses=PDF, summary="Delivery note as PDF")
def delivery_pdf(ctx: DeliveryRead, shipment_id: RecordId, lang: Lang = None) -> Response:
    return _pdf(documents.printable(ctx.session, "delivery", shipment_id), lang)


@router.post("/deliveries/{shipment_id}/send", response_model=SentOut, summary="Email the PDF")
def send_delivery(
    ctx: DeliverySend,
    shipment_id: RecordId,
    body: SendIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> SentOut:
    doc = documents.printable(ctx.session, "delivery", shipment_id)
    return _sent(ctx, doc, body, idempotency_key)


# --- Purchase orders -------------------------------------------------------------------------


@router.get("/purchase-orders/{order_id}/pdf", responses=PDF, summary="Purchase order as PDF")
def purchase_pdf(ctx: PurchaseRead, order_id: RecordId, lang: Lang = None) -> Response:
    return _pdf(documents.printable(ctx.session, "purchase-order", order_id), lang)


@router.post("/purchase-orders/{order_id}/send", response_model=SentOut, summary="Email the PDF")
def send_purchase(
    ctx: PurchaseSend,
    order_id: RecordId,
    body: SendIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> SentOut:
    doc = documents.printable(ctx.session, "purchase-order", order_id)
    return _sent(ctx, doc, body, idempotency_key)


# --- Customer statements ---------------------------------------------------------------------

StatementRead = Annotated[Ctx, requires(documents.STATEMENT_READ_PERMISSION)]
StatementSend = Annotated[Ctx, requires(documents.STATEMENT_SEND_PERMISSION)]
DateFrom = Annotated[dt.date | None, Query(description="First day; three months back if empty.")]
DateTo = Annotated[dt.date | None, Query(description="Last day; today if empty.")]


@router.get(
    "/partners/{partner_id}/statement/pdf", responses=PDF, summary="Customer statement as PDF"
)
def statement_pdf(
    ctx: StatementRead,
    partner_id: RecordId,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    lang: Lang = None,
) -> Response:
    doc = documents.statement(ctx.session, partner_id, date_from=date_from, date_to=date_to)
    return _pdf(doc, lang)


@router.post(
    "/partners/{partner_id}/statement/send", response_model=SentOut, summary="Email the statement"
)
def send_statement(
    ctx: StatementSend,
    partner_id: RecordId,
    body: SendIn | None = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    idempotency_key: IdempotencyKey = None,
) -> SentOut:
    doc = documents.statement(ctx.session, partner_id, date_from=date_from, date_to=date_to)
    return _sent(ctx, doc, body, idempotency_key)
