"""Products, categories, and supplier prices with lead times and order sizes."""

from __future__ import annotations

import enum
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smarterp.core.db import Base, Timestamped, str_enum
from smarterp.core.money import Price, Quantity


class CostingMethod(enum.StrEnum):
    AVERAGE = "average"
    FIFO = "fifo"


class ProductType(enum.StrEnum):
    STOCKABLE = "stockable"
    SERVICE = "service"


class Category(Base):
    __tablename__ = "product_category"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    name_zh: Mapped[str | None] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("product_category.id"))


class Product(Timestamped, Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    name_zh: Mapped[str | None] = mapped_column(String(200))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("product_category.id"))
    type: Mapped[ProductType] = mapped_column(str_enum(ProductType), default=ProductType.STOCKABLE)
    uom: Mapped[str] = mapped_column(String(20), default="unit")
    # What one selling unit holds, e.g. "24 - 12 oz bottles".
    unit_description: Mapped[str | None] = mapped_column(String(120))
    sale_price: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))
    # Current unit cost: the moving average, or the oldest open FIFO layer's cost for display.
    cost: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))
    costing_method: Mapped[CostingMethod] = mapped_column(
        str_enum(CostingMethod), default=CostingMethod.AVERAGE
    )
    sales_tax_code: Mapped[str | None] = mapped_column(String(20))
    purchase_tax_code: Mapped[str | None] = mapped_column(String(20))
    reorder_level: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    reorder_quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    discontinued: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    category: Mapped[Category | None] = relationship()
    supplier_infos: Mapped[list[SupplierInfo]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="SupplierInfo.sequence"
    )


class SupplierInfo(Base):
    """A supplier's offer for a product: price, lead time and order sizes."""

    __tablename__ = "product_supplier"
    __table_args__ = (UniqueConstraint("product_id", "supplier_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"))
    supplier_id: Mapped[int] = mapped_column(ForeignKey("partner.id"))
    sequence: Mapped[int] = mapped_column(Integer, default=10)
    supplier_sku: Mapped[str | None] = mapped_column(String(60))
    price: Mapped[Decimal] = mapped_column(Price)
    # The currency `price` is in; empty means the company currency.
    currency: Mapped[str | None] = mapped_column(String(3))
    lead_time_days: Mapped[int] = mapped_column(Integer, default=7)
    min_order_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(1))
    pack_size: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(1))

    product: Mapped[Product] = relationship(back_populates="supplier_infos")
