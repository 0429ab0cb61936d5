"""Compiles a structured query to one SQLAlchemy Core SELECT over the books' tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    Float,
    Integer,
    Select,
    and_,
    case,
    cast,
    distinct,
    func,
    not_,
    or_,
    select,
    true,
)
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import FromClause

from smarterp.core.errors import InvalidInput
from smarterp.erp.inventory.models import (
    Carrier,
    Location,
    LocationKind,
    Shipment,
    ShipmentKind,
    ShipmentState,
    StockQuant,
    StockValuation,
)
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Category, Product, SupplierInfo
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseOrderLine, PurchaseState
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine, Salesperson, SalesState
from smarterp.intel.semantic.catalogue import CONDITIONS, DIMENSIONS, MEASURES, Kind
from smarterp.intel.semantic.query import MAX_ROWS, Filter, StructuredQuery, TimeRange

Expr = ColumnElement[Any]

# Where each measure can be computed; the first fact is its home.
MEASURE_FACTS: dict[str, tuple[str, ...]] = {
    "revenue": ("sales",),
    "units_sold": ("sales",),
    "orders": ("orders", "sales"),
    "avg_order_value": ("sales",),
    "gross_margin": ("sales",),
    "freight": ("orders",),
    "avg_shipping_days": ("orders",),
    "stock_on_hand": ("products",),
    "stock_value": ("products",),
    "stock_cost": ("products",),
    "list_price": ("products",),
    "reorder_level": ("products",),
    "on_order": ("products",),
    "late_pct": ("orders",),
    "products": ("products", "sales", "purchases"),
    "customers": ("customers", "orders", "sales"),
    "suppliers": ("suppliers", "products", "sales", "purchases"),
    "receivables": ("receivables",),
    "overdue_receivables": ("receivables",),
    "payables": ("payables",),
    "purchase_spend": ("purchases",),
}
# A fact's rows keyed by the entity they concern (for "which X had no activity").
ENTITY_KEYS = {"customer": "customer_id", "product": "product_id", "supplier": "supplier_id"}


@dataclass
class Compiled:
    statement: Select[Any]
    columns: list[str]
    kinds: list[Kind]
    fact: str


@dataclass
class _Builder:
    """Builds the FROM clause of one fact, joining each related table once, on demand."""

    fact: str
    dialect: str
    as_of: date
    joined: dict[str, FromClause] = field(default_factory=dict)
    from_: Any = None

    def __post_init__(self) -> None:
        base = _FACT_BASES[self.fact]
        self.from_ = base(self)

    def t(self, name: str) -> Any:
        if name in self.joined:
            return self.joined[name]
        recipe = _JOINS.get(self.fact, {}).get(name)
        if recipe is None:
            raise InvalidInput("query", f"{name} cannot be reached from {self.fact}")
        target, onclause = recipe(self)
        # The ON clause may join what it depends on first, so build it before joining.
        on = onclause(self, target)
        self.joined[name] = target
        self.from_ = self.from_.outerjoin(target, on)
        return target

    # -- dates -------------------------------------------------------------------------------

    def date_col(self) -> Expr:
        dates = {
            "sales": lambda: self.t("order").c.order_date,
            "orders": lambda: self.t("order").c.order_date,
            "purchases": lambda: self.t("purchase").c.order_date,
            "receivables": lambda: self.t("invoice").c.invoice_date,
            "payables": lambda: self.t("invoice").c.invoice_date,
        }
        if self.fact not in dates:
            raise InvalidInput("time_range", f"{self.fact} has no date to filter by")
        return dates[self.fact]()  # type: ignore[no-any-return,unused-ignore]

    def grain(self, key: str, col: Expr) -> Expr:
        pg = self.dialect == "postgresql"
        if key == "day":
            return col
        if key == "month":
            return func.to_char(col, "YYYY-MM") if pg else func.strftime("%Y-%m", col)
        if key == "week":
            return func.to_char(col, 'IYYY-"W"IW') if pg else func.strftime("%Y-W%W", col)
        if key == "year":
            return (
                cast(func.extract("year", col), Integer)
                if pg
                else cast(func.strftime("%Y", col), Integer)
            )
        if key == "quarter":
            if pg:
                return cast(func.extract("quarter", col), Integer)
            return (cast(func.strftime("%m", col), Integer) + 2) // 3
        raise InvalidInput("dimensions", f"unknown time grain {key}")

    def days_between(self, later: Expr, earlier: Expr) -> Expr:
        if self.dialect == "postgresql":
            return cast(later - earlier, Float)
        return func.julianday(later) - func.julianday(earlier)


# -- facts and their joins ---------------------------------------------------------------------

SO = SalesOrder.__table__
SOL = SalesOrderLine.__table__
LIVE_ORDER_STATES = (SalesState.CONFIRMED.value, SalesState.DONE.value)


def _sales_base(b: _Builder) -> Any:
    line = SOL.alias("line")
    order = SO.alias("sorder")
    b.joined["line"] = line
    b.joined["order"] = order
    return line.join(order, line.c.order_id == order.c.id)


def _orders_base(b: _Builder) -> Any:
    order = SO.alias("sorder")
    b.joined["order"] = order
    return order


def _products_base(b: _Builder) -> Any:
    product = Product.__table__.alias("product")
    b.joined["product"] = product
    return product


def _customers_base(b: _Builder) -> Any:
    customer = Partner.__table__.alias("customer")
    b.joined["customer"] = customer
    return customer


def _suppliers_base(b: _Builder) -> Any:
    supplier = Partner.__table__.alias("supplier")
    b.joined["supplier"] = supplier
    return supplier


def _invoice_base(b: _Builder) -> Any:
    invoice = Invoice.__table__.alias("invoice")
    b.joined["invoice"] = invoice
    return invoice


def _purchases_base(b: _Builder) -> Any:
    line = PurchaseOrderLine.__table__.alias("pline")
    po = PurchaseOrder.__table__.alias("purchase")
    b.joined["pline"] = line
    b.joined["purchase"] = po
    return line.join(po, line.c.order_id == po.c.id)


_FACT_BASES: dict[str, Callable[[_Builder], Any]] = {
    "sales": _sales_base,
    "orders": _orders_base,
    "products": _products_base,
    "customers": _customers_base,
    "suppliers": _suppliers_base,
    "receivables": _invoice_base,
    "payables": _invoice_base,
    "purchases": _purchases_base,
}

_FACT_WHERE: dict[str, Callable[[_Builder], Expr]] = {
    "sales": lambda b: b.t("order").c.state.in_(LIVE_ORDER_STATES),
    "orders": lambda b: b.t("order").c.state.in_(LIVE_ORDER_STATES),
    "products": lambda b: true(),
    "customers": lambda b: b.t("customer").c.is_customer == true(),
    "suppliers": lambda b: b.t("supplier").c.is_supplier == true(),
    "receivables": lambda b: and_(
        b.t("invoice").c.state == InvoiceState.POSTED.value,
        b.t("invoice").c.kind.in_([InvoiceKind.OUT_INVOICE.value, InvoiceKind.OUT_REFUND.value]),
    ),
    "payables": lambda b: and_(
        b.t("invoice").c.state == InvoiceState.POSTED.value,
        b.t("invoice").c.kind.in_([InvoiceKind.IN_INVOICE.value, InvoiceKind.IN_REFUND.value]),
    ),
    "purchases": lambda b: b.t("purchase").c.state.in_(
        [PurchaseState.CONFIRMED.value, PurchaseState.DONE.value]
    ),
}

Recipe = Callable[[_Builder], tuple[Any, Callable[[_Builder, Any], Expr]]]


def _alias(table: Any, name: str, on: Callable[[_Builder, Any], Expr]) -> Recipe:
    return lambda b: (table.alias(name), on)


def _main_supplier() -> Any:
    si = SupplierInfo.__table__
    return (
        select(si.c.product_id, func.min(si.c.supplier_id).label("supplier_id"))
        .group_by(si.c.product_id)
        .subquery("main_supplier")
    )


def _on_hand() -> Any:
    q = StockQuant.__table__
    loc = Location.__table__
    return (
        select(q.c.product_id, func.sum(q.c.quantity).label("quantity"))
        .join(loc, loc.c.id == q.c.location_id)
        .where(loc.c.kind == LocationKind.INTERNAL.value)
        .group_by(q.c.product_id)
        .subquery("on_hand")
    )


def _on_order() -> Any:
    """Per product, what confirmed purchase orders still have to deliver."""
    line = PurchaseOrderLine.__table__
    po = PurchaseOrder.__table__
    return (
        select(line.c.product_id, func.sum(line.c.quantity - line.c.qty_received).label("quantity"))
        .join(po, po.c.id == line.c.order_id)
        .where(po.c.state == PurchaseState.CONFIRMED.value, line.c.quantity > line.c.qty_received)
        .group_by(line.c.product_id)
        .subquery("on_order")
    )


def _shipped() -> Any:
    sh = Shipment.__table__
    return (
        select(sh.c.origin_id.label("order_id"), func.max(sh.c.done_date).label("shipped_date"))
        .where(
            sh.c.origin_type == "sales_order",
            sh.c.kind == ShipmentKind.DELIVERY.value,
            sh.c.state == ShipmentState.DONE.value,
        )
        .group_by(sh.c.origin_id)
        .subquery("shipped")
    )


def _product_joins(product_from: Callable[[_Builder], Expr]) -> dict[str, Recipe]:
    """Joins hanging off a product: category, main supplier, stock on hand, valuation."""
    return {
        "product": _alias(Product.__table__, "product", lambda b, t: t.c.id == product_from(b)),
        "category": _alias(
            Category.__table__, "category", lambda b, t: t.c.id == b.t("product").c.category_id
        ),
        "main_supplier": lambda b: (
            _main_supplier(),
            lambda b2, t: t.c.product_id == b2.t("product").c.id,
        ),
        "supplier": _alias(
            Partner.__table__, "supplier", lambda b, t: t.c.id == b.t("main_supplier").c.supplier_id
        ),
        "on_hand": lambda b: (_on_hand(), lambda b2, t: t.c.product_id == b2.t("product").c.id),
        "on_order": lambda b: (_on_order(), lambda b2, t: t.c.product_id == b2.t("product").c.id),
        "valuation": _alias(
            StockValuation.__table__,
            "valuation",
            lambda b, t: t.c.product_id == b.t("product").c.id,
        ),
    }


def _order_joins() -> dict[str, Recipe]:
    return {
        "customer": _alias(
            Partner.__table__, "customer", lambda b, t: t.c.id == b.t("order").c.customer_id
        ),
        "salesperson": _alias(
            Salesperson.__table__,
            "salesperson",
            lambda b, t: t.c.id == b.t("order").c.salesperson_id,
        ),
        "carrier": _alias(
            Carrier.__table__, "carrier", lambda b, t: t.c.id == b.t("order").c.carrier_id
        ),
        "shipped": lambda b: (_shipped(), lambda b2, t: t.c.order_id == b2.t("order").c.id),
    }


_JOINS: dict[str, dict[str, Recipe]] = {
    "sales": {**_order_joins(), **_product_joins(lambda b: b.t("line").c.product_id)},
    "orders": _order_joins(),
    "products": _product_joins(lambda b: b.t("product").c.id),
    "customers": {},
    "suppliers": {},
    "receivables": {
        "customer": _alias(
            Partner.__table__, "customer", lambda b, t: t.c.id == b.t("invoice").c.partner_id
        ),
    },
    "payables": {
        "supplier": _alias(
            Partner.__table__, "supplier", lambda b, t: t.c.id == b.t("invoice").c.partner_id
        ),
    },
    "purchases": {
        "supplier": _alias(
            Partner.__table__, "supplier", lambda b, t: t.c.id == b.t("purchase").c.supplier_id
        ),
        **{
            k: v
            for k, v in _product_joins(lambda b: b.t("pline").c.product_id).items()
            if k in ("product", "category")
        },
    },
}


# -- dimensions ----------------------------------------------------------------------------------


def _order_ref(b: _Builder) -> Expr:
    """An order's number as people know it: the source system's key when it was imported."""
    order = b.t("order")
    return func.coalesce(order.c.external_ref, order.c.number)


def dimension_expr(b: _Builder, key: str) -> Expr:
    dim = DIMENSIONS.get(key)
    if dim is None:
        raise InvalidInput("dimensions", f"unknown dimension {key!r}")
    if b.fact not in dim.facts:
        raise InvalidInput("dimensions", f"{dim.name_en} does not apply to {b.fact}")
    if dim.is_time:
        return b.grain(key, b.date_col())
    columns: dict[str, Callable[[], Expr]] = {
        "customer": lambda: b.t("customer").c.name,
        "country": lambda: b.t("customer").c.country,
        "city": lambda: b.t("customer").c.city,
        "product": lambda: b.t("product").c.name,
        "category": lambda: b.t("category").c.name,
        "supplier": lambda: b.t("supplier").c.name,
        "supplier_country": lambda: b.t("supplier").c.country,
        "supplier_city": lambda: b.t("supplier").c.city,
        "salesperson": lambda: b.t("salesperson").c.name,
        "carrier": lambda: b.t("carrier").c.name,
        "order": lambda: _order_ref(b),
    }
    return columns[key]()


# -- measures ------------------------------------------------------------------------------------


def _when(cond: Expr | None, value: Expr) -> Expr:
    return value if cond is None else case((cond, value))


def _both(cond: Expr | None, other: Expr) -> Expr:
    return other if cond is None else and_(cond, other)


def measure_expr(b: _Builder, key: str, cond: Expr | None = None) -> Expr:
    """The aggregate for measure `key`, counting only rows where `cond` holds."""
    if key not in MEASURES:
        raise InvalidInput("measures", f"unknown measure {key!r}")
    if b.fact not in MEASURE_FACTS[key]:
        raise InvalidInput("measures", f"{MEASURES[key].name_en} cannot be combined here")
    f = b.fact

    def line_value() -> Expr:
        # The line's stored subtotal in the company currency (exact to the cent), as the
        # sales report and the invoices sum it; recomputing price x quantity x (1 - discount)
        # in SQL would go through floats on SQLite and disagree with the books by a cent.
        return b.t("line").c.subtotal_company

    if key == "revenue":
        return func.sum(_when(cond, line_value()))
    if key == "units_sold":
        return func.sum(_when(cond, b.t("line").c.quantity))
    if key == "orders":
        return func.count(distinct(_when(cond, b.t("order").c.id)))
    if key == "avg_order_value":
        orders = func.count(distinct(_when(cond, b.t("order").c.id)))
        return func.sum(_when(cond, line_value())) / func.nullif(orders, 0)
    if key == "gross_margin":
        cost = b.t("line").c.quantity * b.t("product").c.cost
        return func.sum(_when(cond, line_value() - cost))
    if key == "freight":
        return func.sum(_when(cond, b.t("order").c.shipping_charge))
    if key == "avg_shipping_days":
        shipped = b.t("shipped").c.shipped_date
        days = b.days_between(shipped, b.t("order").c.order_date)
        return func.avg(_when(cond, days))
    if key == "stock_on_hand":
        return func.coalesce(func.sum(_when(cond, b.t("on_hand").c.quantity)), 0)
    if key == "stock_value":
        value = b.t("on_hand").c.quantity * b.t("product").c.sale_price
        return func.coalesce(func.sum(_when(cond, value)), 0)
    if key == "stock_cost":
        return func.coalesce(func.sum(_when(cond, b.t("valuation").c.value)), 0)
    if key == "list_price":
        return func.avg(_when(cond, b.t("product").c.sale_price))
    if key == "on_order":
        return func.coalesce(func.sum(_when(cond, b.t("on_order").c.quantity)), 0)
    if key == "late_pct":
        order = b.t("order")
        shipped = b.t("shipped").c.shipped_date
        late = and_(
            shipped.is_not(None),
            order.c.requested_date.is_not(None),
            shipped > order.c.requested_date,
        )
        late_orders = func.count(distinct(_when(_both(cond, late), order.c.id)))
        shipped_orders = func.count(distinct(_when(_both(cond, shipped.is_not(None)), order.c.id)))
        return late_orders * 100.0 / func.nullif(shipped_orders, 0)
    if key == "suppliers":
        return func.count(distinct(_when(cond, b.t("supplier").c.id)))
    if key == "reorder_level":
        return func.max(_when(cond, b.t("product").c.reorder_level))
    if key == "products":
        return func.count(distinct(_when(cond, b.t("product").c.id)))
    if key == "customers":
        return func.count(distinct(_when(cond, b.t("customer").c.id)))
    if key in ("receivables", "overdue_receivables", "payables"):
        inv = b.t("invoice")
        sign = case(
            (inv.c.kind.in_([InvoiceKind.OUT_REFUND.value, InvoiceKind.IN_REFUND.value]), -1),
            else_=1,
        )
        amount = inv.c.amount_residual_company * sign
        if key == "overdue_receivables":
            amount = case((inv.c.due_date < b.as_of, amount), else_=0)
        return func.coalesce(func.sum(_when(cond, amount)), 0)
    if key == "purchase_spend":
        return func.sum(_when(cond, b.t("pline").c.subtotal_company))
    raise InvalidInput("measures", f"{key} has no formula for {f}")  # pragma: no cover


# -- conditions and filters ----------------------------------------------------------------------


def condition_expr(b: _Builder, key: str) -> Expr:
    if key not in CONDITIONS:
        raise InvalidInput("conditions", f"unknown condition {key!r}")
    if key in ("discontinued", "active_product"):
        flag = b.t("product").c.discontinued == true()
        return flag if key == "discontinued" else not_(flag)
    if b.fact == "products" and key in ("below_reorder", "in_stock", "out_of_stock"):
        on_hand = func.coalesce(b.t("on_hand").c.quantity, 0)
        if key == "below_reorder":
            return on_hand < b.t("product").c.reorder_level
        return on_hand > 0 if key == "in_stock" else on_hand <= 0
    if b.fact in ("orders", "sales") and key == "open_order":
        return b.t("order").c.state == SalesState.CONFIRMED.value
    if b.fact in ("orders", "sales") and key in ("shipped", "unshipped", "late"):
        shipped = b.t("shipped").c.shipped_date
        if key == "shipped":
            return shipped.is_not(None)
        if key == "unshipped":
            return shipped.is_(None)
        requested = b.t("order").c.requested_date
        return and_(shipped.is_not(None), requested.is_not(None), shipped > requested)
    raise InvalidInput("conditions", f"{CONDITIONS[key].name_en} does not apply to {b.fact}")


def filter_expr(b: _Builder, flt: Filter) -> Expr:
    col = dimension_expr(b, flt.dimension)
    dim = DIMENSIONS[flt.dimension]
    values: list[Any] = list(flt.values)
    if dim.kind == "count":
        try:
            values = [int(v) for v in values]
        except ValueError:
            raise InvalidInput("filters", f"{flt.dimension} takes whole numbers") from None
    expr = col.in_(values)
    return not_(expr) if flt.negate else expr


def period_expr(b: _Builder, period: TimeRange) -> Expr:
    col = b.date_col()
    return and_(col >= period.start, col <= period.end)


# -- the query -----------------------------------------------------------------------------------


_DATED_FACTS = ("sales", "orders", "purchases", "receivables", "payables")
# Listings (no measure) read the narrowest fact that holds every term of the query.
_LISTING_FACTS = ("customers", "suppliers", "products", "orders", "sales", "purchases")


def fact_fits(q: StructuredQuery, fact: str) -> bool:
    """Whether every dimension, filter, condition and the period apply to `fact`."""
    keys = [*q.dimensions, *(f.dimension for f in q.filters), *(f.dimension for f in q.share_of)]
    if any(k not in DIMENSIONS or fact not in DIMENSIONS[k].facts for k in keys):
        return False
    if any(c not in CONDITIONS or fact not in CONDITIONS[c].facts for c in q.conditions):
        return False
    periods = q.time_range is not None or any(DIMENSIONS[k].is_time for k in q.dimensions)
    return not (periods and fact not in _DATED_FACTS)


def choose_fact(q: StructuredQuery) -> str:
    """The one fact all the query's measures and terms can be computed over."""
    if q.measures:
        options = [MEASURE_FACTS.get(m) for m in q.measures]
        for m, facts in zip(q.measures, options, strict=True):
            if facts is None:
                raise InvalidInput("measures", f"unknown measure {m!r}")
        for fact in options[0] or ():
            if fact_fits(q, fact) and all(fact in (o or ()) for o in options):
                return fact
        raise InvalidInput("measures", f"{', '.join(q.measures)} cannot be asked together here")
    order = ("sales", "orders") if q.absent else _LISTING_FACTS
    for fact in order:
        if fact_fits(q, fact):
            return fact
    raise InvalidInput("dimensions", "these terms cannot be listed together")


