"""The single company row of a database."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from smarterp.core.db import Base


class Company(Base):
    __tablename__ = "company"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    country: Mapped[str | None] = mapped_column(String(80))
    # What documents sent out (quotations, invoices, statements) print in their letterhead.
    street: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))
    tax_id: Mapped[str | None] = mapped_column(String(40))
    # Where customers pay: printed on invoices and statements.
    bank_account: Mapped[str | None] = mapped_column(String(200))
    # Postings dated on or before the lock date are refused.
    lock_date: Mapped[date | None] = mapped_column(Date)
    allow_negative_stock: Mapped[bool] = mapped_column(Boolean, default=False)
    default_payment_term_days: Mapped[int] = mapped_column(Integer, default=30)
    # The IANA zone the company's clocks show ("Europe/London"): schedules of rules ("every
    # monday 8:00", "month end") are read in it.
    timezone: Mapped[str] = mapped_column(String(64), default="UTC", server_default="UTC")
