"""Stock on hand per product and the stock valuation, tied to the inventory account."""

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
