"""Detail pages: each record's fields, lines, related documents, the actions its state and the
reader's role allow, and its history from the audit trail."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.errors import NotFound
from smarterp.erp.accounting.models import Account, Journal, JournalEntry, JournalLine
from smarterp.erp.actions import ActionTable
from smarterp.erp.approvals import service as approvals
from smarterp.erp.approvals.models import ApprovalRequest, DocumentType
from smarterp.erp.currency import service as currencies
from smarterp.erp.inventory import queries as inventory_queries
from smarterp.erp.inventory.models import Location, Shipment, StockMove
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import (
    Invoice,
    InvoiceState,
    Payment,
    PaymentAllocation,
)
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Category, Product
from smarterp.erp.purchasing import queries as purchase_queries
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales import queries as sales_queries
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder
from smarterp.intel.docs import inbox
from smarterp.web import detail_edits
from smarterp.web.history import HistoryRow, history
from smarterp.web.messages import message_table
from smarterp.web.names import category_name, product_label
from smarterp.web.outbox import offer_documents
from smarterp.web.shipping import DELIVERY, RECEIPT, ShipForm, ShipKind, ship_form
from smarterp.web.views import (
    STATE_LABELS,
    Action,
    Cell,
    Field,
    Table,
    date_cell,
    money_cell,
    qty_cell,
    state_cell,
    text_cell,
)

if TYPE_CHECKING:
    from smarterp.web.pages import WebCtx


@dataclass
class DetailView:
    title: str
    kind: str  # what the record is, e.g. "Sales order"
    fields: list[Field]
    state: str | None = None
    subtitle: str | None = None
    tables: list[Table] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    history: list[HistoryRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # A confirmed order's form to deliver (receive) part of it (web.shipping).
    ship_form: ShipForm | None = None


def _get(session: Session, model: Any, record_id: int, what: str) -> Any:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFound(what, record_id)
    return obj


def _partner_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Partner.id, Partner.name).where(Partner.id.in_(ids))).all())


def _products(session: Session, ids: set[int]) -> dict[int, Product]:
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}


def _product_label(ctx: WebCtx, product: Product | None) -> str:
    return "" if product is None else product_label(ctx.tr, product)


def _with_history(
    view: DetailView, session: Session, ctx: WebCtx, entity_type: str, entity_id: int
) -> DetailView:
    # Whoever may read a record may read how it came to be: the trail holds nothing else.
    view.history = history(session, ctx.tr, entity_type, entity_id, STATE_LABELS)
    offer_documents(view, session, ctx, entity_type, entity_id)
    return view


def _t(ctx: WebCtx, text: str, **values: Any) -> str:
    return ctx.tr.gettext(text, **values)


def _state(ctx: WebCtx, value: Any) -> str:
    raw = getattr(value, "value", value)
    return _t(ctx, STATE_LABELS.get(str(raw), str(raw)))


# --- Partners -------------------------------------------------------------------------------


def _partner(session: Session, ctx: WebCtx, partner_id: int, role: str) -> DetailView:
    p: Partner = _get(session, Partner, partner_id, role)
    if (role == "customer" and not p.is_customer) or (role == "supplier" and not p.is_supplier):
        raise NotFound(role, partner_id)
    t, tr = ctx.tr.gettext, ctx.tr
    address = ", ".join(x for x in (p.street, p.postal_code, p.city, p.region) if x)
    view = DetailView(
        title=p.name,
        kind=t("Customer" if role == "customer" else "Supplier"),
        subtitle=p.ref,
        state=None if p.active else "cancelled",
        fields=[
            Field(t("Code"), p.ref or ""),
            Field(t("Contact"), " · ".join(x for x in (p.contact_name, p.job_title) if x)),
            Field(t("Email"), p.email or ""),
            Field(t("Phone"), p.phone or ""),
            Field(t("Address"), address),
            Field(t("Country"), p.country or ""),
            Field(t("Segment"), p.segment or ""),
            Field(t("Tax ID"), p.tax_id or ""),
            Field(t("Payment terms"), t("{days} days", days=p.payment_term_days)),
            Field(
                t("Credit limit"),
                tr.money(p.credit_limit) if p.credit_limit is not None else t("None"),
            ),
        ],
    )
    if role == "customer" and ctx.may("sales.read"):
        orders = sales_queries.recent_orders(session, p.id)
        view.tables.append(_order_table(ctx, t("Recent sales orders"), "sales-orders", orders))
    if role == "supplier" and ctx.may("purchasing.read"):
        pos = purchase_queries.recent_orders(session, p.id)
        view.tables.append(_order_table(ctx, t("Recent purchase orders"), "purchase-orders", pos))
    if ctx.may("invoices.read"):
        open_docs = session.scalars(
            select(Invoice)
            .where(
                Invoice.partner_id == p.id,
                Invoice.state == InvoiceState.POSTED,
                Invoice.amount_residual > 0,
            )
            .order_by(Invoice.due_date)
            .limit(20)
        ).all()
        view.tables.append(_invoice_table(ctx, t("Open invoices and bills"), open_docs))
    if ctx.may("docs.read"):
        docs = inbox.partner_messages(session, p.id)
        view.tables.append(message_table(ctx, session, t("Messages and drafts"), docs))
    detail_edits.partner(view, session, ctx, p, f"{role}s")
    return _with_history(view, session, ctx, "partner", p.id)


def _order_table(ctx: WebCtx, title: str, slug: str, orders: Any) -> Table:
    t, tr = ctx.tr.gettext, ctx.tr
    return Table(
        title,
        [t("Number"), t("Order date"), t("State"), t("Total")],
        [
            [
                text_cell(o.number, f"/{slug}/{o.id}"),
                date_cell(tr, o.order_date),
                state_cell(tr, o.state),
                money_cell(tr, o.amount_total),
            ]
            for o in orders
        ],
        numeric={3},
    )


def invoice_href(inv: Invoice) -> str:
    return f"/{'invoices' if inv.kind.is_customer else 'bills'}/{inv.id}"


def _invoice_table(ctx: WebCtx, title: str, invoices: Any) -> Table:
    t, tr = ctx.tr.gettext, ctx.tr
    return Table(
        title,
        [t("Number"), t("Kind"), t("Date"), t("Due"), t("State"), t("Total"), t("Open")],
        [
            [
                text_cell(i.number or "—", invoice_href(i)),
                text_cell(_state(ctx, i.kind)),
                date_cell(tr, i.invoice_date),
                date_cell(tr, i.due_date),
                state_cell(tr, i.state),
                money_cell(tr, i.amount_total),
                money_cell(tr, i.amount_residual),
            ]
            for i in invoices
        ],
        numeric={5, 6},
    )


def customer(session: Session, ctx: WebCtx, record_id: int) -> DetailView:
    return _partner(session, ctx, record_id, "customer")


def supplier(session: Session, ctx: WebCtx, record_id: int) -> DetailView:
    return _partner(session, ctx, record_id, "supplier")


# --- Products -------------------------------------------------------------------------------


def product(session: Session, ctx: WebCtx, record_id: int) -> DetailView:
    p: Product = _get(session, Product, record_id, "product")
    t, tr = ctx.tr.gettext, ctx.tr
    category = session.get(Category, p.category_id) if p.category_id else None
    view = DetailView(
        title=_product_label(ctx, p),
        kind=t("Product"),
        subtitle=p.name_zh if ctx.tr.language == "en" else p.name,
        state="cancelled" if p.discontinued else None,
        fields=[
            Field(t("SKU"), p.sku),
            Field(t("Name"), p.name),
            Field(t("Chinese name"), p.name_zh or ""),
            Field(t("Category"), category_name(tr, category) if category else ""),
            Field(t("Unit"), p.unit_description or p.uom),
            Field(t("Sale price"), tr.money(p.sale_price)),
            Field(t("Cost"), tr.money(p.cost)),
            Field(
                t("Costing method"),
                t(
                    p.costing_method.value.upper()
                    if p.costing_method.value == "fifo"
                    else "Moving average"
                ),
            ),
            Field(t("Reorder level"), tr.number(p.reorder_level)),
            Field(t("Reorder quantity"), tr.number(p.reorder_quantity)),
        ],
    )
    if ctx.may("stock.read") and p.type.value == "stockable":
        # The same figures as the stock list and the dashboard, in the company's own stock.
        levels = session.execute(
            inventory_queries.stock_levels().where(Product.id == p.id)
        ).one_or_none()
        if levels is not None:
            view.fields += [
                Field(t("On hand"), tr.number(levels.on_hand)),
                Field(t("Reserved"), tr.number(levels.reserved)),
                Field(t("Available"), tr.number(levels.on_hand - levels.reserved)),
                Field(t("On order"), tr.number(levels.on_order)),
            ]
        moves = session.execute(
            select(StockMove, Location.name, Location.kind)
            .join(Location, Location.id == StockMove.to_location_id)
            .where(StockMove.product_id == p.id, StockMove.state == "done")
            .order_by(StockMove.date.desc(), StockMove.id.desc())
            .limit(15)
        ).all()
        view.tables.append(
            Table(
                t("Recent stock moves"),
                [t("Date"), t("Reference"), t("To"), t("Quantity"), t("Value")],
                [
                    [
                        date_cell(tr, m.date),
                        text_cell(m.reference or m.origin_type or ""),
                        text_cell(to_name),
                        qty_cell(tr, m.quantity if to_kind == "internal" else -m.quantity),
                        money_cell(tr, m.value),
                    ]
                    for m, to_name, to_kind in moves
                ],
                numeric={3, 4},
            )
        )
    if ctx.may("forecast.read") and p.type.value == "stockable":
        view.actions.append(
            Action(t("Forecast"), f"/forecast/products/{p.id}", method="get", test_id="forecast")
        )
    if p.supplier_infos and ctx.may("purchasing.read"):
        names = _partner_names(session, {s.supplier_id for s in p.supplier_infos})
        view.tables.append(
            Table(
                t("Suppliers"),
                [t("Supplier"), t("Price"), t("Lead time"), t("Minimum order")],
                [
                    [
                        text_cell(names.get(s.supplier_id, ""), f"/suppliers/{s.supplier_id}"),
                        money_cell(tr, s.price, s.currency),
                        text_cell(t("{days} days", days=s.lead_time_days)),
                        qty_cell(tr, s.min_order_qty),
                    ]
                    for s in p.supplier_infos
                ],
                numeric={1, 3},
            )
        )
    detail_edits.product(view, ctx, p)
    return _with_history(view, session, ctx, "product", p.id)


# --- Orders ---------------------------------------------------------------------------------


def _shipments(session: Session, origin_type: str, origin_id: int) -> list[Shipment]:
    return list(
        session.scalars(
            select(Shipment)
            .where(Shipment.origin_type == origin_type, Shipment.origin_id == origin_id)
            .order_by(Shipment.id)
        )
    )


def _shipment_table(ctx: WebCtx, title: str, shipments: list[Shipment]) -> Table:
    t, tr = ctx.tr.gettext, ctx.tr
    numbers = {s.id: s.number for s in shipments}

    def kind(s: Shipment) -> str:
        # What was left when part went: named after the shipment it is the rest of.
        if s.backorder_of_id is not None:
            return t("Backorder of {number}", number=numbers.get(s.backorder_of_id, ""))
        return t(s.kind.value.replace("_", " ").capitalize())

    return Table(
        title,
        [t("Number"), t("Kind"), t("Scheduled"), t("Done"), t("State")],
        [
            [
                text_cell(s.number),
                text_cell(kind(s)),
                date_cell(tr, s.scheduled_date),
                date_cell(tr, s.done_date),
                state_cell(tr, s.state),
            ]
            for s in shipments
        ],
    )


def _origin_invoices(session: Session, origin_type: str, origin_id: int) -> list[Invoice]:
    return list(
        session.scalars(
            select(Invoice)
            .where(Invoice.origin_type == origin_type, Invoice.origin_id == origin_id)
            .order_by(Invoice.id)
        )
    )


def _offer(
    view: DetailView,
    session: Session,
    ctx: WebCtx,
    table: ActionTable[Any],
    doc: Any,
    base: str,
) -> None:
    """The record's one-click actions from its table, those the reader's role may take: as
    buttons when the record allows them now, disabled with the reason when its state has a
    place for them but they cannot be taken yet; actions of other states are left out."""
    t = ctx.tr.gettext
    for action in table:
        if action.run is None or not ctx.may(action.permission):
            continue
        verdict = table.verdict(session, doc, action.name)
        if not verdict.in_state:
            continue
        view.actions.append(
            Action(
                t(action.label),
                f"{base}/{action.name}",
                primary=action.primary,
                confirm=t(action.confirm) if action.confirm else None,
                test_id=action.name,
                disabled=verdict.reason_in(t) or None,
            )
        )


def _offer_shipping(
    view: DetailView, session: Session, ctx: WebCtx, kind: ShipKind, order: Any
) -> None:
    """The form to deliver (receive) part of the order, when the reader may and it can now."""
    if (
        ctx.may(kind.table[kind.action].permission)
        and kind.table.verdict(session, order, kind.action).allowed
    ):
        view.ship_form = ship_form(session, ctx.tr, kind, order)


def _warehouse_field(session: Session, ctx: WebCtx, warehouse_id: int | None) -> Field:
    """The warehouse an order ships from or receives into: the one it names, or the main one;
    linked to that warehouse's stock per location."""
    wh = inventory_queries.warehouse_or_main(session, warehouse_id)
    href = f"/stock?warehouse={wh.id}" if ctx.may("stock.read") else None
    return Field(_t(ctx, "Warehouse"), f"{wh.code} · {wh.name}", href)


