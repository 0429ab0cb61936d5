"""Product reads shared by the services, the API, the web pages and the CLI: the one search
rule, the list filters and the lookups by SKU."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput
from smarterp.core.search import AnySelect, any_contains
from smarterp.erp.products.models import Product, ProductType


def search(text: str) -> ColumnElement[bool]:
    """The product's SKU, name or Chinese name holds `text`."""
    return any_contains(text, Product.sku, Product.name, Product.name_zh)


def narrow(
    stmt: AnySelect,
    *,
    q: str | None = None,
    category_id: int | None = None,
    type: ProductType | None = None,
    active: bool | None = None,
    discontinued: bool | None = None,
) -> AnySelect:
    """`stmt` (any select over products) cut to those that match; None leaves a filter off."""
    if q and q.strip():
        stmt = stmt.where(search(q))
    if category_id is not None:
        stmt = stmt.where(Product.category_id == category_id)
    if type is not None:
        stmt = stmt.where(Product.type == type)
    if active is not None:
        stmt = stmt.where(Product.active.is_(active))
    if discontinued is not None:
        stmt = stmt.where(Product.discontinued.is_(discontinued))
    return stmt


def products(**criteria: Any) -> Select[Product]:
    """The products that match `criteria` (those of `narrow`), unordered."""
    return narrow(select(Product), **criteria)


def by_sku() -> tuple[Any, ...]:
    """The order product lists are read in."""
    return (Product.sku,)


def find_by_sku(session: Session, sku: str) -> Product | None:
    return session.execute(select(Product).where(Product.sku == sku)).scalar_one_or_none()


def product_by_sku(session: Session, sku: str, field: str = "SKU") -> Product:
    """The product with this SKU, or a refusal naming `field`."""
    product = find_by_sku(session, sku)
    if product is None:
        raise InvalidInput(field, f"no product has SKU {sku!r}")
    return product


def orderable(session: Session, *, for_sale: bool) -> list[Product]:
    """The products an order can name, by SKU: active ones, and for a sale not discontinued."""
    stmt = products(active=True, discontinued=False if for_sale else None)
    return list(session.scalars(stmt.order_by(*by_sku())))


def pick(session: Session, text: str, *, for_sale: bool, limit: int = 12) -> list[Product]:
    """What a product picker offers for `text`: the orderable products (as `orderable`)
    that the one search rule finds, by SKU."""
    stmt = products(q=text, active=True, discontinued=False if for_sale else None)
    return list(session.scalars(stmt.order_by(*by_sku()).limit(limit)))
