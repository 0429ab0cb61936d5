"""Stock reads shared by the reports, the API, the web pages and the CLI: stock per product
and per location (on hand, reserved, on order, below the reorder level or not), the one product
search on them, the warehouses to choose from, and warehouses, locations and transfers by code
or number."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from smarterp.core.errors import InvalidInput
from smarterp.core.search import AnySelect
from smarterp.erp.inventory.models import (
    Location,
    LocationKind,
    MoveState,
    StockMove,
    StockQuant,
    StockTransfer,
    Warehouse,
)
from smarterp.erp.inventory.warehouses import default_warehouse, stock_location
from smarterp.erp.products import queries as product_queries
from smarterp.erp.products.models import Product, ProductType


def _low(on_hand: Any) -> ColumnElement[bool]:
    """A product is low when it has a reorder level and holds no more than that."""
    return and_(Product.reorder_level > 0, on_hand <= Product.reorder_level)


def _levels(on_hand: Any, reserved: Any) -> tuple[Any, ...]:
    """The columns every stock row carries after its product, by name."""
    return (
        on_hand.label("on_hand"),
        reserved.label("reserved"),
        case((_low(on_hand), True), else_=False).label("below_reorder"),
    )


def on_order(warehouse_id: int | None = None) -> AnySelect:
    """Per product, what suppliers are still to deliver on confirmed purchase orders (into one
    warehouse when given): rows of (product_id, on_order).

    The one definition of "on order" for every page and the planner: the quantity of the open
    moves from a supplier into the company's own stock. Confirming a purchase order creates
    them, receiving closes them (a partial receipt leaves the rest on its backorder, "no
    backorder" cancels it), cancelling the order cancels them; requests for quotation have
    none, as nothing is ordered until the supplier is asked to deliver."""
    src, dst = aliased(Location), aliased(Location)
    stmt = (
        select(StockMove.product_id, func.sum(StockMove.quantity).label("on_order"))
        .join(src, src.id == StockMove.from_location_id)
        .join(dst, dst.id == StockMove.to_location_id)
        .where(
            StockMove.state == MoveState.CONFIRMED,
            src.kind == LocationKind.SUPPLIER,
            dst.kind == LocationKind.INTERNAL,
        )
        .group_by(StockMove.product_id)
    )
    return stmt if warehouse_id is None else stmt.where(dst.warehouse_id == warehouse_id)


def on_order_by_product(session: Session, product_ids: list[int] | None = None) -> dict[int, Any]:
    """`on_order` read into a dict (every product, or those of `product_ids`)."""
    stmt = on_order()
    if product_ids is not None:
        stmt = stmt.where(StockMove.product_id.in_(product_ids))
    return {pid: quantity for pid, quantity in session.execute(stmt)}


def stock_levels(warehouse_id: int | None = None) -> AnySelect:
    """Per active stocked product, its stock in the company's own locations (one warehouse's
    when given): rows of (Product, on_hand, reserved, below_reorder, on_order, uncovered);
    `uncovered` when what is free plus what is on order does not lift it above its reorder
    level (something to order, also when its stock on hand is promised to customers)."""
    held = (
        select(
            StockQuant.product_id,
            func.sum(StockQuant.quantity).label("on_hand"),
            func.sum(StockQuant.reserved).label("reserved"),
        )
        .join(Location, Location.id == StockQuant.location_id)
        .where(Location.kind == LocationKind.INTERNAL)
        .group_by(StockQuant.product_id)
    )
    if warehouse_id is not None:
        held = held.where(Location.warehouse_id == warehouse_id)
    sub = held.subquery()
    coming = on_order(warehouse_id).subquery()
    on_hand = func.coalesce(sub.c.on_hand, 0)
    reserved = func.coalesce(sub.c.reserved, 0)
    ordered = func.coalesce(coming.c.on_order, 0)
    position = on_hand - reserved + ordered
    return (
        select(
            Product,
            *_levels(on_hand, reserved),
            ordered.label("on_order"),
            case((_low(position), True), else_=False).label("uncovered"),
        )
        .outerjoin(sub, sub.c.product_id == Product.id)
        .outerjoin(coming, coming.c.product_id == Product.id)
        .where(Product.type == ProductType.STOCKABLE, Product.active.is_(True))
    )


def location_levels(warehouse_id: int | None = None) -> AnySelect:
    """Per internal location (one warehouse's when given, else every warehouse's and what is
    in transit) and product it holds or has reserved: rows of (Product, on_hand, reserved,
    below_reorder, warehouse, warehouse_id, location, location_name); `warehouse` is None
    in transit."""
    stmt = (
        select(
            Product,
            *_levels(StockQuant.quantity, StockQuant.reserved),
            Warehouse.code.label("warehouse"),
            Warehouse.id.label("warehouse_id"),
            Location.code.label("location"),
            Location.name.label("location_name"),
        )
        .select_from(StockQuant)
        .join(Location, Location.id == StockQuant.location_id)
        .outerjoin(Warehouse, Warehouse.id == Location.warehouse_id)
        .join(Product, Product.id == StockQuant.product_id)
        .where(
            Location.kind == LocationKind.INTERNAL,
            (StockQuant.quantity != 0) | (StockQuant.reserved != 0),
        )
    )
    return stmt if warehouse_id is None else in_warehouse(stmt, warehouse_id)


def in_warehouse(stmt: AnySelect, warehouse_id: int) -> AnySelect:
    """Rows of `location_levels` cut to one warehouse's locations."""
    return stmt.where(Location.warehouse_id == warehouse_id)


