"""Shapes in and out of the purchasing use-cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from smarterp.core.money import Amount
from smarterp.erp.purchasing.models import PurchaseState


class PurchaseLineIn(BaseModel):
    product_id: int
    quantity: Amount = Field(gt=0)
    # Defaults to the supplier's price for the product, else the product's cost.
    unit_price: Amount | None = Field(default=None, ge=0)
    # Defaults to the product's purchase tax; "" means no tax.
    tax_code: str | None = None
    description: str | None = None


class PurchaseOrderIn(BaseModel):
    supplier_id: int
    order_date: date
    lines: list[PurchaseLineIn] = Field(min_length=1)
    expected_date: date | None = None
    supplier_ref: str | None = None
    external_ref: str | None = None
    notes: str | None = None
    idempotency_key: str | None = None


class BillLineIn(BaseModel):
    """What the supplier billed for one order line."""

    line_id: int
    quantity: Amount = Field(gt=0)
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
