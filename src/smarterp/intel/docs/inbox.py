"""The inbox: the messages read, what reading found in each (with the words it came from), and
what a person does with them: draft the order a message asks for, or link it to the right
partner (remembered as an alias, so the next message from that sender links by itself)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit, snapshot
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.core.idempotency import IdempotencyKey
from smarterp.erp.partners.models import Partner
from smarterp.erp.sales.models import SalesOrder
from smarterp.intel.docs.aliases import remember_alias
from smarterp.intel.docs.catalogue import load_catalogue
from smarterp.intel.docs.drafts import Draft, create_draft_order
from smarterp.intel.docs.extract import Email, OrderReader
from smarterp.intel.docs.models import Document
from smarterp.intel.docs.sources import read_stored_messages
from smarterp.intel.docs.store import IngestSummary, ingest

MESSAGE_KINDS = ("email", "chat")
# The reader's doubt about who sent a message (extract.py): settled once a person links it.
_LINK_DOUBTS = ("customer unclear", "sender unclear")
# How create_draft_order keys the quotation it makes for a message (see drafts.py).
_DRAFT_KEY = "sales_order:draft-from:"


def read_stored_inbox(
    session: Session, *, progress: Callable[[str], None] | None = None
) -> IngestSummary:
    """Read every message stored in the books that is not read yet; a second run adds nothing."""
    from smarterp.intel.graph.learn import learn_document  # the graph learns what is read

    reader = OrderReader(load_catalogue(session))
    return ingest(
        session, read_stored_messages(session), reader, on_stored=learn_document, progress=progress
    )


def message_email(doc: Document) -> Email:
    """A stored message as the reader reads it; its id keys the draft made from it."""
    return Email(
        id=doc.external_id or f"document:{doc.id}",
        sender=doc.sender or "",
        subject=doc.subject or "",
        body=doc.body,
        date=doc.sent_at.date() if doc.sent_at else None,
        # Read as ingest read it: a chat's earlier messages are part of what links it.
        lang=(doc.meta or {}).get("lang"),
        thread=doc.thread_key,
        channel=doc.kind,
    )


def without_link_doubts(flags: list[str]) -> list[str]:
    return [f for f in flags if not f.startswith(_LINK_DOUBTS)]


def get_message(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None or doc.kind not in MESSAGE_KINDS:
        raise NotFound("message", document_id)
    return doc


# --- Reads ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class InboxFilter:
    intent: str | None = None
    partner_id: int | None = None
    unlinked: bool = False
    search: str | None = None


def _messages(flt: InboxFilter) -> Select[Any]:
    stmt = select(Document).where(Document.kind.in_(MESSAGE_KINDS))
    if flt.intent:
        stmt = stmt.where(Document.intent == flt.intent)
    if flt.partner_id is not None:
        stmt = stmt.where(Document.partner_id == flt.partner_id)
    if flt.unlinked:
        stmt = stmt.where(Document.partner_id.is_(None))
    if flt.search:
        like = f"%{flt.search.strip()}%"
        stmt = stmt.where(
            or_(
                Document.subject.ilike(like),
                Document.sender.ilike(like),
                Document.body.ilike(like),
            )
        )
    return stmt


def inbox_page(
    session: Session, flt: InboxFilter, *, limit: int = 50, offset: int = 0
) -> tuple[list[Document], int]:
    """Messages newest first, and how many match in all."""
    stmt = _messages(flt)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(
        stmt.order_by(Document.sent_at.desc().nulls_last(), Document.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    return list(rows), total


def intent_counts(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(Document.intent, func.count())
        .where(Document.kind.in_(MESSAGE_KINDS))
        .group_by(Document.intent)
    ).all()
    return {str(intent or ""): int(n) for intent, n in rows}


def drafts_of(session: Session, docs: list[Document]) -> dict[int, SalesOrder]:
    """The quotation drafted from each message, by document id (those with one)."""
    keys = {_DRAFT_KEY + message_email(d).id: d.id for d in docs}
    if not keys:
        return {}
    found = session.execute(
        select(IdempotencyKey.key, SalesOrder)
        .join(SalesOrder, SalesOrder.id == IdempotencyKey.entity_id)
        .where(IdempotencyKey.key.in_(keys))
    ).all()
    return {keys[key]: order for key, order in found}


def partner_messages(session: Session, partner_id: int, limit: int = 20) -> list[Document]:
    return inbox_page(session, InboxFilter(partner_id=partner_id), limit=limit)[0]


def order_messages(session: Session, number: str, order_id: int | None = None) -> list[Document]:
    """Messages that name the order's number, and (a sales order) the one it was drafted from."""
    named = _messages(InboxFilter()).where(
        or_(Document.subject.contains(number), Document.body.contains(number))
    )
    # LIKE finds SO00048 inside SO000480 too: keep the messages that name it as a whole word.
    whole = re.compile(rf"(?<![0-9A-Za-z]){re.escape(number)}(?![0-9A-Za-z])")
    docs = {
        d.id: d
        for d in session.scalars(named.limit(200))
        if whole.search(d.subject or "") or whole.search(d.body)
    }
    if order_id is not None:
        keys = session.scalars(
            select(IdempotencyKey.key).where(
                IdempotencyKey.entity_id == order_id, IdempotencyKey.key.startswith(_DRAFT_KEY)
            )
        ).all()
        ids = [k.removeprefix(_DRAFT_KEY) for k in keys]
        if ids:
            source = select(Document).where(
                or_(
                    Document.external_id.in_(ids),
                    Document.id.in_(
                        [int(i.split(":")[1]) for i in ids if i.startswith("document:")]
                    ),
                )
            )
            docs.update({d.id: d for d in session.scalars(source)})
    return sorted(docs.values(), key=lambda d: (d.sent_at is None, d.sent_at), reverse=True)