def compile_query(q: StructuredQuery, dialect: str, as_of: date) -> Compiled:
    """One SELECT for `q`; raises InvalidInput naming what cannot be asked."""
    for d in q.dimensions:
        if d not in DIMENSIONS:
            raise InvalidInput("dimensions", f"unknown dimension {d!r}")
    if q.absent:
        return _compile_absent(q, dialect, as_of)
    fact = choose_fact(q)
    b = _Builder(fact, dialect, as_of)
    where: list[Expr] = [_FACT_WHERE[fact](b)]
    where += [filter_expr(b, f) for f in q.filters]
    where += [condition_expr(b, c) for c in q.conditions]
    dims = [dimension_expr(b, d).label(d) for d in q.dimensions]
    columns: list[str] = list(q.dimensions)
    kinds: list[Kind] = [DIMENSIONS[d].kind for d in q.dimensions]
    measures: list[Any] = []
    order_key: Any = None

    if q.compare_to is not None and q.time_range is not None:
        current = period_expr(b, q.time_range)
        previous = period_expr(b, q.compare_to)
        where.append(or_(current, previous))
        for m in q.measures:
            now = measure_expr(b, m, current)
            before = measure_expr(b, m, previous)
            change = func.coalesce(now, 0) - func.coalesce(before, 0)
            pct = change * 100.0 / func.nullif(before, 0)
            kind = MEASURES[m].kind
            if q.growth == "absolute":
                measures += [change.label(f"{m}_change"), now.label(m), before.label(f"{m}_prev")]
                kinds += [kind, kind, kind]
                columns += [f"{m}_change", m, f"{m}_prev"]
            else:
                measures += [pct.label(f"{m}_growth_pct"), now.label(m), before.label(f"{m}_prev")]
                kinds += ["percent", kind, kind]
                columns += [f"{m}_growth_pct", m, f"{m}_prev"]
            order_key = order_key if order_key is not None else measures[0]
    else:
        if q.time_range is not None:
            where.append(period_expr(b, q.time_range))
        part = and_(*[filter_expr(b, f) for f in q.share_of]) if q.share_of else None
        for m in q.measures:
            value = measure_expr(b, m)
            if part is not None:
                share = measure_expr(b, m, part) * 100.0 / func.nullif(value, 0)
                measures.append(share.label(f"{m}_share_pct"))
                kinds.append("percent")
                columns.append(f"{m}_share_pct")
                measures.append(measure_expr(b, m, part).label(m))
            elif q.share_of_total and dims:
                share = value * 100.0 / func.nullif(func.sum(value).over(), 0)
                measures.append(value.label(m))
                measures.append(share.label(f"{m}_share_pct"))
                kinds.append(MEASURES[m].kind)
                columns.append(m)
                kinds.append("percent")
                columns.append(f"{m}_share_pct")
                continue
            else:
                measures.append(value.label(m))
            kinds.append(MEASURES[m].kind)
            columns.append(m)
        if measures:
            order_key = measures[0]

    stmt = select(*dims, *measures).select_from(b.from_).where(*where)
    if dims:
        stmt = stmt.group_by(*[dimension_expr(b, d) for d in q.dimensions])
    if q.having:
        stmt = stmt.having(
            *[_threshold(measure_expr(b, t.measure), t.op, t.value) for t in q.having]
        )
    if q.order and order_key is not None:
        ordering = order_key.desc() if q.order == "desc" else order_key.asc()
        # Ties break by name so answers are stable across databases.
        stmt = stmt.order_by(_nulls_last(ordering), *[d.asc() for d in dims])
    elif dims:
        stmt = stmt.order_by(*[d.asc() for d in dims])
    stmt = stmt.limit(min(q.limit or MAX_ROWS, MAX_ROWS))
    return Compiled(stmt, columns, kinds, fact)


