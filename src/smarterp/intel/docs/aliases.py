"""Senders a person linked to a partner (an e-mail address or a chat handle), remembered so
that the next message from the same sender links without asking again."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parseaddr

from sqlalchemy import DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from smarterp.core.audit import record_audit, snapshot
from smarterp.core.db import Base, utcnow

MAX_ALIAS = 200
_BRACKETED = re.compile(r"<([^<>]+)>\s*$")


class PartnerAlias(Base):
    """One sender, one partner: a later correction moves the alias to the new partner."""

    __tablename__ = "partner_alias"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alias: Mapped[str] = mapped_column(String(MAX_ALIAS), unique=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    # The message on which the person made the choice, to show where the alias came from.
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="SET NULL"))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def split_sender(sender: str | None) -> tuple[str, str]:
    """The display name and the address of a sender, as written. parseaddr loses both when
    the display name holds brackets ("Jack Wright [oak foods] <jack@…>" gives "Jack"), so
    an address in angle brackets at the end is taken as it stands."""
    text = (sender or "").strip()
    bracketed = _BRACKETED.search(text)
    if bracketed and "@" in bracketed.group(1):
        display = text[: bracketed.start()].strip().strip('"').strip()
        return display, bracketed.group(1).strip()
    return parseaddr(text)


def sender_key(sender: str | None) -> str | None:
    """The part of a sender that stays the same from one message to the next: the address of
    an e-mail sender, the whole handle of a chat sender ("wechat:alfki"), lower case."""
    text = (sender or "").strip()
    if not text:
        return None
    # parseaddr would cut "wechat:wxid_62" down to "wxid_62": take what is in brackets.
    bracketed = _BRACKETED.search(text)
    if bracketed:
        key = bracketed.group(1).strip()
    else:
        address = parseaddr(text)[1]
        key = address if "@" in address else text
    return key.lower()[:MAX_ALIAS] or None


def aliases_by_partner(session: Session) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    for alias, partner_id in session.execute(
        select(PartnerAlias.alias, PartnerAlias.partner_id).order_by(PartnerAlias.alias)
    ):
        found.setdefault(partner_id, []).append(alias)
    return {pid: tuple(aliases) for pid, aliases in found.items()}


def remember_alias(
    session: Session, sender: str | None, partner_id: int, *, document_id: int | None = None
) -> PartnerAlias | None:
    """Remember that this sender is the partner (None when the sender has nothing to keep)."""
    key = sender_key(sender)
    if key is None:
        return None
    actor = str(session.info.get("actor", "system"))
    alias = session.scalars(select(PartnerAlias).where(PartnerAlias.alias == key)).first()
    if alias is None:
        alias = PartnerAlias(
            alias=key, partner_id=partner_id, document_id=document_id, created_by=actor
        )
        session.add(alias)
        record_audit(session, "partner_alias.create", alias, reason="a person linked a message")
        return alias
    if alias.partner_id != partner_id:
        before = snapshot(alias)
        alias.partner_id, alias.document_id, alias.created_by = partner_id, document_id, actor
        record_audit(session, "partner_alias.update", alias, before=before)
    return alias