@dataclass(frozen=True)
class Segment:
    """A piece of a message's body; `mark` says what reading took from it (None: nothing)."""

    text: str
    mark: str | None = None
    label: str | None = None


def highlighted(doc: Document) -> list[Segment]:
    """The body cut where reading found order lines and the requested date, so a page can show
    each field beside the words it was read from."""
    body = doc.body.replace("\r\n", "\n")  # the reader's offsets count in this text
    spans: list[tuple[int, int, str, str]] = []
    extraction: dict[str, Any] = doc.extraction or {}
    for line in extraction.get("lines") or []:
        start, end = (line.get("span") or [None, None])[:2]
        if isinstance(start, int) and isinstance(end, int):
            spans.append((start, end, "line", f"{line.get('quantity')} × {line.get('product')}"))
    date_span = extraction.get("date_span") or {}
    if isinstance(date_span, dict) and date_span.get("span"):
        start, end = date_span["span"][:2]
        spans.append((start, end, "date", str(extraction.get("requested_date") or "")))
    segments: list[Segment] = []
    at = 0
    for start, end, mark, label in sorted(spans):
        if start < at or end > len(body) or start >= end:
            continue  # overlapping or out of range: leave the text plain rather than cut it
        if start > at:
            segments.append(Segment(body[at:start]))
        segments.append(Segment(body[start:end], mark, label))
        at = end
    if at < len(body):
        segments.append(Segment(body[at:]))
    return segments


# --- What a person does --------------------------------------------------------------------


def draft_order_from(
    session: Session, document_id: int, *, order_date: date | None = None
) -> Draft:
    """The quotation the message asks for, read again against today's books (so aliases and
    new products count); a partner a person linked the message to is its customer. Asking twice
    returns the same quotation."""
    doc = get_message(session, document_id)
    reading = OrderReader(load_catalogue(session)).read(message_email(doc))
    if (doc.meta or {}).get("linked_by") and doc.partner_id is not None:
        partner = session.get(Partner, doc.partner_id)
        if partner is not None and partner.is_customer:
            reading.customer_id, reading.customer = partner.id, partner.name
            reading.customer_reasons = ["linked by a person", *reading.customer_reasons]
            reading.flags = without_link_doubts(reading.flags)
    return create_draft_order(session, reading, order_date=order_date)


def link_message(session: Session, document_id: int, partner_id: int) -> Document:
    """Link the message to the partner a person chose, and remember its sender for next time."""
    doc = get_message(session, document_id)
    partner = session.get(Partner, partner_id)
    if partner is None or not partner.active:
        raise InvalidInput("partner", f"no active partner with id {partner_id}")
    before = snapshot(doc)
    doc.partner_id = partner.id
    doc.meta = {**(doc.meta or {}), "linked_by": str(session.info.get("actor", "system"))}
    record_audit(session, "document.link", doc, before=before, reason="linked by a person")
    remember_alias(session, doc.sender, partner.id, document_id=doc.id)
    return doc
