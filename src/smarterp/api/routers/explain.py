"""Explain a change in revenue or gross margin between two periods (price, volume, mix)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from smarterp.api.deps import Ctx, requires
from smarterp.intel.finance.explain import Explanation, explain

router = APIRouter(prefix="/explain", tags=["reports"])

Financial = Annotated[Ctx, requires("reports.financial")]
From = Annotated[dt.date, Query(description="The period explained, from this day.")]
To = Annotated[dt.date, Query(description="The period explained, up to and including this day.")]
CompareFrom = Annotated[dt.date, Query(description="The period compared with, from this day.")]
CompareTo = Annotated[
    dt.date, Query(description="The period compared with, up to and including this day.")
]
Lang = Annotated[Literal["en", "zh"], Query(description="Language of the narrative.")]


@router.get("/revenue", response_model=Explanation, summary="Explain a change in revenue")
def explain_revenue(
    ctx: Financial,
    date_from: From,
    date_to: To,
    compare_from: CompareFrom,
    compare_to: CompareTo,
    lang: Lang = "en",
) -> object:
    return explain(ctx.session, date_from, date_to, compare_from, compare_to, "revenue", lang)


@router.get("/margin", response_model=Explanation, summary="Explain a change in gross margin")
def explain_margin(
    ctx: Financial,
    date_from: From,
    date_to: To,
    compare_from: CompareFrom,
    compare_to: CompareTo,
    lang: Lang = "en",
) -> object:
    return explain(ctx.session, date_from, date_to, compare_from, compare_to, "margin", lang)
