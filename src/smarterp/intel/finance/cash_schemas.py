"""The shapes of the cash outlook: weeks, the lines behind each figure, and the checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, computed_field

from smarterp.intel.finance.cash_words import Reason, say

# Where a line of the outlook comes from; stable keys that other tools read.
Source = Literal[
    "receivables",  # open customer invoices and credits
    "payables",  # open vendor bills and credits
    "sales_orders",  # confirmed sales not yet invoiced
    "purchase_orders",  # purchase orders not yet billed
    "forecast_sales",  # the stored demand forecast, at list prices
    "forecast_purchases",  # the replenishment plan run forward over the forecast
]
SOURCES: tuple[Source, ...] = (
    "receivables",
    "payables",
    "sales_orders",
    "purchase_orders",
    "forecast_sales",
    "forecast_purchases",
)


class CashLine(BaseModel):
    """One expected receipt (positive) or payment (negative), with how its date was found."""

    source: Source
    document: str  # the invoice, order or payment number; the SKU for forecast lines
    partner_id: int | None = None
    partner: str | None
    expected_date: date
    due_date: date | None
    amount: Decimal
    reasons: list[Reason]
    overdue: bool = False

    @computed_field  # type: ignore[prop-decorator]
    @property
    def basis(self) -> str:
        """The reasons in English: how the amount and the date were found."""
        return say(self.reasons)


class CashWeek(BaseModel):
    week: int  # 1 is the week that starts on the outlook's day
    start: date
    end: date
    opening: Decimal
    receipts: Decimal
    payments: Decimal  # a positive figure: what goes out
    net: Decimal
    closing: Decimal
    below_threshold: bool
    by_source: dict[str, Decimal]
    lines: list[CashLine]


class CashAccount(BaseModel):
    code: str
    name: str
    name_zh: str | None
    balance: Decimal


class CustomerHabit(BaseModel):
    partner_id: int
    partner: str
    basis: Literal["history", "terms"]
    paid_invoices: int
    days_late: int
    terms_days: int


class OpenItemsCheck(BaseModel):
    """Open documents of one side against its ledger account: they should agree."""

    kind: Literal["receivable", "payable"]
    in_weeks: Decimal  # what the weeks hold of it
    beyond: Decimal  # expected after the last week
    unscheduled: Decimal  # credits with no invoice to set them against
    open_items: Decimal  # the three together, as the aging report counts it
    ledger_balance: Decimal
    difference: Decimal


class LowCash(BaseModel):
    week: int
    start: date
    closing: Decimal
    threshold: Decimal


class CashOutlook(BaseModel):
    as_of: date
    weeks_count: int
    currency: str
    threshold: Decimal
    opening_cash: Decimal
    accounts: list[CashAccount]
    weeks: list[CashWeek]
    closing_cash: Decimal
    totals: dict[str, Decimal]  # per source, over the weeks
    low_cash: LowCash | None
    warning: str | None
    customers: list[CustomerHabit]
    open_items: list[OpenItemsCheck]
    beyond: list[CashLine]  # documents expected after the last week
    unscheduled: list[CashLine]
    assumptions: list[str]