def narrow(
    stmt: AnySelect, *, q: str | None = None, low: bool | None = None, short: bool = False
) -> AnySelect:
    """Stock rows (of `stock_levels` or `location_levels`) cut to the products the search
    finds, and to those below their reorder level (`low`) or not; None leaves a filter off.
    `short` (rows of `stock_levels`): those below their reorder level on hand, or free plus
    on order (what the dashboard counts and replenishment answers for)."""
    if q and q.strip():
        stmt = stmt.where(product_queries.search(q))
    if short:
        cols = stmt.selected_columns
        stmt = stmt.where(or_(cols.below_reorder.is_(True), cols.uncovered.is_(True)))
    if low is not None:
        below = stmt.selected_columns.below_reorder
        stmt = stmt.where(below.is_(True) if low else below.is_(False))
    return stmt


def by_sku() -> tuple[Any, ...]:
    """The order stock per product is read in."""
    return (Product.sku,)


def by_location() -> tuple[Any, ...]:
    """The order stock per location is read in: warehouse by warehouse (transit last), then
    location, then SKU."""
    return (Warehouse.id.is_(None), Warehouse.id, Location.id, Product.sku)


def warehouses(session: Session) -> list[Warehouse]:
    """Every warehouse, the company's main one first."""
    return list(session.scalars(select(Warehouse).order_by(Warehouse.id)))


def warehouse_or_main(session: Session, warehouse_id: int | None) -> Warehouse:
    """The warehouse a document names, or the company's main one when it names none (where
    its goods go, as the services read it)."""
    found = session.get(Warehouse, warehouse_id) if warehouse_id is not None else None
    return found if found is not None else default_warehouse(session)


def find_warehouse(session: Session, code: str) -> Warehouse | None:
    """The warehouse with this code, whatever its case."""
    stmt = select(Warehouse).where(func.lower(Warehouse.code) == code.strip().lower())
    return session.scalars(stmt).first()


def warehouse_by_code(session: Session, code: str, field: str = "warehouse") -> Warehouse:
    """The warehouse with this code, or a refusal naming `field` and the codes there are."""
    wh = find_warehouse(session, code)
    if wh is None:
        known = ", ".join(session.scalars(select(Warehouse.code).order_by(Warehouse.id)))
        raise InvalidInput(field, f"no warehouse {code!r}; known: {known}")
    return wh


def location_by_code(session: Session, code: str, field: str = "location") -> Location:
    """An internal location by its code, or a warehouse code meaning its stock location."""
    text = code.strip()
    loc = session.scalars(select(Location).where(func.lower(Location.code) == text.lower())).first()
    if loc is not None:
        return loc
    wh = find_warehouse(session, text)
    if wh is not None:
        return stock_location(session, wh.id)
    raise InvalidInput(field, f"no location or warehouse {code!r}")


def transfer_by_number(session: Session, number: str) -> StockTransfer:
    """The transfer with this number (INT/00001), whatever its case."""
    transfer = session.scalars(
        select(StockTransfer).where(StockTransfer.number == number.strip().upper())
    ).first()
    if transfer is None:
        raise InvalidInput("transfer", f"no stock transfer {number!r}")
    return transfer
