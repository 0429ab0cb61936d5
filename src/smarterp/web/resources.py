"""The lists of the web app: for each kind of record, its query, search, filters and columns.
The books' lists read through their area's queries (erp/<area>/queries.py), so a search here
finds what the same words find in the API and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Row, Select, and_, extract, func, select
from sqlalchemy.orm import Session, aliased

from smarterp.core.search import any_contains
from smarterp.erp.accounting.models import EntryState, Journal, JournalEntry, JournalLine
from smarterp.erp.inventory import queries as inventory_queries
from smarterp.erp.invoicing.models import (
    Invoice,
    InvoiceKind,
    InvoiceState,
    Payment,
    PaymentDirection,
)
from smarterp.erp.partners import queries as partner_queries
from smarterp.erp.partners.models import Partner
from smarterp.erp.products import queries as product_queries
from smarterp.erp.products.models import Category, Product, ProductType
from smarterp.erp.purchasing import queries as purchase_queries
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.sales import queries as sales_queries
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.web.i18n import Translator
from smarterp.web.names import localized, product_name
from smarterp.web.views import (
    STATE_LABELS,
    Cell,
    date_cell,
    money_cell,
    qty_cell,
    state_cell,
    text_cell,
)

PAGE_SIZE = 25
# A select of an entity plus any extra columns (a partner's name, a sum...).
Query: TypeAlias = "Select[*tuple[Any, ...]]"


@dataclass(frozen=True)
class Column:
    label: str
    cell: Callable[[Translator, Row[Any]], Cell]
    numeric: bool = False
    # What a click on the header sorts by: an expression of the list's query, so that the
    # URL only ever names a column (`?sort=-total`), never SQL.
    sort: Any = None
    # The cell as a spreadsheet keeps it (an amount as a number, a date as a date); the text
    # on the screen when None.
    value: Callable[[Row[Any]], Any] | None = None
    # An amount that the list adds up (all pages, per group too), in the row's currency.
    total: Any = None

    @property
    def key(self) -> str:
        """The column's name in a URL (`order_date`)."""
        return self.label.lower().replace(" ", "_")


Options: TypeAlias = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Group:
    """A way to group a list (by customer, state, month): `by` are expressions of the
    query; `title` words one group's key values."""

    name: str
    label: str
    by: Callable[[], tuple[Any, ...]]
    title: Callable[[Translator, tuple[Any, ...]], str]
    newest_first: bool = False


@dataclass(frozen=True)
class Filter:
    """A drop-down above a list: `options` are (value, English label); `choices`, when given,
    reads them from the books instead (warehouses, say)."""

    name: str
    label: str
    options: Options
    apply: Callable[[Query, str], Query]
    choices: Callable[[Session], Options] | None = None

    def options_in(self, session: Session) -> Options:
        return self.choices(session) if self.choices is not None else self.options


@dataclass(frozen=True)
class Resource:
    slug: str
    title: str
    permission: str
    query: Callable[[], Query]
    search: Callable[[str], ColumnElement[bool]]
    columns: tuple[Column, ...]
    order: Callable[[], tuple[Any, ...]]
    filters: tuple[Filter, ...] = ()
    date_column: Any = None
    search_hint: str = "Search"
    new: tuple[str, str, str] | None = None  # (path, label, permission)
    # Another view of the list that a chosen filter calls for (stock per location once a
    # warehouse is chosen); same slug, filters and search.
    shape: Callable[[dict[str, str]], Resource] | None = None
    groups: tuple[Group, ...] = ()
    # The currency of the amounts that `Column.total` adds up (None: the company's).
    currency: Any = None

    def href(self, record_id: int) -> str:
        return f"/{self.slug}/{record_id}"

    def shaped(self, chosen: dict[str, str]) -> Resource:
        return self.shape(chosen) if self.shape is not None else self


def _states(enum_cls: Any) -> tuple[tuple[str, str], ...]:
    return tuple((s.value, STATE_LABELS.get(s.value, s.value.title())) for s in enum_cls)


def _state_filter(column: Any, enum_cls: Any) -> Filter:
    return Filter(
        "state", "State", _states(enum_cls), lambda stmt, v: stmt.where(column == enum_cls(v))
    )


