"""The currencies the company deals in and their rates against the company currency, by date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smarterp.core.db import Base, Timestamped
from smarterp.core.money import Rate


class Currency(Base):
    __tablename__ = "currency"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # ISO 4217 code: USD, EUR, CNY.
    code: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    symbol: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ExchangeRate(Timestamped, Base):
    """How much one unit of `currency` is worth in the company currency from `date` on, until
    the next rate: 1 EUR = 1.0825 USD is stored as currency EUR, rate 1.0825."""

    __tablename__ = "exchange_rate"
    __table_args__ = (
        UniqueConstraint("currency", "date"),
        CheckConstraint("rate > 0", name="positive_rate"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    currency: Mapped[str] = mapped_column(ForeignKey("currency.code"), index=True)
    date: Mapped[date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column(Rate)
    # Where the rate came from: "manual", or the file it was imported from.
    source: Mapped[str] = mapped_column(String(120), default="manual")
