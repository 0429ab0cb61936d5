"""Creating and moving documents on: sales and purchase orders (create, revise a draft with
each sale line's stock, confirm, deliver or receive, invoice or bill, cancel), invoices and
bills (post, cancel) and payments. Every write calls the same service functions as the API,
in one unit of work recorded as the signed-in user via the web."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.errors import DomainError
from smarterp.erp.actions import Action, ActionTable
from smarterp.erp.approvals import service as approvals
from smarterp.erp.approvals.models import DocumentType
from smarterp.erp.inventory import queries as inventory_queries
from smarterp.erp.invoicing import queries as invoicing_queries
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.service import load_products
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseOrderIn, PurchaseOrderRevision
from smarterp.erp.sales import queries as sales_queries
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesOrderIn, SalesOrderRevision
from smarterp.web import forms
from smarterp.web.details import invoice, purchase_order, sales_order
from smarterp.web.names import product_label
from smarterp.web.pages import WebCtx, WebRoute, page
from smarterp.web.resources import BILLS, INVOICES, PURCHASE_ORDERS, SALES_ORDERS, Resource

router = APIRouter(route_class=WebRoute)
BLANK_LINES = 3


def _product_labels(session: Session, ctx: WebCtx, lines: list[dict[str, str]]) -> dict[str, str]:
    """How the products the form's lines name read in their pickers, by id as typed."""
    ids = [int(ln["product_id"]) for ln in lines if ln.get("product_id", "").isdigit()]
    return {str(pid): product_label(ctx.tr, p) for pid, p in load_products(session, ids).items()}


def _partner_label(session: Session, raw: str) -> str:
    partner = session.get(Partner, int(raw)) if raw.isdigit() else None
    return partner.name if partner is not None else ""


# --- Order forms ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderForm:
    slug: str
    title: str
    permission: str
    partner_field: str
    partner_label: str
    role: str  # "customer" or "supplier": who the partners to choose from are
    extra_date: str
    extra_date_label: str
    ref_field: str
    ref_label: str
    schema: type[SalesOrderIn] | type[PurchaseOrderIn]
    create: Callable[[Session, Any], Any]
    for_sale: bool
    revision: type[SalesOrderRevision] | type[PurchaseOrderRevision]
    revise: Callable[[Session, int, Any], Any]
    get: Callable[[Session, int], Any]
    actions: ActionTable[Any]
    detail: Callable[..., Any]
    resource: Resource

    @property
    def fields(self) -> tuple[str, ...]:
        return (
            self.partner_field,
            "order_date",
            self.extra_date,
            self.ref_field,
            "warehouse_id",
            "notes",
        )


SALES_FORM = OrderForm(
    slug="sales-orders",
    title="New sales order",
    permission="sales.write",
    partner_field="customer_id",
    partner_label="Customer",
    role="customer",
    extra_date="requested_date",
    extra_date_label="Requested date",
    ref_field="customer_ref",
    ref_label="Customer reference",
    schema=SalesOrderIn,
    create=sales.create_order,
    for_sale=True,
    revision=SalesOrderRevision,
    revise=sales.revise_order,
    get=sales.get_order,
    actions=sales.ACTIONS,
    detail=sales_order,
    resource=SALES_ORDERS,
)
PURCHASE_FORM = OrderForm(
    slug="purchase-orders",
    title="New purchase order",
    permission="purchasing.write",
    partner_field="supplier_id",
    partner_label="Supplier",
    role="supplier",
    extra_date="expected_date",
    extra_date_label="Expected date",
    ref_field="supplier_ref",
    ref_label="Supplier reference",
    schema=PurchaseOrderIn,
    create=purchasing.create_rfq,
    for_sale=False,
    revision=PurchaseOrderRevision,
    revise=purchasing.revise_rfq,
    get=purchasing.get_order,
    actions=purchasing.ACTIONS,
    detail=purchase_order,
    resource=PURCHASE_ORDERS,
)


