"""Stock on hand per product and per location, physical counts that adjust the books to what
is counted, warehouses and their locations, and transfers between them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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
from smarterp.erp.inventory import queries, reports, service, transfers, warehouses
from smarterp.erp.inventory.models import StockCount, StockTransfer
from smarterp.erp.inventory.reports import LocationStockReport, StockRow
from smarterp.erp.inventory.schemas import (
    CountIn,
    LocationIn,
    LocationOut,
    TransferIn,
    TransferOut,
    TransferStepIn,
    WarehouseIn,
    WarehouseOut,
)

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
    q: Annotated[str | None, Query(description="Search SKU, name and Chinese name.")] = None,
    below_reorder: bool = False,
    warehouse: Annotated[
        str | None, Query(description="A warehouse code: its stock only; all when empty.")
    ] = None,
) -> Page[StockRow]:
    wh_id = queries.warehouse_by_code(ctx.session, warehouse).id if warehouse else None
    rows = reports.stock_report(
        ctx.session, below_reorder_only=below_reorder, q=q, warehouse_id=wh_id
    ).rows
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


Read = Annotated[Ctx, requires("stock.read")]
Write = Annotated[Ctx, requires("stock.write")]


@router.get(
    "/by-location", response_model=LocationStockReport, summary="Stock per warehouse and location"
)
def stock_by_location(
    ctx: Read,
    warehouse: Annotated[str | None, Query(description="A warehouse code; all when empty.")] = None,
) -> LocationStockReport:
    wh_id = queries.warehouse_by_code(ctx.session, warehouse).id if warehouse else None
    return reports.stock_by_location(ctx.session, wh_id)


@router.get("/warehouses", response_model=list[WarehouseOut], summary="Warehouses and locations")
def list_warehouses(ctx: Read) -> list[WarehouseOut]:
    return warehouses.list_warehouses(ctx.session)


@router.post("/warehouses", response_model=WarehouseOut, status_code=201)
def create_warehouse(
    ctx: Write, body: WarehouseIn, idempotency_key: IdempotencyKey = None
) -> WarehouseOut:
    wh = once(
        ctx,
        "warehouse.create",
        idempotency_key,
        lambda: warehouses.create_warehouse(ctx.session, body),
        lambda wid: warehouses.get_warehouse(ctx.session, wid, "id"),
    )
    return warehouses.warehouse_out(ctx.session, wh)


@router.post("/locations", response_model=LocationOut, status_code=201)
def create_location(
    ctx: Write, body: LocationIn, idempotency_key: IdempotencyKey = None
) -> LocationOut:
    loc = once(
        ctx,
        "location.create",
        idempotency_key,
        lambda: warehouses.create_location(ctx.session, body),
        lambda lid: warehouses.get_location(ctx.session, lid, "id"),
    )
    return LocationOut.model_validate(loc)


def _transfer(ctx: Ctx, transfer_id: int) -> TransferOut:
    transfer = ctx.session.get(
        StockTransfer, transfer_id, options=[selectinload(StockTransfer.lines)]
    )
    if transfer is None:
        raise NotFound("stock transfer", transfer_id)
    return TransferOut.model_validate(transfer)


@router.post("/transfers", response_model=TransferOut, status_code=201)
def create_transfer(
    ctx: Write, body: TransferIn, idempotency_key: IdempotencyKey = None
) -> TransferOut:
    """A draft transfer: one step within a warehouse, two (ship, receive) between two."""
    transfer = once(
        ctx,
        "stock_transfer.create",
        idempotency_key,
        lambda: transfers.create_transfer(ctx.session, body),
        lambda tid: transfers.get_transfer(ctx.session, tid),
    )
    return _transfer(ctx, transfer.id)


@router.get("/transfers/{transfer_id}", response_model=TransferOut)
def get_transfer(ctx: Read, transfer_id: RecordId) -> TransferOut:
    return _transfer(ctx, transfer_id)


def _step(
    ctx: Ctx,
    name: str,
    step: Callable[[Any, int, dt.date], StockTransfer],
    transfer_id: int,
    body: TransferStepIn | None,
    key: str | None,
) -> TransferOut:
    day = (body or TransferStepIn()).date or dt.date.today()
    once(
        ctx,
        f"stock_transfer.{name}:{transfer_id}",
        key,
        lambda: step(ctx.session, transfer_id, day),
        lambda tid: transfers.get_transfer(ctx.session, tid),
    )
    return _transfer(ctx, transfer_id)


@router.post("/transfers/{transfer_id}/validate", response_model=TransferOut)
def validate_transfer(
    ctx: Write,
    transfer_id: RecordId,
    body: TransferStepIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> TransferOut:
    """Move the goods of a one-step transfer."""
    return _step(ctx, "validate", transfers.validate_transfer, transfer_id, body, idempotency_key)


@router.post("/transfers/{transfer_id}/ship", response_model=TransferOut)
def ship_transfer(
    ctx: Write,
    transfer_id: RecordId,
    body: TransferStepIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> TransferOut:
    """Send the goods of a two-step transfer to transit."""
    return _step(ctx, "ship", transfers.ship_transfer, transfer_id, body, idempotency_key)


@router.post("/transfers/{transfer_id}/receive", response_model=TransferOut)
def receive_transfer(
    ctx: Write,
    transfer_id: RecordId,
    body: TransferStepIn | None = None,
    idempotency_key: IdempotencyKey = None,
) -> TransferOut:
    """Take in the goods of a shipped transfer at its destination."""
    return _step(ctx, "receive", transfers.receive_transfer, transfer_id, body, idempotency_key)


@router.post("/transfers/{transfer_id}/cancel", response_model=TransferOut)
def cancel_transfer(ctx: Write, transfer_id: RecordId) -> TransferOut:
    """Drop a draft transfer."""
    transfers.cancel_transfer(ctx.session, transfer_id)
    return _transfer(ctx, transfer_id)
