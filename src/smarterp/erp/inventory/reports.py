"""Stock on hand per product and per location, and the stock valuation, tied to the inventory
account."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from smarterp.core.money import money, price, qty
from smarterp.erp.accounting.reports import account_balance
from smarterp.erp.accounting.service import account_for_role
from smarterp.erp.inventory.models import (
    Location,
    LocationKind,
    MoveState,
    StockMove,
    StockQuant,
    StockValuation,
    Warehouse,
)
from smarterp.erp.products.models import Product, ProductType

# Sums start from a zero with cents so that empty totals print as 0.00, like the rest.
ZERO = money(0)


class StockRow(BaseModel):
    sku: str
    product: str
    on_hand: Decimal
    reserved: Decimal
    available: Decimal
    reorder_level: Decimal
    below_reorder: bool
    discontinued: bool


class StockReport(BaseModel):
    rows: list[StockRow]


def stock_report(session: Session, *, below_reorder_only: bool = False) -> StockReport:
    """On hand, reserved and available in the company's own locations, per stocked product."""
    internal = (
        select(
            StockQuant.product_id,
            func.sum(StockQuant.quantity).label("on_hand"),
            func.sum(StockQuant.reserved).label("reserved"),
        )
        .join(Location, Location.id == StockQuant.location_id)
        .where(Location.kind == LocationKind.INTERNAL)
        .group_by(StockQuant.product_id)
        .subquery()
    )
    stmt = (
        select(Product, internal.c.on_hand, internal.c.reserved)
        .outerjoin(internal, internal.c.product_id == Product.id)
        .where(Product.type == ProductType.STOCKABLE, Product.active.is_(True))
        .order_by(Product.sku)
    )
    rows: list[StockRow] = []
    for product, on_hand, reserved in session.execute(stmt):
        on_hand, reserved = qty(on_hand or 0), qty(reserved or 0)
        below = product.reorder_level > 0 and on_hand <= product.reorder_level
        if below_reorder_only and not below:
            continue
        rows.append(
            StockRow(
                sku=product.sku,
                product=product.name,
                on_hand=on_hand,
                reserved=reserved,
                available=on_hand - reserved,
                reorder_level=product.reorder_level,
                below_reorder=below,
                discontinued=product.discontinued,
            )
        )
    return StockReport(rows=rows)


class ValuationRow(BaseModel):
    sku: str
    product: str
    costing_method: str
    quantity: Decimal
    value: Decimal
    unit_cost: Decimal


class StockValuationReport(BaseModel):
    as_of: date | None
    rows: list[ValuationRow]
    total_value: Decimal
    inventory_account: Decimal
    difference: Decimal  # zero when stock and ledger agree


def stock_valuation(session: Session, as_of: date | None = None) -> StockValuationReport:
    """Quantity and value per product: the running valuation now, or replayed moves to a date."""
    if as_of is None:
        stmt = select(Product, StockValuation.quantity, StockValuation.value).join(
            StockValuation, StockValuation.product_id == Product.id
        )
        figures = [(p, qty(q), money(v)) for p, q, v in session.execute(stmt)]
    else:
        src, dst = aliased(Location), aliased(Location)
        entering = (dst.kind == LocationKind.INTERNAL) & (src.kind != LocationKind.INTERNAL)
        leaving = (src.kind == LocationKind.INTERNAL) & (dst.kind != LocationKind.INTERNAL)
        sign = case((entering, 1), (leaving, -1), else_=0)
        stmt = (
            select(
                Product,
                func.sum(sign * StockMove.quantity),
                func.sum(sign * func.coalesce(StockMove.value, 0)),
            )
            .join(StockMove, StockMove.product_id == Product.id)
            .join(src, src.id == StockMove.from_location_id)
            .join(dst, dst.id == StockMove.to_location_id)
            .where(StockMove.state == MoveState.DONE, StockMove.date <= as_of)
            .group_by(Product.id)
        )
        figures = [(p, qty(q or 0), money(v or 0)) for p, q, v in session.execute(stmt)]
    rows = [
        ValuationRow(
            sku=p.sku,
            product=p.name,
            costing_method=p.costing_method.value,
            quantity=q,
            value=v,
            unit_cost=price(v / q) if q else ZERO,
        )
        for p, q, v in sorted(figures, key=lambda f: f[0].sku)
        if q or v
    ]
    total = sum((r.value for r in rows), ZERO)
    ledger = account_balance(session, account_for_role(session, "inventory"), as_of)
    return StockValuationReport(
        as_of=as_of,
        rows=rows,
        total_value=total,
        inventory_account=ledger,
        difference=total - ledger,
    )


class LocationStockRow(BaseModel):
    warehouse: str | None  # None: in transit between warehouses
    location: str
    sku: str
    product: str
    on_hand: Decimal
    reserved: Decimal
    available: Decimal
    unit_cost: Decimal
    value: Decimal


class WarehouseTotal(BaseModel):
    warehouse: str | None
    value: Decimal


class LocationStockReport(BaseModel):
    warehouse: str | None  # the filter, when one was given
    rows: list[LocationStockRow]
    totals: list[WarehouseTotal]
    total_value: Decimal


def stock_by_location(session: Session, warehouse_id: int | None = None) -> LocationStockReport:
    """On hand, reserved, available and value per internal location and product, for one
    warehouse or all (and what is in transit). Valuation is per company, so a location's
    value is its quantity at the product's company-wide unit cost; across all locations the
    values add up to the stock valuation, give or take a cent of rounding per row."""
    stmt = (
        select(
            Warehouse.code,
            Location.code,
            Product,
            StockQuant.quantity,
            StockQuant.reserved,
            StockValuation.quantity,
            StockValuation.value,
        )
        .join(Location, Location.id == StockQuant.location_id)
        .outerjoin(Warehouse, Warehouse.id == Location.warehouse_id)
        .join(Product, Product.id == StockQuant.product_id)
        .outerjoin(StockValuation, StockValuation.product_id == Product.id)
        .where(
            Location.kind == LocationKind.INTERNAL,
            (StockQuant.quantity != 0) | (StockQuant.reserved != 0),
        )
        .order_by(Warehouse.id.is_(None), Warehouse.id, Location.id, Product.sku)
    )
    if warehouse_id is not None:
        stmt = stmt.where(Location.warehouse_id == warehouse_id)
    rows: list[LocationStockRow] = []
    totals: dict[str | None, Decimal] = {}
    for wh, loc, product, on_hand, reserved, val_qty, val_value in session.execute(stmt):
        on_hand, reserved = qty(on_hand), qty(reserved)
        unit_cost = price(val_value / val_qty) if val_qty and val_qty > 0 else product.cost
        value = money(on_hand * unit_cost)
        totals[wh] = totals.get(wh, ZERO) + value
        rows.append(
            LocationStockRow(
                warehouse=wh,
                location=loc,
                sku=product.sku,
                product=product.name,
                on_hand=on_hand,
                reserved=reserved,
                available=on_hand - reserved,
                unit_cost=unit_cost,
                value=value,
            )
        )
    chosen = session.get(Warehouse, warehouse_id) if warehouse_id is not None else None
    return LocationStockReport(
        warehouse=chosen.code if chosen is not None else None,
        rows=rows,
        totals=[WarehouseTotal(warehouse=w, value=v) for w, v in totals.items()],
        total_value=sum(totals.values(), ZERO),
    )