def _render_order_form(
    ctx: WebCtx,
    spec: OrderForm,
    state: forms.FormState,
    status: int = 200,
    order: Any = None,
) -> Response:
    """The new-order form, or with `order` the form that revises that draft."""
    with ctx.work() as s:
        warehouses = [(w.id, f"{w.code} · {w.name}") for w in inventory_queries.warehouses(s)]
        if not state.values.get("warehouse_id") and warehouses:
            # A new order ships from (or receives into) the company's main warehouse unless
            # the person picks another.
            state.values["warehouse_id"] = str(warehouses[0][0])
        partner_label = _partner_label(s, state.values.get(spec.partner_field, ""))
        product_labels = _product_labels(s, ctx, state.lines)
        stock = _line_stock(s, ctx, spec, state)
    return ctx.render(
        "order_form.html",
        status=status,
        spec=spec,
        form=state,
        order=order,
        partner_label=partner_label,
        product_labels=product_labels,
        stock=stock,
        warehouses=warehouses,
    )


def _line_stock(
    session: Session, ctx: WebCtx, spec: OrderForm, state: forms.FormState
) -> dict[int, dict[str, Any]]:
    """For a sale, per row of the form: the stock of its product where the order ships from."""
    if not spec.for_sale or not ctx.may("stock.read"):
        return {}
    raw_wh = state.values.get("warehouse_id", "")
    ids = [int(ln["product_id"]) for ln in state.lines if ln.get("product_id", "").isdigit()]
    levels = sales_queries.availability(session, ids, int(raw_wh) if raw_wh.isdigit() else None)
    out = {}
    for row, ln in enumerate(state.lines):
        found = levels.get(int(ln["product_id"])) if ln.get("product_id", "").isdigit() else None
        if found is not None:
            out[row] = _stock_view(found, forms.decimal_or_none(ln.get("quantity", "")))
    return out


def _stock_view(levels: sales_queries.Availability, wanted: Decimal | None) -> dict[str, Any]:
    short = wanted - max(levels.available, Decimal(0)) if wanted else None
    return {"levels": levels, "short": short if short is not None and short > 0 else None}


def _blank_form(spec: OrderForm) -> forms.FormState:
    values = dict.fromkeys(spec.fields, "")
    values["order_date"] = dt.date.today().isoformat()
    lines = [forms.blank_line() for _ in range(BLANK_LINES)]
    return forms.FormState(values=values, lines=lines)


def _new_order_page(spec: OrderForm) -> Callable[..., Response]:
    def handler(ctx: WebCtx = page(spec.permission)) -> Response:
        state = _blank_form(spec)
        partner = ctx.request.query_params.get(spec.partner_field, "")
        if partner.isdigit():
            state.values[spec.partner_field] = partner
        return _render_order_form(ctx, spec, state)

    handler.__name__ = f"new_{spec.slug.replace('-', '_')}"
    return handler


def _line_row(spec: OrderForm) -> Callable[..., Response]:
    def handler(i: int = 0, ctx: WebCtx = page(spec.permission)) -> Response:
        state = forms.FormState(values={}, lines=[])
        return ctx.render(
            "order_line.html",
            spec=spec,
            form=state,
            product_labels={},
            stock={},
            row=max(0, min(i, 500)),
            line=forms.blank_line(),
        )

    handler.__name__ = f"line_{spec.slug.replace('-', '_')}"
    return handler


def _create_order(spec: OrderForm) -> Callable[..., Any]:
    async def handler(ctx: WebCtx = page(spec.permission)) -> Response:
        form = await ctx.request.form()
        state = forms.read_form(form, spec.fields)
        return await _run(ctx, spec, state)

    handler.__name__ = f"create_{spec.slug.replace('-', '_')}"
    return handler


async def _run(ctx: WebCtx, spec: OrderForm, state: forms.FormState) -> Response:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_save_order, ctx, spec, state)


