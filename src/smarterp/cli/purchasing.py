"""`smarterp purchase`: requests for quotation and purchase orders, receipts, bills and matching."""

from __future__ import annotations

from typing import Any

import typer
from rich.markup import escape
from sqlalchemy.orm import Session

from smarterp.cli.common import (
    DATE_OPT,
    JSON_OPT,
    err_console,
    friendly_errors,
    parse_date,
    print_json,
    say,
    transaction,
)
from smarterp.cli.orders import OrderKind, parse_items, resolve_products
from smarterp.erp.approvals import service as approvals
from smarterp.erp.inventory.queries import warehouse_by_code
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.partners.queries import find_partner
from smarterp.erp.purchasing import queries
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.purchasing.schemas import (
    PurchaseLineEdit,
    PurchaseLineIn,
    PurchaseOrderIn,
    PurchaseOrderOut,
    PurchaseOrderRevision,
)

app = typer.Typer(help="Purchase orders, receipts, bills.", no_args_is_help=True)

ORDERS = OrderKind(
    label="purchase order",
    title="Purchase orders",
    model=PurchaseOrder,
    schema=PurchaseOrderOut,
    role="supplier",
    partner_id=PurchaseOrder.supplier_id,
    columns=(
        ("SKU", "sku"),
        ("Description", "description"),
        ("Quantity", "quantity"),
        ("Price", "unit_price"),
        ("Amount", "subtotal"),
        ("Received", "qty_received"),
        ("Billed", "qty_billed"),
    ),
    actions=purchasing.ACTIONS,
    line_quantities=purchasing.line_quantities,
    by_number=queries.order_by_number,
    matching=queries.orders,
    newest_first=queries.newest_first,
)


