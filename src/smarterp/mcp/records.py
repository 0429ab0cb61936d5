"""The records an assistant can search and read, each through its area's own queries
(`erp/<area>/queries.py`) and shown in the API's shapes, behind the API's read permission."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from smarterp.core.errors import InvalidInput, NotFound
from smarterp.erp.invoicing import queries as invoice_queries
from smarterp.erp.invoicing.schemas import InvoiceOut, PaymentOut
from smarterp.erp.partners import queries as partner_queries
from smarterp.erp.partners.schemas import PartnerOut
from smarterp.erp.products import queries as product_queries
from smarterp.erp.products.models import Product
from smarterp.erp.products.schemas import ProductOut
from smarterp.erp.purchasing import queries as purchase_queries
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.schemas import PurchaseOrderOut
from smarterp.erp.sales import queries as sales_queries
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesOrderOut

SearchKind = Literal["partner", "product", "sales_order", "purchase_order", "invoice"]
RecordKind = Literal["partner", "product", "sales_order", "purchase_order", "invoice", "payment"]


@dataclass(frozen=True)
class Kind:
    """One kind of record: who may read it, its shape, how it is searched and looked up."""

    permission: str
    out: type[BaseModel]
    lookup: Callable[[Session, str], Any]
    search: Callable[[str], Select[Any]] | None = None
    order: Callable[[], tuple[Any, ...]] | None = None
    # What a search hit leaves out (an order's lines): the record itself has them.
    brief: frozenset[str] = frozenset()


def _partner(session: Session, key: str) -> Any:
    try:
        return partner_queries.find_partner(session, key, "customer")
    except InvalidInput as exc:
        # find_partner names the order field it serves; here the caller's field is `key`.
        raise InvalidInput("key", exc.details["reason"]) from None


def _product(session: Session, key: str) -> Product:
    found = product_queries.find_by_sku(session, key.strip())
    if found is None and key.strip().isdigit():
        found = session.get(Product, int(key))
    if found is None:
        raise InvalidInput("key", f"no product has the SKU or id {key!r}")
    return found


def _by_number_or_id(
    by_number: Callable[[Session, str], Any], by_id: Callable[[Session, int], Any]
) -> Callable[[Session, str], Any]:
    def lookup(session: Session, key: str) -> Any:
        try:
            return by_number(session, key)
        except NotFound:
            if not key.strip().removeprefix("#").isdigit():
                raise
            return by_id(session, int(key.strip().removeprefix("#")))

    return lookup


KINDS: dict[str, Kind] = {
    "partner": Kind(
        "partners.read",
        PartnerOut,
        _partner,
        lambda q: partner_queries.partners(q=q),
        partner_queries.by_name,
    ),
    "product": Kind(
        "products.read",
        ProductOut,
        _product,
        lambda q: product_queries.products(q=q),
        product_queries.by_sku,
    ),
    "sales_order": Kind(
        "sales.read",
        SalesOrderOut,
        _by_number_or_id(sales_queries.order_by_number, sales.get_order),
        lambda q: sales_queries.orders(q=q),
        sales_queries.newest_first,
        frozenset({"lines"}),
    ),
    "purchase_order": Kind(
        "purchasing.read",
        PurchaseOrderOut,
        _by_number_or_id(purchase_queries.order_by_number, purchasing.get_order),
        lambda q: purchase_queries.orders(q=q),
        purchase_queries.newest_first,
        frozenset({"lines"}),
    ),
    "invoice": Kind(
        "invoices.read",
        InvoiceOut,
        invoice_queries.invoice_by_key,
        lambda q: invoice_queries.invoices(q=q),
        invoice_queries.newest_first,
        frozenset({"lines"}),
    ),
    "payment": Kind("payments.read", PaymentOut, invoice_queries.payment_by_number),
}


def search(session: Session, kind: str, text: str, limit: int) -> dict[str, Any]:
    """The first `limit` matches of `text` by the area's search rule, and how many there are."""
    spec = KINDS[kind]
    assert spec.search is not None and spec.order is not None  # SearchKind names these only
    stmt = spec.search(text)
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    rows = session.scalars(stmt.order_by(*spec.order()).limit(limit)).all()
    items = [
        spec.out.model_validate(row).model_dump(mode="json", exclude=set(spec.brief))
        for row in rows
    ]
    return {"kind": kind, "query": text, "total": total, "items": items}


def get(session: Session, kind: str, key: str) -> dict[str, Any]:
    """One record in full, by number, SKU, ref or id."""
    spec = KINDS[kind]
    record = spec.out.model_validate(spec.lookup(session, key))
    return {"kind": kind, "record": record.model_dump(mode="json")}
