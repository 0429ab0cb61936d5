"""Currencies, their exchange rates by date (entered or imported from CSV), and the
unrealised exchange difference of open items at a date."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request

from smarterp.api.deps import Ctx, requires
from smarterp.core.errors import InvalidInput
from smarterp.erp.currency import service
from smarterp.erp.currency.schemas import (
    CurrencyIn,
    CurrencyOut,
    RateIn,
    RateOut,
    RatesImportedOut,
    RevaluationIn,
    RevaluationOut,
    RevaluedOut,
)
from smarterp.erp.invoicing import exchange

router = APIRouter(prefix="/currencies", tags=["currencies"])

Read = Annotated[Ctx, requires("invoices.read")]
Write = Annotated[Ctx, requires("journal.write")]
Financial = Annotated[Ctx, requires("reports.financial")]

# A year of daily rates for a dozen currencies is about 150 KB.
LARGEST_RATES_FILE = 2_000_000


@router.get("", response_model=list[CurrencyOut], summary="List currencies")
def list_currencies(ctx: Read) -> list[CurrencyOut]:
    return [CurrencyOut.model_validate(c) for c in service.list_currencies(ctx.session)]


@router.post("", response_model=CurrencyOut, status_code=201, summary="Add a currency")
def add_currency(ctx: Write, body: CurrencyIn) -> CurrencyOut:
    currency = service.add_currency(ctx.session, body.code, body.name, body.symbol)
    ctx.session.flush()
    return CurrencyOut.model_validate(currency)


@router.get("/rates", response_model=list[RateOut], summary="List exchange rates")
def list_rates(
    ctx: Read,
    currency: Annotated[str | None, Query(max_length=3)] = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[RateOut]:
    rows = service.list_rates(ctx.session, currency, date_from, date_to)
    return [RateOut.model_validate(r) for r in rows]


@router.post("/rates", response_model=RateOut, status_code=201, summary="Enter a rate")
def set_rate(ctx: Write, body: RateIn) -> RateOut:
    row = service.set_rate(ctx.session, body.currency, body.date, body.rate)
    ctx.session.flush()
    return RateOut.model_validate(row)


@router.post(
    "/rates/import",
    response_model=RatesImportedOut,
    summary="Import rates from CSV",
    description="The request body is CSV text (`date,currency,rate`, header first). One bad "
    "row refuses the whole file, naming its line.",
)
async def import_rates(request: Request, ctx: Write) -> RatesImportedOut:
    raw = await request.body()
    if len(raw) > LARGEST_RATES_FILE:
        raise InvalidInput("body", f"is {len(raw)} bytes; at most {LARGEST_RATES_FILE}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("body", "is not UTF-8 text") from None
    done = service.import_rates_csv(ctx.session, text, source="api")
    return RatesImportedOut(**dataclasses.asdict(done))


def _out(result: exchange.Revaluation) -> RevaluationOut:
    return RevaluationOut(
        date=result.on,
        gain=result.gain,
        loss=result.loss,
        posted_entry=result.posted_entry,
        reversal_entry=result.reversal_entry,
        lines=[RevaluedOut(**dataclasses.asdict(r)) for r in result.lines],
    )


@router.get(
    "/revaluation",
    response_model=RevaluationOut,
    summary="Unrealised exchange differences at a date (nothing is written)",
)
def revaluation(
    ctx: Financial,
    date: Annotated[
        dt.date | None, Query(description="Usually a month end; default today.")
    ] = None,
) -> RevaluationOut:
    return _out(exchange.revaluation(ctx.session, date or dt.date.today()))


@router.post(
    "/revaluation",
    response_model=RevaluationOut,
    status_code=201,
    summary="Book the unrealised exchange differences of a date (reversed the next day)",
)
def post_revaluation(ctx: Write, body: RevaluationIn) -> RevaluationOut:
    return _out(exchange.post_revaluation(ctx.session, body.date))
