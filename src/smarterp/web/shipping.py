"""Delivering or receiving part of a confirmed order from its page: a quantity per open line,
prefilled with what can go now, and whether the rest waits on a backorder or is dropped. The
form calls the same service functions as the one-click button, the API and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from smarterp.core.errors import DomainError
from smarterp.core.money import ZERO
from smarterp.erp.actions import ActionTable
from smarterp.erp.inventory.models import MoveState, Shipment, StockQuant
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.sales import service as sales
from smarterp.web.i18n import Translator
from smarterp.web.names import product_label

# The rest of each line: left on a backorder (a new delivery or receipt), or dropped.
REST_BACKORDER = "backorder"
REST_CANCEL = "cancel"


@dataclass(frozen=True)
class ShipKind:
    """How one kind of order ships part of itself."""

    slug: str  # "sales-orders"
    action: str  # "deliver": the action of the order's table, its permission and route
    title: str
    submit: str
    moved: str  # the column of what went already: "Delivered"
    moved_field: str  # the order line's quantity that went already
    left: str  # the column of what is still to go: "To deliver"
    rest_legend: str  # what the choice of what happens to the rest is called
    backorder_label: str
    cancel_label: str
    table: ActionTable[Any]
    open_shipment: Callable[[Session, Any], Shipment | None]
    run: Callable[..., Shipment]
    outgoing: bool  # goods leave our stock: only what is free can go
    refused: str  # what the page says when the form was refused

    @property
    def url_pattern(self) -> str:
        return f"/{self.slug}/{{record_id:int}}/{self.action}-part"

    def url(self, order_id: int) -> str:
        return f"/{self.slug}/{order_id}/{self.action}-part"


DELIVERY = ShipKind(
    slug="sales-orders",
    action="deliver",
    title="Deliver part of the order",
    submit="Deliver these quantities",
    moved="Delivered",
    moved_field="qty_delivered",
    left="To deliver",
    rest_legend="What is not delivered now",
    backorder_label="Deliver and keep the rest as a backorder",
    cancel_label="Deliver and cancel the rest",
    table=sales.ACTIONS,
    open_shipment=sales.open_delivery,
    run=sales.deliver,
    outgoing=True,
    refused="Nothing was delivered.",
)
RECEIPT = ShipKind(
    slug="purchase-orders",
    action="receive",
    title="Receive part of the order",
    submit="Receive these quantities",
    moved="Received",
    moved_field="qty_received",
    left="To receive",
    rest_legend="What is not received now",
    backorder_label="Receive and expect the rest on a backorder",
    cancel_label="Receive and expect no more",
    table=purchasing.ACTIONS,
    open_shipment=purchasing.open_receipt,
    run=purchasing.receive,
    outgoing=False,
    refused="Nothing was received.",
)


@dataclass
class ShipLine:
    line_id: int
    product: str
    ordered: Decimal
    moved: Decimal
    open: Decimal
    available: Decimal | None  # deliveries: what is free to ship now
    value: str  # what the field holds
    error: str | None = None


@dataclass
class ShipForm:
    kind: ShipKind
    url: str
    lines: list[ShipLine]
    rest: str = REST_BACKORDER
    errors: dict[int, str] = field(default_factory=dict)


def _field(line_id: int) -> str:
    return f"qty-{line_id}"


def ship_form(
    session: Session,
    tr: Translator,
    kind: ShipKind,
    order: Any,
    values: dict[int, str] | None = None,
) -> ShipForm | None:
    """The form for an order whose delivery (receipt) is open, else None; `values` are what
    was typed, shown again after a refusal, else each open line is prefilled with what can go
    now (its open quantity, for a delivery no more than is free in the warehouse)."""
    shipment = kind.open_shipment(session, order)
    if shipment is None:
        return None
    moves = [m for m in shipment.moves if m.state == MoveState.CONFIRMED and m.origin_id]
    free = _free_stock(session, moves) if kind.outgoing else {}
    wanted = select(Product).where(Product.id.in_({m.product_id for m in moves}))
    products = {p.id: p for p in session.scalars(wanted)}
    lines_by_id = {ln.id: ln for ln in order.lines}
    rows = []
    for move in moves:
        ln = lines_by_id.get(move.origin_id or 0)
        if ln is None:
            continue
        available = None
        can_go = move.quantity
        if kind.outgoing:
            # What this move holds reserved plus what no other delivery holds.
            here = free.get((move.product_id, move.from_location_id), ZERO)
            available = max(ZERO, move.reserved_quantity + here)
            can_go = min(move.quantity, available)
        typed = (values or {}).get(ln.id)
        rows.append(
            ShipLine(
                line_id=ln.id,
                product=product_label(tr, products[move.product_id]),
                ordered=ln.quantity,
                moved=getattr(ln, kind.moved_field),
                open=move.quantity,
                available=available,
                value=typed if typed is not None else _plain(can_go),
            )
        )
    return ShipForm(kind=kind, url=kind.url(order.id), lines=rows) if rows else None


def _free_stock(session: Session, moves: list[Any]) -> dict[tuple[int, int], Decimal]:
    """On hand less reserved, per (product, location) the moves take goods from."""
    keys = {(m.product_id, m.from_location_id) for m in moves}
    if not keys:
        return {}
    stmt = select(StockQuant).where(
        tuple_(StockQuant.product_id, StockQuant.location_id).in_(sorted(keys))
    )
    return {(q.product_id, q.location_id): q.quantity - q.reserved for q in session.scalars(stmt)}


def _plain(value: Decimal) -> str:
    """A quantity as a field holds it: no grouping, no trailing zeros (12, 2.5)."""
    return format(value.normalize(), "f")


@dataclass
class Typed:
    """A submitted form, read: quantities per line, or per line why the text is not one."""

    quantities: dict[int, Decimal]
    raw: dict[int, str]
    errors: dict[int, str]
    backorder: bool


def read(form: Any, line_ids: list[int], tr: Translator) -> Typed:
    quantities: dict[int, Decimal] = {}
    raw: dict[int, str] = {}
    errors: dict[int, str] = {}
    for line_id in line_ids:
        text = str(form.get(_field(line_id)) or "").strip()
        raw[line_id] = text
        try:
            value = Decimal(text.replace(",", "")) if text else ZERO
        except InvalidOperation:
            errors[line_id] = tr.gettext("{value} is not a number", value=repr(text))
            continue
        if not value.is_finite():
            errors[line_id] = tr.gettext("{value} is not a number", value=repr(text))
            continue
        quantities[line_id] = value
    backorder = str(form.get("rest") or REST_BACKORDER) != REST_CANCEL
    return Typed(quantities, raw, errors, backorder)


def line_of(error: DomainError) -> int | None:
    """The order line a refusal is about, when the service named the move it refused."""
    origin = error.details.get("origin_id")
    return origin if isinstance(origin, int) else None


def ship(session: Session, kind: ShipKind, order_id: int, typed: Typed, on: date) -> str:
    """Deliver (receive) the typed quantities, the rest as the form chose; what the order's
    page then says (views.DONE_MESSAGES): whether the rest was left on a backorder."""
    done = kind.run(session, order_id, on, typed.quantities, backorder=typed.backorder)
    left = select(Shipment.id).where(Shipment.backorder_of_id == done.id).limit(1)
    return f"{kind.action}_backorder" if session.scalar(left) is not None else kind.action
