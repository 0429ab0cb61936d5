"""`smarterp stock`: booking opening stock and recording physical counts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import typer

from smarterp.cli.common import (
    DATE_OPT,
    JSON_OPT,
    friendly_errors,
    parse_date,
    parse_number,
    print_json,
    print_table,
    say,
    transaction,
)
from smarterp.cli.orders import product_by_sku
from smarterp.core.errors import InvalidInput
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.schemas import CountIn, CountLineIn

app = typer.Typer(help="Opening stock and physical counts.", no_args_is_help=True)


def _count_item(arg: str) -> tuple[str, Decimal]:
    """Read `SKU=QTY` for a count, where zero is a valid quantity."""
    sku, sep, text = arg.partition("=")
    if not sep or not sku.strip() or not text.strip():
        raise InvalidInput(f"argument {arg!r}", "expected SKU=QTY, e.g. CHAI=40")
    quantity = parse_number(arg, "quantity", text)
    if quantity < 0:
        raise InvalidInput(
            f"argument {arg!r}", f"counted quantity must not be negative: {quantity}"
        )
    return sku.strip(), quantity


@app.command("opening")
@friendly_errors
def stock_opening(
    sku: str = typer.Argument(...),
    quantity: str = typer.Argument(..., help="Quantity on hand at the start."),
    cost: str = typer.Option(..., "--cost", help="Unit cost of the opening stock."),
    on: str | None = DATE_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Book opening stock for a product (against opening equity)."""
    q = parse_number("QTY", "quantity", quantity)
    if q <= 0:
        raise InvalidInput("QTY", f"quantity must be more than zero, not {q}")
    unit_cost = parse_number("--cost", "cost", cost)
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


@app.command("count")
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
