"""Inventory use-cases: shipments, reservations, done moves with valuation, counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit
from smarterp.core.db import session_cache, utcnow
from smarterp.core.errors import IllegalState, InsufficientStock, InvalidInput, NotFound
from smarterp.core.events import record_event
from smarterp.core.money import ZERO, money, price, qty
from smarterp.core.sequence import next_number
from smarterp.erp.accounting import service as accounting
from smarterp.erp.company.service import get_company
from smarterp.erp.inventory.models import (
    CostLayer,
    CountState,
    Location,
    LocationKind,
    MoveState,
    Shipment,
    ShipmentKind,
    ShipmentState,
    StockCount,
    StockCountLine,
    StockMove,
    StockQuant,
    StockValuation,
    Warehouse,
)
from smarterp.erp.inventory.schemas import CountIn, MoveLineIn
from smarterp.erp.inventory.warehouses import get_location, stock_location, transit_location
from smarterp.erp.products.models import CostingMethod, Product, ProductType
from smarterp.erp.products.service import load_products

# Where a shipment of each kind takes goods from and to.
ROUTES: dict[ShipmentKind, tuple[LocationKind, LocationKind]] = {
    ShipmentKind.DELIVERY: (LocationKind.INTERNAL, LocationKind.CUSTOMER),
    ShipmentKind.RECEIPT: (LocationKind.SUPPLIER, LocationKind.INTERNAL),
    ShipmentKind.CUSTOMER_RETURN: (LocationKind.CUSTOMER, LocationKind.INTERNAL),
    ShipmentKind.SUPPLIER_RETURN: (LocationKind.INTERNAL, LocationKind.SUPPLIER),
}
PREFIX = {
    ShipmentKind.DELIVERY: "OUT",
    ShipmentKind.RECEIPT: "IN",
    ShipmentKind.CUSTOMER_RETURN: "RET",
    ShipmentKind.SUPPLIER_RETURN: "RTS",
}
# The account that takes the other side of a valued move, by the outside location's kind.
COUNTERPART_ROLE = {
    LocationKind.SUPPLIER: "grni",
    LocationKind.CUSTOMER: "cogs",
    LocationKind.ADJUSTMENT: "stock_adjustment",
    LocationKind.OPENING: "opening",
}
DEFAULT_LOCATIONS = [
    ("WH/Stock", "Main warehouse stock", LocationKind.INTERNAL),
    ("Partners/Suppliers", "Suppliers", LocationKind.SUPPLIER),
    ("Partners/Customers", "Customers", LocationKind.CUSTOMER),
    ("Virtual/Adjustments", "Inventory adjustments", LocationKind.ADJUSTMENT),
    ("Virtual/Opening", "Opening balances", LocationKind.OPENING),
]


def ensure_warehouse(session: Session) -> Warehouse:
    """The main warehouse and the virtual locations every flow needs; safe to run again."""
    wh = session.execute(select(Warehouse).where(Warehouse.code == "WH")).scalar_one_or_none()
    if wh is None:
        wh = Warehouse(code="WH", name="Main warehouse")
        session.add(wh)
        session.flush()
    existing = {loc.code for loc in session.scalars(select(Location))}
    for code, name, kind in DEFAULT_LOCATIONS:
        if code not in existing:
            session.add(
                Location(
                    code=code,
                    name=name,
                    kind=kind,
                    warehouse_id=wh.id if kind == LocationKind.INTERNAL else None,
                )
            )
    session.flush()
    transit_location(session)  # after WH/Stock, which stays the first internal location
    return wh


def default_location(session: Session, kind: LocationKind) -> Location:
    """The first location of `kind`; all kinds are read in one query, once per session."""
    cache: dict[LocationKind, Location] = session_cache(session, "default_locations")
    if kind not in cache:
        with session.no_autoflush:
            for loc in session.scalars(select(Location).order_by(Location.id)):
                cache.setdefault(loc.kind, loc)
        if kind not in cache:
            raise NotFound("location of kind", kind.value)
    return cache[kind]


def _quant(session: Session, product_id: int, location_id: int) -> StockQuant:
    """The quant row, locked for this transaction so concurrent writers queue behind us."""
    return _quants(session, {(product_id, location_id)})[(product_id, location_id)]


def _quants(session: Session, keys: set[tuple[int, int]]) -> dict[tuple[int, int], StockQuant]:
    """The quant rows of these (product, location) pairs, locked in one query (in id order,
    so two transactions that need the same rows cannot deadlock); missing ones are created."""
    stmt = (
        select(StockQuant)
        .where(tuple_(StockQuant.product_id, StockQuant.location_id).in_(sorted(keys)))
        .order_by(StockQuant.id)
        .with_for_update()
    )
    with session.no_autoflush:  # the key columns never change, pending edits cannot matter
        found = {(q.product_id, q.location_id): q for q in session.scalars(stmt)}
    missing = keys - found.keys()
    if missing:
        _create_quants(session, sorted(missing))
        with session.no_autoflush:
            found.update(
                ((q.product_id, q.location_id), q)
                for q in session.scalars(
                    stmt.where(
                        tuple_(StockQuant.product_id, StockQuant.location_id).in_(sorted(missing))
                    )
                )
            )
    return found


def _create_quants(session: Session, keys: list[tuple[int, int]]) -> None:
    """Insert empty quants. Two writers may both find a row missing (a first transfer into a
    location): the loser's savepoint rolls back and it then waits on the winner's row lock,
    where a plain insert would fail its whole transaction on the unique key."""
    rows = [
        StockQuant(product_id=p, location_id=loc, quantity=ZERO, reserved=ZERO) for p, loc in keys
    ]
    try:
        with session.begin_nested():
            session.add_all(rows)
    except IntegrityError:
        for p, loc in keys:
            try:
                with session.begin_nested():
                    session.add(
                        StockQuant(product_id=p, location_id=loc, quantity=ZERO, reserved=ZERO)
                    )
            except IntegrityError:
                pass


def on_hand(session: Session, product_id: int, location_id: int | None = None) -> Decimal:
    stmt = select(func.coalesce(func.sum(StockQuant.quantity), 0)).where(
        StockQuant.product_id == product_id
    )
    if location_id is None:
        stmt = stmt.join(Location, Location.id == StockQuant.location_id).where(
            Location.kind == LocationKind.INTERNAL
        )
    else:
        stmt = stmt.where(StockQuant.location_id == location_id)
    return qty(session.scalar(stmt) or 0)


def available(session: Session, product_id: int, location_id: int | None = None) -> Decimal:
    loc = location_id or default_location(session, LocationKind.INTERNAL).id
    quant = session.execute(
        select(StockQuant).where(StockQuant.product_id == product_id, StockQuant.location_id == loc)
    ).scalar_one_or_none()
    return qty(quant.quantity - quant.reserved) if quant else ZERO


def _stockable(session: Session, product_id: int, field: str = "product_id") -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("product", product_id)
    if product.type != ProductType.STOCKABLE:
        raise InvalidInput(
            field, f"{product.sku} is a service and has no stock", record=product.sku
        )
    return product


def create_shipment(
    session: Session,
    kind: ShipmentKind,
    lines: list[MoveLineIn],
    *,
    partner_id: int | None = None,
    origin_type: str | None = None,
    origin_id: int | None = None,
    scheduled_date: date,
    carrier_id: int | None = None,
    backorder_of_id: int | None = None,
    warehouse_id: int | None = None,
) -> Shipment:
    """A shipment with confirmed moves; outgoing ones reserve what stock is available. Goods
    leave from or arrive at the stock location of `warehouse_id` (the default warehouse's)."""
    if not lines:
        raise InvalidInput("lines", "a shipment needs at least one line")
    src_kind, dst_kind = ROUTES[kind]
    src, dst = (
        stock_location(session, warehouse_id)
        if k == LocationKind.INTERNAL
        else default_location(session, k)
        for k in (src_kind, dst_kind)
    )
    internal = src if src.kind == LocationKind.INTERNAL else dst
    load_products(session, [ln.product_id for ln in lines])  # one query for the checks below
    for i, ln in enumerate(lines, start=1):
        _stockable(session, ln.product_id, f"lines[{i}].product_id")
    number = _shipment_number(session, kind, internal.warehouse_id)
    # Built whole before it joins the session: no flush or lazy load between the lines.
    shipment = Shipment(
        number=number,
        kind=kind,
        partner_id=partner_id,
        origin_type=origin_type,
        origin_id=origin_id,
        scheduled_date=scheduled_date,
        carrier_id=carrier_id,
        backorder_of_id=backorder_of_id,
        warehouse_id=internal.warehouse_id,
        moves=[
            StockMove(
                product_id=ln.product_id,
                from_location_id=src.id,
                to_location_id=dst.id,
                quantity=qty(ln.quantity),
                reserved_quantity=ZERO,
                state=MoveState.CONFIRMED,
                date=scheduled_date,
                unit_cost=ln.unit_cost,
                partner_id=partner_id,
                origin_type=ln.origin_type,
                origin_id=ln.origin_id,
                reference=number,
            )
            for ln in lines
        ],
    )
    # Reserved before the first flush: the rows go in once, already reserved.
    reserve(session, shipment)
    session.add(shipment)
    session.flush()
    record_audit(session, "shipment.create", shipment)
    return shipment


def _shipment_number(session: Session, kind: ShipmentKind, warehouse_id: int | None) -> str:
    """WH/OUT/00001 in the main warehouse; EAST/OUT/00001 in warehouse EAST (its own count)."""
    wh = session.get(Warehouse, warehouse_id) if warehouse_id is not None else None
    if wh is None or wh.code == "WH":
        return next_number(session, f"shipment.{kind.value}", f"WH/{PREFIX[kind]}/", gapless=False)
    return next_number(
        session, f"shipment.{kind.value}.wh{wh.id}", f"{wh.code}/{PREFIX[kind]}/", gapless=False
    )


def get_shipment(session: Session, shipment_id: int) -> Shipment:
    shipment = session.get(Shipment, shipment_id)
    if shipment is None:
        raise NotFound("shipment", shipment_id)
    return shipment


def reserve(session: Session, shipment: Shipment) -> Shipment:
    """Reserve what is available for an outgoing shipment's moves (check availability)."""
    if shipment.state in (ShipmentState.DONE, ShipmentState.CANCELLED):
        raise IllegalState(f"shipment {shipment.number}", shipment.state.value, "reserve stock")
    outgoing = [
        move
        for move in shipment.moves
        if move.state == MoveState.CONFIRMED and _is_internal(session, move.from_location_id)
    ]
    short = [move for move in outgoing if move.quantity > move.reserved_quantity]
    quants = _quants(session, {(m.product_id, m.from_location_id) for m in short}) if short else {}
    for move in short:
        quant = quants[(move.product_id, move.from_location_id)]
        take = max(
            ZERO, min(move.quantity - move.reserved_quantity, quant.quantity - quant.reserved)
        )
        if take > 0:
            quant.reserved += take
            move.reserved_quantity += take
    complete = all(m.reserved_quantity >= m.quantity for m in outgoing)
    shipment.state = ShipmentState.READY if complete else ShipmentState.WAITING
    if shipment in session:
        session.flush()
    return shipment


def _release(session: Session, move: StockMove) -> None:
    if move.reserved_quantity > 0:
        quant = _quant(session, move.product_id, move.from_location_id)
        quant.reserved -= move.reserved_quantity
        move.reserved_quantity = ZERO


def _is_internal(session: Session, location_id: int) -> bool:
    loc = session.get(Location, location_id)
    return loc is not None and loc.kind == LocationKind.INTERNAL


@dataclass
class Validated:
    shipment: Shipment
    done_moves: list[StockMove]
    backorder: Shipment | None


def validate_shipment(
    session: Session,
    shipment_id: int,
    on: date,
    quantities: dict[int, Decimal] | None = None,
    *,
    backorder: bool = True,
) -> Validated:
    """Move the goods. `quantities` maps move id to the quantity done (all when omitted);
    what is left goes to a backorder, or is dropped when `backorder` is False."""
    shipment = get_shipment(session, shipment_id)
    if shipment.state in (ShipmentState.DONE, ShipmentState.CANCELLED):
        raise IllegalState(f"shipment {shipment.number}", shipment.state.value, "validate it")
    open_moves = [m for m in shipment.moves if m.state == MoveState.CONFIRMED]
    wanted = quantities if quantities is not None else {m.id: m.quantity for m in open_moves}
    by_id = {m.id: m for m in open_moves}
    for move_id, q in wanted.items():
        if move_id not in by_id:
            raise InvalidInput("quantities", f"move {move_id} is not open in {shipment.number}")
        if q < 0:
            raise _refused(session, by_id[move_id], f"{_plain(q)} is negative; enter 0 or more")
        if qty(q) > by_id[move_id].quantity:
            planned = _plain(by_id[move_id].quantity)
            raise _refused(
                session, by_id[move_id], f"{_plain(q)} is more than the {planned} still open"
            )
    if not any(q > 0 for q in wanted.values()):
        raise InvalidInput("quantities", f"nothing to move in {shipment.number}: all are 0")

    done: list[StockMove] = []
    leftovers: list[MoveLineIn] = []
    for move in open_moves:
        q = qty(wanted.get(move.id, ZERO))
        _release(session, move)
        rest = move.quantity - q
        if q == 0:
            move.state = MoveState.CANCELLED
        else:
            move.quantity = q
            _apply_done(session, move, on)
            done.append(move)
        if rest > 0:
            leftovers.append(
                MoveLineIn(
                    product_id=move.product_id,
                    quantity=rest,
                    unit_cost=move.unit_cost,
                    origin_type=move.origin_type,
                    origin_id=move.origin_id,
                )
            )
    shipment.state = ShipmentState.DONE
    shipment.done_date = on
    _post_valuation(session, done, on, ref=shipment.number, source=("shipment", shipment.id))
    next_shipment = None
    if leftovers and backorder:
        next_shipment = create_shipment(
            session,
            shipment.kind,
            leftovers,
            partner_id=shipment.partner_id,
            origin_type=shipment.origin_type,
            origin_id=shipment.origin_id,
            scheduled_date=shipment.scheduled_date or on,
            carrier_id=shipment.carrier_id,
            backorder_of_id=shipment.id,
            warehouse_id=shipment.warehouse_id,
        )
    record_audit(session, "shipment.validate", shipment)
    record_event(
        session,
        f"shipment.{shipment.kind.value}.done",
        "shipment",
        shipment.id,
        number=shipment.number,
        origin_type=shipment.origin_type,
        origin_id=shipment.origin_id,
    )
    _signal_low_stock(session, {m.product_id for m in done})
    return Validated(shipment, done, next_shipment)


def _plain(quantity: Decimal) -> str:
    """A quantity as people write it in a sentence: 12, 2.5 (not 12.000)."""
    return format(Decimal(quantity).normalize(), "f")


def _refused(session: Session, move: StockMove, reason: str) -> InvalidInput:
    """A refusal of the quantity asked of one move, naming its product (and, in the details,
    the move and its order line, so a form can show it next to that line's field)."""
    product = session.get(Product, move.product_id)
    label = f"{product.sku} {product.name}" if product is not None else f"move {move.id}"
    error = InvalidInput("quantities", f"{label}: {reason}", record=move.reference)
    error.details.update(move_id=move.id, origin_id=move.origin_id)
    return error


def cancel_shipment(session: Session, shipment_id: int) -> Shipment:
    shipment = get_shipment(session, shipment_id)
    if shipment.state in (ShipmentState.DONE, ShipmentState.CANCELLED):
        raise IllegalState(f"shipment {shipment.number}", shipment.state.value, "cancel it")
    for move in shipment.moves:
        if move.state == MoveState.CONFIRMED:
            _release(session, move)
            move.state = MoveState.CANCELLED
    shipment.state = ShipmentState.CANCELLED
    record_audit(session, "shipment.cancel", shipment)
    return shipment


def move_now(
    session: Session,
    product_id: int,
    quantity: Decimal,
    src: Location,
    dst: Location,
    on: date,
    *,
    unit_cost: Decimal | None = None,
    reference: str | None = None,
    origin_type: str | None = None,
    origin_id: int | None = None,
) -> StockMove:
    """A move done at once (opening balance, adjustment), valued and posted."""
    _stockable(session, product_id)
    if quantity <= 0:
        raise InvalidInput("quantity", f"{quantity} must be more than zero", record=reference)
    move = StockMove(
        product_id=product_id,
        from_location_id=src.id,
        to_location_id=dst.id,
        quantity=qty(quantity),
        reserved_quantity=ZERO,
        state=MoveState.CONFIRMED,
        date=on,
        unit_cost=unit_cost,
        reference=reference,
        origin_type=origin_type,
        origin_id=origin_id,
    )
    session.add(move)
    session.flush()
    _apply_done(session, move, on)
    _post_valuation(session, [move], on, ref=reference, source=("stock_move", move.id))
    _signal_low_stock(session, {product_id})
    return move


def set_opening_stock(
    session: Session, product_id: int, quantity: Decimal, unit_cost: Decimal, on: date
) -> StockMove:
    return move_now(
        session,
        product_id,
        quantity,
        default_location(session, LocationKind.OPENING),
        default_location(session, LocationKind.INTERNAL),
        on,
        unit_cost=unit_cost,
        reference="Opening balance",
        origin_type="opening",
    )


def _valuation(session: Session, product_id: int) -> StockValuation:
    with session.no_autoflush:
        val = session.execute(
            select(StockValuation).where(StockValuation.product_id == product_id).with_for_update()
        ).scalar_one_or_none()
    if val is None:
        val = StockValuation(product_id=product_id, quantity=ZERO, value=ZERO)
        session.add(val)
        session.flush()
    return val


def _apply_done(session: Session, move: StockMove, on: date) -> None:
    """Make a move done: update quants, refuse negative stock, value it at the costing method."""
    product = session.get(Product, move.product_id)
    assert product is not None
    src = session.get(Location, move.from_location_id)
    dst = session.get(Location, move.to_location_id)
    assert src is not None and dst is not None
    if src.kind == LocationKind.INTERNAL:
        quant = _quant(session, move.product_id, src.id)
        free = quant.quantity - quant.reserved
        if move.quantity > free and not get_company(session).allow_negative_stock:
            raise InsufficientStock(
                f"{product.sku} {product.name}: {move.quantity} needed at {src.code}, "
                f"{free} available ({quant.quantity} on hand, {quant.reserved} reserved)",
                details={
                    "product": product.sku,
                    "field": "quantity",
                    "needed": str(move.quantity),
                    "available": str(free),
                    "move_id": move.id,
                    "origin_id": move.origin_id,
                },
            )
        quant.quantity -= move.quantity
    if dst.kind == LocationKind.INTERNAL:
        _quant(session, move.product_id, dst.id).quantity += move.quantity
    move.state = MoveState.DONE
    move.date = on
    move.done_at = utcnow()

    entering, leaving = (
        dst.is_internal and not src.is_internal,
        src.is_internal and not dst.is_internal,
    )
    if not (entering or leaving):
        return
    val = _valuation(session, product.id)
    if entering:
        unit_cost = move.unit_cost if move.unit_cost is not None else _current_cost(product, val)
        move.unit_cost = price(unit_cost)
        move.value = money(move.quantity * move.unit_cost)
        if product.costing_method == CostingMethod.FIFO:
            session.add(
                CostLayer(
                    product_id=product.id,
                    move_id=move.id,
                    date=on,
                    quantity=move.quantity,
                    unit_cost=move.unit_cost,
                    remaining_quantity=move.quantity,
                    remaining_value=move.value,
                )
            )
        val.quantity += move.quantity
        val.value += move.value
    else:
        if product.costing_method == CostingMethod.FIFO:
            move.value = _consume_layers(session, product, move.quantity)
        elif val.quantity == move.quantity:
            move.value = val.value
        elif val.quantity > move.quantity:
            move.value = money(move.quantity * val.value / val.quantity)
        else:  # negative stock was allowed: value what we do not have at the last known cost
            move.value = money(move.quantity * product.cost)
        move.unit_cost = price(move.value / move.quantity)
        val.quantity -= move.quantity
        val.value -= move.value
    if val.quantity > 0:
        product.cost = price(val.value / val.quantity)
    session.flush()


def _current_cost(product: Product, val: StockValuation) -> Decimal:
    return val.value / val.quantity if val.quantity > 0 else product.cost


def _consume_layers(session: Session, product: Product, quantity: Decimal) -> Decimal:
    layers = session.scalars(
        select(CostLayer)
        .where(CostLayer.product_id == product.id, CostLayer.remaining_quantity > 0)
        .order_by(CostLayer.date, CostLayer.id)
        .with_for_update()
    )
    need, value = quantity, ZERO
    for layer in layers:
        if need <= 0:
            break
        take = min(need, layer.remaining_quantity)
        if take == layer.remaining_quantity:
            part = layer.remaining_value
        else:
            part = money(layer.remaining_value * take / layer.remaining_quantity)
        layer.remaining_quantity -= take
        layer.remaining_value -= part
        value += part
        need -= take
    if need > 0:  # negative stock was allowed
        value += money(need * product.cost)
    return value


def _post_valuation(
    session: Session,
    moves: Iterable[StockMove],
    on: date,
    *,
    ref: str | None,
    source: tuple[str, int],
) -> None:
    """One journal entry for the value that entered or left stock through these moves."""
    inventory = accounting.account_for_role(session, "inventory").id
    lines: list[accounting.Line] = []
    valued = [m for m in moves if m.value]
    for move in valued:
        src = session.get(Location, move.from_location_id)
        dst = session.get(Location, move.to_location_id)
        assert src is not None and dst is not None
        outside = src if dst.is_internal else dst
        counterpart = accounting.account_for_role(session, COUNTERPART_ROLE[outside.kind]).id
        value = move.value or ZERO
        debit_acc, credit_acc = (
            (inventory, counterpart) if dst.is_internal else (counterpart, inventory)
        )
        lines.append(
            accounting.Line(
                debit_acc,
                debit=value,
                product_id=move.product_id,
                partner_id=move.partner_id,
                description=ref,
            )
        )
        lines.append(
            accounting.Line(
                credit_acc,
                credit=value,
                product_id=move.product_id,
                partner_id=move.partner_id,
                description=ref,
            )
        )
    entry = accounting.post(
        session, "STK", on, lines, ref=ref, source_type=source[0], source_id=source[1]
    )
    if entry is not None:
        for move in valued:
            move.journal_entry_id = entry.id


def _signal_low_stock(session: Session, product_ids: set[int]) -> None:
    for pid in product_ids:
        product = session.get(Product, pid)
        if product is None or product.reorder_level <= 0:
            continue
        level = on_hand(session, pid)
        if level <= product.reorder_level:
            record_event(
                session,
                "stock.below_reorder_level",
                "product",
                pid,
                sku=product.sku,
                on_hand=level,
                reorder_level=product.reorder_level,
            )


def count_stock(session: Session, cmd: CountIn, *, apply: bool = True) -> StockCount:
    """Record a physical count of one internal location (the main one unless named) and, when
    applied, adjust that location to it."""
    if cmd.location_id is None:
        location = default_location(session, LocationKind.INTERNAL)
    else:
        location = get_location(session, cmd.location_id)
        if location.kind != LocationKind.INTERNAL or location.warehouse_id is None:
            raise InvalidInput(
                "location_id", f"{location.code} is not a warehouse location; count one that is"
            )
    count = StockCount(
        number=next_number(session, "stock_count", "WH/CNT/", gapless=False),
        location_id=location.id,
        date=cmd.date,
        reason=cmd.reason,
    )
    seen: set[int] = set()
    for i, ln in enumerate(cmd.lines, start=1):
        _stockable(session, ln.product_id, f"lines[{i}].product_id")
        if ln.product_id in seen:
            raise InvalidInput(f"lines[{i}].product_id", "product counted twice")
        seen.add(ln.product_id)
        count.lines.append(
            StockCountLine(
                product_id=ln.product_id,
                expected_quantity=on_hand(session, ln.product_id, location.id),
                counted_quantity=qty(ln.counted_quantity),
            )
        )
    session.add(count)
    session.flush()
    record_audit(session, "stock_count.create", count)
    if apply:
        apply_count(session, count.id)
    return count


def apply_count(session: Session, count_id: int) -> StockCount:
    count = session.get(StockCount, count_id)
    if count is None:
        raise NotFound("stock count", count_id)
    if count.state != CountState.DRAFT:
        raise IllegalState(f"stock count {count.number}", count.state.value, "apply it")
    stock = session.get(Location, count.location_id)
    adjust = default_location(session, LocationKind.ADJUSTMENT)
    assert stock is not None
    for line in count.lines:
        # Re-read on hand: stock may have moved between counting and applying.
        diff = line.counted_quantity - on_hand(session, line.product_id, stock.id)
        if diff == 0:
            continue
        src, dst = (adjust, stock) if diff > 0 else (stock, adjust)
        move_now(
            session,
            line.product_id,
            abs(diff),
            src,
            dst,
            count.date,
            reference=count.number,
            origin_type="stock_count_line",
            origin_id=line.id,
        )
    count.state = CountState.DONE
    record_audit(session, "stock_count.apply", count, reason=count.reason)
    return count
