"""Shapes in and out of the currency use-cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from smarterp.core.bounds import BookDate
from smarterp.core.money import Amount


class CurrencyIn(BaseModel):
    code: str = Field(min_length=3, max_length=3, description="ISO 4217 code, e.g. EUR")
    name: str | None = Field(default=None, max_length=80)
    symbol: str | None = Field(default=None, max_length=8)


class CurrencyOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    name: str
    symbol: str | None
    active: bool


class RateIn(BaseModel):
    currency: str = Field(min_length=3, max_length=3)
    date: BookDate
    rate: Amount = Field(gt=0, description="Company currency per one unit of `currency`.")


class RateOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    currency: str
    date: date
    rate: Decimal
    source: str


class RatesImportedOut(BaseModel):
    added: int
    replaced: int
    currencies: list[str]


class RevaluedOut(BaseModel):
    invoice_id: int
    number: str
    partner_id: int
    kind: str
    currency: str
    open_amount: Decimal
    booked: Decimal
    rate: Decimal
    revalued: Decimal
    gain: Decimal


class RevaluationOut(BaseModel):
    date: date
    gain: Decimal
    loss: Decimal
    posted_entry: str | None
    reversal_entry: str | None
    lines: list[RevaluedOut]


class RevaluationIn(BaseModel):
    date: BookDate
