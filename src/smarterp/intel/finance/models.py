"""Budgets as stored: a named plan (a version) and its amount per account and month."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from smarterp.core.db import Base, utcnow
from smarterp.core.money import Money


class Budget(Base):
    """One plan, such as "2025 plan" or "2025 reforecast"; several can exist side by side."""

    __tablename__ = "budget"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(120))


class BudgetLine(Base):
    """The amount planned for one income or expense account in one month, in the account's
    natural sign (income as a positive income, expenses as a positive expense)."""

    __tablename__ = "budget_line"
    __table_args__ = (
        UniqueConstraint("budget_id", "account_id", "year", "month"),
        CheckConstraint("month BETWEEN 1 AND 12", name="calendar_month"),
        Index("ix_budget_line_budget_year", "budget_id", "year"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    budget_id: Mapped[int] = mapped_column(ForeignKey("budget.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    year: Mapped[int]
    month: Mapped[int]
    amount: Mapped[Decimal] = mapped_column(Money)
