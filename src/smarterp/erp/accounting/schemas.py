"""Shapes in and out of the accounting use-cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from smarterp.core.bounds import BookDate, RecordRef
from smarterp.core.money import Amount
from smarterp.erp.accounting.models import AccountType, EntryState


class EntryLineIn(BaseModel):
    account_code: str = Field(max_length=20)
    debit: Amount = Field(default=Decimal(0), ge=0)
    credit: Amount = Field(default=Decimal(0), ge=0)
    partner_id: RecordRef | None = None
    product_id: RecordRef | None = None
    description: str | None = Field(default=None, max_length=200)


class EntryIn(BaseModel):
    """A manual entry. Its source is always "manual": only the documents that post
    automatically (deliveries, invoices, payments...) name themselves as an entry's source."""

    journal_code: str = Field(default="GEN", max_length=10)
    date: BookDate
    ref: str | None = Field(default=None, max_length=200)
    lines: list[EntryLineIn]
    source_type: Any = Field(default=None, description="Refused: set only by documents.")
    source_id: Any = Field(default=None, description="Refused: set only by documents.")

    @field_validator("source_type", "source_id")
    @classmethod
    def _no_source(cls, value: Any) -> None:
        # A client claiming "invoice 7" would make its entry look automatic (and unreversable).
        if value is not None:
            raise ValueError("is set by the document that posts an entry; a manual one has none")
        return None


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
