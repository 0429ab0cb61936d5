"""Documents out: find a document by number or id, print it as PDF, send it by email and record
the sending on the document and in the partner's messages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit, snapshot
from smarterp.core.db import utcnow
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.core.mail import Attachment, OutgoingMail, send_mail
from smarterp.core.settings import Settings
from smarterp.erp.crm.schemas import MessageIn
from smarterp.erp.crm.service import log_message
from smarterp.erp.documents import content
from smarterp.erp.documents.content import Printable
from smarterp.erp.documents.render import render_pdf
from smarterp.erp.documents.words import DocumentWords, words_for
from smarterp.erp.inventory.models import Shipment
from smarterp.erp.invoicing.models import Invoice
from smarterp.erp.partners.queries import find_partner
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document out: what it is read from, and who may print or send it."""

    key: str
    what: str  # as a refusal names it
    read_permission: str
    send_permission: str
    model: Any  # the mapped class, with `id` and `number`
    build: Callable[[Session, int], Printable]


KINDS: dict[str, DocumentKind] = {
    kind.key: kind
    for kind in (
        DocumentKind(
            "quotation",
            "quotation",
            "sales.read",
            "sales.write",
            SalesOrder,
            lambda s, i: content.sales_document(s, i, "quotation"),
        ),
        DocumentKind(
            "order",
            "sales order",
            "sales.read",
            "sales.write",
            SalesOrder,
            lambda s, i: content.sales_document(s, i, "order"),
        ),
        DocumentKind(
            "delivery",
            "delivery",
            "sales.read",
            "sales.deliver",
            Shipment,
            content.delivery_document,
        ),
        DocumentKind(
            "invoice",
            "invoice",
            "invoices.read",
            "invoices.write",
            Invoice,
            lambda s, i: content.invoice_document(s, i, "invoice"),
        ),
        DocumentKind(
            "credit-note",
            "credit note",
            "invoices.read",
            "invoices.write",
            Invoice,
            lambda s, i: content.invoice_document(s, i, "credit-note"),
        ),
        DocumentKind(
            "purchase-order",
            "purchase order",
            "purchasing.read",
            "purchasing.write",
            PurchaseOrder,
            content.purchase_document,
        ),
    )
}
STATEMENT = "statement"
STATEMENT_READ_PERMISSION = "invoices.read"
STATEMENT_SEND_PERMISSION = "invoices.write"
ALL_KINDS = (*KINDS, STATEMENT)


def kind_of(key: str) -> DocumentKind:
    kind = KINDS.get(key)
    if kind is None:
        raise InvalidInput("document", f"{key!r} is not a document; one of {', '.join(ALL_KINDS)}")
    return kind


def find_id(session: Session, key: str, number: str) -> int:
    """The id of the document of this kind with this number, refused by name when none."""
    kind = kind_of(key)
    found = session.scalar(select(kind.model.id).where(kind.model.number == number.strip()))
    if found is None:
        raise NotFound(kind.what, number)
    return int(found)


def printable(session: Session, key: str, record_id: int) -> Printable:
    """What the document prints; refuses a document its state cannot print (a draft invoice)."""
    return kind_of(key).build(session, record_id)


def statement(
    session: Session,
    partner_key: str | int,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    today: date | None = None,
) -> Printable:
    """A customer's statement of account, the customer named by ref, id or name."""
    if isinstance(partner_key, int):
        partner_id = partner_key
    else:
        partner_id = find_partner(session, partner_key, "customer").id
    return content.statement_document(
        session, partner_id, date_from, date_to, today or date.today()
    )


def language_of(doc: Printable, language: str | None) -> DocumentWords:
    """The words asked for, or the partner's own language."""
    return words_for(language or doc.language)


def pdf(doc: Printable, language: str | None = None) -> bytes:
    return render_pdf(doc, language_of(doc, language))


# --- Email -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmailDraft:
    """What the send form starts from: recipient, subject and body in the document's language."""

    to: str
    subject: str
    body: str
    language: str
    filename: str


@dataclass(frozen=True)
class SentDocument:
    """A document that went out: the message as the server took it and where it is recorded."""

    kind: str
    number: str
    message_id: str
    recipients: list[str]
    subject: str
    filename: str
    message_record_id: int


