"""Salespeople, sales orders and their lines with what was delivered, invoiced and returned."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smarterp.core.db import Base, Timestamped, str_enum
from smarterp.core.money import Money, Price, Quantity, Rate


class Salesperson(Base):
    __tablename__ = "salesperson"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(120))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SalesState(enum.StrEnum):
    DRAFT = "draft"  # a quotation
    CONFIRMED = "confirmed"
    DONE = "done"  # delivered and invoiced in full
    CANCELLED = "cancelled"


class SalesOrder(Timestamped, Base):
    __tablename__ = "sales_order"
    __table_args__ = (Index("ix_sales_order_customer_date", "customer_id", "order_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    # The order's key in the system it came from (e.g. northwind:10248); imports use it.
    external_ref: Mapped[str | None] = mapped_column(String(80), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("partner.id"))
    salesperson_id: Mapped[int | None] = mapped_column(ForeignKey("salesperson.id"))
    carrier_id: Mapped[int | None] = mapped_column(ForeignKey("carrier.id"))
    # The warehouse to deliver from; empty means the company's default warehouse.
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))
    state: Mapped[SalesState] = mapped_column(str_enum(SalesState), default=SalesState.DRAFT)
    order_date: Mapped[date] = mapped_column(Date, index=True)
    requested_date: Mapped[date | None] = mapped_column(Date)
    customer_ref: Mapped[str | None] = mapped_column(String(80))
    # Freight charged to the customer, invoiced as its own line.
    shipping_charge: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    shipping_tax_code: Mapped[str | None] = mapped_column(String(20))
    # The currency its prices are in, and what one unit of it was worth in the company currency
    # on the order date (1 for the company's own); lines keep their value in both.
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    exchange_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(1))
    amount_untaxed: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    amount_tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    amount_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    shipping_invoiced: Mapped[bool] = mapped_column(Boolean, default=False)
    ship_to: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[SalesOrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="SalesOrderLine.id"
    )


class SalesOrderLine(Base):
    __tablename__ = "sales_order_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("sales_order.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Price)
    discount: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))
    tax_code: Mapped[str | None] = mapped_column(String(20))
    subtotal: Mapped[Decimal] = mapped_column(Money)
    # The subtotal in the company currency at the order's rate: what revenue reports add up.
    subtotal_company: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    qty_delivered: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    qty_invoiced: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    qty_returned: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))

    order: Mapped[SalesOrder] = relationship(back_populates="lines")
