"""Partners: companies and people, in customer and supplier roles."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smarterp.core.db import Base, Timestamped
from smarterp.core.money import Money


class Partner(Timestamped, Base):
    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # External code from the system this partner came from (e.g. Northwind's ALFKI).
    ref: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    is_company: Mapped[bool] = mapped_column(Boolean, default=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"))
    # For a company's own people and places (parent_id set): "contact", "invoice" or
    # "delivery" address, or "other"; empty for a company itself.
    address_type: Mapped[str | None] = mapped_column(String(20))
    is_customer: Mapped[bool] = mapped_column(Boolean, default=False)
    is_supplier: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_name: Mapped[str | None] = mapped_column(String(120))
    job_title: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    street: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(80))
    # The customer group a partner belongs to ("Retail", "Wholesale"...): free text, so a
    # company names its own groups; forms suggest the ones already in use.
    segment: Mapped[str | None] = mapped_column(String(60), index=True)
    tax_id: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(5), default="en")
    payment_term_days: Mapped[int] = mapped_column(Integer, default=30)
    credit_limit: Mapped[Decimal | None] = mapped_column(Money)
    # The currency the partner is invoiced in and pays in; empty means the company currency.
    currency: Mapped[str | None] = mapped_column(String(3))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    contacts: Mapped[list[Partner]] = relationship(back_populates="parent")
    parent: Mapped[Partner | None] = relationship(back_populates="contacts", remote_side=[id])
