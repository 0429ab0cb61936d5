"""Accounts, journals, journal entries and lines, taxes and accounting periods."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smarterp.core.db import Base, str_enum, utcnow
from smarterp.core.money import Money, Price


class AccountType(enum.StrEnum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    INCOME = "income"
    EXPENSE = "expense"

    @property
    def debit_normal(self) -> bool:
        return self in (AccountType.ASSET, AccountType.EXPENSE)


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    name_zh: Mapped[str | None] = mapped_column(String(120))
    type: Mapped[AccountType] = mapped_column(str_enum(AccountType))
    # What automatic postings use this account for (receivable, inventory, ...); one each.
    role: Mapped[str | None] = mapped_column(String(40), unique=True)
    # Lines on receivable/payable accounts must name a partner, for open items and aging.
    needs_partner: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class JournalType(enum.StrEnum):
    SALE = "sale"
    PURCHASE = "purchase"
    BANK = "bank"
    CASH = "cash"
    STOCK = "stock"
    GENERAL = "general"


class Journal(Base):
    __tablename__ = "journal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    name_zh: Mapped[str | None] = mapped_column(String(80))
    type: Mapped[JournalType] = mapped_column(str_enum(JournalType))
    default_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))


class EntryState(enum.StrEnum):
    DRAFT = "draft"
    POSTED = "posted"


class JournalEntry(Base):
    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journal.id"))
    date: Mapped[date] = mapped_column(Date, index=True)
    ref: Mapped[str | None] = mapped_column(String(200))
    state: Mapped[EntryState] = mapped_column(str_enum(EntryState), default=EntryState.DRAFT)
    # The document that caused this entry (invoice, payment, stock move, ...).
    source_type: Mapped[str | None] = mapped_column(String(40))
    source_id: Mapped[int | None]
    reversal_of_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    reversed_by_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    posted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str | None] = mapped_column(String(120))

    journal: Mapped[Journal] = relationship()
    lines: Mapped[list[JournalLine]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="JournalLine.id"
    )

    __table_args__ = (Index("ix_journal_entry_source", "source_type", "source_id"),)


class JournalLine(Base):
    __tablename__ = "journal_line"
    __table_args__ = (
        CheckConstraint("debit >= 0 AND credit >= 0", name="non_negative"),
        CheckConstraint("NOT (debit > 0 AND credit > 0)", name="one_side"),
        Index("ix_journal_line_account_date", "account_id", "date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"))
    # Denormalised from the entry so reports filter and group lines without a join.
    date: Mapped[date] = mapped_column(Date)
    posted: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str | None] = mapped_column(String(200))
    debit: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    credit: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # For a line of a document in another currency: that currency and the line's amount in it,
    # signed as debit minus credit; empty for the company currency.
    currency: Mapped[str | None] = mapped_column(String(3))
    amount_currency: Mapped[Decimal | None] = mapped_column(Money)

    entry: Mapped[JournalEntry] = relationship(back_populates="lines")
    account: Mapped[Account] = relationship()


class TaxScope(enum.StrEnum):
    SALE = "sale"
    PURCHASE = "purchase"


class Tax(Base):
    __tablename__ = "tax"
    __table_args__ = (UniqueConstraint("code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(80))
    name_zh: Mapped[str | None] = mapped_column(String(80))
    scope: Mapped[TaxScope] = mapped_column(str_enum(TaxScope))
    # A fraction: 0.13 for 13% VAT.
    rate: Mapped[Decimal] = mapped_column(Price)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TaxRate(Base):
    """A tax's rate from a date on, until its next rate: VAT 13% from 2019-04-01 on.
    `Tax.rate` is the rate in force today; a tax whose rate never changed has no rows."""

    __tablename__ = "tax_rate"
    __table_args__ = (
        UniqueConstraint("tax_id", "valid_from"),
        CheckConstraint("rate >= 0 AND rate < 1", name="fraction"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tax_id: Mapped[int] = mapped_column(ForeignKey("tax.id"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column(Price)


class PeriodState(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Period(Base):
    """A calendar month of the books; a closed month takes no postings."""

    __tablename__ = "accounting_period"
    __table_args__ = (UniqueConstraint("year", "month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int]
    month: Mapped[int]
    state: Mapped[PeriodState] = mapped_column(str_enum(PeriodState), default=PeriodState.OPEN)
