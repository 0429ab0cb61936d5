"""Explain a change in revenue or gross margin between two periods (price, volume, mix)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from smarterp.api.deps import Ctx, requires
from smarterp.core.bounds import check_date
from smarterp.core.errors import InvalidInput
from smarterp.intel.finance.explain import (
    Explanation,
    explain,
    latest_month,
    preceding_period,
)

router = APIRouter(prefix="/explain", tags=["reports"])

Financial = Annotated[Ctx, requires("reports.financial")]
From = Annotated[
    dt.date | None,
    Query(description="The period explained, from this day (default: the latest month sold)."),
]
To = Annotated[dt.date | None, Query(description="The period explained, up to this day.")]
CompareFrom = Annotated[
    dt.date | None,
    Query(description="The period compared with, from this day (default: the one before)."),
]
CompareTo = Annotated[dt.date | None, Query(description="The period compared with, up to.")]
Lang = Annotated[Literal["en", "zh"], Query(description="Language of the narrative.")]


def _explain(
    ctx: Ctx,
    date_from: dt.date | None,
    date_to: dt.date | None,
    compare_from: dt.date | None,
    compare_to: dt.date | None,
    measure: str,
    lang: str,
) -> object:
    """Both periods as given; without dates, the latest month with sales against the one
    before (as the web page); books with no sales are refused naming the field."""
    if date_from is None and date_to is None:
        latest = latest_month(ctx.session)
        if latest is None:
            raise InvalidInput("date_from", "the books hold no sales to explain yet")
        date_from, date_to = latest
    if date_from is None or date_to is None:
        raise InvalidInput("date_to" if date_to is None else "date_from", "give both ends")
    check_date(date_from, "date_from")
    check_date(date_to, "date_to")
    if compare_from is None and compare_to is None:
        compare_from, compare_to = preceding_period(date_from, date_to)
    if compare_from is None or compare_to is None:
        field = "compare_to" if compare_to is None else "compare_from"
        raise InvalidInput(field, "give both ends")
    return explain(ctx.session, date_from, date_to, compare_from, compare_to, measure, lang)


@router.get("/revenue", response_model=Explanation, summary="Explain a change in revenue")
def explain_revenue(
    ctx: Financial,
    date_from: From = None,
    date_to: To = None,
    compare_from: CompareFrom = None,
    compare_to: CompareTo = None,
    lang: Lang = "en",
) -> object:
    return _explain(ctx, date_from, date_to, compare_from, compare_to, "revenue", lang)


@router.get("/margin", response_model=Explanation, summary="Explain a change in gross margin")
def explain_margin(
    ctx: Financial,
    date_from: From = None,
    date_to: To = None,
    compare_from: CompareFrom = None,
    compare_to: CompareTo = None,
    lang: Lang = "en",
) -> object:
    return _explain(ctx, date_from, date_to, compare_from, compare_to, "margin", lang)
