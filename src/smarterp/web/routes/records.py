"""Creating and editing the records orders are made of: customers and suppliers with their
contacts and addresses, and products with their supplier offers. Every save calls the
partner and product use-cases the API and the CLI call; a stale edit is refused saying who
changed what, keeping what the person typed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from smarterp.core.errors import DomainError, NotFound
from smarterp.erp.accounting.models import Tax, TaxScope
from smarterp.erp.partners import queries as partner_queries
from smarterp.erp.partners import service as partners
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.schemas import PartnerIn, PartnerUpdate
from smarterp.erp.products import service as products
from smarterp.erp.products.models import Category, CostingMethod, Product, ProductType
from smarterp.erp.products.schemas import ProductIn, ProductUpdate
from smarterp.web import forms
from smarterp.web.pages import WebCtx, WebRoute, page

router = APIRouter(route_class=WebRoute)

# --- Partners -------------------------------------------------------------------------------

PARTNER_FIELDS = (
    "name",
    "ref",
    "contact_name",
    "job_title",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "segment",
    "tax_id",
    "language",
    "payment_term_days",
    "credit_limit",
    "currency",
    "notes",
)
PARTNER_FLAGS = ("is_customer", "is_supplier", "active")
CONTACT_FIELDS = (
    "name",
    "address_type",
    "job_title",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "notes",
)
ADDRESS_TYPES = (
    ("contact", "Contact person"),
    ("invoice", "Invoice address"),
    ("delivery", "Delivery address"),
    ("other", "Other address"),
)
# Fields asking for a whole number, not a choice: their refusals say so.
WHOLE = frozenset({"payment_term_days", "lead_time_days", "version"})


@dataclass(frozen=True)
class Role:
    """Customers or suppliers: the list a partner is created from and returns to."""

    slug: str
    flag: str  # is_customer / is_supplier
    title: str  # the list's title
    new_title: str


ROLES = {
    "customers": Role("customers", "is_customer", "Customers", "New customer"),
    "suppliers": Role("suppliers", "is_supplier", "Suppliers", "New supplier"),
}


def _blank(names: tuple[str, ...]) -> dict[str, str]:
    return dict.fromkeys(names, "")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def _read_partner(form: Any, names: tuple[str, ...]) -> forms.FormState:
    state = forms.read_form(form, (*names, "version"))
    for flag in PARTNER_FLAGS:
        state.values[flag] = "on" if form.get(flag) else ""
    return state


def _optional(values: dict[str, str], names: tuple[str, ...]) -> dict[str, Any]:
    """The form's fields for a command: what was left blank is None (cleared)."""
    return {name: (values.get(name) or None) for name in names}


def _ref(p: Partner | None) -> dict[str, Any] | None:
    """What the form shows of a saved partner: its id and name."""
    return None if p is None else {"id": p.id, "name": p.name}


def _render_partner(
    ctx: WebCtx,
    role: Role,
    state: forms.FormState,
    *,
    partner: dict[str, Any] | None = None,
    parent: dict[str, Any] | None = None,
    status: int = 200,
) -> Response:
    """The partner form: a company (`parent` None) or a contact or address of `parent`."""
    with ctx.work() as s:
        contacts = (
            partner_queries.contacts(s, partner["id"])
            if partner is not None and parent is None
            else []
        )
        contact_rows = [
            {
                "id": c.id,
                "name": c.name,
                "type": dict(ADDRESS_TYPES).get(c.address_type or "", "Contact person"),
                "detail": " · ".join(
                    x for x in (c.job_title, c.email, c.phone, c.city, c.country) if x
                ),
                "active": c.active,
            }
            for c in contacts
        ]
        segment_choices = partner_queries.segment_suggestions(s)
    return ctx.render(
        "partner_form.html",
        status=status,
        role=role,
        form=state,
        partner=partner,
        parent=parent,
        contacts=contact_rows,
        address_types=ADDRESS_TYPES,
        segments=segment_choices,
    )


def _partner_in_role(session: Session, role: Role, partner_id: int) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None or not getattr(partner, role.flag) or partner.parent_id is not None:
        raise NotFound(role.slug.rstrip("s"), partner_id)
    return partner


def _partner_values(p: Partner, names: tuple[str, ...]) -> dict[str, str]:
    values = {name: _text(getattr(p, name)) for name in names}
    for flag in PARTNER_FLAGS:
        values[flag] = _text(getattr(p, flag))
    values["version"] = str(p.version)
    return values