def email_draft(doc: Printable, language: str | None = None) -> EmailDraft:
    words = language_of(doc, language)
    title = words.title(doc.title_key)
    money = _amount_text(doc, words)
    name = doc.partner.name
    if doc.kind == STATEMENT:
        body = words.email_body_statement.format(
            name=name,
            date=_day(doc.period[1] if doc.period else date.today(), words),
            amount=money or "0",
            company=doc.company.name,
        )
    else:
        # "for $1.00" reads well in English; Chinese puts the amount in brackets.
        amount_text = ""
        if money:
            amount_text = f" ({money})" if words.code == "zh" else f" for {money}"
        body = words.email_body.format(
            name=name,
            title=title,
            title_lower=title.lower(),
            number=doc.number,
            amount_text=amount_text,
            company=doc.company.name,
        )
    subject = words.email_subject.format(title=title, number=doc.number, company=doc.company.name)
    return EmailDraft(doc.email or "", subject, body, words.code, doc.filename)


def send(
    session: Session,
    doc: Printable,
    *,
    to: list[str] | None = None,
    cc: list[str] | None = None,
    subject: str | None = None,
    body: str | None = None,
    language: str | None = None,
    settings: Settings | None = None,
) -> SentDocument:
    """Email the document's PDF, then record it on the document and in the partner's messages.

    The mail goes out before anything is written: a refused server records nothing. Should the
    commit fail after the server took the message, the message is out but unrecorded; SMTP
    cannot take part in the database transaction, and a missing record is the lesser wrong."""
    draft = email_draft(doc, language)
    recipients = [a.strip() for a in (to or []) if a.strip()] or ([draft.to] if draft.to else [])
    if not recipients:
        raise InvalidInput(
            "to",
            f"no recipient: {doc.partner.name} has no email address; give one with --to",
            record=doc.number,
        )
    words = words_for(draft.language)
    attachment = Attachment(doc.filename, pdf(doc, words.code))
    sent = send_mail(
        OutgoingMail(
            to=recipients,
            cc=list(cc or []),
            subject=subject or draft.subject,
            body=body if body is not None and body.strip() else draft.body,
            attachments=[attachment],
        ),
        settings=settings,
    )
    message = log_message(
        session,
        MessageIn(
            external_id=sent.message_id[:200],
            channel="email",
            direction="out",
            partner_id=doc.partner_id,
            sender=sent.sender[:200],
            recipient=", ".join(sent.recipients)[:200],
            subject=sent.subject[:300],
            body=body if body is not None and body.strip() else draft.body,
            language=words.code,
            sent_at=utcnow(),
            about_type=doc.record_type,
            about_id=doc.record_id,
        ),
    )
    record = doc.record
    if record is None:  # pragma: no cover - every builder keeps its row
        raise NotFound(doc.kind, doc.number)
    record_audit(
        session,
        f"{doc.record_type}.send" if doc.kind != STATEMENT else "partner.send_statement",
        record,
        before=snapshot(record),
        reason=f"{doc.kind} {doc.number} emailed to {', '.join(sent.recipients)} "
        f"({attachment.filename})",
    )
    return SentDocument(
        kind=doc.kind,
        number=doc.number,
        message_id=sent.message_id,
        recipients=sent.recipients,
        subject=sent.subject,
        filename=attachment.filename,
        message_record_id=message.id,
    )


def reminder(
    session: Session,
    customer_id: int,
    overdue: list[Invoice],
    on: date,
    *,
    settings: Settings | None = None,
) -> SentDocument:
    """Remind a customer of their overdue invoices: the statement as of `on` emailed to the
    customer's address with a reminder's subject and a body listing each invoice, recorded
    as every document sent is (see `send`)."""
    doc = statement(session, customer_id, date_to=on, today=on)
    words = language_of(doc, None)
    lines = "\n".join(
        "- "
        + words.reminder_line.format(
            number=inv.number,
            due=_day(inv.due_date, words),
            days=(on - inv.due_date).days,
            amount=format_currency(inv.amount_residual, inv.currency, locale=words.locale),
        )
        for inv in overdue
    )
    return send(
        session,
        doc,
        subject=words.reminder_subject.format(company=doc.company.name),
        body=words.reminder_body.format(
            name=doc.partner.name, lines=lines, company=doc.company.name
        ),
        language=words.code,
        settings=settings,
    )


def _amount_text(doc: Printable, words: DocumentWords) -> str:
    if doc.headline_amount is None:
        return ""
    return format_currency(doc.headline_amount, doc.currency, locale=words.locale)


def _day(value: date, words: DocumentWords) -> str:
    return format_date(value, format="medium", locale=words.locale)
