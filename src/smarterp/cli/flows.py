"""Commands for the main business flows: orders, deliveries, receipts, invoices, payments."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import typer
from pydantic import BaseModel
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from smarterp.cli.common import console, friendly_errors, print_json, print_table, transaction
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.erp.accounting import service as accounting
from smarterp.erp.accounting.models import JournalEntry, PeriodState
from smarterp.erp.accounting.schemas import EntryIn, EntryOut
from smarterp.erp.company.service import set_lock_date
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.schemas import CountIn, CountLineIn
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice, PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn, PaymentOut
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.schemas import PartnerIn, PartnerOut
from smarterp.erp.partners.service import create_partner
from smarterp.erp.products.models import CostingMethod, Product, ProductType
from smarterp.erp.products.schemas import ProductIn, ProductOut
from smarterp.erp.products.service import create_product
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder, PurchaseState
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn, PurchaseOrderOut
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder, SalesState
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn, SalesOrderOut

partner_app = typer.Typer(help="Customers and suppliers.", no_args_is_help=True)
product_app = typer.Typer(help="Products and their prices.", no_args_is_help=True)
stock_app = typer.Typer(help="Opening stock and physical counts.", no_args_is_help=True)
sales_app = typer.Typer(help="Quotations, orders, deliveries, invoices.", no_args_is_help=True)
purchase_app = typer.Typer(help="Purchase orders, receipts, bills.", no_args_is_help=True)
journal_app = typer.Typer(help="Manual journal entries and reversals.", no_args_is_help=True)
period_app = typer.Typer(help="Closing months and the lock date.", no_args_is_help=True)

JSON_OPT = typer.Option(False, "--json", help="Print the result as JSON.")
DATE_OPT = typer.Option(None, "--date", help="Date (YYYY-MM-DD); today when omitted.")


def register(app: typer.Typer) -> None:
    """Attach the flow command groups (sales, purchase, invoice, pay, stock) to the app."""
    app.add_typer(partner_app, name="partner")
    app.add_typer(product_app, name="product")
    app.add_typer(stock_app, name="stock")
    app.add_typer(sales_app, name="sales")
    app.add_typer(purchase_app, name="purchase")
    app.add_typer(journal_app, name="journal")
    app.add_typer(period_app, name="period")
    app.command("pay")(pay)


# --- parsing arguments ---------------------------------------------------------------------


@dataclass
class Item:
    """One `SKU=QTY[@PRICE][%DISCOUNT]` argument."""

    arg: str
    sku: str
    quantity: Decimal
    price: Decimal | None = None
    discount: Decimal | None = None
    # Filled in once the SKU is looked up in the database.
    product_id: int = 0


_ITEM = re.compile(r"^(?P<sku>[^=@%]+)=(?P<qty>[^@%]+)(?:@(?P<price>[^@%]+))?(?:%(?P<disc>.+))?$")


def _number(arg: str, what: str, text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise InvalidInput(f"argument {arg!r}", f"{what} {text!r} is not a number") from None
    if not value.is_finite():
        raise InvalidInput(f"argument {arg!r}", f"{what} {text!r} is not a number")
    return value


def parse_item(arg: str, *, allow_price: bool = True, allow_discount: bool = True) -> Item:
    """Read `SKU=QTY[@PRICE][%DISCOUNT]`; the discount is a percentage (10 means 10%)."""
    m = _ITEM.match(arg.strip())
    if m is None:
        shapes = (
            ["SKU=QTY"] + ["SKU=QTY@PRICE"] * allow_price + ["SKU=QTY%DISCOUNT"] * allow_discount
        )
        raise InvalidInput(f"argument {arg!r}", f"expected {' or '.join(shapes)}, e.g. CHAI=10")
    sku = m["sku"].strip()
    quantity = _number(arg, "quantity", m["qty"])
    if quantity <= 0:
        raise InvalidInput(f"argument {arg!r}", f"quantity must be more than zero, not {quantity}")
    item = Item(arg=arg, sku=sku, quantity=quantity)
    if m["price"] is not None:
        if not allow_price:
            raise InvalidInput(f"argument {arg!r}", "a price is not accepted here; use SKU=QTY")
        item.price = _number(arg, "price", m["price"])
        if item.price < 0:
            raise InvalidInput(f"argument {arg!r}", f"price must not be negative: {item.price}")
    if m["disc"] is not None:
        if not allow_discount:
            raise InvalidInput(f"argument {arg!r}", "a discount is not accepted here")
        percent = _number(arg, "discount", m["disc"])
        if not 0 <= percent <= 100:
            raise InvalidInput(f"argument {arg!r}", f"discount must be 0-100%, not {percent}")
        item.discount = percent / 100
    return item


def parse_items(args: list[str], **kw: bool) -> list[Item]:
    return [parse_item(a, **kw) for a in args]


def _count_item(arg: str) -> tuple[str, Decimal]:
    """Read `SKU=QTY` for a count, where zero is a valid quantity."""
    sku, sep, text = arg.partition("=")
    if not sep or not sku.strip() or not text.strip():
        raise InvalidInput(f"argument {arg!r}", "expected SKU=QTY, e.g. CHAI=40")
    quantity = _number(arg, "quantity", text)
    if quantity < 0:
        raise InvalidInput(
            f"argument {arg!r}", f"counted quantity must not be negative: {quantity}"
        )
    return sku.strip(), quantity


def parse_date(text: str | None, what: str = "--date") -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(what, f"{text!r} is not a date (YYYY-MM-DD)") from None


def parse_amount(text: str, what: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InvalidInput(what, f"{text!r} is not an amount") from None
    if not value.is_finite() or value <= 0:
        raise InvalidInput(what, f"must be more than zero, not {text}")
    return value


# --- looking records up ----------------------------------------------------------------------


def product_by_sku(session: Session, sku: str, where: str = "SKU") -> Product:
    product = session.execute(select(Product).where(Product.sku == sku)).scalar_one_or_none()
    if product is None:
        raise InvalidInput(where, f"no product has SKU {sku!r}")
    return product


def find_partner(session: Session, key: str, role: str) -> Partner:
    """A partner by ref, by id, or by exact name (case-insensitive), preferring the role."""
    by_ref = session.execute(select(Partner).where(Partner.ref == key)).scalar_one_or_none()
    if by_ref is not None:
        return by_ref
    if key.isdigit():
        by_id = session.get(Partner, int(key))
        if by_id is not None:
            return by_id
    named = list(
        session.scalars(
            select(Partner)
            .where(func.lower(Partner.name) == key.strip().lower())
            .order_by(Partner.id)
        )
    )
    if len(named) > 1:
        in_role = [p for p in named if getattr(p, f"is_{role}")]
        if len(in_role) == 1:
            return in_role[0]
        ids = ", ".join(f"{p.id}" + (f" ({p.ref})" if p.ref else "") for p in named)
        raise InvalidInput(
            role, f"{key!r} matches {len(named)} partners (ids {ids}); give the ref or id"
        )
    if not named:
        raise InvalidInput(role, f"no partner has the ref, id or name {key!r}")
    return named[0]


def sales_order(session: Session, number: str) -> SalesOrder:
    order = session.execute(
        select(SalesOrder).where(SalesOrder.number == number)
    ).scalar_one_or_none()
    if order is None:
        raise NotFound("sales order", number)
    return order


def purchase_order(session: Session, number: str) -> PurchaseOrder:
    order = session.execute(
        select(PurchaseOrder).where(PurchaseOrder.number == number)
    ).scalar_one_or_none()
    if order is None:
        raise NotFound("purchase order", number)
    return order


def invoice_by_number(session: Session, number: str) -> Invoice:
    inv = session.execute(select(Invoice).where(Invoice.number == number)).scalar_one_or_none()
    if inv is None:
        raise NotFound("invoice", number)
    return inv


def _split_by_line(
    lines: list[Any], items: list[Item], open_qty: dict[int, Decimal], number: str
) -> dict[int, Decimal]:
    """Spread each SKU's quantity over the order lines of that product, oldest line first,
    filling each up to its open quantity (`open_qty` per line id)."""
    result: dict[int, Decimal] = {}
    for item in items:
        remaining = item.quantity
        candidates = [ln for ln in lines if ln.product_id == item.product_id]
        if not candidates:
            raise InvalidInput(f"argument {item.arg!r}", f"{item.sku} is not on {number}")
        for ln in candidates:
            take = min(remaining, open_qty[ln.id] - result.get(ln.id, Decimal(0)))
            if take > 0:
                result[ln.id] = result.get(ln.id, Decimal(0)) + take
                remaining -= take
        if remaining > 0:
            # Let the service judge what is left (e.g. over-delivery) on the last line.
            last = candidates[-1]
            result[last.id] = result.get(last.id, Decimal(0)) + remaining
    return result


def _resolve_products(session: Session, items: list[Item]) -> None:
    for item in items:
        item.product_id = product_by_sku(session, item.sku, f"argument {item.arg!r}").id


def say(text: str) -> None:
    """Print a line as plain text: names and numbers may hold brackets Rich would eat."""
    console.print(text, markup=False, highlight=False)


def dump(model: type[BaseModel], obj: Any) -> dict[str, Any]:
    return model.model_validate(obj).model_dump(mode="json")


# --- partners and products --------------------------------------------------------------------


@partner_app.command("add")
@friendly_errors
def partner_add(
    name: str = typer.Argument(..., help="Partner name."),
    customer: bool = typer.Option(False, "--customer", help="Sells to this partner."),
    supplier: bool = typer.Option(False, "--supplier", help="Buys from this partner."),
    ref: str | None = typer.Option(None, "--ref", help="Short code, e.g. ALFKI."),
    email: str | None = typer.Option(None, "--email"),
    country: str | None = typer.Option(None, "--country"),
    city: str | None = typer.Option(None, "--city"),
    credit_limit: str | None = typer.Option(None, "--credit-limit"),
    as_json: bool = JSON_OPT,
) -> None:
    """Add a customer and/or supplier."""
    limit = None if credit_limit is None else _number("--credit-limit", "limit", credit_limit)
    with transaction() as session:
        partner = create_partner(
            session,
            PartnerIn(
                name=name,
                ref=ref,
                is_customer=customer,
                is_supplier=supplier,
                email=email,
                country=country,
                city=city,
                credit_limit=limit,
            ),
        )
        session.flush()
        out = dump(PartnerOut, partner)
    if as_json:
        print_json(out)
    else:
        roles = [r for r, on in (("customer", customer), ("supplier", supplier)) if on]
        say(f"partner {out['id']} {out['name']} added ({', '.join(roles) or 'contact'})")


@partner_app.command("list")
@friendly_errors
def partner_list(
    customers: bool = typer.Option(False, "--customers", help="Only customers."),
    suppliers: bool = typer.Option(False, "--suppliers", help="Only suppliers."),
    search: str | None = typer.Option(None, "--search", help="Text in name, ref or email."),
    as_json: bool = JSON_OPT,
) -> None:
    """List partners."""
    with transaction() as session:
        q = select(Partner).order_by(Partner.name)
        if customers:
            q = q.where(Partner.is_customer.is_(True))
        if suppliers:
            q = q.where(Partner.is_supplier.is_(True))
        if search:
            like = f"%{search.lower()}%"
            q = q.where(
                or_(
                    func.lower(Partner.name).like(like),
                    func.lower(Partner.ref).like(like),
                    func.lower(Partner.email).like(like),
                )
            )
        rows = [dump(PartnerOut, p) for p in session.scalars(q)]
    if as_json:
        print_json(rows)
        return
    print_table(
        "Partners",
        ["Id", "Ref", "Name", "Customer", "Supplier", "Country", "Email"],
        [
            [
                r["id"],
                r["ref"],
                r["name"],
                "yes" if r["is_customer"] else "",
                "yes" if r["is_supplier"] else "",
                r["country"],
                r["email"],
            ]
            for r in rows
        ],
    )


@product_app.command("add")
@friendly_errors
def product_add(
    sku: str = typer.Argument(..., help="Stock keeping unit, unique."),
    name: str = typer.Argument(..., help="Product name."),
    price: str = typer.Option(..., "--price", help="Sale price."),
    cost: str = typer.Option(..., "--cost", help="Unit cost."),
    category: str | None = typer.Option(None, "--category"),
    tax: str | None = typer.Option(None, "--tax", help="Sales tax code, e.g. VAT13."),
    purchase_tax: str | None = typer.Option(None, "--purchase-tax", help="e.g. PVAT13."),
    reorder_level: str = typer.Option("0", "--reorder-level"),
    fifo: bool = typer.Option(False, "--fifo", help="Cost by FIFO instead of average."),
    service: bool = typer.Option(False, "--service", help="A service, not kept in stock."),
    as_json: bool = JSON_OPT,
) -> None:
    """Add a product."""
    cmd = ProductIn(
        sku=sku,
        name=name,
        sale_price=_number("--price", "price", price),
        cost=_number("--cost", "cost", cost),
        category=category,
        sales_tax_code=tax,
        purchase_tax_code=purchase_tax,
        reorder_level=_number("--reorder-level", "level", reorder_level),
        costing_method=CostingMethod.FIFO if fifo else CostingMethod.AVERAGE,
        type=ProductType.SERVICE if service else ProductType.STOCKABLE,
    )
    with transaction() as session:
        out = dump(ProductOut, create_product(session, cmd))
    if as_json:
        print_json(out)
    else:
        say(f"product {out['sku']} {out['name']} added at {out['sale_price']}")


@product_app.command("list")
@friendly_errors
def product_list(as_json: bool = JSON_OPT) -> None:
    """List products with what is on hand and available."""
    with transaction() as session:
        rows = []
        for p in session.scalars(select(Product).order_by(Product.sku)):
            row = dump(ProductOut, p)
            row["on_hand"] = str(inventory.on_hand(session, p.id))
            row["available"] = str(inventory.available(session, p.id))
            rows.append(row)
    if as_json:
        print_json(rows)
        return
    print_table(
        "Products",
        ["SKU", "Name", "Price", "Unit cost", "On hand", "Available", "Costing"],
        [
            [
                r["sku"],
                r["name"],
                r["sale_price"],
                r["cost"],
                r["on_hand"],
                r["available"],
                r["costing_method"],
            ]
            for r in rows
        ],
    )


# --- stock ------------------------------------------------------------------------------------


@stock_app.command("opening")
@friendly_errors
def stock_opening(
    sku: str = typer.Argument(...),
    quantity: str = typer.Argument(..., help="Quantity on hand at the start."),
    cost: str = typer.Option(..., "--cost", help="Unit cost of the opening stock."),
    on: str | None = DATE_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Book opening stock for a product (against opening equity)."""
    q = _number("QTY", "quantity", quantity)
    if q <= 0:
        raise InvalidInput("QTY", f"quantity must be more than zero, not {q}")
    unit_cost = _number("--cost", "cost", cost)
    if unit_cost < 0:
        raise InvalidInput("--cost", f"must not be negative: {unit_cost}")
    day = parse_date(on)
    with transaction() as session:
        product = product_by_sku(session, sku)
        inventory.set_opening_stock(session, product.id, q, unit_cost, day)
        out = {
            "sku": sku,
            "quantity": str(q),
            "on_hand": str(inventory.on_hand(session, product.id)),
        }
    if as_json:
        print_json(out)
    else:
        say(f"{sku}: opening stock {q} at {unit_cost}; on hand {out['on_hand']}")