def _save_partner(
    ctx: WebCtx,
    role: Role,
    state: forms.FormState,
    *,
    partner_id: int | None = None,
    parent_id: int | None = None,
) -> Response:
    """Create or update a company (or, with `parent_id`, one of its contacts) from the form;
    on a refusal the form again with each problem next to its field."""
    contact = parent_id is not None
    names = CONTACT_FIELDS if contact else PARTNER_FIELDS
    data = _optional(state.values, names)
    if not contact:
        data["is_customer"] = bool(state.values["is_customer"])
        data["is_supplier"] = bool(state.values["is_supplier"])
        data["payment_term_days"] = state.values["payment_term_days"] or 30
        data["language"] = state.values["language"] or "en"
        data["credit_limit"] = (state.values["credit_limit"] or "").replace(",", "") or None
    saved_id: int | None = None
    try:
        if partner_id is None:
            if contact:
                data.update(parent_id=parent_id, is_company=False)
            cmd: Any = PartnerIn.model_validate({k: v for k, v in data.items() if v is not None})
        else:
            data.pop("ref", None)  # a partner's code is its key in other systems: kept
            if not contact:
                data["active"] = bool(state.values["active"])
            cmd = PartnerUpdate.model_validate({"version": state.values["version"], **data})
    except ValidationError as exc:
        forms.add_validation_errors(state, exc, ctx.tr, WHOLE)
        cmd = None
    if cmd is not None:
        try:
            with ctx.work() as s:
                if partner_id is None:
                    saved_id = partners.create_partner(s, cmd).id
                else:
                    saved_id = partners.update_partner(s, partner_id, cmd).id
        except DomainError as exc:
            forms.show_refusal(state, exc, ctx.tr)
    if saved_id is None:
        forms.surface(state, {*names, *PARTNER_FLAGS, "version"})
        with ctx.work() as s:
            parent = _ref(_partner_in_role(s, role, parent_id)) if parent_id is not None else None
            partner = _ref(s.get(Partner, partner_id)) if partner_id is not None else None
        return _render_partner(ctx, role, state, partner=partner, parent=parent, status=422)
    target = parent_id if contact else saved_id
    return RedirectResponse(f"/{role.slug}/{target}?done=created", status_code=303)


def _routes_for(role: Role) -> None:
    name = role.slug.replace("-", "_")

    def new_page(ctx: WebCtx = page("partners.write")) -> Response:
        values = _blank((*PARTNER_FIELDS, *PARTNER_FLAGS))
        values.update({role.flag: "on", "active": "on", "language": "en"})
        values["payment_term_days"] = "30"
        return _render_partner(ctx, role, forms.FormState(values=values, lines=[]))

    async def create(ctx: WebCtx = page("partners.write")) -> Response:
        state = _read_partner(await ctx.request.form(), PARTNER_FIELDS)
        return await run_in_threadpool(_save_partner, ctx, role, state)

    def edit_page(record_id: int, ctx: WebCtx = page("partners.write")) -> Response:
        with ctx.work() as s:
            partner = _partner_in_role(s, role, record_id)
            state = forms.FormState(values=_partner_values(partner, PARTNER_FIELDS), lines=[])
            shown = _ref(partner)
        return _render_partner(ctx, role, state, partner=shown)

    async def update(record_id: int, ctx: WebCtx = page("partners.write")) -> Response:
        state = _read_partner(await ctx.request.form(), PARTNER_FIELDS)
        return await run_in_threadpool(_save_partner, ctx, role, state, partner_id=record_id)

    def new_contact_page(record_id: int, ctx: WebCtx = page("partners.write")) -> Response:
        with ctx.work() as s:
            parent = _ref(_partner_in_role(s, role, record_id))
        values = _blank(CONTACT_FIELDS) | {"address_type": "contact", "active": "on"}
        state = forms.FormState(values=values, lines=[])
        return _render_partner(ctx, role, state, parent=parent)

    async def create_contact(record_id: int, ctx: WebCtx = page("partners.write")) -> Response:
        state = _read_partner(await ctx.request.form(), CONTACT_FIELDS)
        return await run_in_threadpool(_save_partner, ctx, role, state, parent_id=record_id)

    def edit_contact_page(
        record_id: int, contact_id: int, ctx: WebCtx = page("partners.write")
    ) -> Response:
        with ctx.work() as s:
            parent = _partner_in_role(s, role, record_id)
            contact = _contact_of(s, parent, contact_id)
            state = forms.FormState(values=_partner_values(contact, CONTACT_FIELDS), lines=[])
            shown, owner = _ref(contact), _ref(parent)
        return _render_partner(ctx, role, state, partner=shown, parent=owner)

    async def update_contact(
        record_id: int, contact_id: int, ctx: WebCtx = page("partners.write")
    ) -> Response:
        form = await ctx.request.form()
        state = _read_partner(form, CONTACT_FIELDS)

        def save() -> Response:
            with ctx.work() as s:
                _contact_of(s, _partner_in_role(s, role, record_id), contact_id)
            return _save_partner(ctx, role, state, partner_id=contact_id, parent_id=record_id)

        return await run_in_threadpool(save)

    base = f"/{role.slug}"
    for path, method, handler, suffix in (
        (f"{base}/new", "GET", new_page, "new"),
        (f"{base}/new", "POST", create, "create"),
        (f"{base}/{{record_id:int}}/edit", "GET", edit_page, "edit"),
        (f"{base}/{{record_id:int}}/edit", "POST", update, "update"),
        (f"{base}/{{record_id:int}}/contacts/new", "GET", new_contact_page, "new_contact"),
        (f"{base}/{{record_id:int}}/contacts/new", "POST", create_contact, "create_contact"),
        (
            f"{base}/{{record_id:int}}/contacts/{{contact_id:int}}",
            "GET",
            edit_contact_page,
            "edit_contact",
        ),
        (
            f"{base}/{{record_id:int}}/contacts/{{contact_id:int}}",
            "POST",
            update_contact,
            "update_contact",
        ),
    ):
        handler.__name__ = f"{name}_{suffix}"
        router.add_api_route(path, handler, methods=[method])


