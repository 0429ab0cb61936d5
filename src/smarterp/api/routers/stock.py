"""Stock on hand per product, and physical counts that adjust the books to what is counted."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from sqlalchemy.orm import selectinload

from smarterp.api.deps import (
    Ctx,
    IdempotencyKey,
    Page,
    PagingDep,
    RecordId,
    once,
    page_of,
    requires,
)
from smarterp.api.schemas import StockCountOut
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.erp.inventory import reports, service
from smarterp.erp.inventory.models import StockCount
from smarterp.erp.inventory.reports import StockRow
from smarterp.erp.inventory.schemas import CountIn

router = APIRouter(prefix="/stock", tags=["stock"])

SORTABLE = ("sku", "product", "on_hand", "reserved", "available", "reorder_level")


def _key(row: StockRow, field: str) -> Any:
    if field not in SORTABLE:
        raise InvalidInput("sort", f"cannot sort by {field!r}; choose from {', '.join(SORTABLE)}")
    return getattr(row, field)


@router.get("", response_model=Page[StockRow], summary="Stock on hand per product")
def list_stock(
    ctx: Annotated[Ctx, requires("stock.read")],
    paging: PagingDep,
    q: Annotated[str | None, Query(description="Search SKU and product name.")] = None,
    below_reorder: bool = False,
) -> Page[StockRow]:
    rows = reports.stock_report(ctx.session, below_reorder_only=below_reorder).rows
    if q:
        needle = q.strip().lower()
        rows = [r for r in rows if needle in r.sku.lower() or needle in r.product.lower()]
    items, total = page_of(rows, paging, _key)
    return Page[StockRow](items=items, total=total, limit=paging.limit, offset=paging.offset)


def _load_count(ctx: Ctx, count_id: RecordId) -> StockCount:
    count = ctx.session.get(StockCount, count_id, options=[selectinload(StockCount.lines)])
    if count is None:
        raise NotFound("stock count", count_id)
    return count


@router.post("/counts", response_model=StockCountOut, status_code=201)
def count_stock(
    ctx: Annotated[Ctx, requires("stock.write")],
    body: CountIn,
    apply: Annotated[bool, Query(description="Adjust the books to the count at once.")] = True,
    idempotency_key: IdempotencyKey = None,
) -> StockCountOut:
    count = once(
        ctx,
        "stock_count.create",
        idempotency_key,
        lambda: service.count_stock(ctx.session, body, apply=apply),
        lambda cid: _load_count(ctx, cid),
    )
    return StockCountOut.model_validate(count)


@router.get("/counts/{count_id}", response_model=StockCountOut)
def get_count(ctx: Annotated[Ctx, requires("stock.read")], count_id: RecordId) -> StockCountOut:
    return StockCountOut.model_validate(_load_count(ctx, count_id))