@stock_app.command("count")
@friendly_errors
def stock_count(
    items: list[str] = typer.Argument(..., help="SKU=QTY as counted."),
    on: str | None = DATE_OPT,
    reason: str | None = typer.Option(None, "--reason"),
    as_json: bool = JSON_OPT,
) -> None:
    """Record a physical count and adjust stock to it."""
    parsed = [(arg, *_count_item(arg)) for arg in items]
    day = parse_date(on)
    with transaction() as session:
        lines = [
            CountLineIn(
                product_id=product_by_sku(session, sku, f"argument {arg!r}").id,
                counted_quantity=q,
            )
            for arg, sku, q in parsed
        ]
        count = inventory.count_stock(session, CountIn(date=day, lines=lines, reason=reason))
        skus = {ln.product_id: sku for ln, (_, sku, _) in zip(lines, parsed, strict=True)}
        out: dict[str, Any] = {
            "number": count.number,
            "lines": [
                {
                    "sku": skus[ln.product_id],
                    "expected": str(ln.expected_quantity),
                    "counted": str(ln.counted_quantity),
                    "difference": str(ln.counted_quantity - ln.expected_quantity),
                }
                for ln in count.lines
            ],
        }
    if as_json:
        print_json(out)
        return
    print_table(
        f"Stock count {out['number']}",
        ["SKU", "Expected", "Counted", "Difference"],
        [[r["sku"], r["expected"], r["counted"], r["difference"]] for r in out["lines"]],
    )