def _contact_of(session: Session, parent: Partner, contact_id: int) -> Partner:
    contact = session.get(Partner, contact_id)
    if contact is None or contact.parent_id != parent.id:
        raise NotFound("contact", contact_id)
    return contact


for _role in ROLES.values():
    _routes_for(_role)


# --- Products -------------------------------------------------------------------------------

PRODUCT_FIELDS = (
    "sku",
    "name",
    "name_zh",
    "category",
    "type",
    "uom",
    "unit_description",
    "sale_price",
    "cost",
    "costing_method",
    "sales_tax_code",
    "purchase_tax_code",
    "reorder_level",
    "reorder_quantity",
)
# What an existing product's form may change (its SKU, type, cost and costing method are
# fixed once it exists: stock and its valuation depend on them).
PRODUCT_EDITABLE = (
    "name",
    "name_zh",
    "category",
    "uom",
    "unit_description",
    "sale_price",
    "sales_tax_code",
    "purchase_tax_code",
    "reorder_level",
    "reorder_quantity",
)
OFFER_FIELDS = ("supplier_id", "price", "lead_time_days", "min_order_qty", "supplier_sku")
NUMBERS = ("sale_price", "cost", "reorder_level", "reorder_quantity")
BLANK_OFFERS = 1


def _read_product(form: Any) -> forms.FormState:
    state = forms.read_form(form, (*PRODUCT_FIELDS, "version"))
    state.values["discontinued"] = "on" if form.get("discontinued") else ""
    state.tables["suppliers"] = forms.read_rows(form, "suppliers", OFFER_FIELDS)
    return state


def _product_choices(session: Session) -> dict[str, Any]:
    """What the product form offers to choose from: categories, taxes, types, methods."""
    categories = list(session.scalars(select(Category.name).order_by(Category.name)))
    taxes = session.execute(select(Tax.code, Tax.name, Tax.scope).order_by(Tax.code)).all()
    return {
        "categories": categories,
        "sales_taxes": [(c, n) for c, n, scope in taxes if scope == TaxScope.SALE],
        "purchase_taxes": [(c, n) for c, n, scope in taxes if scope == TaxScope.PURCHASE],
        "types": [(ProductType.STOCKABLE.value, "Stocked"), (ProductType.SERVICE.value, "Service")],
        "methods": [
            (CostingMethod.AVERAGE.value, "Moving average"),
            (CostingMethod.FIFO.value, "FIFO"),
        ],
    }


def _render_product(
    ctx: WebCtx, state: forms.FormState, product: dict[str, Any] | None, status: int = 200
) -> Response:
    offers = state.tables.setdefault("suppliers", forms.Rows([]))
    while len(offers.rows) < BLANK_OFFERS or all(any(r.values()) for r in offers.rows):
        offers.rows.append(_blank(OFFER_FIELDS))
        if len(offers.rows) > 50:
            break
    with ctx.work() as s:
        choices = _product_choices(s)
        ids = [int(r["supplier_id"]) for r in offers.rows if r["supplier_id"].isdigit()]
        names = (
            dict(s.execute(select(Partner.id, Partner.name).where(Partner.id.in_(ids))).all())
            if ids
            else {}
        )
    return ctx.render(
        "product_form.html",
        status=status,
        form=state,
        product=product,
        offers=offers.rows,
        supplier_names={str(k): v for k, v in names.items()},
        **choices,
    )


