"""Searchable pickers: what a partner or product box offers as the person types, found by the
one search rule of each area (erp/<area>/queries.py), with the price a line would get in the
order's currency and a sale's stock beside products."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy.orm import Session

from smarterp.core.errors import DomainError
from smarterp.erp import orders
from smarterp.erp.currency import service as currencies
from smarterp.erp.partners import queries as partner_queries
from smarterp.erp.partners.models import Partner
from smarterp.erp.products import queries as product_queries
from smarterp.erp.products.models import Product, ProductType
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
    customer_id: str = "",
    supplier_id: str = "",
    order_date: str = "",
    currency: str = "",
    ctx: WebCtx = page("products.read"),
) -> Response:
    warehouse = int(warehouse_id) if warehouse_id.isdigit() else None
    partner_id = customer_id if sale else supplier_id
    with ctx.work() as s:
        found = product_queries.pick(s, q[:100], for_sale=sale, limit=SHOWN)
        stock = (
            sales_queries.availability(s, (p.id for p in found), warehouse)
            if sale and ctx.may("stock.read")
            else {}
        )
        terms = _order_terms(s, partner_id, order_date, currency)
        options = []
        for p in found:
            hint = _default_price(s, ctx, p, sale, terms)
            levels = stock.get(p.id)
            if levels is not None:
                hint += " · " + ctx.tr.gettext(
                    "{qty} available", qty=ctx.tr.number(levels.available)
                )
            elif p.type == ProductType.SERVICE:
                hint += " · " + ctx.tr.gettext("Service")
            options.append({"value": p.id, "label": product_label(ctx.tr, p), "hint": hint})
    return ctx.render("picker_options.html", options=options, q=q)


@dataclass(frozen=True)
class _OrderTerms:
    """What the order form being filled says so far: its partner, currency and date."""

    partner_id: int | None
    currency: str
    on: dt.date


def _order_terms(s: Session, partner_id: str, order_date: str, currency: str) -> _OrderTerms:
    # Ids only: anything else (or a number no row could have) is no partner chosen yet.
    chosen = partner_id.isdigit() and len(partner_id) < 10
    partner = s.get(Partner, int(partner_id)) if chosen else None
    try:
        on = dt.date.fromisoformat(order_date)
    except ValueError:
        on = dt.date.today()
    try:
        code = orders.order_currency(s, currency or None, partner.currency if partner else None)
    except DomainError:
        code = currencies.company_currency(s)
    return _OrderTerms(partner.id if partner else None, code, on)


def _default_price(s: Session, ctx: WebCtx, p: Product, sale: bool, terms: _OrderTerms) -> str:
    """The price a line for `p` gets when none is typed, in the order's currency; with no rate
    for that day yet (the order itself will be refused), the price in the company currency."""
    if not sale and terms.partner_id is None:
        return ctx.tr.money(p.cost)  # what a purchase line gets from a supplier not chosen yet
    supplier_id = None if sale else terms.partner_id
    try:
        return ctx.tr.money(
            orders.default_unit_price(s, p, terms.currency, terms.on, supplier_id), terms.currency
        )
    except DomainError:
        return ctx.tr.money(p.sale_price if sale else p.cost)
