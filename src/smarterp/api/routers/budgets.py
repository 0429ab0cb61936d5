"""Budgets per account and month: list, enter one amount, import a table, budget vs actual."""

from __future__ import annotations

import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, UploadFile
from fastapi import Path as PathParam
from pydantic import BaseModel, Field

from smarterp.api.deps import Ctx, requires
from smarterp.core.errors import InvalidInput
from smarterp.core.money import Amount
from smarterp.data.tabular import read_rows
from smarterp.intel.finance import budgets
from smarterp.intel.finance.ratios import parse_month

router = APIRouter(prefix="/budgets", tags=["reports"])

Financial = Annotated[Ctx, requires("reports.financial")]
Write = Annotated[Ctx, requires("journal.write")]
BudgetName = Annotated[str, PathParam(max_length=80, description="The budget: '2025 plan'.")]
MAX_UPLOAD = 5 * 1024 * 1024


class AmountIn(BaseModel):
    amount: Amount = Field(description="The month's amount in the account's natural sign.")


@router.get("", response_model=list[budgets.BudgetOut], summary="List budgets")
def list_budgets(ctx: Financial) -> object:
    return budgets.list_budgets(ctx.session)


@router.put(
    "/{budget}/amounts/{account}/{month}",
    response_model=budgets.BudgetAmountOut,
    summary="Enter one account's budget for one month",
)
def put_amount(
    ctx: Write,
    budget: BudgetName,
    account: Annotated[str, PathParam(max_length=20, description="Account code: 6000.")],
    month: Annotated[str, PathParam(max_length=7, description="YYYY-MM.")],
    body: AmountIn,
) -> object:
    """Replaces any amount the month had; the budget is created on first use."""
    return budgets.set_amount(
        ctx.session, account, parse_month(month, "month"), Decimal(body.amount), budget
    )


@router.post(
    "/{budget}/import",
    response_model=budgets.ImportSummary,
    summary="Import a CSV or Excel table of amounts (all rows or none)",
)
def import_table(ctx: Write, budget: BudgetName, file: UploadFile) -> object:
    """Columns account, month, amount; or account and one column per month (2025-01, ...).
    A wrong row imports nothing: the 422 error lists each problem's row and column in
    `details.problems`."""
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InvalidInput("file", "only .csv and .xlsx files can be imported")
    data = file.file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise InvalidInput("file", f"larger than {MAX_UPLOAD // (1024 * 1024)} MB")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        try:
            rows = read_rows(path)
        except (
            ValueError,
            KeyError,
            OSError,
            zipfile.BadZipFile,
        ) as exc:  # a damaged or foreign file
            raise InvalidInput("file", f"cannot be read as {suffix}: {exc}") from None
    return budgets.import_budget(ctx.session, budget, rows)


@router.get(
    "/{budget}/variance",
    response_model=budgets.BudgetReport,
    summary="Budget against actual per account and month",
)
def variance(
    ctx: Financial,
    budget: BudgetName,
    year: Annotated[int, Query(ge=1900, le=2199, description="The calendar year.")],
) -> object:
    """Each budgeted account's months and year total with variance (actual - budget),
    variance % and whether it is favourable; income, expenses and net result."""
    return budgets.budget_report(ctx.session, year, budget)
