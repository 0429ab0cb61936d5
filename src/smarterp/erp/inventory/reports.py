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
from smarterp.erp.inventory import queries
from smarterp.erp.inventory.models import (
    Location,
    LocationKind,
    MoveState,
    StockMove,
    StockValuation,
    Warehouse,
)
from smarterp.erp.products.models import Product

# Sums start from a zero with cents so that empty totals print as 0.00, like the rest.
ZERO = money(0)


class StockRow(BaseModel):
    sku: str
    product: str
    on_hand: Decimal
    reserved: Decimal
    available: Decimal
    # Still to come from suppliers on confirmed purchase orders (queries.on_order).
    on_order: Decimal
    reorder_level: Decimal
    below_reorder: bool
    # Free plus on order at or below the reorder level: something to buy.
    uncovered: bool
    discontinued: bool


class StockReport(BaseModel):
    rows: list[StockRow]


def stock_report(
    session: Session,
    *,
    below_reorder_only: bool = False,
    q: str | None = None,
    warehouse_id: int | None = None,
) -> StockReport:
    """On hand, reserved, available and on order in the company's own locations (one
    warehouse's when given), per stocked product the search `q` finds."""
    stmt = queries.narrow(
        queries.stock_levels(warehouse_id), q=q, low=True if below_reorder_only else None
    )
    rows = [
        StockRow(
            sku=r.Product.sku,
            product=r.Product.name,
            on_hand=qty(r.on_hand),
            reserved=qty(r.reserved),
            available=qty(r.on_hand) - qty(r.reserved),
            on_order=qty(r.on_order),
            reorder_level=r.Product.reorder_level,
            below_reorder=bool(r.below_reorder),
            uncovered=bool(r.uncovered),
            discontinued=r.Product.discontinued,
        )
        for r in session.execute(stmt.order_by(*queries.by_sku()))
    ]
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
        queries.location_levels(warehouse_id)
        .add_columns(StockValuation.quantity.label("val_qty"), StockValuation.value)
        .outerjoin(StockValuation, StockValuation.product_id == Product.id)
        .order_by(*queries.by_location())
    )
    rows: list[LocationStockRow] = []
    totals: dict[str | None, Decimal] = {}
    for r in session.execute(stmt):
        product, on_hand, reserved = r.Product, qty(r.on_hand), qty(r.reserved)
        unit_cost = price(r.value / r.val_qty) if r.val_qty and r.val_qty > 0 else product.cost
        value = money(on_hand * unit_cost)
        totals[r.warehouse] = totals.get(r.warehouse, ZERO) + value
        rows.append(
            LocationStockRow(
                warehouse=r.warehouse,
                location=r.location,
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
