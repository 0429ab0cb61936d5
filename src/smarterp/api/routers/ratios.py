"""Financial ratios per month and over the trailing twelve months, with their definitions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from smarterp.api.deps import Ctx, requires
from smarterp.intel.finance.ratios import RatioReport, parse_month, ratios

router = APIRouter(prefix="/ratios", tags=["reports"])

Financial = Annotated[Ctx, requires("reports.financial")]
Month = Annotated[
    str | None,
    Query(
        max_length=7,
        description="A month, YYYY-MM. Default: the twelve months up to the latest one posted.",
    ),
]


@router.get(
    "",
    response_model=RatioReport,
    summary="Financial ratios by month and trailing twelve months",
)
def get_ratios(ctx: Financial, date_from: Month = None, date_to: Month = None) -> object:
    """Each ratio with its value (null when undefined, with `missing` and `reason`), its
    display ("n/a" when undefined) and the inputs it was computed from."""
    first = None if date_from is None else parse_month(date_from, "date_from")
    last = None if date_to is None else parse_month(date_to, "date_to")
    return ratios(ctx.session, first, last)
