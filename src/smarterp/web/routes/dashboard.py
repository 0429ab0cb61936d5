"""The dashboard: sales trend, top products and customers, stock below reorder level, overdue
receivables and the cash position, each shown only to roles that may read it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.erp.accounting.reports import account_balance
from smarterp.erp.accounting.service import account_for_role
from smarterp.erp.inventory import queries as inventory_queries
from smarterp.erp.invoicing.reports import aging
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.erp.sales.reports import sales_report
from smarterp.web.names import product_label, report_key_namer
from smarterp.web.pages import WebCtx, WebRoute, page

router = APIRouter(route_class=WebRoute)
TREND_MONTHS = 12


def _window(session: Session) -> tuple[date, date]:
    """Twelve months up to the newest order, so an imported history (Northwind's 1990s) shows
    its own last year rather than an empty one."""
    newest = session.scalar(
        select(func.max(SalesOrder.order_date)).where(
            SalesOrder.state.in_([SalesState.CONFIRMED, SalesState.DONE])
        )
    )
    end = newest or date.today()
    month_index = end.year * 12 + end.month - 1 - (TREND_MONTHS - 1)
    return date(month_index // 12, month_index % 12 + 1, 1), end


def _months(start: date, end: date) -> list[str]:
    keys = []
    index, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
    while index <= last:
        keys.append(f"{index // 12:04d}-{index % 12 + 1:02d}")
        index += 1
    return keys


def _chart(
    kind: str, labels: list[str], series: list[dict[str, Any]], **extra: Any
) -> dict[str, Any]:
    return {"type": kind, "labels": labels, "series": series, **extra}


def _sales(session: Session, ctx: WebCtx) -> dict[str, Any]:
    start, end = _window(session)
    trend = sales_report(session, start, end, by="month")
    by_month = {r.key: r.revenue for r in trend.rows}
    months = _months(start, end)
    top_products = sales_report(session, start, end, by="product").rows[:5]
    product_key = report_key_namer(session, ctx.tr, "product")
    top_customers = sales_report(session, start, end, by="customer").rows[:5]
    open_orders = session.scalar(
        select(func.count()).where(SalesOrder.state == SalesState.CONFIRMED)
    )
    t = ctx.tr.gettext
    return {
        "start": ctx.tr.date(start),
        "end": ctx.tr.date(end),
        "revenue": trend.total,
        "orders": trend.orders,
        "open_orders": open_orders or 0,
        "trend_chart": _chart(
            "bar",
            [ctx.tr.month(m) for m in months],
            [{"label": t("Revenue"), "data": [float(by_month.get(m, 0)) for m in months]}],
            money=True,
        ),
        "top_products": top_products,
        "top_customers": top_customers,
        "products_chart": _chart(
            "hbar",
            [product_key(r.key or "") for r in top_products],
            [{"label": t("Revenue"), "data": [float(r.revenue) for r in top_products]}],
            money=True,
        ),
        "customers_chart": _chart(
            "hbar",
            [r.key or "" for r in top_customers],
            [{"label": t("Revenue"), "data": [float(r.revenue) for r in top_customers]}],
            money=True,
        ),
    }


def _receivables(session: Session, ctx: WebCtx) -> dict[str, Any]:
    today = date.today()
    report = aging(session, "receivable", today)
    totals = report.totals
    overdue = totals.d1_30 + totals.d31_60 + totals.d61_90 + totals.d90_plus
    t = ctx.tr.gettext
    buckets = [
        (t("Not yet due"), totals.current),
        (t("1-30 days"), totals.d1_30),
        (t("31-60 days"), totals.d31_60),
        (t("61-90 days"), totals.d61_90),
        (t("Over 90 days"), totals.d90_plus),
    ]
    late = [r for r in report.rows if r.total - r.current - r.unapplied > 0]
    late.sort(key=lambda r: -(r.total - r.current - r.unapplied))
    return {
        "total": totals.total,
        "overdue": overdue,
        "rows": [(r.partner_id, r.partner, r.total - r.current - r.unapplied) for r in late[:6]],
        "chart": _chart(
            "bar",
            [b[0] for b in buckets],
            [{"label": t("Receivables"), "data": [float(b[1]) for b in buckets]}],
            money=True,
            colors=["#3b82f6", "#f59e0b", "#f97316", "#ef4444", "#b91c1c"],
        ),
    }


def _cash(session: Session, ctx: WebCtx) -> dict[str, Any]:
    bank = account_balance(session, account_for_role(session, "bank"))
    cash = account_balance(session, account_for_role(session, "cash"))
    payable = -account_balance(session, account_for_role(session, "payable"))
    return {"bank": bank, "cash": cash, "total": bank + cash, "payable": payable}


def _low_stock(session: Session, ctx: WebCtx) -> dict[str, Any]:
    """Products below their reorder level, split by whether open purchase orders cover them,
    counted as the stock list and the replenishment page count on-order stock."""
    stmt = inventory_queries.narrow(inventory_queries.stock_levels(), short=True)
    rows = session.execute(stmt.order_by(*inventory_queries.by_sku())).all()
    uncovered = [r for r in rows if r.uncovered]
    shown = uncovered + [r for r in rows if not r.uncovered]  # what is to buy first
    return {
        "count": len(rows),
        "to_order": len(uncovered),
        "on_order": len(rows) - len(uncovered),
        "rows": [
            {
                "id": r.Product.id,
                "label": product_label(ctx.tr, r.Product),
                "on_hand": r.on_hand,
                "on_order": r.on_order,
                "reorder_level": r.Product.reorder_level,
                "state": "to_order" if r.uncovered else "low_on_order",
            }
            for r in shown[:8]
        ],
    }


def _alerts(session: Session) -> dict[str, Any]:
    from smarterp.intel.watch import store
    from smarterp.intel.watch.models import AlertState

    counts = store.counts_by_severity(session)
    latest = store.list_alerts(session, state=AlertState.NEW, limit=5)
    return {"counts": counts, "open": sum(counts.values()), "latest": latest}


@router.get("/")
def dashboard(ctx: WebCtx = page()) -> Response:
    values: dict[str, Any] = {
        "sales": None,
        "receivables": None,
        "cash": None,
        "low": None,
        "alerts": None,
    }
    with ctx.work() as s:
        if ctx.may("alerts.read"):
            values["alerts"] = _alerts(s)
        if ctx.may("reports.operational") and ctx.may("sales.read"):
            values["sales"] = _sales(s, ctx)
        if ctx.may("reports.financial"):
            values["receivables"] = _receivables(s, ctx)
            values["cash"] = _cash(s, ctx)
        if ctx.may("reports.operational") and ctx.may("stock.read"):
            values["low"] = _low_stock(s, ctx)
    values["zero"] = Decimal("0.00")
    values["can_plan"] = ctx.may("forecast.read")
    return ctx.render("dashboard.html", **values)