# --- sales ------------------------------------------------------------------------------------


def _sales_out(session: Session, order: SalesOrder) -> dict[str, Any]:
    session.flush()
    out = dump(SalesOrderOut, order)
    customer = session.get(Partner, order.customer_id)
    out["customer"] = customer.name if customer else None
    for line in out["lines"]:
        product = session.get(Product, line["product_id"])
        line["sku"] = product.sku if product else None
    return out


def _show_sales(out: dict[str, Any]) -> None:
    print_table(
        f"{out['number']} {out['customer']} ({out['state']}, {out['order_date']})",
        ["SKU", "Description", "Quantity", "Price", "Disc", "Amount", "Delivered", "Invoiced"],
        [
            [
                ln["sku"],
                ln["description"],
                ln["quantity"],
                ln["unit_price"],
                ln["discount"],
                ln["subtotal"],
                ln["qty_delivered"],
                ln["qty_invoiced"],
            ]
            for ln in out["lines"]
        ],
    )
    say(f"untaxed {out['amount_untaxed']}  tax {out['amount_tax']}  total {out['amount_total']}")


@sales_app.command("create")
@friendly_errors
def sales_create(
    customer: str = typer.Argument(..., help="Customer ref, id or exact name."),
    items: list[str] = typer.Argument(..., help="SKU=QTY[@PRICE][%DISCOUNT] ..."),
    on: str | None = DATE_OPT,
    requested: str | None = typer.Option(None, "--requested", help="Requested delivery date."),
    shipping: str | None = typer.Option(None, "--shipping", help="Freight charged."),
    as_json: bool = JSON_OPT,
) -> None:
    """Create a quotation."""
    parsed = parse_items(items)
    day = parse_date(on)
    wanted = parse_date(requested, "--requested") if requested else None
    freight = Decimal(0) if shipping is None else _number("--shipping", "amount", shipping)
    with transaction() as session:
        partner = find_partner(session, customer, "customer")
        _resolve_products(session, parsed)
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
            ),
        )
        out = _sales_out(session, order)
    if as_json:
        print_json(out)
    else:
        say(f"quotation {out['number']} for {out['customer']}: {out['amount_total']}")


