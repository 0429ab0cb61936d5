"""Financial and operational reports, the same figures as `smarterp report ...`."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from smarterp.api.deps import Ctx, requires
from smarterp.erp.accounting import reports as ledger
from smarterp.erp.inventory import reports as stock
from smarterp.erp.invoicing import reports as open_items
from smarterp.erp.invoicing import tax_report as vat
from smarterp.erp.sales import reports as sales

router = APIRouter(prefix="/reports", tags=["reports"])

Financial = Annotated[Ctx, requires("reports.financial")]
Operational = Annotated[Ctx, requires("reports.operational")]
AsOf = Annotated[dt.date | None, Query(description="Up to and including this day.")]
From = Annotated[dt.date | None, Query(description="From this day.")]
To = Annotated[dt.date | None, Query(description="Up to and including this day.")]


@router.get("/trial-balance", response_model=ledger.TrialBalance)
def trial_balance(ctx: Financial, as_of: AsOf = None, date_from: From = None) -> object:
    return ledger.trial_balance(ctx.session, as_of=as_of, date_from=date_from)


@router.get("/pnl", response_model=ledger.ProfitAndLoss, summary="Profit and loss")
def pnl(ctx: Financial, date_from: From = None, date_to: To = None) -> object:
    return ledger.profit_and_loss(ctx.session, date_from, date_to)


@router.get("/balance-sheet", response_model=ledger.BalanceSheet)
def balance_sheet(ctx: Financial, as_of: AsOf = None) -> object:
    return ledger.balance_sheet(ctx.session, as_of)


@router.get("/aging", response_model=open_items.Aging)
def aging(
    ctx: Financial,
    kind: Literal["receivable", "payable"] = "receivable",
    as_of: AsOf = None,
) -> object:
    return open_items.aging(ctx.session, kind, as_of)


@router.get("/tax", response_model=vat.TaxReport, summary="VAT return")
def tax(ctx: Financial, date_from: From = None, date_to: To = None) -> object:
    return vat.tax_report(ctx.session, date_from, date_to)


@router.get("/stock", response_model=stock.StockReport)
def stock_report(ctx: Operational, below_reorder: bool = False) -> object:
    return stock.stock_report(ctx.session, below_reorder_only=below_reorder)


@router.get("/stock-valuation", response_model=stock.StockValuationReport)
def stock_valuation(ctx: Financial, as_of: AsOf = None) -> object:
    return stock.stock_valuation(ctx.session, as_of)


@router.get("/sales", response_model=sales.SalesReport)
def sales_report(
    ctx: Operational,
    date_from: From = None,
    date_to: To = None,
    by: Annotated[str, Query(description=", ".join(sales.GROUPINGS))] = "month",
) -> object:
    return sales.sales_report(ctx.session, date_from, date_to, by)