def _link(resource_slug: str, text: Any, record_id: int) -> Cell:
    return text_cell(text, f"/{resource_slug}/{record_id}")


def _by_partner(label: str) -> Group:
    # By id as well as name: two customers of the same name are two groups.
    return Group(
        "partner",
        label,
        lambda: (Partner.name, Partner.id),
        lambda tr, key: str(key[0]),
    )


def _by_state(column: Any) -> Group:
    return Group(
        "state",
        "State",
        lambda: (column,),
        lambda tr, key: tr.gettext(STATE_LABELS.get(_raw(key[0]), _raw(key[0]))),
    )


def _by_month(column: Any) -> Group:
    return Group(
        "month",
        "Month",
        lambda: (extract("year", column), extract("month", column)),
        lambda tr, key: tr.month(f"{int(key[0]):04d}-{int(key[1]):02d}"),
        newest_first=True,
    )


def _raw(value: Any) -> str:
    return str(getattr(value, "value", value))


# --- Partners -------------------------------------------------------------------------------


def _active_filter() -> Filter:
    return Filter(
        "active",
        "Status",
        (("yes", "Active"), ("no", "Archived")),
        lambda stmt, v: partner_queries.narrow(stmt, active=v == "yes"),
    )


def _segments(session: Session) -> Options:
    return tuple((name, name) for name in partner_queries.segments(session))


def _segment_filter() -> Filter:
    return Filter(
        "segment",
        "Segment",
        (),
        lambda stmt, v: partner_queries.narrow(stmt, segment=v),
        choices=_segments,
    )


def _by_segment() -> Group:
    return Group(
        "segment",
        "Segment",
        lambda: (Partner.segment,),
        lambda tr, key: str(key[0]) if key[0] else tr.gettext("No segment"),
    )


def _partner_columns(slug: str) -> tuple[Column, ...]:
    segment = (
        (Column("Segment", lambda tr, r: text_cell(r[0].segment), sort=Partner.segment),)
        if slug == "customers"
        else ()
    )
    return (
        Column("Name", lambda tr, r: _link(slug, r[0].name, r[0].id), sort=Partner.name),
        Column("Code", lambda tr, r: text_cell(r[0].ref), sort=Partner.ref),
        *segment,
        Column("Contact", lambda tr, r: text_cell(r[0].contact_name)),
        Column("City", lambda tr, r: text_cell(r[0].city), sort=Partner.city),
        Column("Country", lambda tr, r: text_cell(r[0].country), sort=Partner.country),
        Column("Phone", lambda tr, r: text_cell(r[0].phone)),
    )


CUSTOMERS = Resource(
    slug="customers",
    title="Customers",
    permission="partners.read",
    query=lambda: partner_queries.partners(is_customer=True),
    search=partner_queries.search,
    columns=_partner_columns("customers"),
    order=partner_queries.by_name,
    filters=(_active_filter(), _segment_filter()),
    groups=(_by_segment(),),
    search_hint="Name, code, segment, city, country, contact...",
    new=("/customers/new", "New customer", "partners.write"),
)
SUPPLIERS = Resource(
    slug="suppliers",
    title="Suppliers",
    permission="partners.read",
    query=lambda: partner_queries.partners(is_supplier=True),
    search=partner_queries.search,
    columns=_partner_columns("suppliers"),
    order=partner_queries.by_name,
    filters=(_active_filter(),),
    search_hint="Name, code, city, country, contact...",
    new=("/suppliers/new", "New supplier", "partners.write"),
)

# --- Products and stock ---------------------------------------------------------------------


def _products() -> Query:
    return select(
        Product, Category.name.label("category"), Category.name_zh.label("category_zh")
    ).outerjoin(Category, Category.id == Product.category_id)


def _product_name(tr: Translator, product: Product) -> str:
    return product_name(tr, product)


