"""Shapes in and out of the purchasing use-cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from smarterp.core.bounds import BookDate, RecordRef
from smarterp.core.money import Amount, PositiveQuantity
from smarterp.erp.purchasing.models import PurchaseState


class PurchaseLineIn(BaseModel):
    product_id: RecordRef
    quantity: PositiveQuantity = Field(gt=0)
    # Defaults to the supplier's price for the product, else the product's cost, converted
    # into the order's currency unless already in it.
    unit_price: Amount | None = Field(default=None, ge=0)
    # Defaults to the product's purchase tax; "" means no tax.
    tax_code: str | None = Field(default=None, max_length=20)
    description: str | None = Field(default=None, max_length=200)


class PurchaseOrderIn(BaseModel):
    supplier_id: RecordRef
    order_date: BookDate
    lines: list[PurchaseLineIn] = Field(min_length=1)
    expected_date: BookDate | None = None
    # The warehouse to receive into; the company's default warehouse when empty.
    # ISO code of the prices; by default the partner's currency, else the company's.
    currency: str | None = Field(default=None, max_length=3)
    warehouse_id: RecordRef | None = None
    supplier_ref: str | None = Field(default=None, max_length=80)
    external_ref: str | None = Field(default=None, max_length=80)
    notes: str | None = None
    idempotency_key: str | None = None


class PurchaseLineEdit(PurchaseLineIn):
    """A line of a revised RFQ: `id` names the line it changes; none adds a line."""

    id: RecordRef | None = None


class PurchaseOrderRevision(BaseModel):
    """An RFQ as it is to be: its terms and every line it keeps, changes or adds (a line left
    out is removed); `version` must match the stored one (optimistic concurrency)."""

    version: int
    supplier_id: RecordRef
    order_date: BookDate
    lines: list[PurchaseLineEdit] = Field(min_length=1)
    expected_date: BookDate | None = None
    warehouse_id: RecordRef | None = None
    supplier_ref: str | None = Field(default=None, max_length=80)
    notes: str | None = None


class BillLineIn(BaseModel):
    """What the supplier billed for one order line."""

    line_id: RecordRef
    quantity: PositiveQuantity = Field(gt=0)
    unit_price: Amount | None = Field(default=None, ge=0)


class PurchaseLineOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    product_id: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_code: str | None
    subtotal: Decimal
    qty_received: Decimal
    qty_billed: Decimal
    qty_returned: Decimal


class PurchaseOrderOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str
    supplier_id: int
    currency: str
    exchange_rate: Decimal
    warehouse_id: int | None
    state: PurchaseState
    order_date: date
    expected_date: date | None
    amount_untaxed: Decimal
    amount_tax: Decimal
    amount_total: Decimal
    version: int
    lines: list[PurchaseLineOut]


class MatchIssue(BaseModel):
    line_id: int | None
    product: str
    kind: str  # billed_not_received, received_not_billed, price_mismatch, over_received
    explanation: str
    ordered: Decimal
    received: Decimal
    billed: Decimal


class ThreeWayMatch(BaseModel):
    order: str
    matched: bool
    issues: list[MatchIssue]