def _threshold(value: Expr, op: str, bound: float) -> Expr:
    compare = {"gt": value > bound, "ge": value >= bound, "lt": value < bound, "le": value <= bound}
    return compare[op]


def _nulls_last(ordering: Any) -> Any:
    return ordering.nulls_last()


# Whose members can be listed as having no activity: the fact listing them, its table.
_ENTITY_FACTS = {"customer": "customers", "product": "products", "supplier": "suppliers"}


def _compile_absent(q: StructuredQuery, dialect: str, as_of: date) -> Compiled:
    """Members of the first dimension with no sales activity matching the other terms.

    Terms that describe the members themselves (a customer's country, a product's category)
    narrow the members; the rest (period, other parties, conditions of orders) describe the
    activity they did not have."""
    key = q.dimensions[0]
    entity = DIMENSIONS[key].entity
    if entity is None or entity not in _ENTITY_FACTS:
        raise InvalidInput("dimensions", f"{key} cannot be listed as having no activity")
    own_fact = _ENTITY_FACTS[entity]
    own_filters = [f for f in q.filters if own_fact in DIMENSIONS[f.dimension].facts]
    activity_filters = [f for f in q.filters if f not in own_filters]
    own_conditions = [c for c in q.conditions if own_fact in CONDITIONS[c].facts]
    activity_conditions = [c for c in q.conditions if c not in own_conditions]

    b = _Builder("sales", dialect, as_of)
    where = [_FACT_WHERE["sales"](b)]
    where += [filter_expr(b, f) for f in activity_filters]
    where += [condition_expr(b, c) for c in activity_conditions]
    if q.time_range is not None:
        where.append(period_expr(b, q.time_range))
    key_cols = {
        "customer": lambda: b.t("order").c.customer_id,
        "product": lambda: b.t("line").c.product_id,
        "supplier": lambda: b.t("main_supplier").c.supplier_id,
    }
    key_col: Any = key_cols[entity]()
    active_ids = select(key_col).select_from(b.from_).where(*where, key_col.is_not(None))

    eb = _Builder(own_fact, dialect, as_of)
    members = eb.t(entity)
    ewhere: list[Expr] = [_FACT_WHERE[own_fact](eb), members.c.id.not_in(active_ids)]
    ewhere += [filter_expr(eb, f) for f in own_filters]
    ewhere += [condition_expr(eb, c) for c in own_conditions]
    stmt = (
        select(members.c.name.label(key))
        .select_from(eb.from_)
        .where(*ewhere)
        .order_by(members.c.name)
        .limit(min(q.limit or MAX_ROWS, MAX_ROWS))
    )
    return Compiled(stmt, [key], ["text"], "sales")