PRODUCTS = Resource(
    slug="products",
    title="Products",
    permission="products.read",
    query=_products,
    search=product_queries.search,
    columns=(
        Column("SKU", lambda tr, r: _link("products", r[0].sku, r[0].id), sort=Product.sku),
        Column(
            "Name",
            lambda tr, r: _link("products", _product_name(tr, r[0]), r[0].id),
            sort=Product.name,
        ),
        Column(
            "Category",
            lambda tr, r: text_cell(localized(tr, r.category, r.category_zh)),
            sort=Category.name,
        ),
        Column("Unit", lambda tr, r: text_cell(r[0].unit_description or r[0].uom)),
        Column(
            "Sale price",
            lambda tr, r: money_cell(tr, r[0].sale_price),
            numeric=True,
            sort=Product.sale_price,
            value=lambda r: r[0].sale_price,
        ),
        Column(
            "Cost",
            lambda tr, r: money_cell(tr, r[0].cost),
            numeric=True,
            sort=Product.cost,
            value=lambda r: r[0].cost,
        ),
    ),
    order=product_queries.by_sku,
    new=("/products/new", "New product", "products.write"),
    filters=(
        Filter(
            "status",
            "Status",
            (("active", "Active"), ("discontinued", "Discontinued")),
            lambda stmt, v: product_queries.narrow(stmt, discontinued=v == "discontinued"),
        ),
        Filter(
            "type",
            "Type",
            (("stockable", "Stocked"), ("service", "Service")),
            lambda stmt, v: product_queries.narrow(stmt, type=ProductType(v)),
        ),
    ),
    search_hint="SKU or name",
)


def _stock_state(tr: Translator, r: Row[Any]) -> Cell:
    # Per product, a low one whose open purchase orders lift it above its reorder level is
    # on its way rather than to buy (as the dashboard and the replenishment page count it).
    if "uncovered" in r._fields:  # per product: counted as the dashboard counts it
        short = r.uncovered
        return state_cell(tr, "low" if short else "low_on_order" if r.below_reorder else "ok")
    return state_cell(tr, "low" if r.below_reorder else "ok")


def _warehouses(session: Session) -> Options:
    return tuple((str(w.id), f"{w.code} · {w.name}") for w in inventory_queries.warehouses(session))


def _level(stmt: Query, value: str) -> Query:
    """Low per product as the dashboard counts it (on hand, or free plus on order, at or
    below the reorder level); per location, on hand."""
    if "uncovered" not in stmt.selected_columns:
        return inventory_queries.narrow(stmt, low=value == "low")
    if value == "low":
        return inventory_queries.narrow(stmt, short=True)
    cols = stmt.selected_columns
    return stmt.where(cols.below_reorder.is_(False), cols.uncovered.is_(False))


_STOCK_FILTERS = (
    Filter("level", "Level", (("low", "Below reorder level"), ("ok", "In stock")), _level),
    # Choosing a warehouse turns the list into stock per location (STOCK_BY_LOCATION).
    Filter(
        "warehouse",
        "Warehouse",
        (),
        lambda stmt, v: inventory_queries.in_warehouse(stmt, int(v)),
        choices=_warehouses,
    ),
)
_STOCK_COLUMNS = (
    Column("SKU", lambda tr, r: _link("products", r[0].sku, r[0].id), sort=Product.sku),
    Column(
        "Product",
        lambda tr, r: _link("products", _product_name(tr, r[0]), r[0].id),
        sort=Product.name,
    ),
    Column(
        "On hand", lambda tr, r: qty_cell(tr, r.on_hand), numeric=True, value=lambda r: r.on_hand
    ),
    Column(
        "Reserved", lambda tr, r: qty_cell(tr, r.reserved), numeric=True, value=lambda r: r.reserved
    ),
    Column(
        "Available",
        lambda tr, r: qty_cell(tr, r.on_hand - r.reserved),
        numeric=True,
        value=lambda r: r.on_hand - r.reserved,
    ),
    Column(
        "Reorder level",
        lambda tr, r: qty_cell(tr, r[0].reorder_level),
        numeric=True,
        value=lambda r: r[0].reorder_level,
    ),
    Column("Status", _stock_state),
)


def _stock_shape(chosen: dict[str, str]) -> Resource:
    return STOCK_BY_LOCATION if chosen.get("warehouse") else STOCK


