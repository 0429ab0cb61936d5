"""Product use-cases: categories, products, supplier prices."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit, snapshot
from smarterp.core.db import session_cache
from smarterp.core.errors import Conflict, InvalidInput, NotFound
from smarterp.core.events import record_event
from smarterp.erp.accounting.models import Tax, TaxScope
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Category, Product, SupplierInfo
from smarterp.erp.products.queries import find_by_sku
from smarterp.erp.products.schemas import ProductIn, ProductUpdate, SupplierInfoIn


def get_product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("product", product_id)
    return product


def load_products(session: Session, product_ids: list[int]) -> dict[int, Product]:
    """The products with these ids, in one query; those this session already loaded cost
    nothing (it keeps them, so later `session.get` calls are answered without SQL)."""
    held: dict[int, Product] = session_cache(session, "products")
    missing = set(product_ids) - held.keys()
    if missing:
        with session.no_autoflush:  # product rows do not depend on pending changes
            for product in session.scalars(select(Product).where(Product.id.in_(missing))):
                held[product.id] = product
    return {pid: held[pid] for pid in product_ids if pid in held}


def ensure_category(
    session: Session, name: str, name_zh: str | None = None, description: str | None = None
) -> Category:
    cat = session.execute(select(Category).where(Category.name == name)).scalar_one_or_none()
    if cat is None:
        cat = Category(name=name, name_zh=name_zh, description=description)
        session.add(cat)
        session.flush()
    elif name_zh and not cat.name_zh:
        cat.name_zh = name_zh
    return cat


def _check_tax(session: Session, code: str | None, scope: TaxScope, field: str) -> None:
    if code is None:
        return
    tax = session.execute(select(Tax).where(Tax.code == code)).scalar_one_or_none()
    if tax is None or tax.scope != scope:
        raise InvalidInput(field, f"{code!r} is not a {scope.value} tax")


def create_product(session: Session, cmd: ProductIn) -> Product:
    if find_by_sku(session, cmd.sku) is not None:
        raise InvalidInput("sku", f"a product with SKU {cmd.sku!r} already exists", record=cmd.name)
    _check_tax(session, cmd.sales_tax_code, TaxScope.SALE, "sales_tax_code")
    _check_tax(session, cmd.purchase_tax_code, TaxScope.PURCHASE, "purchase_tax_code")
    data = cmd.model_dump(exclude={"category", "category_zh", "suppliers"})
    product = Product(**data)
    if cmd.category:
        product.category = ensure_category(session, cmd.category, cmd.category_zh)
    session.add(product)
    session.flush()
    for info in cmd.suppliers:
        set_supplier_info(session, product, info)
    record_audit(session, "product.create", product)
    record_event(session, "product.created", "product", product.id, sku=product.sku)
    return product


def set_supplier_info(session: Session, product: Product, info: SupplierInfoIn) -> SupplierInfo:
    supplier = session.get(Partner, info.supplier_id)
    if supplier is None:
        raise NotFound("supplier", info.supplier_id)
    if not supplier.is_supplier:
        raise InvalidInput("supplier_id", f"{supplier.name} is not a supplier", record=product.sku)
    existing = next((s for s in product.supplier_infos if s.supplier_id == supplier.id), None)
    if existing is None:
        existing = SupplierInfo(supplier_id=supplier.id, **info.model_dump(exclude={"supplier_id"}))
        existing.sequence = 10 * (len(product.supplier_infos) + 1)
        product.supplier_infos.append(existing)
    else:
        for k, v in info.model_dump(exclude={"supplier_id"}).items():
            setattr(existing, k, v)
    session.flush()
    return existing


def update_product(session: Session, product_id: int, cmd: ProductUpdate) -> Product:
    product = get_product(session, product_id)
    if product.version != cmd.version:
        raise Conflict(
            f"product {product.sku} was changed by someone else (version {product.version}, "
            f"yours {cmd.version}); reload and try again",
            details={"field": "version", "current": product.version},
        )
    changes = cmd.model_dump(exclude_unset=True, exclude={"version"})
    _check_tax(session, changes.get("sales_tax_code"), TaxScope.SALE, "sales_tax_code")
    _check_tax(session, changes.get("purchase_tax_code"), TaxScope.PURCHASE, "purchase_tax_code")
    before = snapshot(product)
    for field, value in changes.items():
        setattr(product, field, value)
    product.version += 1
    record_audit(session, "product.update", product, before=before)
    return product


def primary_supplier(product: Product) -> SupplierInfo | None:
    return product.supplier_infos[0] if product.supplier_infos else None
