"""Reports → Cash outlook (the weeks ahead: a table per week with the documents behind each
figure, and a bar chart drawn as inline SVG) and Reports → Month-end close (the checklist)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from babel.numbers import format_compact_decimal
from fastapi import APIRouter, Response

from smarterp.core.errors import InvalidInput
from smarterp.intel.finance.cash import DEFAULT_WEEKS, MAX_WEEKS, cash_outlook
from smarterp.intel.finance.cash_schemas import CashOutlook
from smarterp.intel.finance.cash_words import say
from smarterp.intel.finance.close import close_checklist
from smarterp.web.pages import WebCtx, WebRoute, page

router = APIRouter(route_class=WebRoute)

# How each source of a cash line reads on the page; the template translates the English.
SOURCE_LABELS = {
    "receivables": "Customer invoices",
    "payables": "Vendor bills",
    "sales_orders": "Sales orders",
    "purchase_orders": "Purchase orders",
    "forecast_sales": "Forecast sales",
    "forecast_purchases": "Planned purchases",
}
CHECK_LABELS = {
    "draft_documents": (
        "Unposted documents dated in the month",
        "Post or cancel each draft invoice and bill; validate or reschedule the deliveries "
        "and receipts.",
    ),
    "unallocated_payments": (
        "Payments not matched to invoices",
        "Match each payment to the invoices it pays, or refund it.",
    ),
    "stock_vs_ledger": (
        "Stock valuation against the inventory account",
        "Find what posted to the inventory account without moving stock (the manual entries "
        "listed) and reverse it, or count the stock.",
    ),
    "open_items_vs_ledger": (
        "Open invoices and bills against the receivable and payable accounts",
        "Look for entries posted by hand to the receivable or payable account.",
    ),
    "open_periods": (
        "Earlier months still open",
        "Close the earlier months first, or set a lock date.",
    ),
    "new_alerts": (
        "Alerts nobody has looked at",
        "Acknowledge, resolve or dismiss each alert on the Alerts page.",
    ),
}
FIGURE_LABELS = {
    "unallocated": "Not matched",
    "stock_value": "Stock value",
    "inventory_account": "Inventory account",
    "difference": "Difference",
    "receivable_open_items": "Open receivables",
    "receivable_account": "Receivable account",
    "receivable_difference": "Receivables difference",
    "payable_open_items": "Open payables",
    "payable_account": "Payable account",
    "payable_difference": "Payables difference",
    "high": "High",
    "medium": "Medium",
    "low": "Low",
}
MONTH_STATES = {"open": "Open for posting", "closed": "Closed", "locked": "Locked by the lock date"}
# The chart's drawing box, in SVG user units; it scales to the card's width.
CHART_W, CHART_H, CHART_PAD = 720, 240, 28


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: str
    short: str  # the value in a few characters, written above the bar
    text_y: float
    low: bool
    negative: bool


def _text(ctx: WebCtx, name: str) -> str:
    return ctx.request.query_params.get(name, "").strip()


def _weeks(raw: str) -> int:
    if not raw:
        return DEFAULT_WEEKS
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_WEEKS:
        raise InvalidInput("weeks", f"{raw!r} is not a number of weeks from 1 to {MAX_WEEKS}")
    return int(raw)


def _threshold(raw: str) -> Decimal | None:
    if not raw:
        return None
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation:
        raise InvalidInput("threshold", f"{raw!r} is not an amount") from None
    if not value.is_finite() or abs(value) >= 10**12:
        raise InvalidInput("threshold", f"{raw!r} is not an amount")
    return value


def _day(raw: str) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise InvalidInput("as_of", f"{raw!r} is not a date (YYYY-MM-DD)") from None


def chart_bars(r: CashOutlook, ctx: WebCtx) -> tuple[list[Bar], float, float | None]:
    """One bar per week's closing cash on a shared scale that includes zero and the threshold;
    returns the bars, the zero line's y and the threshold line's y."""
    values = [float(w.closing) for w in r.weeks]
    top = max([*values, float(r.threshold), 0.0])
    bottom = min([*values, float(r.threshold), 0.0])
    span = (top - bottom) or 1.0
    inner = CHART_H - 2 * CHART_PAD

    def y_of(v: float) -> float:
        return CHART_PAD + (top - v) / span * inner

    slot = CHART_W / len(values)
    zero = y_of(0.0)
    bars = []
    for w, v in zip(r.weeks, values, strict=True):
        y = min(y_of(v), zero)
        bars.append(
            Bar(
                x=round(slot * (w.week - 1) + slot * 0.15, 1),
                y=round(y, 1),
                width=round(slot * 0.7, 1),
                height=round(max(abs(y_of(v) - zero), 1.0), 1),
                label=ctx.tr.gettext("W{n}", n=w.week),
                value=ctx.tr.money(w.closing),
                short=format_compact_decimal(
                    round(w.closing), locale=ctx.tr.cldr, fraction_digits=1
                ),
                text_y=round(y - 4 if v >= 0 else y + max(abs(y_of(v) - zero), 1.0) + 12, 1),
                low=w.below_threshold,
                negative=v < 0,
            )
        )
    line = round(y_of(float(r.threshold)), 1) if r.threshold else None
    return bars, round(zero, 1), line


@router.get("/reports/cash-outlook")
def outlook_page(ctx: WebCtx = page("reports.financial")) -> Response:
    raw = {k: _text(ctx, k) for k in ("weeks", "threshold", "as_of")}
    with ctx.work() as s:
        r = cash_outlook(
            s,
            as_of=_day(raw["as_of"]),
            weeks=_weeks(raw["weeks"]),
            threshold=_threshold(raw["threshold"]),
        )
    bars, zero, line = chart_bars(r, ctx)
    lowest = min(r.weeks, key=lambda w: w.closing)
    return ctx.render(
        "cash_outlook.html",
        r=r,
        values=raw,
        bars=bars,
        zero=zero,
        threshold_y=line,
        chart_w=CHART_W,
        chart_h=CHART_H,
        lowest=lowest,
        sources=SOURCE_LABELS,
        basis=lambda line: say(line.reasons, ctx.tr.language),
    )


@router.get("/reports/close")
def close_page(ctx: WebCtx = page("reports.financial")) -> Response:
    raw = _text(ctx, "period")
    with ctx.work() as s:
        result = close_checklist(s, raw or None)
    return ctx.render(
        "close_check.html",
        c=result,
        period=result.period,
        labels=CHECK_LABELS,
        figures=FIGURE_LABELS,
        month_states=MONTH_STATES,
    )
