"""What detail pages offer for editing: an Edit link where the record may be changed now (a
draft order's comes from its action table), a company's contacts and addresses, and on a
quotation the products it asks more of than its warehouse has available, said before it is
confirmed."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from smarterp.erp.actions import ActionTable
from smarterp.erp.partners import queries as partner_queries
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.sales import queries as sales_queries
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.web.names import product_label
from smarterp.web.views import Action, Table, text_cell

if TYPE_CHECKING:
    from smarterp.web.details import DetailView
    from smarterp.web.pages import WebCtx

ADDRESS_TYPES = {
    "contact": "Contact person",
    "invoice": "Invoice address",
    "delivery": "Delivery address",
    "other": "Other address",
}


def _edit(ctx: WebCtx, url: str) -> Action:
    return Action(ctx.tr.gettext("Edit"), url, method="get", test_id="edit")


def partner(view: DetailView, session: Session, ctx: WebCtx, p: Partner, slug: str) -> None:
    """A customer's or supplier's Edit link, and its contacts and addresses."""
    t = ctx.tr.gettext
    if ctx.may("partners.write"):
        view.actions.append(_edit(ctx, f"/{slug}/{p.id}/edit"))
    rows = [
        [
            text_cell(c.name, f"/{slug}/{p.id}/contacts/{c.id}"),
            text_cell(t(ADDRESS_TYPES.get(c.address_type or "", "Contact person"))),
            text_cell(" · ".join(x for x in (c.job_title, c.email, c.phone) if x)),
            text_cell(", ".join(x for x in (c.street, c.postal_code, c.city, c.country) if x)),
        ]
        for c in partner_queries.contacts(session, p.id)
        if c.active
    ]
    if rows:
        view.tables.insert(
            0,
            Table(
                t("Contacts and addresses"),
                [t("Name"), t("Type"), t("Contact"), t("Address")],
                rows,
            ),
        )


def product(view: DetailView, ctx: WebCtx, p: Product) -> None:
    if ctx.may("products.write"):
        view.actions.append(_edit(ctx, f"/products/{p.id}/edit"))


def draft(
    view: DetailView, session: Session, ctx: WebCtx, table: ActionTable[Any], order: Any, base: str
) -> None:
    """An order's Edit link while its action table allows editing it."""
    action = table["edit"]
    if ctx.may(action.permission) and table.verdict(session, order, "edit").allowed:
        view.actions.insert(0, _edit(ctx, f"{base}/edit"))


def quotation_stock(view: DetailView, session: Session, ctx: WebCtx, order: SalesOrder) -> None:
    """On a quotation, each product it asks more of than is available where it ships from:
    a warning on the page, and the Confirm button asks before confirming."""
    if order.state != SalesState.DRAFT or not ctx.may("stock.read"):
        return
    tr = ctx.tr
    shorts = sales_queries.shortfalls(session, order)
    for short in shorts:
        view.warnings.append(
            tr.gettext(
                "{product}: {ordered} ordered, {available} available ({on_hand} on hand, "
                "{reserved} reserved). Confirming reserves what is there; the other {short} "
                "waits on the delivery as a backorder.",
                product=product_label(tr, short.product),
                ordered=tr.number(short.ordered),
                available=tr.number(short.stock.available),
                on_hand=tr.number(short.stock.on_hand),
                reserved=tr.number(short.stock.reserved),
                short=tr.number(short.short),
            )
        )
    if not shorts:
        return
    question = " ".join(
        tr.gettext(
            "Only {available} of {ordered} {product} available.",
            available=tr.number(max(s.stock.available, Decimal(0))),
            ordered=tr.number(s.ordered),
            product=product_label(tr, s.product),
        )
        for s in shorts
    )
    question += " " + tr.gettext("Confirm anyway and leave the rest on a backorder?")
    view.actions = [
        replace(a, confirm=question) if a.test_id == "confirm" else a for a in view.actions
    ]