# An approval request's state in words, and the badge it wears (the inbox uses the words too).
APPROVAL_STATES = {"pending": "Waiting", "approved": "Approved", "rejected": "Rejected"}
APPROVAL_BADGES = {"pending": "waiting", "approved": "confirmed", "rejected": "cancelled"}


def rule_reason(ctx: WebCtx, request: ApprovalRequest) -> str | None:
    """A rule's approval request's reason, "rule NAME: note", in the reader's language; None
    for a policy's."""
    if request.rule_id is None:
        return None
    return ctx.tr.gettext("Rule: {reason}", reason=request.reason.removeprefix("rule "))


def _approval(
    view: DetailView, session: Session, ctx: WebCtx, document_type: str, doc: Any
) -> None:
    """A draft an approval policy (or rule) holds shows as "to approve"; one rejected says who
    and why; every request the order raised is listed with who decided and their comment."""
    t = ctx.tr.gettext
    asked = approvals.list_requests(
        session, None, document_type=DocumentType(document_type), document_id=doc.id
    )
    if asked:
        view.tables.append(
            Table(
                t("Approvals"),
                [
                    t("Reason"),
                    t("Approver"),
                    t("Requested by"),
                    t("State"),
                    t("Decided by"),
                    t("Comment"),
                ],
                [
                    [
                        text_cell(rule_reason(ctx, r) or r.reason),
                        text_cell(t(str(r.approver_role))),
                        text_cell(r.requested_by),
                        Cell(
                            t(APPROVAL_STATES[r.state.value]),
                            badge=APPROVAL_BADGES[r.state.value],
                        ),
                        text_cell(r.decided_by),
                        text_cell(r.comment),
                    ]
                    for r in asked
                ],
                phone_cards=True,
            )
        )
    if approvals.pending(session, document_type, doc.id):
        view.state = "to_approve"
        view.fields = [
            replace(f, value=t("To approve"), badge="to_approve")
            if f.badge == doc.state.value
            else f
            for f in view.fields
        ]
        return
    rejected = approvals.last_rejection(session, document_type, doc.id)
    if rejected is not None and doc.state.value in ("draft", "rfq"):
        view.warnings.append(
            t(
                "Approval rejected by {user}: {comment}",
                user=rejected.decided_by or "",
                comment=rejected.comment or "",
            )
        )


