"""Which messages of a mailbox (IMAP) were read already: the highest UID per mailbox, valid
while the server keeps the mailbox's UIDVALIDITY."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from smarterp.core.db import Base, utcnow


class MailboxState(Base):
    __tablename__ = "mailbox_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # imap://user@host:port/FOLDER, without the password.
    mailbox: Mapped[str] = mapped_column(String(300), unique=True)
    # IMAP numbers are unsigned 32-bit: beyond what a signed INTEGER holds.
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    read_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def last_read(session: Session, mailbox: str) -> tuple[int, int] | None:
    """(uidvalidity, last UID read) for the mailbox, or None when it was never read."""
    row = session.scalars(select(MailboxState).where(MailboxState.mailbox == mailbox)).first()
    return (row.uidvalidity, row.last_uid) if row else None


def remember_read(session: Session, mailbox: str, uidvalidity: int, last_uid: int) -> None:
    row = session.scalars(select(MailboxState).where(MailboxState.mailbox == mailbox)).first()
    if row is None:
        session.add(MailboxState(mailbox=mailbox, uidvalidity=uidvalidity, last_uid=last_uid))
        return
    row.uidvalidity, row.last_uid, row.read_at = uidvalidity, last_uid, utcnow()