def _sales_action(number: str, as_json: bool, verb: str, action: Any) -> None:
    with transaction() as session:
        order = sales_order(session, number)
        extra = action(session, order) or {}
        out = _sales_out(session, order) | extra
    if as_json:
        print_json(out)
    else:
        say(
            f"sales order {number} {verb}"
            + ("" if out["state"] == verb else f"; now {out['state']}")
        )
        for key, value in extra.items():
            say(f"  {key}: {value}")


@sales_app.command("confirm")
@friendly_errors
def sales_confirm(
    number: str,
    override_credit_limit: bool = typer.Option(False, "--override-credit-limit"),
    as_json: bool = JSON_OPT,
) -> None:
    """Confirm a quotation and reserve its stock."""

    def act(session: Session, order: SalesOrder) -> None:
        sales.confirm_order(session, order.id, override_credit_limit=override_credit_limit)

    _sales_action(number, as_json, "confirmed", act)


@sales_app.command("deliver")
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
            _resolve_products(session, parsed)
            to_deliver = {i: q.to_move for i, q in sales.line_quantities(session, order).items()}
            quantities = _split_by_line(order.lines, parsed, to_deliver, order.number)
        shipment = sales.deliver(session, order.id, day, quantities, backorder=not no_backorder)
        return {"delivery": shipment.number}

    _sales_action(number, as_json, "delivered", act)


