"""Shapes in and out of the inventory use-cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from smarterp.core.money import Amount
from smarterp.erp.inventory.models import MoveState, ShipmentKind, ShipmentState


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
    scheduled_date: date | None
    done_date: date | None
    moves: list[MoveOut]
