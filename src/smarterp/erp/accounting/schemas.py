"""Shapes in and out of the accounting use-cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from smarterp.core.money import Amount
from smarterp.erp.accounting.models import AccountType, EntryState


class EntryLineIn(BaseModel):
    account_code: str
    debit: Amount = Field(default=Decimal(0), ge=0)
    credit: Amount = Field(default=Decimal(0), ge=0)
    partner_id: int | None = None
    product_id: int | None = None
    description: str | None = None


class EntryIn(BaseModel):
    journal_code: str = "GEN"
    date: date
    ref: str | None = None
    lines: list[EntryLineIn]
    source_type: str | None = None
    source_id: int | None = None


class EntryLineOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    account_id: int
    partner_id: int | None
    description: str | None
    debit: Decimal
    credit: Decimal


class EntryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str | None
    date: date
    ref: str | None
    state: EntryState
    source_type: str | None
    source_id: int | None
    reversal_of_id: int | None
    reversed_by_id: int | None
    lines: list[EntryLineOut]


class AccountOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    name: str
    name_zh: str | None
    type: AccountType
    role: str | None