def _save_order(ctx: WebCtx, spec: OrderForm, state: forms.FormState) -> Response:
    lines = forms.filled_lines(state, ctx.tr)
    data: dict[str, Any] = {
        spec.partner_field: state.values[spec.partner_field] or None,
        "order_date": state.values["order_date"] or None,
        "lines": lines,
    }
    for optional in (spec.extra_date, spec.ref_field, "warehouse_id", "notes"):
        if state.values.get(optional):
            data[optional] = state.values[optional]
    order_id: int | None = None
    try:
        cmd = spec.schema.model_validate(data)
    except ValidationError as exc:
        forms.add_validation_errors(state, exc, ctx.tr)
        cmd = None
    if not lines:
        state.errors.setdefault("lines", ctx.tr.gettext("Add at least one line"))
    if cmd is not None and not state.errors:
        try:
            with ctx.work() as s:
                order_id = spec.create(s, cmd).id
        except DomainError as exc:
            forms.add_domain_error(state, exc)
    if order_id is None or state.errors:
        forms.surface(state, set(spec.fields) | {"lines"})
        # Show at least the blank rows again so the person can carry on typing.
        while len(state.lines) < BLANK_LINES:
            state.lines.append(forms.blank_line())
        return _render_order_form(ctx, spec, state, status=422)
    return RedirectResponse(f"/{spec.slug}/{order_id}?done=created", status_code=303)


# --- Revising a draft ------------------------------------------------------------------------


def _draft_form(order: Any, spec: OrderForm) -> forms.FormState:
    """The form filled in from a draft as it is saved: its terms, its lines, its version."""
    values = {name: "" for name in spec.fields}
    for name in spec.fields:
        value = getattr(order, name, None)
        values[name] = "" if value is None else str(value)
    values["version"] = str(order.version)
    lines = [
        {
            "id": str(ln.id),
            "product_id": str(ln.product_id),
            "quantity": _plain(ln.quantity),
            "unit_price": _plain(ln.unit_price),
            "discount": _plain(ln.discount * 100) if getattr(ln, "discount", 0) else "",
        }
        for ln in order.lines
    ]
    return forms.FormState(values=values, lines=lines)


def _plain(value: Decimal) -> str:
    """A stored figure as a person would type it: 3, 2.5, 18 (not 3.000, 18.0000)."""
    text = format(value.normalize(), "f")
    return text


def _refused(ctx: WebCtx, spec: OrderForm, order_id: int, status: int, message: str) -> Response:
    """The order's page again, unchanged, saying why it cannot be edited now."""
    with ctx.work() as s:
        view = spec.detail(s, ctx, order_id)
        return ctx.render(
            "detail.html", status=status, view=view, resource=spec.resource, error=message
        )


def _edit_order_page(spec: OrderForm) -> Callable[..., Response]:
    def handler(record_id: int, ctx: WebCtx = page(spec.permission)) -> Response:
        with ctx.work() as s:
            order = spec.get(s, record_id)
            verdict = spec.actions.verdict(s, order, "edit")
            state = _draft_form(order, spec)
            shown = {"id": record_id, "number": order.number, "currency": order.currency}
        if not verdict.allowed:
            return _refused(ctx, spec, record_id, 409, verdict.reason_in(ctx.tr.gettext))
        return _render_order_form(ctx, spec, state, order=shown)

    handler.__name__ = f"edit_{spec.slug.replace('-', '_')}"
    return handler


def _save_draft(spec: OrderForm) -> Callable[..., Any]:
    async def handler(record_id: int, ctx: WebCtx = page(spec.permission)) -> Response:
        from starlette.concurrency import run_in_threadpool

        form = await ctx.request.form()
        state = forms.read_form(form, (*spec.fields, "version"))
        return await run_in_threadpool(_revise, ctx, spec, record_id, state)

    handler.__name__ = f"save_{spec.slug.replace('-', '_')}"
    return handler


