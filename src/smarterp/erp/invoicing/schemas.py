"""Shapes in and out of the invoicing use-cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from smarterp.core.bounds import BookDate, RecordRef
from smarterp.core.money import Amount, PositiveMoney, PositiveQuantity
from smarterp.erp.invoicing.models import (
    InvoiceKind,
    InvoiceState,
    PaymentDirection,
    PaymentState,
)


class InvoiceLineIn(BaseModel):
    product_id: RecordRef | None = None
    description: str | None = Field(default=None, max_length=200)
    quantity: PositiveQuantity = Field(gt=0)
    unit_price: Amount = Field(ge=0)
    discount: Amount = Field(default=Decimal(0), ge=0, le=1)
    tax_code: str | None = Field(default=None, max_length=20)
    # An account code; by default the product's revenue (sales) or stock/expense (purchases).
    account_code: str | None = None
    # Marks the freight charged to a customer, booked as shipping income.
    is_shipping: bool = False
    valuation_price: Amount | None = Field(default=None, ge=0)
    origin_type: str | None = Field(default=None, max_length=40)
    origin_id: RecordRef | None = None


class InvoiceIn(BaseModel):
    kind: InvoiceKind
    partner_id: RecordRef
    invoice_date: BookDate
    due_date: BookDate | None = None
    lines: list[InvoiceLineIn] = Field(min_length=1)
    origin_type: str | None = Field(default=None, max_length=40)
    origin_id: RecordRef | None = None
    refund_of_id: RecordRef | None = None
    partner_ref: str | None = Field(default=None, max_length=80)
    notes: str | None = None
    # ISO code; by default the partner's currency, else the company's.
    currency: str | None = Field(default=None, max_length=3)


class InvoiceLineOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    product_id: int | None
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    subtotal: Decimal
    tax_code: str | None  # the tax as the line was taxed (fixed when posted)
    tax_rate: Decimal | None
    tax_amount: Decimal


class InvoiceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str | None
    kind: InvoiceKind
    state: InvoiceState
    partner_id: int
    invoice_date: date
    due_date: date
    currency: str
    exchange_rate: Decimal
    amount_untaxed: Decimal
    amount_tax: Decimal
    amount_total: Decimal
    amount_residual: Decimal
    # In the company currency, as booked.
    amount_total_company: Decimal
    amount_residual_company: Decimal
    origin_type: str | None
    origin_id: int | None
    partner_ref: str | None
    lines: list[InvoiceLineOut]
    # What the person entering a vendor bill should look at: the bills it may repeat.
    warnings: list[str] = Field(default_factory=list)


class PaymentIn(BaseModel):
    partner_id: RecordRef
    partner_role: str = Field(pattern=r"^(customer|supplier)$")
    direction: PaymentDirection
    amount: PositiveMoney = Field(gt=0)
    date: BookDate
    method: str = Field(default="bank", pattern=r"^(bank|cash)$")
    reference: str | None = Field(default=None, max_length=120)
    # Invoices to settle, oldest first when not given; an amount per invoice is optional.
    invoice_ids: list[RecordRef] | None = None
    idempotency_key: str | None = None
    # ISO code; by default the partner's currency, else the company's. It settles only
    # invoices in the same currency.
    currency: str | None = Field(default=None, max_length=3)
    # Company currency per unit, as the bank converted; by default the day's rate.
    exchange_rate: Amount | None = Field(default=None, gt=0)


class PaymentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str
    partner_id: int
    partner_role: str
    direction: PaymentDirection
    amount: Decimal
    unallocated: Decimal
    currency: str
    exchange_rate: Decimal
    amount_company: Decimal
    date: date
    method: str
    reference: str | None
    state: PaymentState