STOCK = Resource(
    slug="stock",
    title="Stock",
    permission="stock.read",
    query=inventory_queries.stock_levels,
    search=product_queries.search,
    # Per product (not per location): what suppliers are still to deliver.
    columns=(
        *_STOCK_COLUMNS[:5],
        Column(
            "On order",
            lambda tr, r: qty_cell(tr, r.on_order),
            numeric=True,
            value=lambda r: r.on_order,
        ),
        *_STOCK_COLUMNS[5:],
    ),
    order=inventory_queries.by_sku,
    filters=_STOCK_FILTERS,
    search_hint="SKU or name",
    shape=_stock_shape,
)
STOCK_BY_LOCATION = Resource(
    slug="stock",
    title="Stock",
    permission="stock.read",
    query=inventory_queries.location_levels,
    search=product_queries.search,
    columns=(
        Column("Location", lambda tr, r: text_cell(f"{r.location} · {r.location_name}")),
        *_STOCK_COLUMNS,
    ),
    order=inventory_queries.by_location,
    filters=_STOCK_FILTERS,
    search_hint="SKU or name",
    shape=_stock_shape,
)

# --- Orders ---------------------------------------------------------------------------------


def _sales_orders() -> Query:
    return (
        sales_queries.orders()
        .add_columns(Partner.name.label("partner"))
        .join(Partner, Partner.id == SalesOrder.customer_id)
    )


SALES_ORDERS = Resource(
    slug="sales-orders",
    title="Sales orders",
    permission="sales.read",
    query=_sales_orders,
    search=sales_queries.search,
    columns=(
        Column(
            "Number",
            lambda tr, r: _link("sales-orders", r[0].number, r[0].id),
            sort=SalesOrder.number,
        ),
        Column(
            "Customer",
            lambda tr, r: _link("customers", r.partner, r[0].customer_id),
            sort=Partner.name,
        ),
        Column(
            "Order date",
            lambda tr, r: date_cell(tr, r[0].order_date),
            sort=SalesOrder.order_date,
            value=lambda r: r[0].order_date,
        ),
        Column("State", lambda tr, r: state_cell(tr, r[0].state), sort=SalesOrder.state),
        Column(
            "Total",
            lambda tr, r: money_cell(tr, r[0].amount_total, r[0].currency),
            numeric=True,
            sort=SalesOrder.amount_total,
            value=lambda r: r[0].amount_total,
            total=SalesOrder.amount_total,
        ),
    ),
    groups=(
        _by_partner("Customer"),
        _by_state(SalesOrder.state),
        _by_month(SalesOrder.order_date),
    ),
    currency=SalesOrder.currency,
    order=sales_queries.newest_first,
    filters=(
        Filter(
            "state",
            "State",
            _states(SalesState),
            lambda stmt, v: sales_queries.narrow(stmt, state=SalesState(v)),
        ),
    ),
    date_column=SalesOrder.order_date,
    search_hint="Order number, customer or reference",
    new=("/sales-orders/new", "New sales order", "sales.write"),
)


def _purchase_orders() -> Query:
    return (
        purchase_queries.orders()
        .add_columns(Partner.name.label("partner"))
        .join(Partner, Partner.id == PurchaseOrder.supplier_id)
    )


PURCHASE_ORDERS = Resource(
    slug="purchase-orders",
    title="Purchase orders",
    permission="purchasing.read",
    query=_purchase_orders,
    search=purchase_queries.search,
    columns=(
        Column(
            "Number",
            lambda tr, r: _link("purchase-orders", r[0].number, r[0].id),
            sort=PurchaseOrder.number,
        ),
        Column(
            "Supplier",
            lambda tr, r: _link("suppliers", r.partner, r[0].supplier_id),
            sort=Partner.name,
        ),
        Column(
            "Order date",
            lambda tr, r: date_cell(tr, r[0].order_date),
            sort=PurchaseOrder.order_date,
            value=lambda r: r[0].order_date,
        ),
        Column(
            "Expected",
            lambda tr, r: date_cell(tr, r[0].expected_date),
            sort=PurchaseOrder.expected_date,
            value=lambda r: r[0].expected_date,
        ),
        Column("State", lambda tr, r: state_cell(tr, r[0].state), sort=PurchaseOrder.state),
        Column(
            "Total",
            lambda tr, r: money_cell(tr, r[0].amount_total, r[0].currency),
            numeric=True,
            sort=PurchaseOrder.amount_total,
            value=lambda r: r[0].amount_total,
            total=PurchaseOrder.amount_total,
        ),
    ),
    groups=(
        _by_partner("Supplier"),
        _by_state(PurchaseOrder.state),
        _by_month(PurchaseOrder.order_date),
    ),
    currency=PurchaseOrder.currency,
    order=purchase_queries.newest_first,
    filters=(
        Filter(
            "state",
            "State",
            _states(PurchaseState),
            lambda stmt, v: purchase_queries.narrow(stmt, state=PurchaseState(v)),
        ),
    ),
    date_column=PurchaseOrder.order_date,
    search_hint="Order number, supplier or reference",
    new=("/purchase-orders/new", "New purchase order", "purchasing.write"),
)