def _revise(ctx: WebCtx, spec: OrderForm, order_id: int, state: forms.FormState) -> Response:
    lines = forms.filled_lines(state, ctx.tr)
    data: dict[str, Any] = {
        "version": state.values["version"] or None,
        spec.partner_field: state.values[spec.partner_field] or None,
        "order_date": state.values["order_date"] or None,
        "lines": lines,
    }
    for optional in (spec.extra_date, spec.ref_field, "warehouse_id", "notes"):
        if state.values.get(optional):
            data[optional] = state.values[optional]
    with ctx.work() as s:
        draft = spec.get(s, order_id)
        shown = {"id": order_id, "number": draft.number, "currency": draft.currency}
    saved = False
    try:
        cmd = spec.revision.model_validate(data)
    except ValidationError as exc:
        forms.add_validation_errors(state, exc, ctx.tr)
        cmd = None
    if not lines:
        state.errors.setdefault("lines", ctx.tr.gettext("Add at least one line"))
    if cmd is not None and not state.errors:
        try:
            with ctx.work() as s:
                spec.revise(s, order_id, cmd)
            saved = True
        except DomainError as exc:
            if exc.code == "illegal_state":
                return _refused(ctx, spec, order_id, exc.status, exc.message)
            forms.show_refusal(state, exc, ctx.tr)
    if not saved:
        forms.surface(state, set(spec.fields) | {"lines", "version"})
        return _render_order_form(ctx, spec, state, status=422, order=shown)
    return RedirectResponse(f"/{spec.slug}/{order_id}?done=created", status_code=303)


@router.get("/sales-orders/availability")
def line_availability(
    product_id: str = "",
    quantity: str = "",
    warehouse_id: str = "",
    row: int = 0,
    ctx: WebCtx = page("stock.read"),
) -> Response:
    """A sale's line: what its product has on hand, reserved and available where the order
    ships from, and how much of the quantity would have to wait."""
    with ctx.work() as s:
        found = (
            sales_queries.availability(
                s, [int(product_id)], int(warehouse_id) if warehouse_id.isdigit() else None
            ).get(int(product_id))
            if product_id.isdigit()
            else None
        )
    view = _stock_view(found, forms.decimal_or_none(quantity)) if found is not None else None
    return ctx.render("order_stock.html", stock=view, row=max(0, min(row, 500)))


for _spec in (SALES_FORM, PURCHASE_FORM):
    router.add_api_route(f"/{_spec.slug}/new", _new_order_page(_spec), methods=["GET"])
    router.add_api_route(f"/{_spec.slug}/new/line", _line_row(_spec), methods=["GET"])
    router.add_api_route(f"/{_spec.slug}/new", _create_order(_spec), methods=["POST"])
    router.add_api_route(
        f"/{_spec.slug}/{{record_id:int}}/edit", _edit_order_page(_spec), methods=["GET"]
    )
    router.add_api_route(
        f"/{_spec.slug}/{{record_id:int}}/edit", _save_draft(_spec), methods=["POST"]
    )


# --- Actions on an order --------------------------------------------------------------------


# The documents an approval can hold back as they are confirmed.
APPROVABLE = frozenset(d.value for d in DocumentType)


def _today() -> dt.date:
    return dt.date.today()


def _held(session: Session, action: Action[Any], order: Any) -> bool:
    """Whether a confirm left the order waiting for approval (a policy or rule held it)."""
    table = getattr(order, "__tablename__", None)
    if action.name != "confirm" or table not in APPROVABLE:
        return False
    return bool(approvals.pending(session, table, order.id))


def _action(
    resource: Resource, action: Action[Any], detail: Callable[..., Any]
) -> Callable[..., Response]:
    slug = resource.slug
    run = action.run
    assert run is not None  # only one-click actions become routes

    def handler(record_id: int, ctx: WebCtx = page(action.permission)) -> Response:
        try:
            with ctx.work() as s:
                result = run(s, record_id, _today(), "cancelled on the web")
                done = "to_approve" if _held(s, action, result) else action.name
        except DomainError as exc:
            if exc.status == 404:
                raise
            # Show the document again, unchanged, with the reason it could not be done.
            ctx.require(resource.permission)
            with ctx.work() as s:
                view = detail(s, ctx, record_id)
                return ctx.render(
                    "detail.html",
                    status=exc.status,
                    view=view,
                    resource=resource,
                    error=exc.message,
                )
        return RedirectResponse(f"/{slug}/{record_id}?done={done}", status_code=303)

    handler.__name__ = f"{slug.replace('-', '_')}_{action.name}"
    return handler


# Every one-click action of an order's or an invoice's table is a button on its page and a
# route here.
for _resource, _table, _detail in (
    (SALES_ORDERS, sales.ACTIONS, sales_order),
    (PURCHASE_ORDERS, purchasing.ACTIONS, purchase_order),
    (INVOICES, invoicing.ACTIONS, invoice),
    (BILLS, invoicing.ACTIONS, invoice),
):
    for _act in _table:
        if _act.run is not None:
            router.add_api_route(
                f"/{_resource.slug}/{{record_id:int}}/{_act.name}",
                _action(_resource, _act, _detail),
                methods=["POST"],
            )


