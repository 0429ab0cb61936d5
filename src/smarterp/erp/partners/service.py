"""Partner use-cases: create, update with optimistic concurrency, check a role."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit, snapshot
from smarterp.core.concurrency import check_version
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.core.events import record_event
from smarterp.erp.currency.service import get_currency
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.queries import find_by_ref, segment_spelling
from smarterp.erp.partners.schemas import PartnerIn, PartnerUpdate


def get_partner(session: Session, partner_id: int) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFound("partner", partner_id)
    return partner


def create_partner(session: Session, cmd: PartnerIn) -> Partner:
    if cmd.ref and find_by_ref(session, cmd.ref) is not None:
        raise InvalidInput("ref", f"a partner with ref {cmd.ref!r} already exists", record=cmd.name)
    if cmd.parent_id is not None:
        parent = get_partner(session, cmd.parent_id)
        if parent.parent_id is not None:
            raise InvalidInput("parent_id", f"{parent.name} is itself a contact of another partner")
    elif cmd.address_type is not None:
        raise InvalidInput("address_type", "only a contact or address of a company has a type")
    values = cmd.model_dump()
    values["currency"] = get_currency(session, cmd.currency).code if cmd.currency else None
    values["segment"] = segment_spelling(session, cmd.segment)
    partner = Partner(**values)
    session.add(partner)
    record_audit(session, "partner.create", partner)
    record_event(session, "partner.created", "partner", partner.id, name=partner.name)
    return partner


# Columns a partner always has a value in: an update may change them, never empty them.
_REQUIRED = frozenset(
    {"name", "is_customer", "is_supplier", "active", "payment_term_days", "language"}
)


def update_partner(session: Session, partner_id: int, cmd: PartnerUpdate) -> Partner:
    partner = get_partner(session, partner_id)
    check_version(session, partner, cmd.version, f"partner {partner.name}")
    changes = cmd.model_dump(exclude_unset=True, exclude={"version"})
    for field in _REQUIRED & changes.keys():
        if changes[field] is None:
            raise InvalidInput(field, "cannot be emptied", record=partner.name)
    if changes.get("address_type") is not None and partner.parent_id is None:
        raise InvalidInput("address_type", "only a contact or address of a company has a type")
    before = snapshot(partner)
    for field, value in changes.items():
        if field == "currency":
            value = get_currency(session, value).code if value else None
        elif field == "segment":
            value = segment_spelling(session, value, other_than=partner.id)
        setattr(partner, field, value)
    partner.version += 1
    record_audit(session, "partner.update", partner, before=before)
    return partner


def require_role(partner: Partner, role: str) -> None:
    flag = partner.is_customer if role == "customer" else partner.is_supplier
    if not flag:
        raise InvalidInput(f"{role}_id", f"{partner.name} is not a {role}", record=partner.name)
    if not partner.active:
        raise InvalidInput(f"{role}_id", f"{partner.name} is archived", record=partner.name)


def count_partners(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Partner)) or 0
