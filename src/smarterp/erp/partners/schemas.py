"""Shapes in and out of the partner use-cases."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from smarterp.core.bounds import RecordRef
from smarterp.core.money import Amount

# What a company's own partner record is: a person to talk to, or where invoices or goods go.
AddressType = Literal["contact", "invoice", "delivery", "other"]


class PartnerIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    ref: str | None = Field(default=None, max_length=40)
    is_company: bool = True
    parent_id: RecordRef | None = None
    # For a contact or an address of the company `parent_id` names.
    address_type: AddressType | None = None
    is_customer: bool = False
    is_supplier: bool = False
    contact_name: str | None = Field(default=None, max_length=120)
    job_title: str | None = Field(default=None, max_length=120)
    email: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=60)
    street: str | None = Field(default=None, max_length=200)
    city: str | None = Field(default=None, max_length=100)
    region: str | None = Field(default=None, max_length=100)
    postal_code: str | None = Field(default=None, max_length=20)
    country: str | None = Field(default=None, max_length=80)
    # Customer group (e.g. Retail, Wholesale, Distributor); free text.
    segment: str | None = Field(default=None, max_length=60)
    tax_id: str | None = Field(default=None, max_length=40)
    language: str = Field(default="en", pattern=r"^(en|zh)$")
    payment_term_days: int = Field(default=30, ge=0, le=365)
    credit_limit: Amount | None = Field(default=None, ge=0)
    # ISO code the partner is invoiced and pays in; empty means the company currency.
    currency: str | None = Field(default=None, max_length=3)
    notes: str | None = None

    @field_validator("name")
    @classmethod
    def _strip(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("must not be blank")
        return v

    @field_validator("email")
    @classmethod
    def _email(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        return _basic_email(v.strip())

    @field_validator("segment")
    @classmethod
    def _segment(cls, v: str | None) -> str | None:
        return _tidy_segment(v)


class PartnerUpdate(BaseModel):
    """Fields to change; `version` must match the stored one (optimistic concurrency)."""

    version: int
    name: str | None = Field(default=None, min_length=1, max_length=200)
    address_type: AddressType | None = None
    contact_name: str | None = Field(default=None, max_length=120)
    job_title: str | None = Field(default=None, max_length=120)
    email: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=60)
    street: str | None = Field(default=None, max_length=200)
    city: str | None = Field(default=None, max_length=100)
    region: str | None = Field(default=None, max_length=100)
    postal_code: str | None = Field(default=None, max_length=20)
    country: str | None = Field(default=None, max_length=80)
    # Customer group (e.g. Retail, Wholesale, Distributor); free text.
    segment: str | None = Field(default=None, max_length=60)
    tax_id: str | None = Field(default=None, max_length=40)
    language: str | None = Field(default=None, pattern=r"^(en|zh)$")
    payment_term_days: int | None = Field(default=None, ge=0, le=365)
    credit_limit: Amount | None = Field(default=None, ge=0)
    # ISO code the partner is invoiced and pays in; empty means the company currency.
    currency: str | None = Field(default=None, max_length=3)
    notes: str | None = None
    is_customer: bool | None = None
    is_supplier: bool | None = None
    active: bool | None = None

    @field_validator("name")
    @classmethod
    def _strip(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = v.strip()
        if not v:
            raise ValueError("must not be blank")
        return v

    @field_validator("email")
    @classmethod
    def _email(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        return _basic_email(v.strip())

    @field_validator("segment")
    @classmethod
    def _segment(cls, v: str | None) -> str | None:
        return _tidy_segment(v)


class PartnerOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    ref: str | None
    name: str
    is_company: bool
    parent_id: int | None
    address_type: str | None = None
    is_customer: bool
    is_supplier: bool
    contact_name: str | None
    job_title: str | None = None
    email: str | None
    phone: str | None
    city: str | None
    country: str | None
    segment: str | None = None
    tax_id: str | None
    payment_term_days: int
    credit_limit: Decimal | None
    currency: str | None = None
    active: bool
    version: int
    created_at: datetime


def _basic_email(v: str) -> str:
    local, _, domain = v.partition("@")
    if not local or "." not in domain.strip(".") or " " in v:
        raise ValueError(f"{v!r} is not an email address")
    return v


def _tidy_segment(v: str | None) -> str | None:
    """One spelling per group: spaces collapsed; blank means none."""
    if v is None:
        return None
    v = " ".join(v.split())
    return v or None