def _order_rate(session: Session, ctx: WebCtx, o: SalesOrder | PurchaseOrder) -> list[Field]:
    """An order in another currency: the rate of its order date its prices were set at."""
    if o.currency == currencies.company_currency(session):
        return []
    return [Field(ctx.tr.gettext("Exchange rate"), ctx.tr.number(o.exchange_rate))]


def sales_order(session: Session, ctx: WebCtx, record_id: int) -> DetailView:
    o: SalesOrder = _get(session, SalesOrder, record_id, "sales order")
    t, tr = ctx.tr.gettext, ctx.tr
    customer_name = _partner_names(session, {o.customer_id}).get(o.customer_id, "")
    products = _products(session, {ln.product_id for ln in o.lines})
    view = DetailView(
        title=o.number,
        kind=t("Sales order"),
        subtitle=customer_name,
        state=o.state.value,
        fields=[
            Field(t("Customer"), customer_name, f"/customers/{o.customer_id}"),
            Field(t("Order date"), tr.date(o.order_date)),
            Field(t("Requested date"), tr.date(o.requested_date)),
            Field(t("Customer reference"), o.customer_ref or ""),
            _warehouse_field(session, ctx, o.warehouse_id),
            Field(t("State"), _state(ctx, o.state), badge=o.state.value),
            Field(t("Untaxed"), tr.money(o.amount_untaxed, o.currency)),
            Field(t("Tax"), tr.money(o.amount_tax, o.currency)),
            Field(t("Total"), tr.money(o.amount_total, o.currency)),
            *_order_rate(session, ctx, o),
        ],
    )
    view.tables.append(
        Table(
            t("Lines"),
            [
                t("Product"),
                t("Quantity"),
                t("Delivered"),
                t("Invoiced"),
                t("Unit price"),
                t("Discount"),
                t("Subtotal"),
            ],
            [
                [
                    text_cell(
                        _product_label(ctx, products.get(ln.product_id)),
                        f"/products/{ln.product_id}",
                    ),
                    qty_cell(tr, ln.quantity),
                    qty_cell(tr, ln.qty_delivered),
                    qty_cell(tr, ln.qty_invoiced),
                    money_cell(tr, ln.unit_price, o.currency),
                    Cell(tr.percent(ln.discount), numeric=True),
                    money_cell(tr, ln.subtotal, o.currency),
                ]
                for ln in o.lines
            ],
            numeric={1, 2, 3, 4, 5, 6},
            footer=[
                Cell(t("Total")),
                *[Cell("")] * 5,
                money_cell(tr, o.amount_untaxed, o.currency),
            ],
        )
    )
    shipments = _shipments(session, sales.ORDER, o.id)
    if shipments:
        view.tables.append(_shipment_table(ctx, t("Deliveries"), shipments))
    invoices = _origin_invoices(session, sales.ORDER, o.id)
    if invoices and ctx.may("invoices.read"):
        view.tables.append(_invoice_table(ctx, t("Invoices"), invoices))
    if ctx.may("docs.read"):
        docs = inbox.order_messages(session, o.number, o.id)
        view.tables.append(message_table(ctx, session, t("Messages"), docs))
    _approval(view, session, ctx, sales.ORDER, o)
    _offer(view, session, ctx, sales.ACTIONS, o, f"/sales-orders/{o.id}")
    detail_edits.draft(view, session, ctx, sales.ACTIONS, o, f"/sales-orders/{o.id}")
    detail_edits.quotation_stock(view, session, ctx, o)
    _offer_shipping(view, session, ctx, DELIVERY, o)
    return _with_history(view, session, ctx, "sales_order", o.id)


