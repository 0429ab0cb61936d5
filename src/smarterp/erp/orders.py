"""What sales and purchase orders share: their currency and default prices, the quantities on
their lines, the shipment still open on them, revising a draft's lines, and one action table
shape (edit, confirm, deliver or receive, invoice or bill, return, cancel) told apart only by
its words, states and permissions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.core.money import ZERO
from smarterp.erp.actions import Action, ActionTable, Illegal, Nothing, Run
from smarterp.erp.approvals import service as approvals
from smarterp.erp.currency import service as currencies
from smarterp.erp.inventory.models import Shipment, ShipmentKind, ShipmentState
from smarterp.erp.invoicing.billing import LineQuantities, credited_quantities
from smarterp.erp.invoicing.models import Invoice, InvoiceKind
from smarterp.erp.products.models import Product, ProductType
from smarterp.erp.products.service import load_products


@dataclass(frozen=True)
class OrderTerms:
    """How one kind of order names its states, quantities, words and permissions."""

    what: str  # "sales order"
    order_origin: str  # the origin_type of its shipments and invoices
    line_origin: str  # the origin_type of its lines' moves and invoice lines
    moved_field: str  # the line's delivered or received quantity
    billed_field: str  # the line's invoiced or billed quantity
    refund_kind: InvoiceKind
    shipment_kind: ShipmentKind
    draft: Enum
    confirmed: Enum
    done: Enum
    move: str  # "deliver"
    moved: str  # "delivered"
    bill: str  # "invoice"
    billed: str  # "invoiced"
    bill_field: str  # the input a refusal to bill names
    take_back: str  # "take goods back"
    write: str  # the permission to change the order
    move_permission: str
    move_label: str
    bill_label: str


def order_currency(session: Session, requested: str | None, partner_currency: str | None) -> str:
    """The currency of an order: the one asked for, else the partner's, else the company's."""
    own = currencies.company_currency(session)
    return currencies.get_currency(session, requested or partner_currency or own).code


def set_currency(session: Session, order: Any, requested: str | None, partner: Any) -> None:
    """Set the order's currency and its rate on the order date: before its lines are priced,
    as their default prices need both."""
    order.currency = order_currency(session, requested, partner.currency)
    order.exchange_rate = currencies.rate_on(session, order.currency, order.order_date)


def company_subtotals(order: Any) -> None:
    """Each line's subtotal in the company currency at the order's rate."""
    for ln in order.lines:
        ln.subtotal_company = currencies.to_company(ln.subtotal, order.exchange_rate)


def default_unit_price(
    session: Session, product: Product, currency: str, on: date, supplier_id: int | None = None
) -> Decimal:
    """What an order line in `currency` dated `on` charges for `product` when no price is
    given, at the rates of that day: the list price when selling; when buying from
    `supplier_id`, that supplier's offer (in the offer's currency), else the product's cost.
    The list price and the cost are in the company currency."""
    own = currencies.company_currency(session)
    amount, source = (product.sale_price, own)
    if supplier_id is not None:
        offer = next((s for s in product.supplier_infos if s.supplier_id == supplier_id), None)
        amount, source = (offer.price, offer.currency or own) if offer else (product.cost, own)
    return currencies.convert(session, amount, source, currency, on)


def stocked_lines(session: Session, order: Any) -> set[int]:
    """The ids of the order's lines whose product is stocked: the lines that ship goods."""
    products = load_products(session, [ln.product_id for ln in order.lines])  # one query
    return {
        ln.id
        for ln in order.lines
        if ln.product_id in products and products[ln.product_id].type == ProductType.STOCKABLE
    }


def line_quantities(session: Session, order: Any, terms: OrderTerms) -> dict[int, LineQuantities]:
    """Per line of the order: ordered, moved, returned, billed and credited."""
    credited = credited_quantities(
        session, terms.line_origin, terms.refund_kind, (ln.id for ln in order.lines)
    )
    stocked = stocked_lines(session, order)
    return {
        ln.id: LineQuantities(
            ordered=ln.quantity,
            moved=getattr(ln, terms.moved_field),
            returned=ln.qty_returned,
            billed=getattr(ln, terms.billed_field),
            credited=credited[ln.id],
            stocked=ln.id in stocked,
        )
        for ln in order.lines
    }


def move_services(session: Session, order: Any, terms: OrderTerms) -> None:
    """On confirmation: every service line is delivered (received) in full, as nothing ships
    for it; it moves no stock and is billed from now on. The goods wait on a shipment."""
    stocked = stocked_lines(session, order)
    for ln in order.lines:
        if ln.id not in stocked:
            setattr(ln, terms.moved_field, ln.quantity)


def unmove_services(session: Session, order: Any, terms: OrderTerms) -> None:
    """On cancellation (nothing shipped nor billed): the services were never delivered."""
    stocked = stocked_lines(session, order)
    for ln in order.lines:
        if ln.id not in stocked:
            setattr(ln, terms.moved_field, ZERO)


def give_back_billed(session: Session, order: Any, invoice: Invoice, terms: OrderTerms) -> None:
    """An invoice or bill of the order was cancelled: what its lines billed is to bill again,
    and a done order is open again until it is billed in full once more."""
    lines = {ln.id: ln for ln in order.lines}
    for item in invoice.lines:
        if item.origin_type != terms.line_origin or item.origin_id is None:
            continue  # the shipping charge, or a line typed on the invoice
        ln = lines.get(item.origin_id)
        if ln is not None:
            setattr(ln, terms.billed_field, getattr(ln, terms.billed_field) - item.quantity)
    if order.state == terms.done:
        order.state = terms.confirmed


