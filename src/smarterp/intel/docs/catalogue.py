"""What the books know that reading needs: products, partners and their names, loaded once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from smarterp.erp.company.models import Company
from smarterp.erp.invoicing.models import Invoice, InvoiceKind
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine
from smarterp.intel.docs.aliases import aliases_by_partner
from smarterp.intel.docs.quantities import pack_count


@dataclass(frozen=True)
class ProductEntry:
    id: int
    name: str
    sku: str
    name_zh: str | None
    pack: int  # items in one selling unit
    sellable: bool


@dataclass(frozen=True)
class PartnerEntry:
    id: int
    name: str
    ref: str | None
    contact_name: str | None
    email: str | None
    phone: str | None
    city: str | None
    is_customer: bool
    is_supplier: bool
    # Senders a person linked to this partner (intel.docs.aliases).
    aliases: tuple[str, ...] = ()


@dataclass
class Catalogue:
    """A snapshot of the master data, so that extraction does not touch the database."""

    products: list[ProductEntry] = field(default_factory=list)
    partners: list[PartnerEntry] = field(default_factory=list)
    own_names: list[str] = field(default_factory=list)
    # What each customer ordered and when, oldest first: (order date, product id).
    history: dict[int, list[tuple[date, int]]] = field(default_factory=dict)
    # Numbers of the company's own documents -> (kind, partner id): the purchase orders it
    # sent, the sales orders it confirmed and the invoices it issued, which messages cite.
    documents: dict[str, tuple[str, int]] = field(default_factory=dict)

    def bought_before(self, customer_id: int, day: date) -> dict[int, int]:
        """How many orders of each product the customer placed before the day."""
        counts: dict[int, int] = {}
        for when, product_id in self.history.get(customer_id, []):
            if when >= day:
                break
            counts[product_id] = counts.get(product_id, 0) + 1
        return counts

    def product(self, product_id: int) -> ProductEntry:
        return next(p for p in self.products if p.id == product_id)

    def partner(self, partner_id: int) -> PartnerEntry:
        return next(p for p in self.partners if p.id == partner_id)


def load_catalogue(session: Session) -> Catalogue:
    products = [
        ProductEntry(
            id=p.id,
            name=p.name,
            sku=p.sku,
            name_zh=p.name_zh,
            pack=pack_count(p.unit_description),
            sellable=p.active and not p.discontinued,
        )
        for p in session.scalars(select(Product).where(Product.active.is_(True)))
    ]
    aliases = aliases_by_partner(session)
    partners = [
        PartnerEntry(
            id=p.id,
            name=p.name,
            ref=p.ref,
            contact_name=p.contact_name,
            email=p.email,
            phone=p.phone,
            city=p.city,
            is_customer=p.is_customer,
            is_supplier=p.is_supplier,
            aliases=aliases.get(p.id, ()),
        )
        for p in session.scalars(select(Partner).where(Partner.active.is_(True)))
    ]
    own = [c.name for c in session.scalars(select(Company))]
    return Catalogue(
        products=products,
        partners=partners,
        own_names=own,
        history=_history(session),
        documents=_documents(session),
    )


def _history(session: Session) -> dict[int, list[tuple[date, int]]]:
    rows = session.execute(
        select(SalesOrder.customer_id, SalesOrder.order_date, SalesOrderLine.product_id)
        .join(SalesOrderLine, SalesOrderLine.order_id == SalesOrder.id)
        .order_by(SalesOrder.order_date, SalesOrder.id)
    )
    history: dict[int, list[tuple[date, int]]] = {}
    for customer_id, day, product_id in rows:
        history.setdefault(customer_id, []).append((day, product_id))
    return history


def _documents(session: Session) -> dict[str, tuple[str, int]]:
    found: dict[str, tuple[str, int]] = {}
    for number, partner in session.execute(select(PurchaseOrder.number, PurchaseOrder.supplier_id)):
        found[number.lower()] = ("purchase_order", partner)
    for number, partner in session.execute(select(SalesOrder.number, SalesOrder.customer_id)):
        found[number.lower()] = ("sales_order", partner)
    for invoice_number, partner in session.execute(
        select(Invoice.number, Invoice.partner_id).where(
            Invoice.kind == InvoiceKind.OUT_INVOICE, Invoice.number.is_not(None)
        )
    ):
        found[str(invoice_number).lower()] = ("invoice", partner)
    return found
