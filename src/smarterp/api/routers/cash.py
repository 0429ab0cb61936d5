"""The cash outlook for the weeks ahead, and the month-end close checklist."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Query

from smarterp.api.deps import Ctx, requires
from smarterp.intel.finance.cash import DEFAULT_WEEKS, MAX_WEEKS, cash_outlook
from smarterp.intel.finance.cash_schemas import CashOutlook
from smarterp.intel.finance.close import CloseChecklist, close_checklist

router = APIRouter(tags=["reports"])

Financial = Annotated[Ctx, requires("reports.financial")]


@router.get("/cash/outlook", response_model=CashOutlook, summary="Cash outlook, week by week")
def outlook(
    ctx: Financial,
    weeks: Annotated[int, Query(ge=1, le=MAX_WEEKS, description="How many weeks.")] = DEFAULT_WEEKS,
    threshold: Annotated[
        Decimal | None,
        Query(
            ge=-(10**12),
            le=10**12,
            description="Warn of the first week whose closing cash is below this (default 0).",
        ),
    ] = None,
    as_of: Annotated[
        dt.date | None,
        Query(description="The first week starts on this day (default: the books' latest day)."),
    ] = None,
) -> object:
    return cash_outlook(ctx.session, as_of=as_of, weeks=weeks, threshold=threshold)


@router.get("/close/check", response_model=CloseChecklist, summary="Month-end close checklist")
def close_check(
    ctx: Financial,
    period: Annotated[
        str | None,
        Query(
            max_length=7,
            description="The month to close (YYYY-MM); by default the month the books reached.",
        ),
    ] = None,
) -> object:
    return close_checklist(ctx.session, period)
