"""Delivering or receiving part of a confirmed order from its page (web.shipping's form): the
quantities typed per line go to the same service functions as the API and the CLI; a refusal
shows the page again with the reason next to the line's field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from smarterp.core.errors import DomainError
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder
from smarterp.web import shipping
from smarterp.web.details import purchase_order, sales_order
from smarterp.web.pages import WebCtx, WebRoute, page
from smarterp.web.resources import PURCHASE_ORDERS, SALES_ORDERS, Resource

router = APIRouter(route_class=WebRoute)


def _handler(
    kind: shipping.ShipKind, model: Any, resource: Resource, detail: Callable[..., Any]
) -> Callable[..., Any]:
    permission = kind.table[kind.action].permission

    async def handler(record_id: int, ctx: WebCtx = page(permission)) -> Response:
        form = await ctx.request.form()
        return await run_in_threadpool(_ship, ctx, record_id, form)

    def _ship(ctx: WebCtx, record_id: int, form: Any) -> Response:
        with ctx.work() as s:
            order = s.get(model, record_id)
            line_ids = [ln.id for ln in order.lines] if order is not None else []
        typed = shipping.read(form, line_ids, ctx.tr)
        error: str | None = None
        status = 422
        done = kind.action
        if not typed.errors:
            try:
                with ctx.work() as s:
                    done = shipping.ship(s, kind, record_id, typed, dt.date.today())
            except DomainError as exc:
                if exc.status == 404:
                    raise
                status = exc.status
                line = shipping.line_of(exc)
                if line is not None and line in typed.raw:
                    typed.errors[line] = exc.message
                else:
                    error = exc.message
        if typed.errors or error:
            # The page again, unchanged, with what was typed and why it could not be done.
            with ctx.work() as s:
                view = detail(s, ctx, record_id)
                order = s.get(model, record_id)
                view.ship_form = shipping.ship_form(s, ctx.tr, kind, order, typed.raw)
                if view.ship_form is not None:
                    view.ship_form.errors = typed.errors
                    view.ship_form.rest = (
                        shipping.REST_BACKORDER if typed.backorder else shipping.REST_CANCEL
                    )
                nothing = ctx.tr.gettext(kind.refused)
                return ctx.render(
                    "detail.html",
                    status=status,
                    view=view,
                    resource=resource,
                    error=f"{nothing} {error}" if error else nothing,
                )
        return RedirectResponse(f"/{kind.slug}/{record_id}?done={done}", status_code=303)

    handler.__name__ = f"{kind.action}_part"
    return handler


router.add_api_route(
    shipping.DELIVERY.url_pattern,
    _handler(shipping.DELIVERY, SalesOrder, SALES_ORDERS, sales_order),
    methods=["POST"],
)
router.add_api_route(
    shipping.RECEIPT.url_pattern,
    _handler(shipping.RECEIPT, PurchaseOrder, PURCHASE_ORDERS, purchase_order),
    methods=["POST"],
)
