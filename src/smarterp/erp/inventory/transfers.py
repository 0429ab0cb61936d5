"""Internal transfers: goods moved between the company's own locations and warehouses.

Within a warehouse a transfer is done in one step. Between warehouses it takes two: shipping
moves the goods to the transit location, receiving moves them on to the destination. Both
ends are the company's own stock, so a transfer changes where goods are, never what they are
worth: valuation and FIFO cost layers stay per company, nothing is posted to the ledger, and
stock valuation equals the inventory account before and after.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit
from smarterp.core.bounds import check_date
from smarterp.core.errors import IllegalState, InsufficientStock, InvalidInput, NotFound
from smarterp.core.events import record_event
from smarterp.core.money import qty
from smarterp.core.sequence import next_number
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.models import (
    Location,
    MoveState,
    StockMove,
    StockTransfer,
    StockTransferLine,
    TransferState,
)
from smarterp.erp.inventory.schemas import TransferIn
from smarterp.erp.inventory.warehouses import TRANSIT_CODE, get_location, transit_location
from smarterp.erp.products.models import Product
from smarterp.erp.products.service import load_products

LINE = "stock_transfer_line"


def _end(session: Session, location_id: int, field: str) -> Location:
    """A location a transfer may start or end at: internal and in a warehouse."""
    loc = get_location(session, location_id, field)
    if not loc.is_internal or loc.warehouse_id is None or loc.code == TRANSIT_CODE:
        raise InvalidInput(
            field, f"{loc.code} is not a warehouse location; transfers move goods between those"
        )
    return loc


def create_transfer(session: Session, cmd: TransferIn) -> StockTransfer:
    """A draft transfer; two-step (through transit) when the warehouses differ."""
    check_date(cmd.scheduled_date, "scheduled_date")
    src = _end(session, cmd.from_location_id, "from_location_id")
    dst = _end(session, cmd.to_location_id, "to_location_id")
    if src.id == dst.id:
        raise InvalidInput("to_location_id", f"goods are already at {src.code}")
    load_products(session, [ln.product_id for ln in cmd.lines])
    seen: set[int] = set()
    for i, ln in enumerate(cmd.lines, start=1):
        inventory._stockable(session, ln.product_id, f"lines[{i}].product_id")
        if ln.product_id in seen:
            raise InvalidInput(f"lines[{i}].product_id", "product listed twice")
        seen.add(ln.product_id)
        if qty(ln.quantity) <= 0:
            raise InvalidInput(f"lines[{i}].quantity", f"{ln.quantity} must be more than zero")
    two_step = src.warehouse_id != dst.warehouse_id
    transfer = StockTransfer(
        number=next_number(session, "stock_transfer", "INT/", gapless=False),
        from_location_id=src.id,
        to_location_id=dst.id,
        transit_location_id=transit_location(session).id if two_step else None,
        state=TransferState.DRAFT,
        scheduled_date=cmd.scheduled_date,
        reason=cmd.reason,
        lines=[
            StockTransferLine(product_id=ln.product_id, quantity=qty(ln.quantity))
            for ln in cmd.lines
        ],
    )
    session.add(transfer)
    session.flush()
    record_audit(session, "stock_transfer.create", transfer, reason=cmd.reason)
    return transfer


def get_transfer(session: Session, transfer_id: int) -> StockTransfer:
    transfer = session.get(StockTransfer, transfer_id)
    if transfer is None:
        raise NotFound("stock transfer", transfer_id)
    return transfer


def _require(transfer: StockTransfer, state: TransferState, two_step: bool, action: str) -> None:
    if transfer.state != state:
        raise IllegalState(f"stock transfer {transfer.number}", transfer.state.value, action)
    if transfer.two_step != two_step:
        hint = "ship it, then receive it" if transfer.two_step else "validate it"
        raise IllegalState(
            f"stock transfer {transfer.number}",
            f"{transfer.state.value} ({'two' if transfer.two_step else 'one'}-step: {hint})",
            action,
        )


def _move_all(
    session: Session, transfer: StockTransfer, src_id: int, dst_id: int, on: date
) -> list[StockMove]:
    """Move every line from src to dst now, or nothing: the quants of both ends are locked in
    one query (in id order, as deliveries do) and every line is checked before any moves.
    Negative stock is refused even where the company allows it for deliveries: goods that are
    not there cannot be carried elsewhere."""
    quants = inventory._quants(
        session,
        {(ln.product_id, loc) for ln in transfer.lines for loc in (src_id, dst_id)},
    )
    short = []
    for ln in transfer.lines:
        quant = quants[(ln.product_id, src_id)]
        free = quant.quantity - quant.reserved
        if ln.quantity > free:
            product = session.get(Product, ln.product_id)
            assert product is not None
            short.append(
                {
                    "product": product.sku,
                    "needed": str(ln.quantity),
                    "available": str(qty(free)),
                    "on_hand": str(qty(quant.quantity)),
                    "reserved": str(qty(quant.reserved)),
                }
            )
    if short:
        src = session.get(Location, src_id)
        assert src is not None
        listed = "; ".join(
            f"{s['product']}: {s['needed']} needed, {s['available']} available" for s in short
        )
        raise InsufficientStock(
            f"stock transfer {transfer.number}: not enough at {src.code} ({listed}); "
            "nothing was moved",
            details={"field": "lines", "short": short},
        )
    moves = []
    for ln in transfer.lines:
        move = StockMove(
            product_id=ln.product_id,
            from_location_id=src_id,
            to_location_id=dst_id,
            quantity=ln.quantity,
            reserved_quantity=Decimal(0),
            state=MoveState.CONFIRMED,
            date=on,
            origin_type=LINE,
            origin_id=ln.id,
            reference=transfer.number,
        )
        session.add(move)
        moves.append(move)
    session.flush()
    for move in moves:
        inventory._apply_done(session, move, on)  # internal to internal: not valued, not posted
    return moves


def _finish(session: Session, transfer: StockTransfer, on: date) -> None:
    transfer.state = TransferState.DONE
    transfer.done_date = on
    record_event(
        session, "stock_transfer.done", "stock_transfer", transfer.id, number=transfer.number
    )


def validate_transfer(session: Session, transfer_id: int, on: date) -> StockTransfer:
    """Move the goods of a one-step transfer (within a warehouse) at once."""
    check_date(on, "date")
    transfer = get_transfer(session, transfer_id)
    _require(transfer, TransferState.DRAFT, False, "validate it")
    _move_all(session, transfer, transfer.from_location_id, transfer.to_location_id, on)
    _finish(session, transfer, on)
    record_audit(session, "stock_transfer.validate", transfer)
    return transfer


def ship_transfer(session: Session, transfer_id: int, on: date) -> StockTransfer:
    """Send the goods of a two-step transfer on their way: source to transit."""
    check_date(on, "date")
    transfer = get_transfer(session, transfer_id)
    _require(transfer, TransferState.DRAFT, True, "ship it")
    assert transfer.transit_location_id is not None
    _move_all(session, transfer, transfer.from_location_id, transfer.transit_location_id, on)
    transfer.state = TransferState.IN_TRANSIT
    transfer.shipped_date = on
    record_audit(session, "stock_transfer.ship", transfer)
    return transfer


def receive_transfer(session: Session, transfer_id: int, on: date) -> StockTransfer:
    """Take in the goods of a shipped transfer: transit to destination."""
    check_date(on, "date")
    transfer = get_transfer(session, transfer_id)
    _require(transfer, TransferState.IN_TRANSIT, True, "receive it")
    assert transfer.transit_location_id is not None and transfer.shipped_date is not None
    if on < transfer.shipped_date:
        raise InvalidInput(
            "date", f"{on} is before the goods were shipped on {transfer.shipped_date}"
        )
    _move_all(session, transfer, transfer.transit_location_id, transfer.to_location_id, on)
    _finish(session, transfer, on)
    record_audit(session, "stock_transfer.receive", transfer)
    return transfer


def cancel_transfer(session: Session, transfer_id: int) -> StockTransfer:
    """Drop a draft; goods already shipped come back by a transfer the other way."""
    transfer = get_transfer(session, transfer_id)
    if transfer.state != TransferState.DRAFT:
        raise IllegalState(f"stock transfer {transfer.number}", transfer.state.value, "cancel it")
    transfer.state = TransferState.CANCELLED
    record_audit(session, "stock_transfer.cancel", transfer)
    return transfer
