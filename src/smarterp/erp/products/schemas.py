"""Shapes in and out of the product use-cases."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from smarterp.core.bounds import RecordRef
from smarterp.core.money import Amount
from smarterp.erp.products.models import CostingMethod, ProductType


class SupplierInfoIn(BaseModel):
    supplier_id: RecordRef
    price: Amount = Field(ge=0)
    # The currency of `price` (ISO code); empty means the company currency.
    currency: str | None = Field(default=None, max_length=3)
    lead_time_days: int = Field(default=7, ge=0, le=365)
    min_order_qty: Amount = Field(default=Decimal(1), gt=0)
    pack_size: Amount = Field(default=Decimal(1), gt=0)
    supplier_sku: str | None = Field(default=None, max_length=60)


class ProductIn(BaseModel):
    sku: str = Field(min_length=1, max_length=60)
    name: str = Field(min_length=1, max_length=200)
    name_zh: str | None = None
    category: str | None = None
    category_zh: str | None = None
    type: ProductType = ProductType.STOCKABLE
    uom: str = "unit"
    unit_description: str | None = None
    sale_price: Amount = Field(default=Decimal(0), ge=0)
    cost: Amount = Field(default=Decimal(0), ge=0)
    costing_method: CostingMethod = CostingMethod.AVERAGE
    sales_tax_code: str | None = None
    purchase_tax_code: str | None = None
    reorder_level: Amount = Field(default=Decimal(0), ge=0)
    reorder_quantity: Amount = Field(default=Decimal(0), ge=0)
    discontinued: bool = False
    suppliers: list[SupplierInfoIn] = []


class ProductUpdate(BaseModel):
    """Fields to change; `version` must match the stored one (optimistic concurrency)."""

    version: int
    name: str | None = Field(default=None, min_length=1, max_length=200)
    name_zh: str | None = Field(default=None, max_length=200)
    # A category by name, made when new; "" takes the product out of its category.
    category: str | None = Field(default=None, max_length=120)
    uom: str | None = Field(default=None, min_length=1, max_length=20)
    unit_description: str | None = Field(default=None, max_length=120)
    sale_price: Amount | None = Field(default=None, ge=0)
    reorder_level: Amount | None = Field(default=None, ge=0)
    reorder_quantity: Amount | None = Field(default=None, ge=0)
    discontinued: bool | None = None
    active: bool | None = None
    sales_tax_code: str | None = None
    purchase_tax_code: str | None = None
    # When given, the supplier offers the product has from now on: those listed are added or
    # changed, the others removed.
    suppliers: list[SupplierInfoIn] | None = None


class ProductOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    sku: str
    name: str
    name_zh: str | None
    category_id: int | None
    type: ProductType
    uom: str
    unit_description: str | None
    sale_price: Decimal
    cost: Decimal
    costing_method: CostingMethod
    reorder_level: Decimal
    active: bool
    discontinued: bool
    version: int