def open_shipment(session: Session, order: Any, terms: OrderTerms) -> Shipment | None:
    """The delivery or receipt still waiting for goods, if any."""
    return session.execute(
        select(Shipment).where(
            Shipment.origin_type == terms.order_origin,
            Shipment.origin_id == order.id,
            Shipment.kind == terms.shipment_kind,
            Shipment.state.in_([ShipmentState.WAITING, ShipmentState.READY]),
        )
    ).scalar_one_or_none()


def order_actions(
    terms: OrderTerms,
    runs: Mapping[str, Run],
    charge_due: Callable[[Session, Any], bool] | None = None,
) -> ActionTable[Any]:
    """The action table of one kind of order; `runs` gives each one-click action's use-case,
    `charge_due` whether a charge of the order's own (a sale's shipping) is left to bill."""
    t = terms

    def to_move(session: Session, order: Any) -> Illegal | None:
        if open_shipment(session, order, t) is None:
            return Illegal(f"fully {t.moved}", f"{t.move} more")
        return None

    def to_bill(session: Session, order: Any) -> Nothing | None:
        if any(q.to_bill > 0 for q in line_quantities(session, order, t).values()):
            return None
        if charge_due is not None and charge_due(session, order):
            return None
        return Nothing(t.bill_field, f"{{number}} has nothing {t.moved} left to {t.bill}")

    def to_return(session: Session, order: Any) -> Nothing | None:
        if any(q.returnable > 0 for q in line_quantities(session, order, t).values()):
            return None
        return Nothing("quantities", f"{{number}} has no {t.moved} goods left to return")

    def nothing_moved(session: Session, order: Any) -> Illegal | None:
        # Services count as moved from confirmation; only goods that shipped, or a bill,
        # keep an order from being cancelled.
        quantities = line_quantities(session, order, t).values()
        if any(q.stocked and q.moved > 0 for q in quantities):
            return Illegal(f"partly {t.moved}", "cancel it; return the goods instead")
        if any(q.billed > 0 for q in quantities):
            return Illegal(t.billed, "cancel it")
        return None

    def not_held(verb: str) -> Callable[[Session, Any], Illegal | None]:
        # A pending approval freezes the draft: the approver decides on what they see.
        def guard(session: Session, order: Any) -> Illegal | None:
            waiting = approvals.waiting_for(session, t.order_origin, order.id)
            return None if waiting is None else Illegal(waiting, verb)

        return guard

    open_states = frozenset({t.confirmed, t.done})
    actions: list[Action[Any]] = [
        # Lines and terms change only while the order is a draft; it needs the new lines.
        Action(
            "edit",
            "Edit",
            t.write,
            frozenset({t.draft}),
            "change it",
            not_held("change it"),
            primary=False,
        ),
        Action(
            "confirm",
            "Confirm",
            t.write,
            frozenset({t.draft}),
            "confirm it",
            not_held("confirm it"),
        ),
        Action(
            t.move,
            t.move_label,
            t.move_permission,
            frozenset({t.confirmed}),
            f"{t.move} it",
            to_move,
        ),
        Action(t.bill, t.bill_label, "invoices.write", open_states, f"{t.bill} it", to_bill),
        Action("return", "Return goods", t.write, open_states, t.take_back, to_return),
        Action(
            "cancel",
            "Cancel order",
            t.write,
            frozenset({t.draft, t.confirmed}),
            "cancel it",
            nothing_moved,
            primary=False,
            confirm="Cancel this order?",
        ),
    ]
    return ActionTable(
        t.what,
        lambda order: str(order.number),
        [replace(a, run=runs.get(a.name)) for a in actions],
    )


@dataclass(frozen=True)
class LineRevision:
    """How a draft's lines change: which stay (changed in place), which are new, which go."""

    kept: dict[int, Any]  # order line id -> the line as it is to be
    added: list[Any]
    removed: list[Any]

    @property
    def summary(self) -> str:
        """In words, for the audit trail."""
        return (
            f"lines: {len(self.kept)} kept or changed, {len(self.added)} added, "
            f"{len(self.removed)} removed"
        )


def revise_lines(order: Any, edits: list[Any], build: Callable[[int, Any], Any]) -> LineRevision:
    """Apply `edits` (line inputs, each with the id of the line it changes, or none for a new
    one) to a draft's lines: `build(position, edit)` makes the line as it is to be; a line of
    the order that no edit names is removed. A refusal names the edit's position (from 1)."""
    current = {ln.id: ln for ln in order.lines}
    named: set[int] = set()
    for i, edit in enumerate(edits, start=1):
        if edit.id is None:
            continue
        if edit.id not in current:
            raise InvalidInput(f"lines[{i}].id", f"line {edit.id} is not on {order.number}")
        if edit.id in named:
            raise InvalidInput(f"lines[{i}].id", f"line {edit.id} is given twice")
        named.add(edit.id)
    kept: dict[int, Any] = {}
    added: list[Any] = []
    for i, edit in enumerate(edits, start=1):
        built = build(i, edit)
        if edit.id is None:
            added.append(built)
            continue
        line = current[edit.id]
        for column in _LINE_TERMS:
            if hasattr(built, column):
                setattr(line, column, getattr(built, column))
        kept[line.id] = line
    removed = [ln for ln in order.lines if ln.id not in named]
    for ln in removed:
        order.lines.remove(ln)
    order.lines.extend(added)
    return LineRevision(kept, added, removed)


# What a revision may change on a line of a draft (nothing has moved or been billed on it).
_LINE_TERMS = (
    "product_id",
    "description",
    "quantity",
    "unit_price",
    "discount",
    "tax_code",
    "subtotal",
    "tax_amount",
)
