"""What planning reads from the books: demand per day, lead times, stock positions, suppliers."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from smarterp.core.errors import InvalidInput
from smarterp.erp.inventory import queries as inventory_queries
from smarterp.erp.inventory.models import (
    Location,
    LocationKind,
    MoveState,
    Shipment,
    ShipmentKind,
    StockMove,
    StockQuant,
)
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product, SupplierInfo
from smarterp.erp.purchasing import queries as purchase_queries
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.intel.forecast.books import check_day, demand_history
from smarterp.intel.forecast.models import DemandForecast

DAYS_PER_PERIOD = {"D": 1.0, "W": 7.0, "M": 365.25 / 12}
# With fewer than two receipts the spread of the lead time is unknown: assume a quarter of it.
ASSUMED_LEAD_TIME_SPREAD = 0.25


@dataclass
class LeadTime:
    mean_days: float
    sd_days: float
    receipts: int
    source: str  # "receipts" or "supplier terms"


@dataclass
class ProductInputs:
    product_id: int
    sku: str
    name: str
    unit_cost: Decimal
    reorder_level: Decimal
    reorder_quantity: Decimal
    daily_history: np.ndarray
    demand_per_day: float
    demand_sd_per_day: float
    demand_source: str
    supplier_id: int | None
    supplier_name: str | None
    supplier_price: Decimal | None
    pack_size: Decimal
    min_order_qty: Decimal
    lead_time: LeadTime
    on_hand: Decimal
    reserved: Decimal
    on_order: Decimal
    requested: Decimal  # on requests for quotation, not yet ordered


def gather(session: Session, today: date, history_days: int = 365) -> list[ProductInputs]:
    """Everything the policy needs, per active stockable product with sales history."""
    check_day(today)
    try:
        history = demand_history(session, "D", today)
    except InvalidInput:
        return []
    frame = history.frame[history.frame.ds >= pd.Timestamp(today - timedelta(days=history_days))]
    forecast_rate = _forecast_rate(session)
    on_order = inventory_queries.on_order_by_product(session)
    requested = purchase_queries.requested(session)
    reserved, on_hand = _stock(session)
    lead_times = _lead_times(session)
    # Every product and supplier name in two queries, not two per product.
    products = {
        p.id: p
        for p in session.scalars(
            select(Product)
            .where(Product.id.in_(list(history.product_ids.values())))
            .options(selectinload(Product.supplier_infos))
        )
    }
    supplier_ids = {i.supplier_id for p in products.values() for i in p.supplier_infos}
    names = dict(
        session.execute(select(Partner.id, Partner.name).where(Partner.id.in_(supplier_ids))).all()
    )
    out: list[ProductInputs] = []
    for sku, rows in frame.groupby("unique_id"):
        product_id = history.product_ids[str(sku)]
        product = products.get(product_id)
        if product is None:
            continue
        daily = rows["y"].to_numpy(dtype=float)
        # A product first sold 100 days ago has 100 days of history, not 265 days of zeros.
        padded = daily
        level, source = float(np.mean(daily)), f"mean of last {len(daily)} days"
        if product_id in forecast_rate:
            level, source = forecast_rate[product_id], "stored forecast"
        info = _main_supplier(product)
        supplier_name = names.get(info.supplier_id) if info is not None else None
        lead = _lead_time_for(
            lead_times.get((product_id, info.supplier_id)) if info else None, info
        )
        out.append(
            ProductInputs(
                product_id=product_id,
                sku=str(sku),
                name=product.name,
                unit_cost=product.cost,
                reorder_level=product.reorder_level,
                reorder_quantity=product.reorder_quantity,
                daily_history=padded,
                demand_per_day=level,
                demand_sd_per_day=float(np.std(padded, ddof=1)) if len(padded) > 1 else 0.0,
                demand_source=source,
                supplier_id=info.supplier_id if info else None,
                supplier_name=supplier_name,
                supplier_price=info.price if info else None,
                pack_size=info.pack_size if info else Decimal(1),
                min_order_qty=info.min_order_qty if info else Decimal(1),
                lead_time=lead,
                on_hand=on_hand.get(product_id, Decimal(0)),
                reserved=reserved.get(product_id, Decimal(0)),
                on_order=Decimal(str(on_order.get(product_id, 0))),
                requested=Decimal(str(requested.get(product_id, 0))),
            )
        )
    return out


def _main_supplier(product: Product) -> SupplierInfo | None:
    infos = sorted(product.supplier_infos, key=lambda i: (i.sequence, i.id))
    return infos[0] if infos else None


def _forecast_rate(session: Session) -> dict[int, float]:
    """Mean forecast units per day over each product's stored horizon."""
    stmt = select(DemandForecast.product_id, DemandForecast.freq, DemandForecast.yhat)
    rates: dict[int, list[float]] = {}
    for product_id, freq, yhat in session.execute(stmt):
        rates.setdefault(product_id, []).append(yhat / DAYS_PER_PERIOD.get(freq, 7.0))
    return {pid: float(np.mean(values)) for pid, values in rates.items()}


def _stock(session: Session) -> tuple[dict[int, Decimal], dict[int, Decimal]]:
    stmt = (
        select(StockQuant.product_id, func.sum(StockQuant.reserved), func.sum(StockQuant.quantity))
        .join(Location, Location.id == StockQuant.location_id)
        .where(Location.kind == LocationKind.INTERNAL)
        .group_by(StockQuant.product_id)
    )
    reserved: dict[int, Decimal] = {}
    on_hand: dict[int, Decimal] = {}
    for pid, res, qty in session.execute(stmt):
        reserved[pid] = Decimal(str(res or 0))
        on_hand[pid] = Decimal(str(qty or 0))
    return reserved, on_hand


def _lead_times(session: Session) -> dict[tuple[int, int], list[float]]:
    """Days from purchase order date to each receipt, per (product, supplier)."""
    stmt = (
        select(
            StockMove.product_id,
            PurchaseOrder.supplier_id,
            PurchaseOrder.order_date,
            StockMove.date,
        )
        .join(Shipment, Shipment.id == StockMove.shipment_id)
        .join(PurchaseOrder, PurchaseOrder.id == Shipment.origin_id)
        .where(
            Shipment.kind == ShipmentKind.RECEIPT,
            Shipment.origin_type == "purchase_order",
            StockMove.state == MoveState.DONE,
        )
    )
    out: dict[tuple[int, int], list[float]] = {}
    for pid, supplier_id, ordered, received in session.execute(stmt):
        out.setdefault((pid, supplier_id), []).append(float((received - ordered).days))
    return out


def _lead_time_for(observed: list[float] | None, info: SupplierInfo | None) -> LeadTime:
    if observed and len(observed) >= 2:
        return LeadTime(
            statistics.mean(observed), statistics.stdev(observed), len(observed), "receipts"
        )
    if observed:
        return LeadTime(observed[0], observed[0] * ASSUMED_LEAD_TIME_SPREAD, 1, "receipts")
    days = float(info.lead_time_days) if info else 7.0
    return LeadTime(days, days * ASSUMED_LEAD_TIME_SPREAD, 0, "supplier terms")