# --- Invoices, bills, payments --------------------------------------------------------------


def _invoices(kinds: tuple[InvoiceKind, ...]) -> Callable[[], Query]:
    return lambda: (
        select(Invoice, Partner.name.label("partner"))
        .join(Partner, Partner.id == Invoice.partner_id)
        .where(Invoice.kind.in_(kinds))
    )


def _overdue(stmt: Query, value: str) -> Query:
    overdue = and_(
        Invoice.state == InvoiceState.POSTED,
        Invoice.amount_residual > 0,
        Invoice.due_date < date.today(),
    )
    return stmt.where(overdue if value == "yes" else ~overdue)


def _invoice_resource(slug: str, title: str, kinds: tuple[InvoiceKind, ...]) -> Resource:
    partner_slug = "customers" if kinds[0].is_customer else "suppliers"
    return Resource(
        slug=slug,
        title=title,
        permission="invoices.read",
        query=_invoices(kinds),
        search=lambda q: any_contains(q, Invoice.number, Partner.name, Invoice.partner_ref),
        columns=(
            Column(
                "Number",
                lambda tr, r: _link(slug, r[0].number or "—", r[0].id),
                sort=Invoice.number,
            ),
            Column(
                "Partner",
                lambda tr, r: _link(partner_slug, r.partner, r[0].partner_id),
                sort=Partner.name,
            ),
            Column("Kind", lambda tr, r: text_cell(tr.gettext(STATE_LABELS[r[0].kind.value]))),
            Column(
                "Date",
                lambda tr, r: date_cell(tr, r[0].invoice_date),
                sort=Invoice.invoice_date,
                value=lambda r: r[0].invoice_date,
            ),
            Column(
                "Due",
                lambda tr, r: date_cell(tr, r[0].due_date),
                sort=Invoice.due_date,
                value=lambda r: r[0].due_date,
            ),
            Column("State", lambda tr, r: state_cell(tr, r[0].state), sort=Invoice.state),
            # In the document's own currency (€ for an invoice in euros).
            Column(
                "Total",
                lambda tr, r: money_cell(tr, r[0].amount_total, r[0].currency),
                numeric=True,
                sort=Invoice.amount_total,
                value=lambda r: r[0].amount_total,
                total=Invoice.amount_total,
            ),
            Column(
                "Open",
                lambda tr, r: money_cell(tr, r[0].amount_residual, r[0].currency),
                numeric=True,
                sort=Invoice.amount_residual,
                value=lambda r: r[0].amount_residual,
                total=Invoice.amount_residual,
            ),
        ),
        groups=(
            _by_partner("Customer" if kinds[0].is_customer else "Supplier"),
            _by_state(Invoice.state),
            _by_month(Invoice.invoice_date),
        ),
        currency=Invoice.currency,
        order=lambda: (Invoice.invoice_date.desc(), Invoice.id.desc()),
        filters=(
            _state_filter(Invoice.state, InvoiceState),
            Filter("overdue", "Overdue", (("yes", "Overdue"), ("no", "Not overdue")), _overdue),
        ),
        date_column=Invoice.invoice_date,
        search_hint="Number, partner or reference",
    )


INVOICES = _invoice_resource(
    "invoices", "Invoices", (InvoiceKind.OUT_INVOICE, InvoiceKind.OUT_REFUND)
)
BILLS = _invoice_resource("bills", "Bills", (InvoiceKind.IN_INVOICE, InvoiceKind.IN_REFUND))


