"""Demand forecasts per product (history, forecast and its intervals, the inventory policy) and
the replenishment proposals a buyer approves into draft purchase orders. Runs and approvals call
the same functions as `smarterp forecast` and the API's apply route."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from statistics import NormalDist
from typing import Any
from urllib.parse import urlencode

import numpy as np
import pandas as pd
from fastapi import APIRouter, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from smarterp.core.errors import DomainError, InvalidInput, NotFound
from smarterp.erp.products import queries as product_queries
from smarterp.erp.products.models import Product, ProductType
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.intel.forecast.books import forecast_from_books, product_history, stored_forecasts
from smarterp.intel.forecast.models import DemandForecast
from smarterp.intel.planning import replenish
from smarterp.intel.planning.replenish import ProductPlan
from smarterp.web.i18n import Translator
from smarterp.web.names import product_label
from smarterp.web.pages import WebCtx, WebRoute, page

router = APIRouter(route_class=WebRoute)

FREQUENCIES = {"W": "Weekly", "M": "Monthly"}
DEFAULT_HORIZON = {"W": 13, "M": 6}
MAX_HORIZON = 104
# How much history the chart shows next to the forecast: enough to see a season or two.
HISTORY_SHOWN = {"D": 180, "W": 104, "M": 36}
DEMAND_CLASSES = {
    "smooth": "Smooth",
    "erratic": "Erratic",
    "intermittent": "Intermittent",
    "lumpy": "Lumpy",
}
LIST_LIMIT = 200
Z80 = NormalDist().inv_cdf(0.9)
Z95 = NormalDist().inv_cdf(0.975)


# --- Shared helpers -------------------------------------------------------------------------


def _parse_day(raw: str | None, field: str) -> date | None:
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise InvalidInput(field, f"{raw!r} is not a date (YYYY-MM-DD)") from None


def default_as_of(session: Session) -> date:
    """Today, or the day after the newest sale when the books end earlier (an imported history
    such as Northwind's 1990s), so plans are made where the data is rather than years after."""
    newest = session.scalar(
        select(func.max(SalesOrder.order_date)).where(
            SalesOrder.state.in_([SalesState.CONFIRMED, SalesState.DONE])
        )
    )
    today = date.today()
    return min(today, newest + timedelta(days=1)) if newest else today


def _as_of(ctx: WebCtx, session: Session, raw: str | None) -> date:
    return _parse_day(raw, "as_of") or default_as_of(session)


def _dec(tr: Translator, value: float | Decimal | None, places: int = 1) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    return tr.number(Decimal(str(round(float(value), places))), places)


def _period_label(tr: Translator, ds: date, freq: str) -> str:
    return tr.month(f"{ds.year:04d}-{ds.month:02d}") if freq == "M" else tr.date(ds)


def _product_name(ctx: WebCtx, product: Product) -> str:
    return product_label(ctx.tr, product)


# --- Forecast list --------------------------------------------------------------------------


@router.get("/forecast")
def forecast_list(ctx: WebCtx = page("forecast.read")) -> Response:
    return _render_list(ctx)


def _render_list(ctx: WebCtx, error: str | None = None, status: int = 200) -> Response:
    params = ctx.request.query_params
    q = params.get("q", "").strip()
    stored = (
        select(
            DemandForecast.product_id.label("product_id"),
            func.count().label("periods"),
            func.sum(DemandForecast.yhat).label("total"),
            func.min(DemandForecast.ds).label("first_ds"),
            func.max(DemandForecast.freq).label("freq"),
            func.max(DemandForecast.method).label("method"),
            func.max(DemandForecast.demand_class).label("demand_class"),
            func.max(DemandForecast.created_at).label("made_at"),
        )
        .group_by(DemandForecast.product_id)
        .subquery()
    )
    stmt = product_queries.narrow(
        select(Product, stored).outerjoin(stored, stored.c.product_id == Product.id),
        q=q,
        active=True,
        discontinued=False,
        type=ProductType.STOCKABLE,
    )
    with ctx.work() as s:
        as_of = _as_of(ctx, s, params.get("as_of"))
        rows = s.execute(stmt.order_by(Product.sku).limit(LIST_LIMIT + 1)).all()
        made_at = max((r.made_at for r in rows if r.made_at is not None), default=None)
        items = [
            {
                "id": r.Product.id,
                "name": _product_name(ctx, r.Product),
                "has_forecast": r.periods is not None,
                "dclass": DEMAND_CLASSES.get(r.demand_class or "", r.demand_class or ""),
                "method": r.method or "",
                "freq": FREQUENCIES.get(r.freq or "", r.freq or ""),
                "periods": r.periods or 0,
                "total": _dec(ctx.tr, r.total) if r.total is not None else "",
                "first": _period_label(ctx.tr, r.first_ds, r.freq) if r.first_ds else "",
            }
            for r in rows[:LIST_LIMIT]
        ]
    return ctx.render(
        "forecast_list.html",
        status=status,
        items=items,
        more=len(rows) > LIST_LIMIT,
        q=q,
        as_of=as_of.isoformat(),
        made_at=ctx.tr.date(made_at) if made_at else "",
        error=error,
        notice=_done_notice(ctx),
        run=_run_form(ctx, None, "W", as_of),
    )


def _done_notice(ctx: WebCtx) -> str | None:
    if ctx.request.query_params.get("done") == "forecast":
        return ctx.tr.gettext("Forecast made and stored.")
    return None


def _run_form(ctx: WebCtx, product_id: int | None, freq: str, as_of: date) -> dict[str, Any]:
    """What the "run forecast" form needs, or why this person cannot run one."""
    return {
        "allowed": ctx.may("forecast.write"),
        "product_id": product_id or "",
        "freq": freq if freq in FREQUENCIES else "W",
        "horizon": DEFAULT_HORIZON.get(freq, 13),
        "as_of": as_of.isoformat(),
        "frequencies": FREQUENCIES,
    }


# --- One product ----------------------------------------------------------------------------


@dataclass
class Accuracy:
    """How far off the forecast was in its backtest, read back from the stored intervals (the
    engine sets them from the one-step backtest error, widening with the square root of the
    step), and that error relative to the naive forecast's on the same history."""

    rmse: float | None
    vs_naive: float | None
    from_backtest: bool


def _accuracy(rows: list[DemandForecast], history: pd.DataFrame) -> Accuracy:
    first = rows[0]
    if first.yhat_hi_80 is not None:
        sigma: float | None = (first.yhat_hi_80 - first.yhat) / Z80
    elif first.yhat_hi_95 is not None:
        sigma = (first.yhat_hi_95 - first.yhat) / Z95
    else:
        sigma = None
    values = history["y"].to_numpy(dtype=float)
    steps = np.diff(values)
    naive = float(np.sqrt(np.mean(steps**2))) if len(steps) else 0.0
    # The engine holds out one horizon (plus at least 8 periods to fit on) to backtest; a
    # shorter history got the naive spread instead of a backtest error.
    horizon = len(rows)
    backtested = len(values) >= horizon + max(horizon, 8)
    ratio = sigma / naive if sigma is not None and naive > 0 else None
    return Accuracy(sigma, ratio, backtested)


def _chart(
    ctx: WebCtx, history: pd.DataFrame, rows: list[DemandForecast], freq: str
) -> dict[str, Any]:
    t = ctx.tr.gettext
    past = history.tail(HISTORY_SHOWN.get(freq, 104))
    labels = [_period_label(ctx.tr, pd.Timestamp(d).date(), freq) for d in past["ds"]]
    n_past = len(labels)
    labels += [_period_label(ctx.tr, r.ds, freq) for r in rows]
    blank: list[float | None] = [None] * n_past

    def future(values: list[float | None]) -> list[float | None]:
        return blank + [None if v is None else round(v, 2) for v in values]

    forecast_line = future([r.yhat for r in rows])
    if n_past and rows:
        # Join the forecast to the last known period so the two lines read as one story.
        forecast_line[n_past - 1] = round(float(past["y"].iloc[-1]), 2)
    return {
        "labels": labels,
        "history": [round(float(v), 2) for v in past["y"]] + [None] * len(rows),
        "forecast": forecast_line,
        "lo80": future([r.yhat_lo_80 for r in rows]),
        "hi80": future([r.yhat_hi_80 for r in rows]),
        "lo95": future([r.yhat_lo_95 for r in rows]),
        "hi95": future([r.yhat_hi_95 for r in rows]),
        "names": {
            "history": t("Sales (units)"),
            "forecast": t("Forecast"),
            "band80": t("80% interval"),
            "band95": t("95% interval"),
        },
    }


def _source(ctx: WebCtx, plan: ProductPlan) -> str:
    """Where the planner took the demand rate from, in the reader's language."""
    found = re.fullmatch(r"mean of last (\d+) days", plan.demand_source)
    if found:
        return ctx.tr.gettext("mean of the last {n} days", n=found.group(1))
    return ctx.tr.gettext(plan.demand_source)


def _policy(ctx: WebCtx, plan: ProductPlan) -> list[tuple[str, str]]:
    t, tr = ctx.tr.gettext, ctx.tr
    return [
        (t("ABC / XYZ class"), f"{plan.abc} / {plan.xyz}"),
        (t("Service level"), tr.percent(Decimal(str(plan.service_level)))),
        (t("Demand per day"), f"{_dec(tr, plan.demand_per_day, 2)} ({_source(ctx, plan)})"),
        (t("Spread of daily demand"), _dec(tr, plan.demand_sd_per_day, 2)),
        (
            t("Lead time"),
            t(
                "{days} days (spread {sd}, from {source})",
                days=_dec(tr, plan.lead_time_days),
                sd=_dec(tr, plan.lead_time_sd_days),
                source=t(plan.lead_time_source),
            ),
        ),
        (t("Safety stock"), tr.number(plan.safety_stock)),
        (t("Reorder point"), tr.number(plan.reorder_point)),
        (t("Order-up-to level"), tr.number(plan.order_up_to)),
        (t("Economic order quantity"), tr.number(plan.economic_order_qty)),
        (
            t("Pack size / minimum order"),
            f"{tr.number(plan.pack_size)} / {tr.number(plan.min_order_qty)}",
        ),
        (t("Stock position"), _position(ctx, plan)),
        (t("Fixed reorder level today"), tr.number(plan.fixed_reorder_level)),
        (
            t("Proposed order"),
            tr.number(plan.proposed_qty) if plan.proposed_qty > 0 else t("None needed"),
        ),
    ]


def _position(ctx: WebCtx, plan: ProductPlan) -> str:
    """The stock position the planner compares with the reorder point, term by term."""
    tr = ctx.tr
    terms = {
        "position": tr.number(plan.position),
        "on_hand": tr.number(plan.on_hand),
        "reserved": tr.number(plan.reserved),
        "on_order": tr.number(plan.on_order),
    }
    if plan.requested > 0:
        return tr.gettext(
            "{position} = on hand {on_hand} - reserved {reserved} + on order {on_order}"
            " + in requests for quotation {requested}",
            requested=tr.number(plan.requested),
            **terms,
        )
    return tr.gettext(
        "{position} = on hand {on_hand} - reserved {reserved} + on order {on_order}", **terms
    )


@router.get("/forecast/products/{product_id:int}")
def product_forecast(product_id: int, ctx: WebCtx = page("forecast.read")) -> Response:
    return _render_product(ctx, product_id)


def _render_product(
    ctx: WebCtx, product_id: int, error: str | None = None, status: int = 200
) -> Response:
    t = ctx.tr.gettext
    params = ctx.request.query_params
    with ctx.work() as s:
        product = s.get(Product, product_id)
        if product is None:
            raise NotFound("product", product_id)
        as_of = _as_of(ctx, s, params.get("as_of"))
        rows = stored_forecasts(s, product_id)
        wanted = params.get("freq", "W").upper()
        freq = rows[0].freq if rows else (wanted if wanted in FREQUENCIES else "W")
        # The history the stored forecast was made from ends where the forecast starts.
        history_end = rows[0].ds if rows else as_of
        history = product_history(s, product_id, freq, history_end)
        plan = next((p for p in replenish.plan(s, as_of) if p.product_id == product_id), None)
        first = rows[0] if rows else None
        values: dict[str, Any] = {
            "product": product,
            "title": _product_name(ctx, product),
            "has_forecast": first is not None,
            "freq_label": t(FREQUENCIES.get(freq, freq)),
            "method": first.method if first else "",
            "demand_class": t(DEMAND_CLASSES.get(first.demand_class, first.demand_class))
            if first
            else "",
            "made_at": ctx.tr.date(first.created_at) if first else "",
            "history_periods": len(history),
            "left_out": product.discontinued
            or not product.active
            or product.type != ProductType.STOCKABLE,
            "chart": _chart(ctx, history, rows, freq) if len(history) or rows else None,
            "points": [
                {
                    "label": _period_label(ctx.tr, r.ds, freq),
                    "yhat": _dec(ctx.tr, r.yhat),
                    "band80": f"{_dec(ctx.tr, r.yhat_lo_80)} – {_dec(ctx.tr, r.yhat_hi_80)}",
                    "band95": f"{_dec(ctx.tr, r.yhat_lo_95)} – {_dec(ctx.tr, r.yhat_hi_95)}",
                }
                for r in rows
            ],
            "total": _dec(ctx.tr, sum(r.yhat for r in rows)) if rows else "",
            "policy": _policy(ctx, plan) if plan else [],
            "as_of": as_of.isoformat(),
            "as_of_label": ctx.tr.date(as_of),
            "run": _run_form(ctx, product_id, freq, as_of),
        }
        if first is not None:
            acc = _accuracy(rows, history)
            values["accuracy"] = {
                "rmse": _dec(ctx.tr, acc.rmse, 2),
                "vs_naive": _dec(ctx.tr, acc.vs_naive, 2),
                "from_backtest": acc.from_backtest,
                "better": acc.vs_naive is not None and acc.vs_naive < 1,
            }
    return ctx.render(
        "forecast_product.html",
        status=status,
        error=error,
        notice=_done_notice(ctx),
        can_buy=ctx.may("purchasing.read"),
        **values,
    )


# --- Running a forecast ---------------------------------------------------------------------


@router.post("/forecast/run")
async def run_forecast(ctx: WebCtx = page("forecast.write")) -> Response:
    form = await ctx.request.form()
    fields = {k: str(form.get(k) or "") for k in ("freq", "horizon", "as_of", "product_id")}
    return await run_in_threadpool(_run, ctx, fields)


def _run(ctx: WebCtx, fields: dict[str, str]) -> Response:
    raw_product = fields["product_id"].strip()
    product_id = int(raw_product) if raw_product.isdigit() else None
    try:
        freq = fields["freq"].strip().upper() or "W"
        if freq not in FREQUENCIES:
            raise InvalidInput("freq", f"{fields['freq']!r} is not one of W, M")
        raw_horizon = fields["horizon"].strip() or str(DEFAULT_HORIZON[freq])
        if not raw_horizon.isdigit() or not 1 <= int(raw_horizon) <= MAX_HORIZON:
            raise InvalidInput("horizon", f"{raw_horizon!r} is not a whole number 1-{MAX_HORIZON}")
        with ctx.work() as s:
            as_of = _parse_day(fields["as_of"], "as_of") or default_as_of(s)
            forecast_from_books(s, int(raw_horizon), freq, (80, 95), today=as_of)
    except DomainError as exc:
        if exc.status == 404:
            raise
        message = exc.message
        if product_id is not None:
            return _render_product(ctx, product_id, error=message, status=exc.status)
        return _render_list(ctx, error=message, status=exc.status)
    target = f"/forecast/products/{product_id}" if product_id is not None else "/forecast"
    return RedirectResponse(f"{target}?done=forecast", status_code=303)


# --- Replenishment --------------------------------------------------------------------------


def _line_view(ctx: WebCtx, line: ProductPlan, product: Product | None) -> dict[str, Any]:
    t, tr = ctx.tr.gettext, ctx.tr
    value = line.proposed_qty * line.unit_price if line.unit_price is not None else None
    why = t(
        "class {abc}{xyz}, service {service}: {demand}/day over {lead} days of lead time, "
        "safety stock {safety}; at or below the reorder point, order up to {up_to} "
        "(EOQ {eoq}, packs of {pack}, minimum {moq})",
        abc=line.abc,
        xyz=line.xyz,
        service=tr.percent(Decimal(str(line.service_level))),
        demand=_dec(tr, line.demand_per_day, 2),
        lead=_dec(tr, line.lead_time_days),
        safety=tr.number(line.safety_stock),
        up_to=tr.number(line.order_up_to),
        eoq=tr.number(line.economic_order_qty),
        pack=tr.number(line.pack_size),
        moq=tr.number(line.min_order_qty),
    )
    return {
        "product_id": line.product_id,
        "label": product_label(ctx.tr, product) if product else f"{line.sku} · {line.name}",
        "on_hand": tr.number(line.on_hand),
        "on_order": tr.number(line.on_order),
        "reserved": tr.number(line.reserved),
        "position": tr.number(line.position),
        "reorder_point": tr.number(line.reorder_point),
        "quantity": tr.number(line.proposed_qty),
        "value": tr.money(value) if value is not None else "",
        "why": why,
        "explanation": line.explanation,
    }


def _left_out(ctx: WebCtx, session: Session, plans: list[ProductPlan]) -> list[dict[str, Any]]:
    """The dashboard's products below their reorder level that get no proposal, and why."""
    rows = replenish.left_out(session, plans)
    products = {
        p.id: p
        for p in session.scalars(
            select(Product).where(Product.id.in_([r.product_id for r in rows]))
        )
    }
    tr = ctx.tr
    return [
        {
            "product_id": r.product_id,
            "label": product_label(tr, products[r.product_id]),
            "on_hand": tr.number(r.on_hand),
            "on_order": tr.number(r.on_order),
            "reorder_level": tr.number(r.reorder_level),
            "reason": r.reason,
            "why": tr.gettext(
                replenish.LEFT_OUT_REASONS[r.reason],
                **{k: tr.number(v) for k, v in r.figures.items()},
            ),
        }
        for r in rows
    ]


@router.get("/replenishment")
def replenishment(ctx: WebCtx = page("forecast.read")) -> Response:
    return _render_replenishment(ctx)


def _render_replenishment(ctx: WebCtx, error: str | None = None, status: int = 200) -> Response:
    params = ctx.request.query_params
    created_numbers = [n for n in params.get("created", "").split(",") if n.strip()]
    with ctx.work() as s:
        as_of = _as_of(ctx, s, params.get("as_of"))
        plans = replenish.plan(s, as_of)
        proposed = replenish.group(plans)
        ids = [ln.product_id for proposal in proposed for ln in proposal.lines]
        products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_(ids)))}
        groups = []
        for proposal in proposed:
            priced = [ln.proposed_qty * ln.unit_price for ln in proposal.lines if ln.unit_price]
            groups.append(
                {
                    "supplier_id": proposal.supplier_id,
                    "supplier": proposal.supplier_name or f"#{proposal.supplier_id}",
                    "lines": [
                        _line_view(ctx, ln, products.get(ln.product_id)) for ln in proposal.lines
                    ],
                    "total": ctx.tr.money(sum(priced, Decimal(0))) if priced else "",
                }
            )
        left_out = _left_out(ctx, s, plans)
        created = [
            {"id": oid, "number": number}
            for oid, number in s.execute(
                select(PurchaseOrder.id, PurchaseOrder.number)
                .where(PurchaseOrder.number.in_(created_numbers))
                .order_by(PurchaseOrder.id)
            )
        ]
    return ctx.render(
        "replenishment.html",
        status=status,
        groups=groups,
        as_of=as_of.isoformat(),
        as_of_label=ctx.tr.date(as_of),
        created=created,
        left_out=left_out,
        nothing_left=params.get("done") == "nothing",
        can_approve=ctx.may("forecast.write"),
        can_buy=ctx.may("purchasing.read"),
        error=error,
    )


