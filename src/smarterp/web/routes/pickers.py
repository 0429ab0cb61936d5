"""Searchable pickers: what a partner or product box offers as the person types, found by the
one search rule of each area (erp/<area>/queries.py), with a sale's stock beside products."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from smarterp.erp.partners import queries as partner_queries
from smarterp.erp.products import queries as product_queries
from smarterp.erp.products.models import ProductType
from smarterp.erp.sales import queries as sales_queries
from smarterp.web.names import product_label
from smarterp.web.pages import WebCtx, WebRoute, page

router = APIRouter(route_class=WebRoute)
# What the person typed in the picker's text box (named so it is never read as a form field).
Typed = Annotated[str, Query(alias="picker_text", max_length=200)]
# What a picker shows at once: enough to choose from, few enough to read on a phone.
SHOWN = 12
ROLES = ("customer", "supplier")


@router.get("/pick/partners")
def pick_partners(q: Typed = "", role: str = "", ctx: WebCtx = page("partners.read")) -> Response:
    with ctx.work() as s:
        found = partner_queries.pick(s, q[:100], role if role in ROLES else None, SHOWN)
        options = [
            {
                "value": p.id,
                "label": p.name,
                "hint": " · ".join(x for x in (p.ref, p.city, p.country) if x),
            }
            for p in found
        ]
    return ctx.render("picker_options.html", options=options, q=q)


@router.get("/pick/products")
def pick_products(
    q: Typed = "",
    sale: bool = True,
    warehouse_id: str = "",
    ctx: WebCtx = page("products.read"),
) -> Response:
    warehouse = int(warehouse_id) if warehouse_id.isdigit() else None
    with ctx.work() as s:
        found = product_queries.pick(s, q[:100], for_sale=sale, limit=SHOWN)
        stock = (
            sales_queries.availability(s, (p.id for p in found), warehouse)
            if sale and ctx.may("stock.read")
            else {}
        )
        options = []
        for p in found:
            price = ctx.tr.money(p.sale_price if sale else p.cost)
            hint = price
            levels = stock.get(p.id)
            if levels is not None:
                hint += " · " + ctx.tr.gettext(
                    "{qty} available", qty=ctx.tr.number(levels.available)
                )
            elif p.type == ProductType.SERVICE:
                hint += " · " + ctx.tr.gettext("Service")
            options.append({"value": p.id, "label": product_label(ctx.tr, p), "hint": hint})
    return ctx.render("picker_options.html", options=options, q=q)