def purchase_order(session: Session, ctx: WebCtx, record_id: int) -> DetailView:
    o: PurchaseOrder = _get(session, PurchaseOrder, record_id, "purchase order")
    t, tr = ctx.tr.gettext, ctx.tr
    supplier_name = _partner_names(session, {o.supplier_id}).get(o.supplier_id, "")
    products = _products(session, {ln.product_id for ln in o.lines})
    view = DetailView(
        title=o.number,
        kind=t("Purchase order"),
        subtitle=supplier_name,
        state=o.state.value,
        fields=[
            Field(t("Supplier"), supplier_name, f"/suppliers/{o.supplier_id}"),
            Field(t("Order date"), tr.date(o.order_date)),
            Field(t("Expected date"), tr.date(o.expected_date)),
            Field(t("Supplier reference"), o.supplier_ref or ""),
            _warehouse_field(session, ctx, o.warehouse_id),
            Field(t("State"), _state(ctx, o.state), badge=o.state.value),
            Field(t("Untaxed"), tr.money(o.amount_untaxed, o.currency)),
            Field(t("Tax"), tr.money(o.amount_tax, o.currency)),
            Field(t("Total"), tr.money(o.amount_total, o.currency)),
            *_order_rate(session, ctx, o),
        ],
    )
    view.tables.append(
        Table(
            t("Lines"),
            [
                t("Product"),
                t("Quantity"),
                t("Received"),
                t("Billed"),
                t("Unit price"),
                t("Subtotal"),
            ],
            [
                [
                    text_cell(
                        _product_label(ctx, products.get(ln.product_id)),
                        f"/products/{ln.product_id}",
                    ),
                    qty_cell(tr, ln.quantity),
                    qty_cell(tr, ln.qty_received),
                    qty_cell(tr, ln.qty_billed),
                    money_cell(tr, ln.unit_price, o.currency),
                    money_cell(tr, ln.subtotal, o.currency),
                ]
                for ln in o.lines
            ],
            numeric={1, 2, 3, 4, 5},
            footer=[
                Cell(t("Total")),
                *[Cell("")] * 4,
                money_cell(tr, o.amount_untaxed, o.currency),
            ],
        )
    )
    shipments = _shipments(session, purchasing.ORDER, o.id)
    if shipments:
        view.tables.append(_shipment_table(ctx, t("Receipts"), shipments))
    bills = _origin_invoices(session, purchasing.ORDER, o.id)
    if bills and ctx.may("invoices.read"):
        view.tables.append(_invoice_table(ctx, t("Bills"), bills))
        for bill in bills:
            view.warnings += _duplicate_warnings(session, ctx, bill)
    _approval(view, session, ctx, purchasing.ORDER, o)
    _offer(view, session, ctx, purchasing.ACTIONS, o, f"/purchase-orders/{o.id}")
    detail_edits.draft(view, session, ctx, purchasing.ACTIONS, o, f"/purchase-orders/{o.id}")
    _offer_shipping(view, session, ctx, RECEIPT, o)
    if ctx.may("docs.read"):
        docs = inbox.order_messages(session, o.number)
        view.tables.append(message_table(ctx, session, t("Messages"), docs))
    return _with_history(view, session, ctx, "purchase_order", o.id)