@app.command("create")
@friendly_errors
def purchase_create(
    supplier: str = typer.Argument(..., help="Supplier ref, id or exact name."),
    items: list[str] = typer.Argument(..., help="SKU=QTY[@PRICE] ..."),
    on: str | None = DATE_OPT,
    expected: str | None = typer.Option(None, "--expected", help="Expected arrival date."),
    warehouse: str | None = typer.Option(
        None, "--warehouse", help="Warehouse code to receive into (default: the main one)."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Create a request for quotation."""
    parsed = parse_items(items, allow_discount=False)
    day = parse_date(on)
    arrival = parse_date(expected, "--expected") if expected else None
    with transaction() as session:
        partner = find_partner(session, supplier, "supplier")
        resolve_products(session, parsed)
        order = purchasing.create_rfq(
            session,
            PurchaseOrderIn(
                supplier_id=partner.id,
                order_date=day,
                expected_date=arrival,
                warehouse_id=warehouse_by_code(session, warehouse, "--warehouse").id
                if warehouse
                else None,
                lines=[
                    PurchaseLineIn(
                        product_id=it.product_id,
                        quantity=it.quantity,
                        unit_price=it.price,
                    )
                    for it in parsed
                ],
            ),
        )
        out = ORDERS.describe(session, order)
    if as_json:
        print_json(out)
    else:
        say(f"RFQ {out['number']} to {out['supplier']}: {out['amount_total']}")


@app.command("revise")
@friendly_errors
def purchase_revise(
    number: str,
    items: list[str] = typer.Argument(..., help="SKU=QTY[@PRICE] ..."),
    as_json: bool = JSON_OPT,
) -> None:
    """Make an RFQ's lines these: a SKU it has keeps its line (its price unless given), a new
    SKU adds a line, a SKU left out is removed."""
    parsed = parse_items(items, allow_discount=False)

    def act(session: Session, order: PurchaseOrder) -> None:
        resolve_products(session, parsed)
        current: dict[int, Any] = {}
        for ln in order.lines:
            current.setdefault(ln.product_id, ln)
        lines = []
        for it in parsed:
            kept = current.pop(it.product_id, None)
            price = it.price if it.price is not None or kept is None else kept.unit_price
            lines.append(
                PurchaseLineEdit(
                    id=kept.id if kept is not None else None,
                    product_id=it.product_id,
                    quantity=it.quantity,
                    unit_price=price,
                )
            )
        purchasing.revise_rfq(
            session,
            order.id,
            PurchaseOrderRevision(
                version=order.version,
                supplier_id=order.supplier_id,
                order_date=order.order_date,
                expected_date=order.expected_date,
                warehouse_id=order.warehouse_id,
                supplier_ref=order.supplier_ref,
                notes=order.notes,
                lines=lines,
            ),
        )

    ORDERS.act(number, as_json, "revised", act)


@app.command("confirm")
@friendly_errors
def purchase_confirm(number: str, as_json: bool = JSON_OPT) -> None:
    """Confirm an RFQ as a purchase order and expect the goods."""

    def act(session: Session, order: PurchaseOrder) -> dict[str, Any] | None:
        purchasing.confirm_order(session, order.id)
        # A policy may hold the order instead: say for whom it waits.
        waiting = approvals.waiting_for(session, "purchase_order", order.id)
        return {"approval": waiting} if waiting else None

    ORDERS.act(number, as_json, "confirmed", act)


@app.command("receive")
@friendly_errors
def purchase_receive(
    number: str,
    items: list[str] | None = typer.Argument(None, help="SKU=QTY received; all when omitted."),
    on: str | None = DATE_OPT,
    no_backorder: bool = typer.Option(False, "--no-backorder", help="Expect no more."),
    as_json: bool = JSON_OPT,
) -> None:
    """Receive goods of a confirmed purchase order."""
    parsed = parse_items(items or [], allow_price=False, allow_discount=False)
    day = parse_date(on)

    def act(session: Session, order: PurchaseOrder) -> dict[str, Any]:
        quantities = None
        if parsed:
            quantities = ORDERS.split(
                session, order, parsed, purchasing.line_quantities, lambda q: q.to_move
            )
        shipment = purchasing.receive(
            session, order.id, day, quantities, backorder=not no_backorder
        )
        return {"receipt": shipment.number}

    ORDERS.act(number, as_json, "received", act)


@app.command("bill")
@friendly_errors
def purchase_bill(
    number: str,
    on: str | None = DATE_OPT,
    supplier_ref: str | None = typer.Option(None, "--supplier-ref", help="The bill's number."),
    allow_duplicate: bool = typer.Option(
        False,
        "--allow-duplicate",
        help="Post it even though the supplier reference is already on another bill.",
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Record the supplier's bill for what was received, and post it; a bill that may repeat
    another is posted with a warning naming it."""
    day = parse_date(on)

    def act(session: Session, order: PurchaseOrder) -> dict[str, Any]:
        bill = purchasing.bill_order(
            session, order.id, day, supplier_ref=supplier_ref, allow_duplicate=allow_duplicate
        )
        out: dict[str, Any] = {"bill": bill.number, "bill_total": str(bill.amount_total)}
        warnings = invoicing.bill_warnings(session, bill)
        if as_json:
            out["warnings"] = warnings
        for warning in warnings:
            err_console.print(f"[yellow]warning:[/yellow] {escape(warning)}")
        return out

    ORDERS.act(number, as_json, "billed", act)


ORDERS.add_commands(
    app,
    cancel=purchasing.cancel_order,
    cancel_help="Cancel an RFQ or an order nothing was received on.",
    send_back=lambda s, oid, q, day, why: purchasing.return_to_supplier(s, oid, q, day, reason=why),
    return_help="Send received goods back; the supplier credits what was billed for them.",
    items_help="SKU=QTY going back.",
)


@app.command("list")
@friendly_errors
def purchase_list(
    state: PurchaseState | None = typer.Option(None, "--state"),
    search: str | None = typer.Option(
        None, "--search", help="Text in the number, supplier reference, or supplier name or code."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """List purchase orders, newest first."""
    ORDERS.list(state, search, as_json)


@app.command("match")
@friendly_errors
def purchase_match(number: str, as_json: bool = JSON_OPT) -> None:
    """Compare ordered, received and billed quantities and prices, line by line."""
    with transaction() as session:
        result = purchasing.three_way_match(session, ORDERS.find(session, number).id)
        out = result.model_dump(mode="json")
    if as_json:
        print_json(out)
        return
    if out["matched"]:
        say(f"{number}: ordered, received and billed agree")
        return
    # Explanations are whole sentences; a table column would wrap them beyond reading.
    say(f"{number}: {len(out['issues'])} difference(s) between ordered, received and billed")
    for i in out["issues"]:
        say(f"  {i['kind']}: {i['explanation']}")
