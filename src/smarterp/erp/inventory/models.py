"""Warehouses and locations, stock moves, shipments, transfers, on-hand quantities, valuation
and FIFO cost layers."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smarterp.core.db import Base, Timestamped, str_enum
from smarterp.core.money import Money, Price, Quantity


class LocationKind(enum.StrEnum):
    INTERNAL = "internal"
    SUPPLIER = "supplier"
    CUSTOMER = "customer"
    ADJUSTMENT = "adjustment"
    OPENING = "opening"


class Warehouse(Base):
    """A site with internal locations; its first internal location is where deliveries leave
    from and receipts arrive (its stock location)."""

    __tablename__ = "warehouse"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(120))


class Location(Base):
    """Where goods are. Internal locations hold the company's own stock; the transit location
    is internal too (the goods are still ours) but belongs to no warehouse."""

    __tablename__ = "stock_location"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[LocationKind] = mapped_column(str_enum(LocationKind))
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))

    @property
    def is_internal(self) -> bool:
        return self.kind == LocationKind.INTERNAL


class Carrier(Base):
    __tablename__ = "carrier"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(60))


class ShipmentKind(enum.StrEnum):
    DELIVERY = "delivery"
    RECEIPT = "receipt"
    CUSTOMER_RETURN = "customer_return"
    SUPPLIER_RETURN = "supplier_return"


class ShipmentState(enum.StrEnum):
    WAITING = "waiting"  # confirmed, not everything reserved
    READY = "ready"  # everything reserved (deliveries) or expected (receipts)
    DONE = "done"
    CANCELLED = "cancelled"


class Shipment(Timestamped, Base):
    """A delivery, receipt or return: one document that moves goods in or out."""

    __tablename__ = "shipment"
    __table_args__ = (Index("ix_shipment_origin", "origin_type", "origin_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[ShipmentKind] = mapped_column(str_enum(ShipmentKind))
    state: Mapped[ShipmentState] = mapped_column(
        str_enum(ShipmentState), default=ShipmentState.WAITING
    )
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"))
    # The document this shipment serves (a sales or purchase order), by table name and id.
    origin_type: Mapped[str | None] = mapped_column(String(40))
    origin_id: Mapped[int | None]
    backorder_of_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id"))
    # The warehouse the goods leave or enter; empty on shipments made before warehouses.
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))
    scheduled_date: Mapped[date | None] = mapped_column(Date)
    done_date: Mapped[date | None] = mapped_column(Date)
    carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carrier.id"))
    tracking_ref: Mapped[str | None] = mapped_column(String(80))

    moves: Mapped[list[StockMove]] = relationship(
        back_populates="shipment", order_by="StockMove.id"
    )


class MoveState(enum.StrEnum):
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class StockMove(Base):
    __tablename__ = "stock_move"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="positive_quantity"),
        Index("ix_stock_move_product_state", "product_id", "state"),
        Index("ix_stock_move_origin", "origin_type", "origin_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    from_location_id: Mapped[int] = mapped_column(ForeignKey("stock_location.id"))
    to_location_id: Mapped[int] = mapped_column(ForeignKey("stock_location.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    reserved_quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    state: Mapped[MoveState] = mapped_column(str_enum(MoveState))
    date: Mapped[date] = mapped_column(Date, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Valuation of a done move that enters or leaves the company's own stock.
    unit_cost: Mapped[Decimal | None] = mapped_column(Price)
    value: Mapped[Decimal | None] = mapped_column(Money)
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id"), index=True)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"))
    # The order line (or count) this move fulfils, by table name and id.
    origin_type: Mapped[str | None] = mapped_column(String(40))
    origin_id: Mapped[int | None]
    reference: Mapped[str | None] = mapped_column(String(80))
    journal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))

    shipment: Mapped[Shipment | None] = relationship(back_populates="moves")
    from_location: Mapped[Location] = relationship(foreign_keys=[from_location_id])
    to_location: Mapped[Location] = relationship(foreign_keys=[to_location_id])


class StockQuant(Base):
    """On hand and reserved per product and location; kept equal to the sum of done moves."""

    __tablename__ = "stock_quant"
    __table_args__ = (UniqueConstraint("product_id", "location_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("stock_location.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    reserved: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))


class StockValuation(Base):
    """Quantity and value of a product's own stock; its value always equals its share of the
    inventory account, and value / quantity is the moving-average cost."""

    __tablename__ = "stock_valuation"

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), primary_key=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))


class CostLayer(Base):
    """A FIFO layer: what one incoming move brought in and what of it is left."""

    __tablename__ = "stock_cost_layer"
    __table_args__ = (Index("ix_cost_layer_open", "product_id", "remaining_quantity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    move_id: Mapped[int] = mapped_column(ForeignKey("stock_move.id"))
    date: Mapped[date] = mapped_column(Date)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit_cost: Mapped[Decimal] = mapped_column(Price)
    remaining_quantity: Mapped[Decimal] = mapped_column(Quantity)
    remaining_value: Mapped[Decimal] = mapped_column(Money)


class CountState(enum.StrEnum):
    DRAFT = "draft"
    DONE = "done"
    CANCELLED = "cancelled"


class StockCount(Timestamped, Base):
    """A physical count of a location; applying it adjusts the books to what was counted."""

    __tablename__ = "stock_count"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("stock_location.id"))
    date: Mapped[date] = mapped_column(Date)
    state: Mapped[CountState] = mapped_column(str_enum(CountState), default=CountState.DRAFT)
    reason: Mapped[str | None] = mapped_column(String(200))

    lines: Mapped[list[StockCountLine]] = relationship(
        back_populates="count", cascade="all, delete-orphan", order_by="StockCountLine.id"
    )


class StockCountLine(Base):
    __tablename__ = "stock_count_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    count_id: Mapped[int] = mapped_column(ForeignKey("stock_count.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    expected_quantity: Mapped[Decimal] = mapped_column(Quantity)
    counted_quantity: Mapped[Decimal] = mapped_column(Quantity)

    count: Mapped[StockCount] = relationship(back_populates="lines")


class TransferState(enum.StrEnum):
    DRAFT = "draft"
    IN_TRANSIT = "in_transit"  # shipped from the source warehouse, not yet received
    DONE = "done"
    CANCELLED = "cancelled"


class StockTransfer(Timestamped, Base):
    """Goods moved between two internal locations: at once within a warehouse, or shipped to
    the transit location and received later between warehouses."""

    __tablename__ = "stock_transfer"
    __table_args__ = (
        CheckConstraint("from_location_id <> to_location_id", name="distinct_locations"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    from_location_id: Mapped[int] = mapped_column(ForeignKey("stock_location.id"))
    to_location_id: Mapped[int] = mapped_column(ForeignKey("stock_location.id"))
    # Set on two-step transfers: where the goods wait between shipping and receiving.
    transit_location_id: Mapped[int | None] = mapped_column(ForeignKey("stock_location.id"))
    state: Mapped[TransferState] = mapped_column(
        str_enum(TransferState), default=TransferState.DRAFT
    )
    scheduled_date: Mapped[date] = mapped_column(Date)
    shipped_date: Mapped[date | None] = mapped_column(Date)
    done_date: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(200))

    lines: Mapped[list[StockTransferLine]] = relationship(
        back_populates="transfer", cascade="all, delete-orphan", order_by="StockTransferLine.id"
    )

    @property
    def two_step(self) -> bool:
        return self.transit_location_id is not None


class StockTransferLine(Base):
    __tablename__ = "stock_transfer_line"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="positive_quantity"),
        UniqueConstraint("transfer_id", "product_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("stock_transfer.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity)

    transfer: Mapped[StockTransfer] = relationship(back_populates="lines")
