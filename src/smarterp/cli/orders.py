"""What the order commands share: SKU=QTY items, and sales and purchase orders found, acted on,
shown and listed alike (through each area's queries)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar

import typer
from pydantic import BaseModel
from sqlalchemy import Select
from sqlalchemy.orm import InstrumentedAttribute, Session

from smarterp.cli.common import (
    DATE_OPT,
    JSON_OPT,
    dump,
    friendly_errors,
    parse_date,
    parse_number,
    print_json,
    print_table,
    say,
    transaction,
)
from smarterp.core.errors import InvalidInput
from smarterp.erp.actions import ActionTable
from smarterp.erp.invoicing.billing import LineQuantities
from smarterp.erp.partners.models import Partner
from smarterp.erp.products import queries as product_queries
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder

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


def parse_item(arg: str, *, allow_price: bool = True, allow_discount: bool = True) -> Item:
    """Read `SKU=QTY[@PRICE][%DISCOUNT]`; the discount is a percentage (10 means 10%)."""
    m = _ITEM.match(arg.strip())
    if m is None:
        shapes = (
            ["SKU=QTY"] + ["SKU=QTY@PRICE"] * allow_price + ["SKU=QTY%DISCOUNT"] * allow_discount
        )
        raise InvalidInput(f"argument {arg!r}", f"expected {' or '.join(shapes)}, e.g. CHAI=10")
    sku = m["sku"].strip()
    quantity = parse_number(arg, "quantity", m["qty"])
    if quantity <= 0:
        raise InvalidInput(f"argument {arg!r}", f"quantity must be more than zero, not {quantity}")
    item = Item(arg=arg, sku=sku, quantity=quantity)
    if m["price"] is not None:
        if not allow_price:
            raise InvalidInput(f"argument {arg!r}", "a price is not accepted here; use SKU=QTY")
        item.price = parse_number(arg, "price", m["price"])
        if item.price < 0:
            raise InvalidInput(f"argument {arg!r}", f"price must not be negative: {item.price}")
    if m["disc"] is not None:
        if not allow_discount:
            raise InvalidInput(f"argument {arg!r}", "a discount is not accepted here")
        percent = parse_number(arg, "discount", m["disc"])
        if not 0 <= percent <= 100:
            raise InvalidInput(f"argument {arg!r}", f"discount must be 0-100%, not {percent}")
        item.discount = percent / 100
    return item


def parse_items(args: list[str], **kw: bool) -> list[Item]:
    return [parse_item(a, **kw) for a in args]


# --- looking records up ----------------------------------------------------------------------


def resolve_products(session: Session, items: list[Item]) -> None:
    for item in items:
        item.product_id = product_queries.product_by_sku(
            session, item.sku, f"argument {item.arg!r}"
        ).id


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


# --- sales and purchase orders alike -----------------------------------------------------------

Order = TypeVar("Order", SalesOrder, PurchaseOrder)


@dataclass(frozen=True)
class OrderKind(Generic[Order]):
    """How the commands find, act on, show and list one kind of order: sales or purchase."""

    label: str  # "sales order", in messages
    title: str  # over the list
    model: type[Order]
    schema: type[BaseModel]
    role: str  # "customer" or "supplier": the key of the partner's name in the output
    partner_id: InstrumentedAttribute[int]  # the order's column naming that partner
    columns: tuple[tuple[str, str], ...]  # (heading, key) of what `show` prints per line
    actions: ActionTable[Any]  # what can be done to the order, and when
    line_quantities: Callable[[Session, Any], dict[int, LineQuantities]]
    # The area's reads (erp/<area>/queries.py): by number, the matching orders, their order.
    by_number: Callable[[Session, str], Order]
    matching: Callable[..., Select[Any]]
    newest_first: Callable[[], tuple[Any, ...]]

    def find(self, session: Session, number: str) -> Order:
        return self.by_number(session, number)

    def describe(self, session: Session, order: Order) -> dict[str, Any]:
        """The order as its schema gives it, with the partner's name and each line's SKU."""
        session.flush()
        out = dump(self.schema, order)
        partner = session.get(Partner, getattr(order, self.partner_id.key))
        out[self.role] = partner.name if partner else None
        for line in out["lines"]:
            product = session.get(Product, line["product_id"])
            line["sku"] = product.sku if product else None
        return out

    def split(
        self,
        session: Session,
        order: Order,
        items: list[Item],
        line_quantities: Callable[[Session, Order], dict[int, LineQuantities]],
        open_qty: Callable[[LineQuantities], Decimal],
    ) -> dict[int, Decimal]:
        """Look the items' SKUs up and spread them over the order's lines, up to what
        `open_qty` says each line has left (to deliver, to receive, to return)."""
        resolve_products(session, items)
        left = {i: open_qty(q) for i, q in line_quantities(session, order).items()}
        return _split_by_line(order.lines, items, left, order.number)

    def act(
        self,
        number: str,
        as_json: bool,
        verb: str,
        action: Callable[[Session, Order], dict[str, Any] | None],
    ) -> None:
        """Run one step on the order and print its new state and what the step made."""
        with transaction() as session:
            order = self.find(session, number)
            extra = action(session, order) or {}
            out = self.describe(session, order) | extra
        if as_json:
            print_json(out)
        elif extra.get("approval"):  # held by an approval policy: nothing happened yet
            say(f"{self.label} {number} not {verb}: {extra['approval']}")
        else:
            say(
                f"{self.label} {number} {verb}"
                + ("" if out["state"] == verb else f"; now {out['state']}")
            )
            for key, value in extra.items():
                say(f"  {key}: {value}")

    def cancel(
        self,
        number: str,
        reason: str | None,
        as_json: bool,
        use_case: Callable[[Session, int, str | None], object],
    ) -> None:
        def act(session: Session, order: Order) -> None:
            use_case(session, order.id, reason)

        self.act(number, as_json, "cancelled", act)

    def send_back(
        self,
        number: str,
        items: list[str],
        on: date,
        reason: str | None,
        as_json: bool,
        use_case: Callable[[Session, int, dict[int, Decimal], date, str | None], tuple[Any, Any]],
    ) -> None:
        """Take goods back from the customer or send them back to the supplier: SKU=QTY items
        spread over the lines that still hold them."""
        parsed = parse_items(items, allow_price=False, allow_discount=False)

        def act(session: Session, order: Order) -> dict[str, Any]:
            quantities = self.split(
                session, order, parsed, self.line_quantities, lambda q: q.returnable
            )
            shipment, note = use_case(session, order.id, quantities, on, reason)
            return {"return": shipment.number, "credit_note": note.number if note else None}

        self.act(number, as_json, "goods returned", act)

    def add_commands(
        self,
        app: typer.Typer,
        *,
        cancel: Callable[[Session, int, str | None], object],
        cancel_help: str,
        send_back: Callable[[Session, int, dict[int, Decimal], date, str | None], tuple[Any, Any]],
        return_help: str,
        items_help: str,
    ) -> None:
        """The commands every kind of order has, worded for this one: cancel, return, actions
        and show."""

        @app.command("cancel", help=cancel_help)
        @friendly_errors
        def cancel_command(
            number: str,
            reason: str | None = typer.Option(None, "--reason"),
            as_json: bool = JSON_OPT,
        ) -> None:
            self.cancel(number, reason, as_json, cancel)

        @app.command("return", help=return_help)
        @friendly_errors
        def return_command(
            number: str,
            items: list[str] = typer.Argument(..., help=items_help),
            on: str | None = DATE_OPT,
            reason: str | None = typer.Option(None, "--reason"),
            as_json: bool = JSON_OPT,
        ) -> None:
            self.send_back(number, items, parse_date(on), reason, as_json, send_back)

        @app.command("actions", help="What can be done to the order now, and why not.")
        @friendly_errors
        def actions_command(number: str, as_json: bool = JSON_OPT) -> None:
            self.list_actions(number, as_json)

        @app.command("show", help=f"Show one {self.label} with its lines.")
        @friendly_errors
        def show_command(number: str, as_json: bool = JSON_OPT) -> None:
            self.show(number, as_json)

    def list_actions(self, number: str, as_json: bool) -> None:
        """Print each action of the order's table: allowed now, or why not."""
        with transaction() as session:
            order = self.find(session, number)
            # The command line runs as the machine's user, with every permission.
            rows = [a.model_dump() for a in self.actions.listing(session, order, None)]
        if as_json:
            print_json(rows)
            return
        print_table(
            f"{self.label} {number}: what can be done now",
            ["Action", "Allowed", "Permission", "Why not"],
            [
                [r["name"], "yes" if r["allowed"] else "no", r["permission"], r["reason"]]
                for r in rows
            ],
        )

    def show(self, number: str, as_json: bool) -> None:
        with transaction() as session:
            out = self.describe(session, self.find(session, number))
        if as_json:
            print_json(out)
            return
        print_table(
            f"{out['number']} {out[self.role]} ({out['state']}, {out['order_date']})",
            [heading for heading, _ in self.columns],
            [[ln[key] for _, key in self.columns] for ln in out["lines"]],
        )
        say(
            f"untaxed {out['amount_untaxed']}  tax {out['amount_tax']}  total {out['amount_total']}"
        )

    def list(self, state: Enum | None, search: str | None, as_json: bool) -> None:
        """The orders the search finds in the state, newest first, as the API and web list."""
        with transaction() as session:
            q = (
                self.matching(q=search, state=state)
                .add_columns(Partner.name)
                .join(Partner, Partner.id == self.partner_id)
                .order_by(*self.newest_first())
            )
            rows = [
                {
                    "number": o.number,
                    self.role: name,
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
            self.title,
            ["Number", self.role.capitalize(), "State", "Date", "Total"],
            [
                [r["number"], r[self.role], r["state"], r["order_date"], r["amount_total"]]
                for r in rows
            ],
        )
