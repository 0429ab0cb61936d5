"""Taxes with their rates over time, and changing a rate from a date on."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from smarterp.api.deps import Ctx, requires
from smarterp.core.bounds import BookDate
from smarterp.core.money import Amount
from smarterp.erp.accounting import taxes
from smarterp.erp.accounting.service import tax_by_code

router = APIRouter(prefix="/taxes", tags=["taxes"])

Read = Annotated[Ctx, requires("invoices.read")]
Write = Annotated[Ctx, requires("journal.write")]


class RateFrom(BaseModel):
    valid_from: dt.date
    rate: Decimal


class TaxOut(BaseModel):
    code: str
    name: str
    scope: str
    rate: Decimal = Field(description="The rate in force today (a fraction: 0.13 for 13%).")
    history: list[RateFrom]


class TaxRateIn(BaseModel):
    rate: Amount = Field(ge=0, lt=1, description="A fraction: 0.13 for 13%.")
    valid_from: BookDate
    reason: str | None = Field(default=None, max_length=200)


def _out(ctx: Ctx, code: str) -> TaxOut:
    tax = tax_by_code(ctx.session, code)
    return TaxOut(
        code=tax.code,
        name=tax.name,
        scope=tax.scope.value,
        rate=tax.rate,
        history=[
            RateFrom(valid_from=h.valid_from, rate=h.rate) for h in taxes.history(ctx.session, tax)
        ],
    )


@router.get("", response_model=list[TaxOut], summary="List taxes with their rates over time")
def list_taxes(ctx: Read) -> list[TaxOut]:
    return [_out(ctx, t.code) for t in taxes.list_taxes(ctx.session)]


@router.post(
    "/{code}/rates",
    response_model=TaxOut,
    status_code=201,
    summary="Change a tax's rate from a date on",
    description="Posted documents keep the rate they were taxed at; drafts and documents "
    "dated from `valid_from` on take the new one.",
)
def set_rate(ctx: Write, body: TaxRateIn, code: Annotated[str, Path(max_length=20)]) -> TaxOut:
    taxes.set_rate(ctx.session, code, body.rate, body.valid_from, body.reason)
    return _out(ctx, code)