@router.post("/replenishment/approve")
async def approve(ctx: WebCtx = page("forecast.write")) -> Response:
    form = await ctx.request.form()
    supplier = str(form.get("supplier_id") or "")
    chosen = [str(v) for v in form.getlist("product_id")]
    as_of = str(form.get("as_of") or "")
    scope = str(form.get("scope") or "")
    return await run_in_threadpool(_approve, ctx, supplier, chosen, as_of, scope)


def _approve(ctx: WebCtx, supplier: str, chosen: list[str], raw_as_of: str, scope: str) -> Response:
    try:
        supplier_ids = None
        product_ids = None
        if scope != "all":
            if not supplier.isdigit():
                raise InvalidInput("supplier_id", "choose the supplier whose lines to approve")
            supplier_ids = {int(supplier)}
            product_ids = {int(v) for v in chosen if v.isdigit()}
            if not product_ids:
                raise InvalidInput("product_id", ctx.tr.gettext("Select at least one line."))
        with ctx.work() as s:
            as_of = _parse_day(raw_as_of, "as_of") or default_as_of(s)
            numbers = replenish.apply(s, as_of, supplier_ids=supplier_ids, product_ids=product_ids)
    except DomainError as exc:
        return _render_replenishment(ctx, error=exc.message, status=exc.status)
    query: dict[str, str] = {"as_of": as_of.isoformat()}
    if numbers:
        query["created"] = ",".join(numbers)
    else:
        query["done"] = "nothing"
    return RedirectResponse("/replenishment?" + urlencode(query), status_code=303)
