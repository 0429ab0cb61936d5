"""Purchase orders and their lines with what was received, billed and returned."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smarterp.core.db import Base, Timestamped, str_enum
from smarterp.core.money import Money, Price, Quantity, Rate


class PurchaseState(enum.StrEnum):
    RFQ = "rfq"  # request for quotation
    CONFIRMED = "confirmed"
    DONE = "done"  # received and billed in full
    CANCELLED = "cancelled"


class PurchaseOrder(Timestamped, Base):
    __tablename__ = "purchase_order"
    __table_args__ = (Index("ix_purchase_order_supplier_date", "supplier_id", "order_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    external_ref: Mapped[str | None] = mapped_column(String(80), unique=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("partner.id"))
    # The warehouse to receive into; empty means the company's default warehouse.
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))
    state: Mapped[PurchaseState] = mapped_column(str_enum(PurchaseState), default=PurchaseState.RFQ)
    order_date: Mapped[date] = mapped_column(Date, index=True)
    expected_date: Mapped[date | None] = mapped_column(Date)
    supplier_ref: Mapped[str | None] = mapped_column(String(80))
    # The currency its prices are in, and what one unit of it was worth in the company currency
    # on the order date (1 for the company's own); lines keep their value in both.
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    exchange_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(1))
    amount_untaxed: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    amount_tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    amount_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="PurchaseOrderLine.id"
    )


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("purchase_order.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Price)
    tax_code: Mapped[str | None] = mapped_column(String(20))
    subtotal: Mapped[Decimal] = mapped_column(Money)
    # The subtotal in the company currency at the order's rate: what spend reports add up.
    subtotal_company: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    qty_received: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    qty_billed: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    qty_returned: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))

    order: Mapped[PurchaseOrder] = relationship(back_populates="lines")
