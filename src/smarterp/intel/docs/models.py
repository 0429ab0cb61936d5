"""Documents read into smarterp (emails, chats, contracts, invoices) and their attachments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smarterp.core.db import Base, utcnow


class Document(Base):
    """One document, stored once: `content_hash` is the SHA-256 of its normalised content."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # email, chat, contract, invoice or text
    kind: Mapped[str] = mapped_column(String(20), index=True)
    source: Mapped[str | None] = mapped_column(String(500))
    external_id: Mapped[str | None] = mapped_column(String(300), index=True)
    sender: Mapped[str | None] = mapped_column(String(300))
    sender_email: Mapped[str | None] = mapped_column(String(200), index=True)
    recipients: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(String(500))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    language: Mapped[str] = mapped_column(String(5), default="en")
    thread_key: Mapped[str | None] = mapped_column(String(300), index=True)
    body: Mapped[str] = mapped_column(Text, default="")
    # What reading found: intent, linked partner, lines... (see intel.docs.extract).
    intent: Mapped[str | None] = mapped_column(String(20))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"))
    extraction: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    meta: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    attachments: Mapped[list[DocumentAttachment]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentAttachment.id"
    )


class DocumentAttachment(Base):
    """A file that came with a document; its text is kept when it has a readable text layer."""

    __tablename__ = "document_attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str | None] = mapped_column(String(300))
    content_type: Mapped[str | None] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str | None] = mapped_column(Text)
    # Why the content was not read (too large, not text...), for the person who looks.
    skipped: Mapped[str | None] = mapped_column(String(300))

    document: Mapped[Document] = relationship(back_populates="attachments")
