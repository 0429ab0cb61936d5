"""What sales and purchase orders share: the quantities on their lines, the shipment still open
on them, and one action table shape (confirm, deliver or receive, invoice or bill, return,
cancel) told apart only by its words, states and permissions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.erp.actions import Action, ActionTable, Illegal, Nothing, Run
from smarterp.erp.inventory.models import Shipment, ShipmentKind, ShipmentState
from smarterp.erp.invoicing.billing import LineQuantities, credited_quantities
from smarterp.erp.invoicing.models import InvoiceKind


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
    bill_field: str  # the input a refusal to bill names
    take_back: str  # "take goods back"
    write: str  # the permission to change the order
    move_permission: str
    move_label: str
    bill_label: str


def line_quantities(session: Session, order: Any, terms: OrderTerms) -> dict[int, LineQuantities]:
    """Per line of the order: ordered, moved, returned, billed and credited."""
    credited = credited_quantities(
        session, terms.line_origin, terms.refund_kind, (ln.id for ln in order.lines)
    )
    return {
        ln.id: LineQuantities(
            ordered=ln.quantity,
            moved=getattr(ln, terms.moved_field),
            returned=ln.qty_returned,
            billed=getattr(ln, terms.billed_field),
            credited=credited[ln.id],
        )
        for ln in order.lines
    }


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


def order_actions(terms: OrderTerms, runs: Mapping[str, Run]) -> ActionTable[Any]:
    """The action table of one kind of order; `runs` gives each one-click action's use-case."""
    t = terms

    def to_move(session: Session, order: Any) -> Illegal | None:
        if open_shipment(session, order, t) is None:
            return Illegal(f"fully {t.moved}", f"{t.move} more")
        return None

    def to_bill(session: Session, order: Any) -> Nothing | None:
        if any(q.to_bill > 0 for q in line_quantities(session, order, t).values()):
            return None
        return Nothing(t.bill_field, f"{{number}} has nothing {t.moved} left to {t.bill}")

    def to_return(session: Session, order: Any) -> Nothing | None:
        if any(q.returnable > 0 for q in line_quantities(session, order, t).values()):
            return None
        return Nothing("quantities", f"{{number}} has no {t.moved} goods left to return")

    def nothing_moved(session: Session, order: Any) -> Illegal | None:
        if any(getattr(ln, t.moved_field) > 0 for ln in order.lines):
            return Illegal(f"partly {t.moved}", "cancel it; return the goods instead")
        return None

    open_states = frozenset({t.confirmed, t.done})
    actions: list[Action[Any]] = [
        Action("confirm", "Confirm", t.write, frozenset({t.draft}), "confirm it"),
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
