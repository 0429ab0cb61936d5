"""Reading and changing the company settings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit, snapshot
from smarterp.core.errors import DomainError, InvalidInput
from smarterp.core.zones import zone
from smarterp.erp.company.models import Company


def get_company(session: Session) -> Company:
    # Asked for on every posting: remember the id so later calls hit the identity map.
    company_id = session.info.get("company_id")
    company = session.get(Company, company_id) if company_id is not None else None
    if company is None:
        with session.no_autoflush:
            company = session.execute(select(Company).limit(1)).scalar_one_or_none()
        if company is None:
            raise DomainError("the database has no company yet; run `smarterp init`")
        session.info["company_id"] = company.id
    return company


def ensure_company(session: Session, name: str = "My Company", currency: str = "USD") -> Company:
    company = session.execute(select(Company).limit(1)).scalar_one_or_none()
    if company is None:
        company = Company(name=name, currency=currency)
        session.add(company)
        record_audit(session, "company.create", company)
    return company


def set_lock_date(session: Session, lock_date: date | None, reason: str | None = None) -> Company:
    company = get_company(session)
    before = snapshot(company)
    company.lock_date = lock_date
    record_audit(session, "company.lock_date", company, before=before, reason=reason)
    return company


def set_allow_negative_stock(session: Session, allow: bool) -> Company:
    company = get_company(session)
    before = snapshot(company)
    company.allow_negative_stock = allow
    record_audit(session, "company.allow_negative_stock", company, before=before)
    return company


# The company's letterhead: what documents sent out print at the top.
DETAIL_FIELDS = (
    "name",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "phone",
    "email",
    "website",
    "tax_id",
    "bank_account",
)


def set_details(session: Session, changes: dict[str, str | None]) -> Company:
    """Change the company's name, address and contact details; empty text clears a field."""
    unknown = sorted(set(changes) - set(DETAIL_FIELDS))
    if unknown:
        raise InvalidInput(unknown[0], f"not a company detail; one of {', '.join(DETAIL_FIELDS)}")
    company = get_company(session)
    before = snapshot(company)
    for name, value in changes.items():
        text = (value or "").strip() or None
        column = Company.__table__.c[name]
        limit = getattr(column.type, "length", None)
        if limit and text and len(text) > limit:
            raise InvalidInput(name, f"at most {limit} characters", record="company")
        if name == "name" and not text:
            raise InvalidInput("name", "must not be empty", record="company")
        setattr(company, name, text)
    record_audit(session, "company.details", company, before=before)
    return company


def set_timezone(session: Session, name: str) -> Company:
    """The zone the company's schedules are read in, by IANA name ("Europe/London")."""
    name = name.strip()
    try:
        zone(name)
    except ValueError as exc:
        raise InvalidInput("timezone", str(exc), record="company") from exc
    company = get_company(session)
    before = snapshot(company)
    company.timezone = name
    record_audit(session, "company.timezone", company, before=before)
    return company