# --- Payments -------------------------------------------------------------------------------

PAYMENT_FIELDS = (
    "partner_id",
    "partner_role",
    "direction",
    "amount",
    "date",
    "method",
    "reference",
    "invoice_id",
)


def _open_invoices(session: Session) -> list[Invoice]:
    return invoicing_queries.payable_invoices(session, limit=300)


def _render_payment_form(ctx: WebCtx, state: forms.FormState, status: int = 200) -> Response:
    with ctx.work() as s:
        invoices = _open_invoices(s)
        ids = {inv.partner_id for inv in invoices}
        names = dict(s.execute(select(Partner.id, Partner.name).where(Partner.id.in_(ids))).all())
        open_docs = [
            (inv.id, " · ".join((inv.number or "", names.get(inv.partner_id, ""), owed)))
            for inv in invoices
            for owed in [ctx.tr.money(inv.amount_residual, inv.currency)]
        ]
        partner_label = _partner_label(s, state.values.get("partner_id", ""))
    return ctx.render(
        "payment_form.html",
        status=status,
        form=state,
        partner_label=partner_label,
        invoices=open_docs,
    )


@router.get("/payments/new")
def new_payment(invoice_id: int | None = None, ctx: WebCtx = page("payments.write")) -> Response:
    values = dict.fromkeys(PAYMENT_FIELDS, "")
    values.update(
        date=_today().isoformat(), method="bank", partner_role="customer", direction="inbound"
    )
    if invoice_id is not None:
        with ctx.work() as s:
            inv = invoicing.get_invoice(s, invoice_id)
            customer = inv.kind.is_customer
            refund = inv.kind.is_refund
            values.update(
                partner_id=str(inv.partner_id),
                partner_role="customer" if customer else "supplier",
                # Money comes in for customer invoices and supplier refunds.
                direction="inbound" if customer != refund else "outbound",
                amount=str(inv.amount_residual),
                reference=inv.number or "",
                invoice_id=str(inv.id),
            )
    return _render_payment_form(ctx, forms.FormState(values=values, lines=[]))


@router.post("/payments/new")
async def create_payment(ctx: WebCtx = page("payments.write")) -> Response:
    from starlette.concurrency import run_in_threadpool

    form = await ctx.request.form()
    state = forms.read_form(form, PAYMENT_FIELDS)
    return await run_in_threadpool(_save_payment, ctx, state)


def _save_payment(ctx: WebCtx, state: forms.FormState) -> Response:
    v = state.values
    data: dict[str, Any] = {
        "partner_id": v["partner_id"] or None,
        "partner_role": v["partner_role"],
        "direction": v["direction"],
        "amount": (v["amount"] or "").replace(",", "") or None,
        "date": v["date"] or None,
        "method": v["method"] or "bank",
        "reference": v["reference"] or None,
    }
    if v["invoice_id"]:
        data["invoice_ids"] = [v["invoice_id"]]
    payment_id: int | None = None
    try:
        cmd = PaymentIn.model_validate(data)
    except ValidationError as exc:
        forms.add_validation_errors(state, exc, ctx.tr)
        cmd = None
    if cmd is not None:
        try:
            with ctx.work() as s:
                payment_id = invoicing.register_payment(s, cmd).id
        except DomainError as exc:
            forms.add_domain_error(state, exc)
    if payment_id is None:
        # The service names the invoices it settles "invoice_ids"; the form calls it invoice_id.
        if "invoice_ids" in state.errors:
            state.errors["invoice_id"] = state.errors.pop("invoice_ids")
        for key in [k for k in state.errors if k.startswith("invoice_ids")]:
            state.errors["invoice_id"] = state.errors.pop(key)
        forms.surface(state, set(PAYMENT_FIELDS))
        return _render_payment_form(ctx, state, status=422)
    return RedirectResponse(f"/payments/{payment_id}?done=paid", status_code=303)
