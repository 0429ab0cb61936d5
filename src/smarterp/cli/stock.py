"""`smarterp stock`: opening stock, physical counts, warehouses and their locations, transfers
between them, and stock per location."""

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
from smarterp.core.errors import InvalidInput
from smarterp.erp.inventory import queries, reports, transfers, warehouses
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.models import StockTransfer
from smarterp.erp.inventory.schemas import (
    CountIn,
    CountLineIn,
    LocationIn,
    TransferIn,
    TransferLineIn,
    WarehouseIn,
)
from smarterp.erp.products.models import Product
from smarterp.erp.products.queries import product_by_sku

app = typer.Typer(
    help="Opening stock, counts, warehouses, locations and transfers.", no_args_is_help=True
)


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
    location: str | None = typer.Option(
        None, "--location", help="Location code, e.g. WH2/Stock/A1 (default: the main stock)."
    ),
    as_json: bool = JSON_OPT,
) -> None:
    """Record a physical count of a location and adjust stock to it."""
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
        where = queries.location_by_code(session, location, "--location") if location else None
        count = inventory.count_stock(
            session,
            CountIn(date=day, lines=lines, reason=reason, location_id=where.id if where else None),
        )
        skus = {ln.product_id: sku for ln, (_, sku, _) in zip(lines, parsed, strict=True)}
        out: dict[str, Any] = {
            "number": count.number,
            "location": where.code if where else None,
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


@app.command("warehouses")
@friendly_errors
def stock_warehouses(as_json: bool = JSON_OPT) -> None:
    """List warehouses and their locations."""
    with transaction() as session:
        out = [w.model_dump(mode="json") for w in warehouses.list_warehouses(session)]
    if as_json:
        print_json(out)
        return
    print_table(
        "Warehouses",
        ["Warehouse", "Name", "Default", "Locations"],
        [
            [
                w["code"],
                w["name"],
                "yes" if w["is_default"] else "",
                ", ".join(loc["code"] for loc in w["locations"]),
            ]
            for w in out
        ],
    )


@app.command("warehouse-add")
@friendly_errors
def stock_warehouse_add(
    code: str = typer.Argument(..., help="Short code, e.g. EAST."),
    name: str = typer.Argument(...),
    as_json: bool = JSON_OPT,
) -> None:
    """Create a warehouse with its stock location CODE/Stock."""
    cmd = WarehouseIn(code=code, name=name)
    with transaction() as session:
        out = warehouses.warehouse_out(session, warehouses.create_warehouse(session, cmd))
    if as_json:
        print_json(out.model_dump(mode="json"))
    else:
        say(f"warehouse {out.code} ({out.name}) with location {out.locations[0].code}")


@app.command("location-add")
@friendly_errors
def stock_location_add(
    warehouse: str = typer.Argument(..., help="Warehouse code."),
    code: str = typer.Argument(..., help="Unique location code, e.g. EAST/Shelf-A."),
    name: str = typer.Argument(...),
    as_json: bool = JSON_OPT,
) -> None:
    """Add an internal location (a shelf, a zone) to a warehouse."""
    with transaction() as session:
        wh = queries.warehouse_by_code(session, warehouse, "WAREHOUSE")
        loc = warehouses.create_location(
            session, LocationIn(warehouse_id=wh.id, code=code, name=name)
        )
        out = {"code": loc.code, "name": loc.name, "warehouse": wh.code}
    if as_json:
        print_json(out)
    else:
        say(f"location {out['code']} in {out['warehouse']}")


@app.command("by-location")
@friendly_errors
def stock_by_location(
    warehouse: str | None = typer.Option(None, "--warehouse", help="One warehouse's code."),
    as_json: bool = JSON_OPT,
) -> None:
    """On hand, reserved, available and value per warehouse, location and product."""
    with transaction() as session:
        wh_id = (
            queries.warehouse_by_code(session, warehouse, "--warehouse").id if warehouse else None
        )
        report = reports.stock_by_location(session, wh_id)
    if as_json:
        print_json(report.model_dump(mode="json"))
        return
    print_table(
        f"Stock by location{f' in {report.warehouse}' if report.warehouse else ''}",
        ["Warehouse", "Location", "SKU", "On hand", "Reserved", "Available", "Value"],
        [
            [
                r.warehouse or "(in transit)",
                r.location,
                r.sku,
                r.on_hand,
                r.reserved,
                r.available,
                r.value,
            ]
            for r in report.rows
        ],
    )
    for t in report.totals:
        say(f"{t.warehouse or 'in transit'}: {t.value}")
    say(f"total: {report.total_value}")


def product_sku(session: Any, product_id: int) -> str:
    product = session.get(Product, product_id)
    return product.sku if product is not None else str(product_id)


def _transfer_out(transfer: StockTransfer, skus: dict[int, str]) -> dict[str, Any]:
    return {
        "number": transfer.number,
        "state": transfer.state.value,
        "two_step": transfer.two_step,
        "lines": [
            {"sku": skus.get(ln.product_id, str(ln.product_id)), "quantity": str(ln.quantity)}
            for ln in transfer.lines
        ],
    }


def _say_transfer(out: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print_json(out)
    else:
        items = ", ".join(f"{ln['sku']}={ln['quantity']}" for ln in out["lines"])
        say(f"transfer {out['number']}: {out['state']} ({items})")


@app.command("transfer")
@friendly_errors
def stock_transfer(
    source: str = typer.Argument(..., help="From: a location code, or a warehouse code."),
    destination: str = typer.Argument(..., help="To: a location code, or a warehouse code."),
    items: list[str] = typer.Argument(..., help="SKU=QTY ..."),
    on: str | None = DATE_OPT,
    reason: str | None = typer.Option(None, "--reason"),
    draft: bool = typer.Option(False, "--draft", help="Only record it; move nothing yet."),
    as_json: bool = JSON_OPT,
) -> None:
    """Move stock: at once within a warehouse; between warehouses it is shipped now and
    received later with `stock receive NUMBER`."""
    parsed = [(arg, *_count_item(arg)) for arg in items]
    day = parse_date(on)
    with transaction() as session:
        src = queries.location_by_code(session, source, "SOURCE")
        dst = queries.location_by_code(session, destination, "DESTINATION")
        skus: dict[int, str] = {}
        lines = []
        for arg, sku, q in parsed:
            pid = product_by_sku(session, sku, f"argument {arg!r}").id
            skus[pid] = sku
            lines.append(TransferLineIn(product_id=pid, quantity=q))
        cmd = TransferIn(
            from_location_id=src.id,
            to_location_id=dst.id,
            scheduled_date=day,
            lines=lines,
            reason=reason,
        )
        transfer = transfers.create_transfer(session, cmd)
        if not draft:
            step = transfers.ship_transfer if transfer.two_step else transfers.validate_transfer
            step(session, transfer.id, day)
        out = _transfer_out(transfer, skus)
    _say_transfer(out, as_json)


def _transfer_step(number: str, on: str | None, as_json: bool, action: str) -> None:
    day = parse_date(on)
    with transaction() as session:
        transfer = queries.transfer_by_number(session, number)
        steps = {
            "validate": transfers.validate_transfer,
            "ship": transfers.ship_transfer,
            "receive": transfers.receive_transfer,
        }
        if action == "cancel":
            transfers.cancel_transfer(session, transfer.id)
        else:
            steps[action](session, transfer.id, day)
        skus = {ln.product_id: product_sku(session, ln.product_id) for ln in transfer.lines}
        out = _transfer_out(transfer, skus)
    _say_transfer(out, as_json)


@app.command("receive")
@friendly_errors
def stock_receive(
    number: str = typer.Argument(..., help="Transfer number, e.g. INT/00001."),
    on: str | None = DATE_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Receive a shipped transfer at its destination."""
    _transfer_step(number, on, as_json, "receive")


@app.command("ship")
@friendly_errors
def stock_ship(
    number: str = typer.Argument(...), on: str | None = DATE_OPT, as_json: bool = JSON_OPT
) -> None:
    """Ship a draft transfer between warehouses (to transit)."""
    _transfer_step(number, on, as_json, "ship")


@app.command("validate")
@friendly_errors
def stock_validate(
    number: str = typer.Argument(...), on: str | None = DATE_OPT, as_json: bool = JSON_OPT
) -> None:
    """Move the goods of a draft transfer within a warehouse."""
    _transfer_step(number, on, as_json, "validate")


@app.command("cancel")
@friendly_errors
def stock_cancel(number: str = typer.Argument(...), as_json: bool = JSON_OPT) -> None:
    """Cancel a draft transfer."""
    _transfer_step(number, None, as_json, "cancel")