@sales_app.command("invoice")
@friendly_errors
def sales_invoice(number: str, on: str | None = DATE_OPT, as_json: bool = JSON_OPT) -> None:
    """Invoice what was delivered and not yet invoiced, and post the invoice."""
    day = parse_date(on)

    def act(session: Session, order: SalesOrder) -> dict[str, Any]:
        inv = sales.invoice_order(session, order.id, day)
        return {"invoice": inv.number, "invoice_total": str(inv.amount_total)}

    _sales_action(number, as_json, "invoiced", act)


@sales_app.command("cancel")
@friendly_errors
def sales_cancel(
    number: str, reason: str | None = typer.Option(None, "--reason"), as_json: bool = JSON_OPT
) -> None:
    """Cancel a quotation or an order nothing was delivered on."""

    def act(session: Session, order: SalesOrder) -> None:
        sales.cancel_order(session, order.id, reason)

    _sales_action(number, as_json, "cancelled", act)


@sales_app.command("return")
@friendly_errors
def sales_return(
    number: str,
    items: list[str] = typer.Argument(..., help="SKU=QTY coming back."),
    on: str | None = DATE_OPT,
    reason: str | None = typer.Option(None, "--reason"),
    as_json: bool = JSON_OPT,
) -> None:
    """Take goods back and credit what was invoiced for them."""
    parsed = parse_items(items, allow_price=False, allow_discount=False)
    day = parse_date(on)

    def act(session: Session, order: SalesOrder) -> dict[str, Any]:
        _resolve_products(session, parsed)
        returnable = {i: q.returnable for i, q in sales.line_quantities(session, order).items()}
        quantities = _split_by_line(order.lines, parsed, returnable, order.number)
        shipment, note = sales.return_goods(session, order.id, quantities, day, reason=reason)
        return {"return": shipment.number, "credit_note": note.number if note else None}

    _sales_action(number, as_json, "goods returned", act)


