"""Salespeople and carriers: the people who sell and the companies that ship."""

from __future__ import annotations

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit
from smarterp.core.errors import InvalidInput
from smarterp.erp.inventory.models import Carrier
from smarterp.erp.sales.models import Salesperson


class SalespersonIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    ref: str | None = Field(default=None, max_length=40)
    email: str | None = None
    title: str | None = None
    city: str | None = None
    country: str | None = None


class CarrierIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    ref: str | None = Field(default=None, max_length=40)
    phone: str | None = None


def create_salesperson(session: Session, cmd: SalespersonIn) -> Salesperson:
    if cmd.ref and session.scalar(select(Salesperson).where(Salesperson.ref == cmd.ref)):
        raise InvalidInput("ref", f"a salesperson with ref {cmd.ref!r} already exists")
    person = Salesperson(**cmd.model_dump())
    session.add(person)
    record_audit(session, "salesperson.create", person)
    return person


def create_carrier(session: Session, cmd: CarrierIn) -> Carrier:
    if cmd.ref and session.scalar(select(Carrier).where(Carrier.ref == cmd.ref)):
        raise InvalidInput("ref", f"a carrier with ref {cmd.ref!r} already exists")
    carrier = Carrier(**cmd.model_dump())
    session.add(carrier)
    record_audit(session, "carrier.create", carrier)
    return carrier
