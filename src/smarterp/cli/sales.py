"""`smarterp sales`: quotations and sales orders, from the quote to delivery, invoice and return."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import typer
from sqlalchemy.orm import Session

from smarterp.cli.common import (
    DATE_OPT,
    JSON_OPT,
    friendly_errors,
    parse_date,
    parse_number,
    print_json,
    say,
    transaction,
)
from smarterp.cli.orders import OrderKind, parse_items, resolve_products
from smarterp.erp.approvals import service as approvals
from smarterp.erp.inventory.queries import warehouse_by_code
from smarterp.erp.partners.queries import find_partner
from smarterp.erp.sales import queries
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.erp.sales.schemas import (
    SalesLineEdit,
    SalesLineIn,
    SalesOrderIn,
    SalesOrderOut,
    SalesOrderRevision,
)

app = typer.Typer(help="Quotations, orders, deliveries, invoices.", no_args_is_help=True)

ORDERS = OrderKind(
    label="sales order",
    title="Sales orders",
    model=SalesOrder,
    schema=SalesOrderOut,
    role="customer",
    partner_id=SalesOrder.customer_id,
    columns=(
        ("SKU", "sku"),
        ("Description", "description"),
        ("Quantity", "quantity"),
        ("Price", "unit_price"),
        ("Disc", "discount"),
        ("Amount", "subtotal"),
        ("Delivered", "qty_delivered"),
        ("Invoiced", "qty_invoiced"),
    ),
    actions=sales.ACTIONS,
    line_quantities=sales.line_quantities,
    by_number=queries.order_by_number,
    matching=queries.orders,
    newest_first=queries.newest_first,
)


@app.command("create")
@friendly_errors
def sales_create(
    customer: str = typer.Argument(..., help="Customer ref, id or exact name."),
    items: list[str] = typer.Argument(..., help="SKU=QTY[@PRICE][%DISCOUNT] ..."),
    on: str | None = DATE_OPT,
    requested: str | None = typer.Option(None, "--requested", help="Requested delivery date."),
    shipping: str | None = typer.Option(None, "--shipping", help="Freight charged."),
    warehouse: str | None = typer.Option(
        None, "--warehouse", help="Warehouse code to deliver from (default: the main one)."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Create a quotation."""
    parsed = parse_items(items)
    day = parse_date(on)
    wanted = parse_date(requested, "--requested") if requested else None
    freight = Decimal(0) if shipping is None else parse_number("--shipping", "amount", shipping)
    with transaction() as session:
        partner = find_partner(session, customer, "customer")
        resolve_products(session, parsed)
        lines = [
            SalesLineIn(
                product_id=it.product_id,
                quantity=it.quantity,
                unit_price=it.price,
                discount=it.discount or Decimal(0),
            )
            for it in parsed
        ]
        order = sales.create_order(
            session,
            SalesOrderIn(
                customer_id=partner.id,
                order_date=day,
                requested_date=wanted,
                lines=lines,
                shipping_charge=freight,
                warehouse_id=warehouse_by_code(session, warehouse, "--warehouse").id
                if warehouse
                else None,
            ),
        )
        out = ORDERS.describe(session, order)
    if as_json:
        print_json(out)
    else:
        say(f"quotation {out['number']} for {out['customer']}: {out['amount_total']}")