def _payments() -> Query:
    return select(Payment, Partner.name.label("partner")).join(
        Partner, Partner.id == Payment.partner_id
    )


def _partner_href(role: str, partner_id: int) -> str:
    return f"/{'customers' if role == 'customer' else 'suppliers'}/{partner_id}"


PAYMENTS = Resource(
    slug="payments",
    title="Payments",
    permission="payments.read",
    query=_payments,
    search=lambda q: any_contains(q, Payment.number, Partner.name, Payment.reference),
    columns=(
        Column(
            "Number", lambda tr, r: _link("payments", r[0].number, r[0].id), sort=Payment.number
        ),
        Column(
            "Partner",
            lambda tr, r: text_cell(r.partner, _partner_href(r[0].partner_role, r[0].partner_id)),
            sort=Partner.name,
        ),
        Column(
            "Date",
            lambda tr, r: date_cell(tr, r[0].date),
            sort=Payment.date,
            value=lambda r: r[0].date,
        ),
        Column("Direction", lambda tr, r: state_cell(tr, r[0].direction)),
        Column("Method", lambda tr, r: text_cell(tr.gettext(r[0].method.title()))),
        Column(
            "Amount",
            lambda tr, r: money_cell(tr, r[0].amount, r[0].currency),
            numeric=True,
            sort=Payment.amount,
            value=lambda r: r[0].amount,
        ),
        Column(
            "Unallocated",
            lambda tr, r: money_cell(tr, r[0].unallocated, r[0].currency),
            numeric=True,
            value=lambda r: r[0].unallocated,
        ),
    ),
    order=lambda: (Payment.date.desc(), Payment.id.desc()),
    filters=(
        Filter(
            "direction",
            "Direction",
            (("inbound", "Money in"), ("outbound", "Money out")),
            lambda stmt, v: stmt.where(Payment.direction == PaymentDirection(v)),
        ),
    ),
    date_column=Payment.date,
    search_hint="Number, partner or reference",
    new=("/payments/new", "Register payment", "payments.write"),
)

# --- Journal entries ------------------------------------------------------------------------


def _entries() -> Query:
    totals = (
        select(JournalLine.entry_id, func.sum(JournalLine.debit).label("amount"))
        .group_by(JournalLine.entry_id)
        .subquery()
    )
    journal = aliased(Journal)
    return (
        select(JournalEntry, journal.code.label("journal"), totals.c.amount)
        .join(journal, journal.id == JournalEntry.journal_id)
        .outerjoin(totals, totals.c.entry_id == JournalEntry.id)
    )


JOURNAL_ENTRIES = Resource(
    slug="journal-entries",
    title="Journal entries",
    permission="journal.read",
    query=_entries,
    search=lambda q: any_contains(q, JournalEntry.number, JournalEntry.ref),
    columns=(
        Column(
            "Number",
            lambda tr, r: _link("journal-entries", r[0].number or "—", r[0].id),
            sort=JournalEntry.number,
        ),
        Column(
            "Date",
            lambda tr, r: date_cell(tr, r[0].date),
            sort=JournalEntry.date,
            value=lambda r: r[0].date,
        ),
        Column("Journal", lambda tr, r: text_cell(r.journal)),
        Column("Reference", lambda tr, r: text_cell(r[0].ref)),
        Column("State", lambda tr, r: state_cell(tr, r[0].state)),
        Column(
            "Amount", lambda tr, r: money_cell(tr, r.amount), numeric=True, value=lambda r: r.amount
        ),
    ),
    order=lambda: (JournalEntry.date.desc(), JournalEntry.id.desc()),
    filters=(_state_filter(JournalEntry.state, EntryState),),
    date_column=JournalEntry.date,
    search_hint="Number or reference",
)

RESOURCES = {
    r.slug: r
    for r in (
        CUSTOMERS,
        SUPPLIERS,
        PRODUCTS,
        STOCK,
        SALES_ORDERS,
        PURCHASE_ORDERS,
        INVOICES,
        BILLS,
        PAYMENTS,
        JOURNAL_ENTRIES,
    )
}
