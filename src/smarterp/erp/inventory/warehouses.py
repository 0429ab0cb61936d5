"""Warehouses and their internal locations: creating, listing, and finding where goods go."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit
from smarterp.core.db import session_cache
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.erp.inventory.models import Location, LocationKind, Warehouse
from smarterp.erp.inventory.schemas import LocationIn, LocationOut, WarehouseIn, WarehouseOut

TRANSIT_CODE = "Virtual/Transit"


def default_warehouse(session: Session) -> Warehouse:
    """The company's default warehouse: the first one, set up with the books."""
    wh = session.scalars(select(Warehouse).order_by(Warehouse.id).limit(1)).first()
    if wh is None:
        raise NotFound("warehouse", "default")
    return wh


def get_warehouse(session: Session, warehouse_id: int, field: str = "warehouse_id") -> Warehouse:
    """The warehouse, or a refusal naming the field that pointed at a missing one."""
    wh = session.get(Warehouse, warehouse_id)
    if wh is None:
        raise InvalidInput(field, f"warehouse {warehouse_id} does not exist")
    return wh


def stock_location(session: Session, warehouse_id: int | None = None) -> Location:
    """Where a warehouse's deliveries leave from and receipts arrive: its first internal
    location (the default warehouse's when none is named); cached for the session."""
    cache: dict[int | None, Location] = session_cache(session, "warehouse_stock_locations")
    if warehouse_id not in cache:
        wh_id = warehouse_id if warehouse_id is not None else default_warehouse(session).id
        with session.no_autoflush:
            loc = session.scalars(
                select(Location)
                .where(Location.warehouse_id == wh_id, Location.kind == LocationKind.INTERNAL)
                .order_by(Location.id)
                .limit(1)
            ).first()
        if loc is None:
            raise NotFound("stock location of warehouse", wh_id)
        cache[warehouse_id] = loc
    return cache[warehouse_id]


def transit_location(session: Session) -> Location:
    """Where goods wait between two warehouses: internal (still the company's stock, still
    valued) but in no warehouse. Made by the books' set-up and the migration; made here for
    a database that has neither."""
    loc = session.scalars(select(Location).where(Location.code == TRANSIT_CODE)).first()
    if loc is None:
        loc = Location(
            code=TRANSIT_CODE,
            name="Goods in transit",
            kind=LocationKind.INTERNAL,
            warehouse_id=None,
        )
        session.add(loc)
        session.flush()
    return loc


def get_location(session: Session, location_id: int, field: str = "location_id") -> Location:
    loc = session.get(Location, location_id)
    if loc is None:
        raise InvalidInput(field, f"location {location_id} does not exist")
    return loc


def _code_taken(session: Session, model: type[Warehouse] | type[Location], code: str) -> bool:
    stmt = select(model.id).where(func.lower(model.code) == code.lower())
    return session.scalars(stmt).first() is not None


def create_warehouse(session: Session, cmd: WarehouseIn) -> Warehouse:
    """A warehouse with its stock location `<CODE>/Stock`."""
    code = cmd.code.strip()
    if _code_taken(session, Warehouse, code):
        raise InvalidInput("code", f"a warehouse {code!r} already exists")
    stock_code = f"{code}/Stock"
    if _code_taken(session, Location, stock_code):
        raise InvalidInput("code", f"a location {stock_code!r} already exists")
    wh = Warehouse(code=code, name=cmd.name.strip())
    session.add(wh)
    session.flush()
    session.add(
        Location(
            code=stock_code,
            name=f"{wh.name} stock",
            kind=LocationKind.INTERNAL,
            warehouse_id=wh.id,
        )
    )
    session.flush()
    record_audit(session, "warehouse.create", wh)
    return wh


def create_location(session: Session, cmd: LocationIn) -> Location:
    """Another internal location (a shelf, a zone) inside a warehouse."""
    wh = get_warehouse(session, cmd.warehouse_id)
    code = cmd.code.strip()
    if _code_taken(session, Location, code):
        raise InvalidInput("code", f"a location {code!r} already exists")
    loc = Location(code=code, name=cmd.name.strip(), kind=LocationKind.INTERNAL, warehouse_id=wh.id)
    session.add(loc)
    session.flush()
    record_audit(session, "location.create", loc)
    return loc


def warehouse_out(session: Session, wh: Warehouse) -> WarehouseOut:
    locations = session.scalars(
        select(Location).where(Location.warehouse_id == wh.id).order_by(Location.id)
    ).all()
    return WarehouseOut(
        id=wh.id,
        code=wh.code,
        name=wh.name,
        is_default=wh.id == default_warehouse(session).id,
        stock_location_id=stock_location(session, wh.id).id,
        locations=[LocationOut.model_validate(loc) for loc in locations],
    )


def list_warehouses(session: Session) -> list[WarehouseOut]:
    return [
        warehouse_out(session, wh)
        for wh in session.scalars(select(Warehouse).order_by(Warehouse.id))
    ]