# --- Invoices and payments ------------------------------------------------------------------


def _duplicate_warnings(session: Session, ctx: WebCtx, bill: Invoice) -> list[str]:
    """The warning a vendor bill carries while it may repeat another (the invoicing rule)."""
    if bill.state not in (InvoiceState.POSTED, InvoiceState.PAID):
        return []
    label = ctx.tr.gettext("Possible duplicate bill")
    prefix = "possible duplicate: "
    return [
        f"{bill.number}: {label}: {w.removeprefix(prefix)}"
        for w in invoicing.bill_warnings(session, bill)
    ]


def invoice(session: Session, ctx: WebCtx, record_id: int) -> DetailView:
    inv: Invoice = _get(session, Invoice, record_id, "invoice")
    t, tr = ctx.tr.gettext, ctx.tr
    partner_slug = "customers" if inv.kind.is_customer else "suppliers"
    partner_name = _partner_names(session, {inv.partner_id}).get(inv.partner_id, "")
    view = DetailView(
        title=inv.number or t("Draft"),
        kind=_state(ctx, inv.kind),
        subtitle=partner_name,
        state=inv.state.value,
        fields=[
            Field(t("Partner"), partner_name, f"/{partner_slug}/{inv.partner_id}"),
            Field(t("Date"), tr.date(inv.invoice_date)),
            Field(t("Due"), tr.date(inv.due_date)),
            Field(t("Reference"), inv.partner_ref or ""),
            Field(t("State"), _state(ctx, inv.state), badge=inv.state.value),
            Field(t("Untaxed"), tr.money(inv.amount_untaxed, inv.currency)),
            Field(t("Tax"), tr.money(inv.amount_tax, inv.currency)),
            Field(t("Total"), tr.money(inv.amount_total, inv.currency)),
            Field(t("Open"), tr.money(inv.amount_residual, inv.currency)),
        ],
    )
    view.warnings = _duplicate_warnings(session, ctx, inv)
    if inv.currency != currencies.company_currency(session):
        # What the books hold for it: the company currency at the invoice's rate.
        view.fields += [
            Field(t("Exchange rate"), tr.number(inv.exchange_rate)),
            Field(t("Total booked"), tr.money(inv.amount_total_company)),
            Field(t("Open as booked"), tr.money(inv.amount_residual_company)),
        ]
    if inv.origin_type in (sales.ORDER, purchasing.ORDER) and inv.origin_id:
        origin: SalesOrder | PurchaseOrder | None
        if inv.origin_type == sales.ORDER:
            origin, slug = session.get(SalesOrder, inv.origin_id), "sales-orders"
        else:
            origin, slug = session.get(PurchaseOrder, inv.origin_id), "purchase-orders"
        if origin is not None:
            view.fields.append(Field(t("Order"), origin.number, f"/{slug}/{origin.id}"))
    view.tables.append(
        Table(
            t("Lines"),
            [
                t("Description"),
                t("Quantity"),
                t("Unit price"),
                t("Discount"),
                t("Tax"),
                t("Subtotal"),
            ],
            [
                [
                    text_cell(
                        ln.description, f"/products/{ln.product_id}" if ln.product_id else None
                    ),
                    qty_cell(tr, ln.quantity),
                    money_cell(tr, ln.unit_price, inv.currency),
                    Cell(tr.percent(ln.discount), numeric=True),
                    money_cell(tr, ln.tax_amount, inv.currency),
                    money_cell(tr, ln.subtotal, inv.currency),
                ]
                for ln in inv.lines
            ],
            numeric={1, 2, 3, 4, 5},
        )
    )
    allocations = session.execute(
        select(PaymentAllocation, Payment.number)
        .outerjoin(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(PaymentAllocation.invoice_id == inv.id)
        .order_by(PaymentAllocation.date)
    ).all()
    if allocations:
        view.tables.append(
            Table(
                t("Payments"),
                [t("Payment"), t("Date"), t("Amount")],
                [
                    [
                        text_cell(
                            number or t("Credit note"),
                            f"/payments/{a.payment_id}" if a.payment_id else None,
                        ),
                        date_cell(tr, a.date),
                        money_cell(tr, a.amount, inv.currency),
                    ]
                    for a, number in allocations
                ],
                numeric={2},
            )
        )
    pay = invoicing.ACTIONS["pay"]
    if ctx.may(pay.permission) and invoicing.ACTIONS.verdict(session, inv, pay.name).allowed:
        view.actions.append(
            Action(
                t(pay.label),
                f"/payments/new?invoice_id={inv.id}",
                method="get",
                primary=True,
                test_id="pay",
            )
        )
    # Post a draft, cancel: buttons from the table, or disabled with the reason why not.
    _offer(view, session, ctx, invoicing.ACTIONS, inv, invoice_href(inv))
    return _with_history(view, session, ctx, "invoice", inv.id)


def payment(session: Session, ctx: WebCtx, record_id: int) -> DetailView:
    pay: Payment = _get(session, Payment, record_id, "payment")
    t, tr = ctx.tr.gettext, ctx.tr
    partner_name = _partner_names(session, {pay.partner_id}).get(pay.partner_id, "")
    slug = "customers" if pay.partner_role == "customer" else "suppliers"
    view = DetailView(
        title=pay.number,
        kind=t("Payment"),
        subtitle=partner_name,
        state=pay.state.value,
        fields=[
            Field(t("Partner"), partner_name, f"/{slug}/{pay.partner_id}"),
            Field(t("Direction"), _state(ctx, pay.direction)),
            Field(t("Date"), tr.date(pay.date)),
            Field(t("Method"), t(pay.method.title())),
            Field(t("Reference"), pay.reference or ""),
            Field(t("Amount"), tr.money(pay.amount, pay.currency)),
            Field(t("Unallocated"), tr.money(pay.unallocated, pay.currency)),
        ],
    )
    if pay.currency != currencies.company_currency(session):
        view.fields += [
            Field(t("Exchange rate"), tr.number(pay.exchange_rate)),
            Field(t("Amount booked"), tr.money(pay.amount_company)),
        ]
    allocations = session.execute(
        select(PaymentAllocation, Invoice)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .where(PaymentAllocation.payment_id == pay.id)
        .order_by(PaymentAllocation.id)
    ).all()
    view.tables.append(
        Table(
            t("Settled invoices"),
            [t("Invoice"), t("Date"), t("Amount"), t("Exchange gain or loss")],
            [
                [
                    text_cell(inv.number, invoice_href(inv)),
                    date_cell(tr, a.date),
                    money_cell(tr, a.amount, pay.currency),
                    money_cell(tr, a.exchange_difference),
                ]
                for a, inv in allocations
            ],
            numeric={2, 3},
        )
    )
    return _with_history(view, session, ctx, "payment", pay.id)


def journal_entry(session: Session, ctx: WebCtx, record_id: int) -> DetailView:
    entry: JournalEntry = _get(session, JournalEntry, record_id, "journal entry")
    t, tr = ctx.tr.gettext, ctx.tr
    journal = session.get(Journal, entry.journal_id)
    lines = session.execute(
        select(JournalLine, Account)
        .join(Account, Account.id == JournalLine.account_id)
        .where(JournalLine.entry_id == entry.id)
        .order_by(JournalLine.id)
    ).all()
    partners = _partner_names(session, {ln.partner_id for ln, _ in lines if ln.partner_id})
    total_debit = sum((ln.debit for ln, _ in lines), Decimal(0))
    total_credit = sum((ln.credit for ln, _ in lines), Decimal(0))

    def account_name(acc: Account) -> str:
        name = acc.name_zh if tr.language == "zh" and acc.name_zh else acc.name
        return f"{acc.code} {name}"

    view = DetailView(
        title=entry.number or t("Draft"),
        kind=t("Journal entry"),
        subtitle=entry.ref,
        state=entry.state.value,
        fields=[
            Field(t("Date"), tr.date(entry.date)),
            Field(
                t("Journal"),
                (
                    journal.name_zh
                    if tr.language == "zh" and journal and journal.name_zh
                    else journal.name
                )
                if journal
                else "",
            ),
            Field(t("Reference"), entry.ref or ""),
            Field(t("Source"), f"{entry.source_type or ''} {entry.source_id or ''}".strip()),
            Field(t("Created by"), entry.created_by or ""),
        ],
    )
    view.tables.append(
        Table(
            t("Lines"),
            [t("Account"), t("Partner"), t("Description"), t("Debit"), t("Credit")],
            [
                [
                    text_cell(account_name(acc)),
                    text_cell(partners.get(ln.partner_id, "") if ln.partner_id else ""),
                    text_cell(ln.description),
                    money_cell(tr, ln.debit),
                    money_cell(tr, ln.credit),
                ]
                for ln, acc in lines
            ],
            numeric={3, 4},
            footer=[
                Cell(t("Total")),
                Cell(""),
                Cell(""),
                money_cell(tr, total_debit),
                money_cell(tr, total_credit),
            ],
        )
    )
    return _with_history(view, session, ctx, "journal_entry", entry.id)


Builder = Callable[[Session, "WebCtx", int], DetailView]

DETAILS: dict[str, Builder] = {
    "customers": customer,
    "suppliers": supplier,
    "products": product,
    "stock": product,
    "sales-orders": sales_order,
    "purchase-orders": purchase_order,
    "invoices": invoice,
    "bills": invoice,
    "payments": payment,
    "journal-entries": journal_entry,
}
