"""Small builders for test data that go through the services, never direct inserts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from smarterp.erp.inventory import service as inventory
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.schemas import PartnerIn
from smarterp.erp.partners.service import create_partner
from smarterp.erp.products.models import CostingMethod, Product
from smarterp.erp.products.schemas import ProductIn, SupplierInfoIn
from smarterp.erp.products.service import create_product


def customer(session: Session, name: str = "Alfreds Futterkiste", **kw: object) -> Partner:
    return create_partner(session, PartnerIn(name=name, is_customer=True, **kw))  # type: ignore[arg-type]


def supplier(session: Session, name: str = "Exotic Liquids", **kw: object) -> Partner:
    return create_partner(session, PartnerIn(name=name, is_supplier=True, **kw))  # type: ignore[arg-type]


def product(
    session: Session,
    sku: str = "CHAI",
    *,
    price: str = "18.00",
    cost: str = "10.00",
    stock: str | None = None,
    method: CostingMethod = CostingMethod.AVERAGE,
    supplier_id: int | None = None,
    **kw: object,
) -> Product:
    suppliers = (
        [SupplierInfoIn(supplier_id=supplier_id, price=Decimal(cost))] if supplier_id else []
    )
    p = create_product(
        session,
        ProductIn(
            sku=sku,
            name=kw.pop("name", sku.title()),  # type: ignore[arg-type]
            sale_price=Decimal(price),
            cost=Decimal(cost),
            costing_method=method,
            suppliers=suppliers,
            **kw,  # type: ignore[arg-type]
        ),
    )
    if stock is not None:
        inventory.set_opening_stock(session, p.id, Decimal(stock), Decimal(cost), date(2025, 1, 1))
    return p