@sales_app.command("show")
@friendly_errors
def sales_show(number: str, as_json: bool = JSON_OPT) -> None:
    """Show one sales order with its lines."""
    with transaction() as session:
        out = _sales_out(session, sales_order(session, number))
    if as_json:
        print_json(out)
    else:
        _show_sales(out)


@sales_app.command("list")
@friendly_errors
def sales_list(
    state: SalesState | None = typer.Option(None, "--state", help="Only orders in this state."),
    as_json: bool = JSON_OPT,
) -> None:
    """List sales orders, newest first."""
    with transaction() as session:
        q = (
            select(SalesOrder, Partner.name)
            .join(Partner, Partner.id == SalesOrder.customer_id)
            .order_by(SalesOrder.id.desc())
        )
        if state is not None:
            q = q.where(SalesOrder.state == state)
        rows = [
            {
                "number": o.number,
                "customer": name,
                "state": o.state.value,
                "order_date": o.order_date.isoformat(),
                "amount_total": str(o.amount_total),
            }
            for o, name in session.execute(q)
        ]
    if as_json:
        print_json(rows)
        return
    print_table(
        "Sales orders",
        ["Number", "Customer", "State", "Date", "Total"],
        [
            [r["number"], r["customer"], r["state"], r["order_date"], r["amount_total"]]
            for r in rows
        ],
    )


# --- purchasing -------------------------------------------------------------------------------


def _purchase_out(session: Session, order: PurchaseOrder) -> dict[str, Any]:
    session.flush()
    out = dump(PurchaseOrderOut, order)
    supplier = session.get(Partner, order.supplier_id)
    out["supplier"] = supplier.name if supplier else None
    for line in out["lines"]:
        product = session.get(Product, line["product_id"])
        line["sku"] = product.sku if product else None
    return out


def _purchase_action(number: str, as_json: bool, verb: str, action: Any) -> None:
    with transaction() as session:
        order = purchase_order(session, number)
        extra = action(session, order) or {}
        out = _purchase_out(session, order) | extra
    if as_json:
        print_json(out)
    else:
        say(
            f"purchase order {number} {verb}"
            + ("" if out["state"] == verb else f"; now {out['state']}")
        )
        for key, value in extra.items():
            say(f"  {key}: {value}")


