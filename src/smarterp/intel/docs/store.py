"""Storing documents once each, with what reading found in them; re-ingesting changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from smarterp.intel.docs.entities import document_terms
from smarterp.intel.docs.extract import Email, OrderReader, OrderReading
from smarterp.intel.docs.models import Document, DocumentAttachment
from smarterp.intel.docs.sources import Item, ParsedDocument, Skipped
from smarterp.intel.docs.text import detect_language

# Called for each newly stored document, e.g. to add what it says to the knowledge graph.
OnStored = Callable[[Session, Document, OrderReading | None], object]
Progress = Callable[[str], None]


@dataclass
class IngestSummary:
    added: list[int] = field(default_factory=list)
    existing: list[int] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "added": len(self.added),
            "existing": len(self.existing),
            "skipped": [{"source": s.source, "reason": s.reason} for s in self.skipped],
        }


def find_by_hash(session: Session, content_hash: str) -> Document | None:
    return session.scalars(select(Document).where(Document.content_hash == content_hash)).first()


def read_document(parsed: ParsedDocument, reader: OrderReader | None) -> OrderReading | None:
    if reader is None or parsed.kind not in ("email", "chat"):
        return None
    return reader.read(
        Email(
            id=parsed.external_id or parsed.source,
            sender=parsed.sender or "",
            subject=parsed.subject or "",
            body=parsed.body,
            date=parsed.sent_at.date() if parsed.sent_at else None,
            lang=parsed.meta.get("lang"),
            thread=parsed.thread_key,
            channel=parsed.kind,
        )
    )


def store_document(
    session: Session,
    parsed: ParsedDocument,
    reader: OrderReader | None = None,
    on_stored: OnStored | None = None,
) -> tuple[Document, bool]:
    """The stored document and whether it is new; an existing one is returned untouched."""
    digest = parsed.content_hash()
    existing = find_by_hash(session, digest)
    if existing is not None:
        return existing, False
    reading = read_document(parsed, reader)
    extraction: dict[str, object] | None = reading.evidence() if reading else None
    if parsed.kind in ("invoice", "contract"):
        base = parsed.sent_at.date() if parsed.sent_at else date.today()
        terms = document_terms(parsed.body, base)
        extraction = {
            "numbers": terms.numbers,
            "total": [str(terms.total[0]), terms.total[1]] if terms.total else None,
            "due": terms.due.isoformat() if terms.due else None,
            "valid_until": terms.valid_until.isoformat() if terms.valid_until else None,
            "penalty": terms.penalty,
            "prices": [[label, str(amount), cur] for label, amount, cur in terms.prices],
        }
    doc = Document(
        content_hash=digest,
        kind=parsed.kind,
        source=parsed.source[:500],
        external_id=(parsed.external_id or None) and parsed.external_id[:300],
        sender=(parsed.sender or None) and parsed.sender[:300],
        sender_email=parsed.sender_email,
        recipients=parsed.recipients,
        subject=(parsed.subject or None) and parsed.subject[:500],
        sent_at=parsed.sent_at,
        language=reading.language if reading else detect_language(parsed.body),
        thread_key=(parsed.thread_key or None) and parsed.thread_key[:300],
        body=parsed.body,
        intent=reading.intent if reading else None,
        # The partner linked whatever its role: a supplier's messages are listed under it too.
        partner_id=reading.partner_id if reading else None,
        extraction=extraction,
        meta=parsed.meta or None,
    )
    for att in parsed.attachments:
        doc.attachments.append(
            DocumentAttachment(
                filename=att.filename,
                content_type=att.content_type,
                size=att.size,
                content_hash=att.content_hash,
                text=att.text,
                skipped=att.skipped,
            )
        )
    session.add(doc)
    session.flush()
    if on_stored is not None:
        on_stored(session, doc, reading)
    return doc, True


def ingest(
    session: Session,
    items: Iterable[Item],
    reader: OrderReader | None = None,
    *,
    on_stored: OnStored | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Store every item; each in a savepoint, so one that fails is skipped and the rest kept."""
    summary = IngestSummary()
    for item in items:
        if progress is not None:
            progress(item.source)
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            continue
        try:
            with session.begin_nested():
                doc, created = store_document(session, item, reader, on_stored)
        except (SQLAlchemyError, ValueError) as exc:
            summary.skipped.append(Skipped(item.source, f"not stored: {type(exc).__name__}: {exc}"))
            continue
        (summary.added if created else summary.existing).append(doc.id)
    return summary
