"""Demand forecasts per product and replenishment proposals a buyer can turn into draft orders."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from smarterp.api.deps import Ctx, RecordId, requires
from smarterp.core.errors import NotFound
from smarterp.erp.products.models import Product
from smarterp.intel.forecast.books import stored_forecasts
from smarterp.intel.planning import replenish

router = APIRouter(prefix="/forecast", tags=["forecast"])

AsOf = Annotated[date | None, Query(description="Plan as of this day; today when omitted.")]


class ForecastPoint(BaseModel):
    ds: date
    yhat: float
    yhat_lo_80: float | None
    yhat_hi_80: float | None
    yhat_lo_95: float | None
    yhat_hi_95: float | None


class ProductForecast(BaseModel):
    product_id: int
    sku: str
    freq: str | None
    method: str | None
    demand_class: str | None
    points: list[ForecastPoint]


class ProposalLine(BaseModel):
    product_id: int
    sku: str
    name: str
    quantity: Decimal
    abc: str
    xyz: str
    service_level: float
    demand_per_day: float
    lead_time_days: float
    safety_stock: Decimal
    reorder_point: Decimal
    order_up_to: Decimal
    economic_order_qty: Decimal
    position: Decimal
    explanation: str


class SupplierProposalOut(BaseModel):
    supplier_id: int
    supplier_name: str | None
    lines: list[ProposalLine]


class Applied(BaseModel):
    created: list[str]


@router.get("/products/{product_id}", response_model=ProductForecast)
def product_forecast(
    ctx: Annotated[Ctx, requires("forecast.read")], product_id: RecordId
) -> ProductForecast:
    """The latest stored forecast of one product (`smarterp forecast` stores them)."""
    product = ctx.session.get(Product, product_id)
    if product is None:
        raise NotFound("product", product_id)
    rows = stored_forecasts(ctx.session, product_id)
    first = rows[0] if rows else None
    return ProductForecast(
        product_id=product_id,
        sku=product.sku,
        freq=first.freq if first else None,
        method=first.method if first else None,
        demand_class=first.demand_class if first else None,
        points=[
            ForecastPoint(
                ds=r.ds,
                yhat=r.yhat,
                yhat_lo_80=r.yhat_lo_80,
                yhat_hi_80=r.yhat_hi_80,
                yhat_lo_95=r.yhat_lo_95,
                yhat_hi_95=r.yhat_hi_95,
            )
            for r in rows
        ],
    )


@router.get("/replenishment", response_model=list[SupplierProposalOut])
def replenishment(
    ctx: Annotated[Ctx, requires("forecast.read")], as_of: AsOf = None
) -> list[SupplierProposalOut]:
    """Products at or below their reorder point, grouped per supplier, each line explained."""
    return [
        SupplierProposalOut(
            supplier_id=p.supplier_id,
            supplier_name=p.supplier_name,
            lines=[
                ProposalLine(
                    product_id=ln.product_id,
                    sku=ln.sku,
                    name=ln.name,
                    quantity=ln.proposed_qty,
                    abc=ln.abc,
                    xyz=ln.xyz,
                    service_level=ln.service_level,
                    demand_per_day=ln.demand_per_day,
                    lead_time_days=ln.lead_time_days,
                    safety_stock=ln.safety_stock,
                    reorder_point=ln.reorder_point,
                    order_up_to=ln.order_up_to,
                    economic_order_qty=ln.economic_order_qty,
                    position=ln.position,
                    explanation=ln.explanation,
                )
                for ln in p.lines
            ],
        )
        for p in replenish.proposals(ctx.session, as_of)
    ]


@router.post("/replenishment/apply", response_model=Applied, status_code=201)
def apply_replenishment(
    ctx: Annotated[Ctx, requires("forecast.write")], as_of: AsOf = None
) -> Applied:
    """Create one draft purchase order (RFQ) per supplier. Safe to repeat: drafts count as on
    order, so a second call finds nothing left to propose."""
    return Applied(created=replenish.apply(ctx.session, as_of))
