"""Partner reads shared by the services, the API, the web pages and the CLI: the one search
rule, the list filters and the lookups by ref, id or name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.core.search import AnySelect, any_contains
from smarterp.erp.partners.models import Partner

# What a partner search looks in, everywhere a person can search partners.
SEARCHED = (
    Partner.name,
    Partner.ref,
    Partner.email,
    Partner.city,
    Partner.country,
    Partner.contact_name,
    Partner.segment,
)


def search(text: str) -> ColumnElement[bool]:
    """The partner's name, code (ref), email, city, country, contact or segment holds
    `text`."""
    return any_contains(text, *SEARCHED)


def narrow(
    stmt: AnySelect,
    *,
    q: str | None = None,
    is_customer: bool | None = None,
    is_supplier: bool | None = None,
    active: bool | None = None,
    country: str | None = None,
    segment: str | None = None,
) -> AnySelect:
    """`stmt` (any select over partners) cut to those that match; None leaves a filter off."""
    if q and q.strip():
        stmt = stmt.where(search(q))
    if is_customer is not None:
        stmt = stmt.where(Partner.is_customer.is_(is_customer))
    if is_supplier is not None:
        stmt = stmt.where(Partner.is_supplier.is_(is_supplier))
    if active is not None:
        stmt = stmt.where(Partner.active.is_(active))
    if country:
        stmt = stmt.where(Partner.country == country)
    if segment:
        stmt = stmt.where(func.lower(Partner.segment) == segment.strip().lower())
    return stmt


def partners(**criteria: Any) -> Select[Partner]:
    """The partners that match `criteria` (those of `narrow`), unordered."""
    return narrow(select(Partner), **criteria)


def by_name() -> tuple[Any, ...]:
    """The order partner lists are read in."""
    return (Partner.name, Partner.id)


def find_by_ref(session: Session, ref: str) -> Partner | None:
    return session.execute(select(Partner).where(Partner.ref == ref)).scalar_one_or_none()


def find_partner(session: Session, key: str, role: str) -> Partner:
    """A partner by ref, by id, or by exact name (case-insensitive), preferring the role
    ("customer" or "supplier") when a name is shared; a refusal names the role."""
    by_ref = find_by_ref(session, key)
    if by_ref is not None:
        return by_ref
    if key.isdigit():
        by_id = session.get(Partner, int(key))
        if by_id is not None:
            return by_id
    named = list(
        session.scalars(
            select(Partner)
            .where(func.lower(Partner.name) == key.strip().lower())
            .order_by(Partner.id)
        )
    )
    if len(named) > 1:
        in_role = [p for p in named if getattr(p, f"is_{role}")]
        if len(in_role) == 1:
            return in_role[0]
        ids = ", ".join(f"{p.id}" + (f" ({p.ref})" if p.ref else "") for p in named)
        raise InvalidInput(
            role, f"{key!r} matches {len(named)} partners (ids {ids}); give the ref or id"
        )
    if not named:
        raise InvalidInput(role, f"no partner has the ref, id or name {key!r}")
    return named[0]


def choices(session: Session, role: str) -> list[tuple[int, str]]:
    """(id, name) of the active customers or suppliers, by name: what an order can be for."""
    stmt = partners(
        is_customer=True if role == "customer" else None,
        is_supplier=True if role == "supplier" else None,
        active=True,
    )
    rows = session.execute(stmt.with_only_columns(Partner.id, Partner.name).order_by(*by_name()))
    return [(pid, name) for pid, name in rows]


def contacts(session: Session, partner_id: int) -> list[Partner]:
    """A company's contacts and addresses, active ones first, by name."""
    return list(
        session.scalars(
            select(Partner)
            .where(Partner.parent_id == partner_id)
            .order_by(Partner.active.desc(), *by_name())
        )
    )


def pick(session: Session, text: str, role: str | None, limit: int = 12) -> list[Partner]:
    """What a partner picker offers for `text`: active customers or suppliers (any partner
    that is either, for no role) that the one search rule finds, by name."""
    stmt = partners(
        q=text,
        is_customer=True if role == "customer" else None,
        is_supplier=True if role == "supplier" else None,
        active=True,
    )
    if role is None:
        stmt = stmt.where(Partner.is_customer.is_(True) | Partner.is_supplier.is_(True))
    return list(session.scalars(stmt.order_by(*by_name()).limit(limit)))


def segments(session: Session) -> list[str]:
    """The segments partners are in, by name: what a form suggests and a list filters by."""
    stmt = select(Partner.segment).where(Partner.segment.is_not(None)).distinct()
    return sorted(session.scalars(stmt), key=str.casefold)


# Offered before a company has named its own groups.
STARTER_SEGMENTS = ("Retail", "Wholesale", "Distributor")


def segment_suggestions(session: Session) -> list[str]:
    """What the segment field offers: the segments in use, else the usual starters."""
    return segments(session) or list(STARTER_SEGMENTS)


def segment_spelling(
    session: Session, segment: str | None, *, other_than: int | None = None
) -> str | None:
    """The spelling other partners use for `segment` ("wholesale" -> "Wholesale"), so one group
    is not split by case; a new segment keeps its own."""
    if not segment:
        return None
    stmt = select(Partner.segment).where(func.lower(Partner.segment) == segment.lower())
    if other_than is not None:
        stmt = stmt.where(Partner.id != other_than)
    used = session.scalars(stmt.order_by(Partner.id).limit(1)).first()
    return used or segment
