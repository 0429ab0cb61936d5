"""`smarterp product`: adding products and listing them with their prices and stock."""

from __future__ import annotations

import typer

from smarterp.cli.common import (
    JSON_OPT,
    dump,
    friendly_errors,
    parse_number,
    print_json,
    print_table,
    say,
    transaction,
)
from smarterp.erp.inventory import service as inventory
from smarterp.erp.products import queries
from smarterp.erp.products.models import CostingMethod, ProductType
from smarterp.erp.products.schemas import ProductIn, ProductOut
from smarterp.erp.products.service import create_product

app = typer.Typer(help="Products and their prices.", no_args_is_help=True)


@app.command("add")
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
        sale_price=parse_number("--price", "price", price),
        cost=parse_number("--cost", "cost", cost),
        category=category,
        sales_tax_code=tax,
        purchase_tax_code=purchase_tax,
        reorder_level=parse_number("--reorder-level", "level", reorder_level),
        costing_method=CostingMethod.FIFO if fifo else CostingMethod.AVERAGE,
        type=ProductType.SERVICE if service else ProductType.STOCKABLE,
    )
    with transaction() as session:
        out = dump(ProductOut, create_product(session, cmd))
    if as_json:
        print_json(out)
    else:
        say(f"product {out['sku']} {out['name']} added at {out['sale_price']}")


@app.command("list")
@friendly_errors
def product_list(
    search: str | None = typer.Option(None, "--search", help="Text in SKU or name."),
    as_json: bool = JSON_OPT,
) -> None:
    """List products with what is on hand and available."""
    stmt = queries.products(q=search).order_by(*queries.by_sku())
    with transaction() as session:
        rows = []
        for p in session.scalars(stmt):
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