@purchase_app.command("create")
@friendly_errors
def purchase_create(
    supplier: str = typer.Argument(..., help="Supplier ref, id or exact name."),
    items: list[str] = typer.Argument(..., help="SKU=QTY[@PRICE] ..."),
    on: str | None = DATE_OPT,
    expected: str | None = typer.Option(None, "--expected", help="Expected arrival date."),
    as_json: bool = JSON_OPT,
) -> None:
    """Create a request for quotation."""
    parsed = parse_items(items, allow_discount=False)
    day = parse_date(on)
    arrival = parse_date(expected, "--expected") if expected else None
    with transaction() as session:
        partner = find_partner(session, supplier, "supplier")
        _resolve_products(session, parsed)
        order = purchasing.create_rfq(
            session,
            PurchaseOrderIn(
                supplier_id=partner.id,
                order_date=day,
                expected_date=arrival,
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
        out = _purchase_out(session, order)
    if as_json:
        print_json(out)
    else:
        say(f"RFQ {out['number']} to {out['supplier']}: {out['amount_total']}")


@purchase_app.command("confirm")
@friendly_errors
def purchase_confirm(number: str, as_json: bool = JSON_OPT) -> None:
    """Confirm an RFQ as a purchase order and expect the goods."""

    def act(session: Session, order: PurchaseOrder) -> None:
        purchasing.confirm_order(session, order.id)

    _purchase_action(number, as_json, "confirmed", act)


@purchase_app.command("receive")
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
            _resolve_products(session, parsed)
            to_receive = {
                i: q.to_move for i, q in purchasing.line_quantities(session, order).items()
            }
            quantities = _split_by_line(order.lines, parsed, to_receive, order.number)
        shipment = purchasing.receive(
            session, order.id, day, quantities, backorder=not no_backorder
        )
        return {"receipt": shipment.number}

    _purchase_action(number, as_json, "received", act)


@purchase_app.command("bill")
@friendly_errors
def purchase_bill(
    number: str,
    on: str | None = DATE_OPT,
    supplier_ref: str | None = typer.Option(None, "--supplier-ref", help="The bill's number."),
    as_json: bool = JSON_OPT,
) -> None:
    """Record the supplier's bill for what was received, and post it."""
    day = parse_date(on)

    def act(session: Session, order: PurchaseOrder) -> dict[str, Any]:
        bill = purchasing.bill_order(session, order.id, day, supplier_ref=supplier_ref)
        return {"bill": bill.number, "bill_total": str(bill.amount_total)}

    _purchase_action(number, as_json, "billed", act)


@purchase_app.command("show")
@friendly_errors
def purchase_show(number: str, as_json: bool = JSON_OPT) -> None:
    """Show one purchase order with its lines."""
    with transaction() as session:
        out = _purchase_out(session, purchase_order(session, number))
    if as_json:
        print_json(out)
        return
    print_table(
        f"{out['number']} {out['supplier']} ({out['state']}, {out['order_date']})",
        ["SKU", "Description", "Quantity", "Price", "Amount", "Received", "Billed"],
        [
            [
                ln["sku"],
                ln["description"],
                ln["quantity"],
                ln["unit_price"],
                ln["subtotal"],
                ln["qty_received"],
                ln["qty_billed"],
            ]
            for ln in out["lines"]
        ],
    )
    say(f"untaxed {out['amount_untaxed']}  tax {out['amount_tax']}  total {out['amount_total']}")


@purchase_app.command("list")
@friendly_errors
def purchase_list(
    state: PurchaseState | None = typer.Option(None, "--state"), as_json: bool = JSON_OPT
) -> None:
    """List purchase orders, newest first."""
    with transaction() as session:
        q = (
            select(PurchaseOrder, Partner.name)
            .join(Partner, Partner.id == PurchaseOrder.supplier_id)
            .order_by(PurchaseOrder.id.desc())
        )
        if state is not None:
            q = q.where(PurchaseOrder.state == state)
        rows = [
            {
                "number": o.number,
                "supplier": name,
                "state": o.state.value,
                "order_date": o.order_date.isoformat(),
                "amount_total": str(o.amount_total),
            }
            for o, name in session.execute(q)
        ]
    if as_json:
        print_json(rows)
        return
    print_table(
        "Purchase orders",
        ["Number", "Supplier", "State", "Date", "Total"],
        [
            [r["number"], r["supplier"], r["state"], r["order_date"], r["amount_total"]]
            for r in rows
        ],
    )


@purchase_app.command("match")
@friendly_errors
def purchase_match(number: str, as_json: bool = JSON_OPT) -> None:
    """Compare ordered, received and billed quantities and prices, line by line."""
    with transaction() as session:
        result = purchasing.three_way_match(session, purchase_order(session, number).id)
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


# --- payments ---------------------------------------------------------------------------------


def pay(
    partner: str = typer.Argument(..., help="Partner ref, id or exact name."),
    amount: str = typer.Argument(..., help="Amount paid."),
    supplier: bool = typer.Option(False, "--supplier", help="We pay a supplier (money out)."),
    on: str | None = DATE_OPT,
    method: str = typer.Option("bank", "--method", help="bank or cash."),
    invoices: list[str] | None = typer.Option(
        None, "--invoice", help="Invoice number to settle (repeatable); oldest first if omitted."
    ),
    reference: str | None = typer.Option(None, "--reference"),
    as_json: bool = JSON_OPT,
) -> None:
    """Record a payment from a customer (or, with --supplier, to a supplier)."""
    friendly_errors(_pay)(partner, amount, supplier, on, method, invoices, reference, as_json)


def _pay(
    partner: str,
    amount: str,
    supplier: bool,
    on: str | None,
    method: str,
    invoices: list[str] | None,
    reference: str | None,
    as_json: bool,
) -> None:
    value = parse_amount(amount, "AMOUNT")
    day = parse_date(on)
    if method not in ("bank", "cash"):
        raise InvalidInput("--method", f"{method!r} is not bank or cash")
    role = "supplier" if supplier else "customer"
    with transaction() as session:
        who = find_partner(session, partner, role)
        ids = [invoice_by_number(session, n).id for n in invoices] if invoices else None
        payment = invoicing.register_payment(
            session,
            PaymentIn(
                partner_id=who.id,
                partner_role=role,
                direction=PaymentDirection.OUTBOUND if supplier else PaymentDirection.INBOUND,
                amount=value,
                date=day,
                method=method,
                reference=reference,
                invoice_ids=ids,
            ),
        )
        session.flush()
        out = dump(PaymentOut, payment)
        out["partner"] = who.name
        out["settled"] = [
            {
                "invoice": session.get(Invoice, a.invoice_id).number,  # type: ignore[union-attr]
                "amount": str(a.amount),
            }
            for a in payment.allocations
        ]
    if as_json:
        print_json(out)
        return
    say(f"payment {out['number']}: {out['amount']} {out['direction']} {who.name}")
    for s in out["settled"]:
        say(f"  settled {s['invoice']}: {s['amount']}")
    if Decimal(out["unallocated"]) > 0:
        say(f"  unallocated: {out['unallocated']}")


# --- journal and periods ------------------------------------------------------------------------


def _entry_out(session: Session, entry: JournalEntry) -> dict[str, Any]:
    session.flush()
    out = dump(EntryOut, entry)
    for line, orm in zip(out["lines"], entry.lines, strict=True):
        line["account"] = orm.account.code
    return out


def _print_entry(out: dict[str, Any]) -> None:
    print_table(
        f"{out['number']} {out['date']} {out['ref'] or ''}",
        ["Account", "Description", "Debit", "Credit"],
        [[ln["account"], ln["description"], ln["debit"], ln["credit"]] for ln in out["lines"]],
    )


@journal_app.command("post")
@friendly_errors
def journal_post(
    file: Path = typer.Option(..., "--file", help="Entry as JSON: date, ref, lines[]."),
    as_json: bool = JSON_OPT,
) -> None:
    """Post a manual journal entry from a JSON file (accounts by code)."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput("--file", f"cannot read {str(file)!r}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput("--file", f"{file} is not valid JSON: {exc}") from None
    cmd = EntryIn.model_validate(data)
    with transaction() as session:
        out = _entry_out(session, accounting.create_entry(session, cmd))
    if as_json:
        print_json(out)
    else:
        say(f"posted {out['number']}")
        _print_entry(out)


@journal_app.command("reverse")
@friendly_errors
def journal_reverse(
    number: str,
    reason: str | None = typer.Option(None, "--reason"),
    on: str | None = typer.Option(None, "--date", help="Date of the reversal; the original's."),
    as_json: bool = JSON_OPT,
) -> None:
    """Reverse a posted journal entry with its mirror image."""
    day = parse_date(on) if on else None
    with transaction() as session:
        entry = session.execute(
            select(JournalEntry).where(JournalEntry.number == number)
        ).scalar_one_or_none()
        if entry is None:
            raise NotFound("journal entry", number)
        out = _entry_out(session, accounting.reverse_entry(session, entry.id, day, reason))
    if as_json:
        print_json(out)
    else:
        say(f"{number} reversed by {out['number']}")
        _print_entry(out)


def _month(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if m is None or not 1 <= int(m[2]) <= 12:
        raise InvalidInput("YYYY-MM", f"{text!r} is not a month like 2026-03")
    return int(m[1]), int(m[2])


@period_app.command("close")
@friendly_errors
def period_close(
    month: str = typer.Argument(..., help="YYYY-MM"), as_json: bool = JSON_OPT
) -> None:
    """Close a month: nothing more can be posted in it."""
    year, mon = _month(month)
    with transaction() as session:
        accounting.set_period_state(session, year, mon, PeriodState.CLOSED)
    out = {"period": f"{year}-{mon:02d}", "state": "closed"}
    if as_json:
        print_json(out)
    else:
        say(f"period {out['period']} closed")


@period_app.command("reopen")
@friendly_errors
def period_reopen(
    month: str = typer.Argument(..., help="YYYY-MM"), as_json: bool = JSON_OPT
) -> None:
    """Reopen a closed month."""
    year, mon = _month(month)
    with transaction() as session:
        accounting.set_period_state(session, year, mon, PeriodState.OPEN)
    out = {"period": f"{year}-{mon:02d}", "state": "open"}
    if as_json:
        print_json(out)
    else:
        say(f"period {out['period']} reopened")


@period_app.command("lock-date")
@friendly_errors
def period_lock_date(
    lock: str = typer.Argument(..., help="YYYY-MM-DD, or 'none' to lift the lock."),
    reason: str | None = typer.Option(None, "--reason"),
    as_json: bool = JSON_OPT,
) -> None:
    """Refuse every posting dated on or before this day."""
    day = None if lock.lower() == "none" else parse_date(lock, "LOCK_DATE")
    with transaction() as session:
        set_lock_date(session, day, reason)
    out = {"lock_date": day.isoformat() if day else None}
    if as_json:
        print_json(out)
    else:
        say(f"lock date {'set to ' + str(day) if day else 'lifted'}")
