"""Communication use-cases: log a message once, list a partner's messages."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit
from smarterp.core.events import record_event
from smarterp.erp.crm.models import Message
from smarterp.erp.crm.schemas import MessageIn
from smarterp.erp.partners.service import get_partner


def log_message(session: Session, cmd: MessageIn) -> Message:
    """Store a message; the same external id stored again returns the stored one unchanged."""
    existing = session.execute(
        select(Message).where(Message.external_id == cmd.external_id)
    ).scalar_one_or_none()
    if existing is not None:
        return existing
    if cmd.partner_id is not None:
        get_partner(session, cmd.partner_id)
    message = Message(**cmd.model_dump())
    session.add(message)
    record_audit(session, "message.log", message)
    record_event(
        session,
        "message.received" if cmd.direction == "in" else "message.sent",
        "crm_message",
        message.id,
        channel=cmd.channel,
    )
    return message


def partner_messages(session: Session, partner_id: int) -> list[Message]:
    return list(
        session.scalars(
            select(Message).where(Message.partner_id == partner_id).order_by(Message.sent_at)
        )
    )
