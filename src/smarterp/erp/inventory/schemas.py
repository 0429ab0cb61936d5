"""Shapes in and out of the inventory use-cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from smarterp.core.bounds import BookDate, RecordRef
from smarterp.core.money import Amount, PositiveQuantity
from smarterp.erp.inventory.models import (
    LocationKind,
    MoveState,
    ShipmentKind,
    ShipmentState,
    TransferState,
)

# Codes are short words people type on the command line and see in numbers.
WAREHOUSE_CODE = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,9}$"
LOCATION_CODE = r"^[A-Za-z0-9][A-Za-z0-9_/ .-]{0,59}$"


class MoveLineIn(BaseModel):
    product_id: int
    quantity: Amount = Field(gt=0)
    unit_cost: Amount | None = Field(default=None, ge=0)
    origin_type: str | None = None
    origin_id: int | None = None


class CountLineIn(BaseModel):
    product_id: int
    counted_quantity: Amount = Field(ge=0)


class CountIn(BaseModel):
    date: date
    lines: list[CountLineIn] = Field(min_length=1)
    reason: str | None = None
    # The internal location counted; by default the main warehouse's stock location.
    location_id: RecordRef | None = None


class MoveOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    product_id: int
    quantity: Decimal
    reserved_quantity: Decimal
    state: MoveState
    date: date
    unit_cost: Decimal | None
    value: Decimal | None
    origin_type: str | None
    origin_id: int | None


class ShipmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str
    kind: ShipmentKind
    state: ShipmentState
    partner_id: int | None
    origin_type: str | None
    origin_id: int | None
    backorder_of_id: int | None
    warehouse_id: int | None
    scheduled_date: date | None
    done_date: date | None
    moves: list[MoveOut]


class WarehouseIn(BaseModel):
    code: str = Field(pattern=WAREHOUSE_CODE, description="Short code, e.g. EAST.")
    name: str = Field(min_length=1, max_length=120)


class LocationIn(BaseModel):
    warehouse_id: RecordRef
    code: str = Field(pattern=LOCATION_CODE, description="Unique code, e.g. EAST/Shelf-A.")
    name: str = Field(min_length=1, max_length=120)


class LocationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    name: str
    kind: LocationKind
    warehouse_id: int | None


class WarehouseOut(BaseModel):
    id: int
    code: str
    name: str
    is_default: bool
    stock_location_id: int
    locations: list[LocationOut]


class TransferLineIn(BaseModel):
    product_id: RecordRef
    quantity: PositiveQuantity = Field(gt=0)


class TransferIn(BaseModel):
    from_location_id: RecordRef
    to_location_id: RecordRef
    scheduled_date: BookDate
    lines: list[TransferLineIn] = Field(min_length=1, max_length=1000)
    reason: str | None = Field(default=None, max_length=200)


class TransferLineOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    product_id: int
    quantity: Decimal


class TransferOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str
    state: TransferState
    two_step: bool
    from_location_id: int
    to_location_id: int
    transit_location_id: int | None
    scheduled_date: date
    shipped_date: date | None
    done_date: date | None
    reason: str | None
    lines: list[TransferLineOut]


class TransferStepIn(BaseModel):
    """Validate, ship or receive a transfer on a day."""

    date: BookDate | None = Field(default=None, description="Defaults to today.")
