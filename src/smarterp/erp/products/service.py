"""Product use-cases: categories, products, supplier prices."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.core.audit import record_audit, snapshot
from smarterp.core.concurrency import check_version
from smarterp.core.db import session_cache
from smarterp.core.errors import InvalidInput, NotFound
from smarterp.core.events import record_event
from smarterp.erp.accounting.models import Tax, TaxScope
from smarterp.erp.currency.service import get_currency
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
    for i, info in enumerate(cmd.suppliers, start=1):
        _set_offer(session, product, i, info)
    record_audit(session, "product.create", product)
    record_event(session, "product.created", "product", product.id, sku=product.sku)
    return product


def set_supplier_info(session: Session, product: Product, info: SupplierInfoIn) -> SupplierInfo:
    supplier = session.get(Partner, info.supplier_id)
    if supplier is None:
        raise NotFound("supplier", info.supplier_id)
    if not supplier.is_supplier:
        raise InvalidInput("supplier_id", f"{supplier.name} is not a supplier", record=product.sku)
    values = info.model_dump(exclude={"supplier_id"})
    if info.currency:
        values["currency"] = get_currency(session, info.currency, "currency").code
    existing = next((s for s in product.supplier_infos if s.supplier_id == supplier.id), None)
    if existing is None:
        existing = SupplierInfo(supplier_id=supplier.id, **values)
        existing.sequence = 10 * (len(product.supplier_infos) + 1)
        product.supplier_infos.append(existing)
    else:
        if "currency" not in info.model_fields_set:
            # A form that does not show the currency (the web offer table) keeps it.
            del values["currency"]
        for k, v in values.items():
            setattr(existing, k, v)
    session.flush()
    return existing


def update_product(session: Session, product_id: int, cmd: ProductUpdate) -> Product:
    product = get_product(session, product_id)
    check_version(session, product, cmd.version, f"product {product.sku}")
    changes = cmd.model_dump(exclude_unset=True, exclude={"version", "category", "suppliers"})
    for field in _REQUIRED & changes.keys():
        if changes[field] is None:
            raise InvalidInput(field, "cannot be emptied", record=product.sku)
    _check_tax(session, changes.get("sales_tax_code"), TaxScope.SALE, "sales_tax_code")
    _check_tax(session, changes.get("purchase_tax_code"), TaxScope.PURCHASE, "purchase_tax_code")
    before = snapshot(product)
    for field, value in changes.items():
        setattr(product, field, value)
    if "category" in cmd.model_fields_set:
        name = (cmd.category or "").strip()
        product.category = ensure_category(session, name) if name else None
    offers = _replace_offers(session, product, cmd.suppliers) if cmd.suppliers is not None else ""
    product.version += 1
    record_audit(session, "product.update", product, before=before, reason=offers or None)
    return product


# Columns a product always has a value in: an update may change them, never empty them.
_REQUIRED = frozenset(
    {"name", "uom", "sale_price", "reorder_level", "reorder_quantity", "discontinued", "active"}
)


def _set_offer(session: Session, product: Product, i: int, info: SupplierInfoIn) -> None:
    """Offer `i` (from 1) of a command; a refusal names its row."""
    try:
        set_supplier_info(session, product, info)
    except (InvalidInput, NotFound) as exc:
        reason = str(exc.details.get("reason") or exc.message)
        column = "currency" if exc.details.get("field") == "currency" else "supplier_id"
        raise InvalidInput(f"suppliers[{i}].{column}", reason, record=product.sku) from None


def _replace_offers(session: Session, product: Product, offers: list[SupplierInfoIn]) -> str:
    """Make the product's supplier offers those given; says what changed, for the trail."""
    seen: set[int] = set()
    for i, info in enumerate(offers, start=1):
        if info.supplier_id in seen:
            raise InvalidInput(
                f"suppliers[{i}].supplier_id", "this supplier is listed twice", record=product.sku
            )
        seen.add(info.supplier_id)
    kept = {s.supplier_id for s in product.supplier_infos}
    names = dict(
        session.execute(select(Partner.id, Partner.name).where(Partner.id.in_(kept | seen))).all()
    )
    for i, info in enumerate(offers, start=1):
        _set_offer(session, product, i, info)
    dropped = [s for s in product.supplier_infos if s.supplier_id not in seen]
    for info_row in dropped:
        product.supplier_infos.remove(info_row)
    session.flush()
    added = sorted(names.get(sid, str(sid)) for sid in seen - kept)
    removed = sorted(names.get(s.supplier_id, str(s.supplier_id)) for s in dropped)
    parts = [f"supplier offers: {len(offers)}"]
    if added:
        parts.append("added " + ", ".join(added))
    if removed:
        parts.append("removed " + ", ".join(removed))
    return "; ".join(parts)


def primary_supplier(product: Product) -> SupplierInfo | None:
    return product.supplier_infos[0] if product.supplier_infos else None