@app.command("revise")
@friendly_errors
def sales_revise(
    number: str,
    items: list[str] = typer.Argument(..., help="SKU=QTY[@PRICE][%DISCOUNT] ..."),
    as_json: bool = JSON_OPT,
) -> None:
    """Make a quotation's lines these: a SKU it has keeps its line (its price and discount
    unless given), a new SKU adds a line, a SKU left out is removed."""
    parsed = parse_items(items)

    def act(session: Session, order: SalesOrder) -> None:
        resolve_products(session, parsed)
        current: dict[int, Any] = {}
        for ln in order.lines:
            current.setdefault(ln.product_id, ln)
        lines = []
        for it in parsed:
            kept = current.pop(it.product_id, None)
            price = it.price if it.price is not None or kept is None else kept.unit_price
            discount = it.discount if it.discount is not None else (kept.discount if kept else 0)
            lines.append(
                SalesLineEdit(
                    id=kept.id if kept is not None else None,
                    product_id=it.product_id,
                    quantity=it.quantity,
                    unit_price=price,
                    discount=discount,
                )
            )
        sales.revise_order(
            session,
            order.id,
            SalesOrderRevision(
                version=order.version,
                customer_id=order.customer_id,
                order_date=order.order_date,
                requested_date=order.requested_date,
                warehouse_id=order.warehouse_id,
                customer_ref=order.customer_ref,
                notes=order.notes,
                lines=lines,
            ),
        )

    ORDERS.act(number, as_json, "revised", act)


@app.command("confirm")
@friendly_errors
def sales_confirm(
    number: str,
    override_credit_limit: bool = typer.Option(False, "--override-credit-limit"),
    as_json: bool = JSON_OPT,
) -> None:
    """Confirm a quotation and reserve its stock."""

    def act(session: Session, order: SalesOrder) -> dict[str, Any] | None:
        sales.confirm_order(session, order.id, override_credit_limit=override_credit_limit)
        # A policy may hold the order instead: say for whom it waits.
        waiting = approvals.waiting_for(session, "sales_order", order.id)
        return {"approval": waiting} if waiting else None

    ORDERS.act(number, as_json, "confirmed", act)


@app.command("deliver")
@friendly_errors
def sales_deliver(
    number: str,
    items: list[str] | None = typer.Argument(None, help="SKU=QTY to ship; all when omitted."),
    on: str | None = DATE_OPT,
    no_backorder: bool = typer.Option(False, "--no-backorder", help="Drop what is not shipped."),
    as_json: bool = JSON_OPT,
) -> None:
    """Ship goods of a confirmed order."""
    parsed = parse_items(items or [], allow_price=False, allow_discount=False)
    day = parse_date(on)

    def act(session: Session, order: SalesOrder) -> dict[str, Any]:
        quantities = None
        if parsed:
            quantities = ORDERS.split(
                session, order, parsed, sales.line_quantities, lambda q: q.to_move
            )
        shipment = sales.deliver(session, order.id, day, quantities, backorder=not no_backorder)
        return {"delivery": shipment.number}

    ORDERS.act(number, as_json, "delivered", act)


@app.command("invoice")
@friendly_errors
def sales_invoice(
    number: str,
    on: str | None = DATE_OPT,
    draft: bool = typer.Option(
        False, "--draft", help="Leave it a draft, to post with `smarterp invoice post #ID`."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Invoice what was delivered and not yet invoiced, and post the invoice."""
    day = parse_date(on)

    def act(session: Session, order: SalesOrder) -> dict[str, Any]:
        inv = sales.invoice_order(session, order.id, day, post=not draft)
        session.flush()
        return {"invoice": inv.number or f"#{inv.id}", "invoice_total": str(inv.amount_total)}

    ORDERS.act(number, as_json, "invoiced", act)


ORDERS.add_commands(
    app,
    cancel=sales.cancel_order,
    cancel_help="Cancel a quotation or an order nothing was delivered on.",
    send_back=lambda s, oid, q, day, why: sales.return_goods(s, oid, q, day, reason=why),
    return_help="Take goods back and credit what was invoiced for them.",
    items_help="SKU=QTY coming back.",
)


@app.command("list")
@friendly_errors
def sales_list(
    state: SalesState | None = typer.Option(None, "--state", help="Only orders in this state."),
    search: str | None = typer.Option(
        None, "--search", help="Text in the number, customer reference, or customer name or code."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """List sales orders, newest first."""
    ORDERS.list(state, search, as_json)
