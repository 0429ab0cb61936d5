"""Messages exchanged with partners (emails, chats), kept with the records they concern."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from smarterp.core.db import Base


class Message(Base):
    __tablename__ = "crm_message"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Message-ID or a hash of the content, so the same message is stored once.
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    channel: Mapped[str] = mapped_column(String(20))  # email, chat, note
    direction: Mapped[str] = mapped_column(String(10))  # in, out
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"), index=True)
    sender: Mapped[str] = mapped_column(String(200))
    recipient: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(5), default="en")
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    thread_id: Mapped[str | None] = mapped_column(String(200), index=True)
    # The record the message is about (a sales order, an invoice...), by table name and id.
    about_type: Mapped[str | None] = mapped_column(String(40))
    about_id: Mapped[int | None]
