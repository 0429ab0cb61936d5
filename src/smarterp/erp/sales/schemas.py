"""Shapes in and out of the sales use-cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from smarterp.core.bounds import BookDate, RecordRef
from smarterp.core.money import Amount, PositiveQuantity
from smarterp.erp.sales.models import SalesState


class SalesLineIn(BaseModel):
    product_id: RecordRef
    quantity: PositiveQuantity = Field(gt=0)
    # Defaults to the product's sale price, converted into the order's currency.
    unit_price: Amount | None = Field(default=None, ge=0)
    discount: Amount = Field(default=Decimal(0), ge=0, le=1)
    # Defaults to the product's sales tax; "" means no tax.
    tax_code: str | None = Field(default=None, max_length=20)
    description: str | None = Field(default=None, max_length=200)


class SalesOrderIn(BaseModel):
    customer_id: RecordRef
    order_date: BookDate
    lines: list[SalesLineIn] = Field(min_length=1)
    requested_date: BookDate | None = None
    salesperson_id: RecordRef | None = None
    carrier_id: RecordRef | None = None
    # The warehouse to deliver from; the company's default warehouse when empty.
    # ISO code of the prices; by default the partner's currency, else the company's.
    currency: str | None = Field(default=None, max_length=3)
    warehouse_id: RecordRef | None = None
    shipping_charge: Amount = Field(default=Decimal(0), ge=0)
    shipping_tax_code: str | None = Field(default=None, max_length=20)
    customer_ref: str | None = Field(default=None, max_length=80)
    external_ref: str | None = Field(default=None, max_length=80)
    ship_to: str | None = None
    notes: str | None = None
    idempotency_key: str | None = None


class SalesLineEdit(SalesLineIn):
    """A line of a revised quotation: `id` names the line it changes; none adds a line."""

    id: RecordRef | None = None


class SalesOrderRevision(BaseModel):
    """A quotation as it is to be: its terms and every line it keeps, changes or adds (a line
    left out is removed); `version` must match the stored one (optimistic concurrency)."""

    version: int
    customer_id: RecordRef
    order_date: BookDate
    lines: list[SalesLineEdit] = Field(min_length=1)
    requested_date: BookDate | None = None
    warehouse_id: RecordRef | None = None
    customer_ref: str | None = Field(default=None, max_length=80)
    notes: str | None = None


class SalesLineOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    product_id: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_code: str | None
    subtotal: Decimal
    tax_amount: Decimal
    qty_delivered: Decimal
    qty_invoiced: Decimal
    qty_returned: Decimal


class SalesOrderOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str
    external_ref: str | None
    customer_id: int
    salesperson_id: int | None
    currency: str
    exchange_rate: Decimal
    warehouse_id: int | None
    state: SalesState
    order_date: date
    requested_date: date | None
    shipping_charge: Decimal
    amount_untaxed: Decimal
    amount_tax: Decimal
    amount_total: Decimal
    version: int
    lines: list[SalesLineOut]