def _product_values(p: Product) -> forms.FormState:
    values = {name: _text(getattr(p, name, None)) for name in PRODUCT_FIELDS}
    values["category"] = p.category.name if p.category is not None else ""
    values["type"] = p.type.value
    values["costing_method"] = p.costing_method.value
    values["discontinued"] = _text(p.discontinued)
    values["version"] = str(p.version)
    rows = [
        {
            "supplier_id": str(info.supplier_id),
            "price": _text(info.price),
            "lead_time_days": str(info.lead_time_days),
            "min_order_qty": _text(info.min_order_qty),
            "supplier_sku": info.supplier_sku or "",
        }
        for info in p.supplier_infos
    ]
    state = forms.FormState(values=values, lines=[])
    state.tables["suppliers"] = forms.Rows(rows)
    return state


def _offers(state: forms.FormState) -> list[dict[str, Any]]:
    out = []
    for row in state.tables["suppliers"].filled():
        offer: dict[str, Any] = {"supplier_id": row["supplier_id"] or None, "price": row["price"]}
        for name in ("lead_time_days", "min_order_qty", "supplier_sku"):
            if row[name]:
                offer[name] = row[name].replace(",", "") if name != "supplier_sku" else row[name]
        offer["price"] = (offer["price"] or "").replace(",", "") or None
        out.append(offer)
    return out


def _save_product(ctx: WebCtx, state: forms.FormState, product_id: int | None) -> Response:
    v = state.values
    names = PRODUCT_FIELDS if product_id is None else PRODUCT_EDITABLE
    data: dict[str, Any] = {}
    for name in names:
        raw = v.get(name, "")
        data[name] = raw.replace(",", "") if name in NUMBERS and raw else (raw or None)
    data["suppliers"] = _offers(state)
    saved: int | None = None
    try:
        if product_id is None:
            cmd: Any = ProductIn.model_validate({k: x for k, x in data.items() if x is not None})
        else:
            data["category"] = v.get("category", "")  # blank takes it out of its category
            data["discontinued"] = bool(v.get("discontinued"))
            for name in ("sale_price", "reorder_level", "reorder_quantity", "uom", "name"):
                if data[name] is None:
                    data[name] = ""  # refused by name, not silently kept
            cmd = ProductUpdate.model_validate({"version": v.get("version"), **data})
    except ValidationError as exc:
        forms.add_validation_errors(state, exc, ctx.tr, WHOLE)
        cmd = None
    if cmd is not None:
        try:
            with ctx.work() as s:
                if product_id is None:
                    saved = products.create_product(s, cmd).id
                else:
                    saved = products.update_product(s, product_id, cmd).id
        except DomainError as exc:
            forms.show_refusal(state, exc, ctx.tr)
    if saved is None:
        forms.surface(state, {*PRODUCT_FIELDS, "discontinued", "version", "suppliers"})
        summary = None
        if product_id is not None:
            with ctx.work() as s:
                summary = _summary(products.get_product(s, product_id))
        return _render_product(ctx, state, summary, status=422)
    return RedirectResponse(f"/products/{saved}?done=created", status_code=303)


def _summary(p: Product) -> dict[str, Any]:
    return {"id": p.id, "sku": p.sku, "name": p.name}


@router.get("/products/new")
def new_product(ctx: WebCtx = page("products.write")) -> Response:
    values = _blank(PRODUCT_FIELDS) | {
        "type": "stockable",
        "uom": "unit",
        "costing_method": "average",
        "discontinued": "",
    }
    return _render_product(ctx, forms.FormState(values=values, lines=[]), None)


@router.post("/products/new")
async def create_product(ctx: WebCtx = page("products.write")) -> Response:
    state = _read_product(await ctx.request.form())
    return await run_in_threadpool(_save_product, ctx, state, None)


@router.get("/products/{record_id:int}/edit")
def edit_product(record_id: int, ctx: WebCtx = page("products.write")) -> Response:
    with ctx.work() as s:
        p = products.get_product(s, record_id)
        state, summary = _product_values(p), _summary(p)
    return _render_product(ctx, state, summary)


@router.post("/products/{record_id:int}/edit")
async def update_product(record_id: int, ctx: WebCtx = page("products.write")) -> Response:
    state = _read_product(await ctx.request.form())
    return await run_in_threadpool(_save_product, ctx, state, record_id)


@router.get("/products/offer-row")
def offer_row(i: int = 0, ctx: WebCtx = page("products.write")) -> Response:
    state = forms.FormState(values={}, lines=[])
    return ctx.render(
        "offer_row.html",
        form=state,
        row=max(0, min(i, 200)),
        offer=_blank(OFFER_FIELDS),
        supplier_names={},
    )
