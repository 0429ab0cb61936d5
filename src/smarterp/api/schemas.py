"""Request and response shapes the API adds on top of the business areas' own schemas."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from smarterp.core.bounds import BookDate, RecordRef
from smarterp.core.money import Amount, PositiveQuantity
from smarterp.erp.inventory.models import CountState
from smarterp.erp.inventory.schemas import ShipmentOut
from smarterp.erp.invoicing.schemas import InvoiceOut
from smarterp.erp.partners.schemas import PartnerUpdate
from smarterp.erp.products.schemas import ProductUpdate
from smarterp.erp.purchasing.schemas import BillLineIn, PurchaseOrderOut
from smarterp.erp.sales.schemas import SalesOrderOut


class PartnerPatch(PartnerUpdate):
    """PartnerUpdate whose version may come from an If-Match header instead."""

    version: int | None = None  # type: ignore[assignment]


class ProductPatch(ProductUpdate):
    """ProductUpdate whose version may come from an If-Match header instead."""

    version: int | None = None  # type: ignore[assignment]


class ConfirmSalesIn(BaseModel):
    override_credit_limit: bool = False


class ShipIn(BaseModel):
    """Deliver or receive: quantities by order line id; everything still open when omitted."""

    date: BookDate | None = Field(default=None, description="Defaults to today.")
    quantities: dict[RecordRef, Amount] | None = None
    backorder: bool = Field(default=True, description="Keep what is not shipped on a backorder.")


class InvoiceOrderIn(BaseModel):
    date: BookDate | None = Field(default=None, description="Defaults to today.")
    post: bool = True


class CancelIn(BaseModel):
    reason: str | None = Field(default=None, max_length=200)


class ReturnIn(BaseModel):
    quantities: dict[RecordRef, PositiveQuantity] = Field(
        min_length=1, description="Order line id -> quantity."
    )
    date: BookDate | None = Field(default=None, description="Defaults to today.")
    reason: str | None = Field(default=None, max_length=200)
    refund: bool = True


class BillIn(BaseModel):
    date: BookDate | None = Field(default=None, description="Defaults to today.")
    lines: list[BillLineIn] | None = Field(
        default=None, description="What was billed per line; by default what was received."
    )
    supplier_ref: str | None = Field(default=None, max_length=80)
    due_date: BookDate | None = None
    post: bool = True
    allow_duplicate: bool = Field(
        default=False,
        description="Post even though the supplier reference is already on another bill.",
    )


class ReverseIn(BaseModel):
    date: BookDate | None = Field(default=None, description="Defaults to the original's date.")
    reason: str | None = Field(default=None, max_length=200)


class DeliveryOut(BaseModel):
    order: SalesOrderOut
    shipment: ShipmentOut


class SalesReturnOut(BaseModel):
    order: SalesOrderOut
    shipment: ShipmentOut
    credit_note: InvoiceOut | None


class ReceiptOut(BaseModel):
    order: PurchaseOrderOut
    shipment: ShipmentOut


class PurchaseReturnOut(BaseModel):
    order: PurchaseOrderOut
    shipment: ShipmentOut
    credit_note: InvoiceOut | None


class CountLineOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    product_id: int
    expected_quantity: Decimal
    counted_quantity: Decimal


class StockCountOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str
    date: dt.date
    state: CountState
    reason: str | None
    lines: list[CountLineOut]


class Health(BaseModel):
    status: str
    version: str
    revision: str | None = None
