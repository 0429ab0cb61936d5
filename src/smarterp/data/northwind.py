"""Migrating the Northwind sample company into the books, through the same services as people."""

from __future__ import annotations

import csv
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from smarterp.core.db import unit_of_work
from smarterp.core.errors import InvalidInput
from smarterp.core.money import ZERO, money, price
from smarterp.erp.accounting.models import Account, Journal, Tax
from smarterp.erp.company.models import Company
from smarterp.erp.inventory import service as inventory
from smarterp.erp.inventory.models import Carrier, Location
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import PaymentDirection
from smarterp.erp.invoicing.schemas import PaymentIn
from smarterp.erp.partners.models import Partner
from smarterp.erp.partners.queries import find_by_ref
from smarterp.erp.partners.schemas import PartnerIn
from smarterp.erp.partners.service import create_partner
from smarterp.erp.products.models import Category, Product
from smarterp.erp.products.queries import find_by_sku
from smarterp.erp.products.schemas import ProductIn, SupplierInfoIn
from smarterp.erp.products.service import create_product, ensure_category
from smarterp.erp.purchasing import service as purchasing
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.purchasing.schemas import PurchaseLineIn, PurchaseOrderIn
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine, Salesperson
from smarterp.erp.sales.people import CarrierIn, SalespersonIn, create_carrier, create_salesperson
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn

SAMPLE_DIR = Path(__file__).resolve().parent / "sample" / "northwind"
REQUIRED_FILES = (
    "customers",
    "suppliers",
    "categories",
    "products",
    "employees",
    "shippers",
    "orders",
    "order_details",
)
# Northwind has no purchase prices; stock is valued at this share of the list price by default.
DEFAULT_COST_RATIO = Decimal("0.6")
ORDER_PREFIX = "northwind:"

# progress(stage, done, total): called as each record of a stage is done.
ProgressFn = Callable[[str, int, int], None]
Row = dict[str, str]


def product_sku(product_id: int | str) -> str:
    """The SKU a Northwind product gets: NW-001 for product_id 1."""
    return f"NW-{int(product_id):03d}"


def supplier_ref(supplier_id: int | str) -> str:
    return f"NW-SUP-{int(supplier_id)}"


def employee_ref(employee_id: int | str) -> str:
    return f"NW-EMP-{int(employee_id)}"


def shipper_ref(shipper_id: int | str) -> str:
    return f"NW-SHP-{int(shipper_id)}"


def order_ref(order_id: int | str) -> str:
    return f"{ORDER_PREFIX}{int(order_id)}"


@dataclass
class Tally:
    """How many records of one kind were created now and how many were there already."""

    created: int = 0
    existing: int = 0


@dataclass
class NorthwindSummary:
    counts: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    # Revenue of the imported orders by order year: unit_price * quantity * (1 - discount).
    revenue_by_year: dict[int, Decimal] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def revenue_total(self) -> Decimal:
        return sum(self.revenue_by_year.values(), ZERO)

    @property
    def created_anything(self) -> bool:
        return any(t.created for t in self.counts.values())


def read_csv(directory: Path, name: str) -> list[Row]:
    path = directory / f"{name}.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _opt(value: str) -> str | None:
    return value or None


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def import_northwind(
    engine: Engine,
    directory: Path | None = None,
    *,
    progress: ProgressFn | None = None,
    cost_ratio: Decimal = DEFAULT_COST_RATIO,
    actor: str = "northwind-import",
) -> NorthwindSummary:
    """Migrate Northwind from its CSV files in one transaction; running it again adds nothing."""
    directory = directory or SAMPLE_DIR
    missing = [n for n in REQUIRED_FILES if not (directory / f"{n}.csv").is_file()]
    if missing:
        raise InvalidInput(
            "directory", f"{directory} lacks {', '.join(m + '.csv' for m in missing)}"
        )
    if not (ZERO <= cost_ratio <= 1):
        raise InvalidInput("cost_ratio", f"{cost_ratio} must lie between 0 and 1")
    data = {name: read_csv(directory, name) for name in REQUIRED_FILES}
    started = time.perf_counter()
    summary = NorthwindSummary()
    with unit_of_work(engine, actor=actor, via="import") as session:
        run = _Run(session, data, summary, progress or (lambda *_: None), cost_ratio)
        run.all()
    summary.seconds = time.perf_counter() - started
    return summary


class _Run:
    """One import: keeps the maps from Northwind keys to the rows created for them."""

    def __init__(
        self,
        session: Session,
        data: dict[str, list[Row]],
        summary: NorthwindSummary,
        progress: ProgressFn,
        cost_ratio: Decimal,
    ) -> None:
        self.s = session
        self.data = data
        self.summary = summary
        self.progress = progress
        self.cost_ratio = cost_ratio
        self.customers: dict[str, int] = {}
        self.suppliers: dict[str, int] = {}
        self.products: dict[str, int] = {}
        self.new_products: set[str] = set()
        self.salespeople: dict[str, int] = {}
        self.carriers: dict[str, int] = {}

    def warn(self, message: str) -> None:
        self.summary.warnings.append(message)

    def tally(self, kind: str, created: bool) -> None:
        t = self.summary.counts[kind]
        if created:
            t.created += 1
        else:
            t.existing += 1

    def all(self) -> None:
        self.partners()
        self.people()
        self.catalogue()
        self.pin_reference_rows()
        orders = self.check_orders()
        self.opening_stock(orders)
        self.sales_history(orders)
        self.open_purchases()
        self.revenue()

    # -- partners ---------------------------------------------------------------------------

    def partners(self) -> None:
        rows = self.data["customers"]
        for i, row in enumerate(rows, start=1):
            self.customers[row["customer_id"]] = self._partner(
                row, row["customer_id"], customer=True
            )
            self.progress("customers", i, len(rows))
        rows = self.data["suppliers"]
        for i, row in enumerate(rows, start=1):
            self.suppliers[row["supplier_id"]] = self._partner(
                row, supplier_ref(row["supplier_id"]), customer=False
            )
            self.progress("suppliers", i, len(rows))

    def _partner(self, row: Row, ref: str, *, customer: bool) -> int:
        kind = "customers" if customer else "suppliers"
        found = find_by_ref(self.s, ref)
        if found is not None:
            self.tally(kind, False)
            return found.id
        notes = [f"Fax: {row['fax']}"] if row.get("fax") else []
        if row.get("homepage"):
            notes.append(f"Homepage: {row['homepage'].strip('#')}")
        partner = create_partner(
            self.s,
            PartnerIn(
                name=row["company_name"],
                ref=ref,
                is_customer=customer,
                is_supplier=not customer,
                contact_name=_opt(row["contact_name"]),
                job_title=_opt(row["contact_title"]),
                phone=_opt(row["phone"]),
                street=_opt(row["address"]),
                city=_opt(row["city"]),
                region=_opt(row["region"]),
                postal_code=_opt(row["postal_code"]),
                country=_opt(row["country"]),
                notes="\n".join(notes) or None,
            ),
        )
        self.tally(kind, True)
        return partner.id

    def people(self) -> None:
        known = {
            p.ref: p.id
            for p in self.s.scalars(select(Salesperson).where(Salesperson.ref != None))  # noqa: E711
        }
        for row in self.data["employees"]:
            ref = employee_ref(row["employee_id"])
            if ref in known:
                self.salespeople[row["employee_id"]] = known[ref]
                self.tally("salespeople", False)
                continue
            person = create_salesperson(
                self.s,
                SalespersonIn(
                    name=f"{row['first_name']} {row['last_name']}",
                    ref=ref,
                    title=_opt(row["title"]),
                    city=_opt(row["city"]),
                    country=_opt(row["country"]),
                ),
            )
            self.s.flush()
            self.salespeople[row["employee_id"]] = person.id
            self.tally("salespeople", True)
        carriers = {c.ref: c.id for c in self.s.scalars(select(Carrier).where(Carrier.ref != None))}  # noqa: E711
        for row in self.data["shippers"]:
            ref = shipper_ref(row["shipper_id"])
            if ref in carriers:
                self.carriers[row["shipper_id"]] = carriers[ref]
                self.tally("carriers", False)
                continue
            carrier = create_carrier(
                self.s, CarrierIn(name=row["company_name"], ref=ref, phone=_opt(row["phone"]))
            )
            self.s.flush()
            self.carriers[row["shipper_id"]] = carrier.id
            self.tally("carriers", True)

    # -- products ---------------------------------------------------------------------------

    def catalogue(self) -> None:
        categories: dict[str, str] = {}
        there = set(self.s.scalars(select(Category.name)))
        for row in self.data["categories"]:
            categories[row["category_id"]] = ensure_category(
                self.s, row["category_name"], description=row.get("description") or None
            ).name
            self.tally("categories", row["category_name"] not in there)
        rows = self.data["products"]
        for i, row in enumerate(rows, start=1):
            self._product(row, categories)
            self.progress("products", i, len(rows))

    def _product(self, row: Row, categories: dict[str, str]) -> None:
        pid = row["product_id"]
        sku = product_sku(pid)
        found = find_by_sku(self.s, sku)
        if found is not None:
            self.products[pid] = found.id
            self.tally("products", False)
            return
        list_price = price(row["unit_price"])
        cost = price(list_price * self.cost_ratio)
        suppliers = []
        if row["supplier_id"] in self.suppliers:
            suppliers.append(
                SupplierInfoIn(
                    supplier_id=self.suppliers[row["supplier_id"]], price=cost, supplier_sku=pid
                )
            )
        elif row["supplier_id"]:
            self.warn(f"product {pid} {row['product_name']}: unknown supplier {row['supplier_id']}")
        category = categories.get(row["category_id"])
        if row["category_id"] and category is None:
            self.warn(f"product {pid} {row['product_name']}: unknown category {row['category_id']}")
        product = create_product(
            self.s,
            ProductIn(
                sku=sku,
                name=row["product_name"],
                category=category,
                unit_description=_opt(row["quantity_per_unit"]),
                sale_price=list_price,
                cost=cost,
                reorder_level=Decimal(row["reorder_level"] or 0),
                discontinued=row["discontinued"] == "1",
                suppliers=suppliers,
            ),
        )
        self.products[pid] = product.id
        self.new_products.add(pid)
        self.tally("products", True)

    def pin_reference_rows(self) -> None:
        """Hold the rows every order looks up: the session's identity map only keeps weak
        references, so without this each lookup would go back to the database."""
        self.pinned: list[object] = []
        for model in (Partner, Product, Location, Company, Account, Journal, Tax, Salesperson):
            self.pinned.extend(self.s.scalars(select(model)))
        self.pinned.extend(self.s.scalars(select(Carrier)))

    # -- orders -----------------------------------------------------------------------------

    def check_orders(self) -> list[tuple[Row, list[Row]]]:
        """The orders that can be imported, with their lines; odd rows become warnings."""
        lines: dict[str, list[Row]] = defaultdict(list)
        for ln in self.data["order_details"]:
            lines[ln["order_id"]].append(ln)
        good: list[tuple[Row, list[Row]]] = []
        late: list[str] = []
        unshipped: list[str] = []
        for row in self.data["orders"]:
            oid = row["order_id"]
            if row["customer_id"] not in self.customers:
                self.warn(f"order {oid}: unknown customer {row['customer_id']!r}; skipped")
                continue
            if row["employee_id"] and row["employee_id"] not in self.salespeople:
                self.warn(f"order {oid}: unknown employee {row['employee_id']}; no salesperson")
            if row["ship_via"] and row["ship_via"] not in self.carriers:
                self.warn(f"order {oid}: unknown shipper {row['ship_via']}; no carrier")
            known = []
            for ln in lines.pop(oid, []):
                if ln["product_id"] in self.products:
                    known.append(ln)
                else:
                    self.warn(f"order {oid}: unknown product {ln['product_id']}; line skipped")
            if not known:
                self.warn(f"order {oid}: no lines; skipped")
                continue
            if not row["shipped_date"]:
                unshipped.append(oid)
            elif row["required_date"] and row["shipped_date"] > row["required_date"]:
                late.append(oid)
            good.append((row, known))
        for oid in lines:
            self.warn(f"order_details for unknown order {oid}; skipped")
        if unshipped:
            self.warn(
                f"{len(unshipped)} orders have no shipped date; imported as open confirmed "
                f"orders, not delivered or invoiced: {', '.join(unshipped)}"
            )
        if late:
            self.warn(f"{len(late)} orders shipped after their required date: {', '.join(late)}")
        # Shipped orders first: open orders reserve stock, and that must not starve history.
        good.sort(key=lambda o: (not o[0]["shipped_date"], int(o[0]["order_id"])))
        return good

    def opening_stock(self, orders: list[tuple[Row, list[Row]]]) -> None:
        """Opening balance of units_in_stock plus all that was shipped later, the day before
        the first order; once history has shipped, on hand equals units_in_stock."""
        if not self.new_products:
            return
        shipped: dict[str, Decimal] = defaultdict(Decimal)
        for row, lines in orders:
            if row["shipped_date"] and find_order(self.s, row["order_id"]) is None:
                for ln in lines:
                    shipped[ln["product_id"]] += Decimal(ln["quantity"])
        dates = [date.fromisoformat(r["order_date"]) for r in self.data["orders"]]
        on = (min(dates) if dates else date.today()) - timedelta(days=1)
        for row in self.data["products"]:
            pid = row["product_id"]
            if pid not in self.new_products:
                continue
            quantity = Decimal(row["units_in_stock"] or 0) + shipped[pid]
            if quantity <= 0:
                continue
            product = self.s.get(Product, self.products[pid])
            assert product is not None
            inventory.set_opening_stock(self.s, product.id, quantity, product.cost, on)
            self.tally("opening balances", True)

    def sales_history(self, orders: list[tuple[Row, list[Row]]]) -> None:
        for i, (row, lines) in enumerate(orders, start=1):
            if find_order(self.s, row["order_id"]) is not None:
                self.tally("orders", False)
            else:
                self._order(row, lines)
                self.tally("orders", True)
                self.summary.counts["order lines"].created += len(lines)
            self.progress("orders", i, len(orders))

    def _order(self, row: Row, lines: list[Row]) -> None:
        order_date = date.fromisoformat(row["order_date"])
        required = _day(row["required_date"])
        if required is not None and required < order_date:
            self.warn(f"order {row['order_id']}: required date before order date; dropped")
            required = None
        ship_to = ", ".join(
            v
            for v in (
                row["ship_name"],
                row["ship_address"],
                row["ship_city"],
                row["ship_region"],
                row["ship_postal_code"],
                row["ship_country"],
            )
            if v
        )
        order = sales.create_order(
            self.s,
            SalesOrderIn(
                customer_id=self.customers[row["customer_id"]],
                order_date=order_date,
                requested_date=required,
                salesperson_id=self.salespeople.get(row["employee_id"]),
                carrier_id=self.carriers.get(row["ship_via"]),
                shipping_charge=money(row["freight"] or 0),
                external_ref=order_ref(row["order_id"]),
                ship_to=ship_to or None,
                lines=[
                    SalesLineIn(
                        product_id=self.products[ln["product_id"]],
                        quantity=Decimal(ln["quantity"]),
                        unit_price=price(ln["unit_price"]),
                        discount=Decimal(ln["discount"] or 0),
                    )
                    for ln in lines
                ],
            ),
            allow_discontinued=True,
        )
        sales.confirm_order(self.s, order.id, override_credit_limit=True)
        shipped = _day(row["shipped_date"])
        if shipped is None:
            return
        sales.deliver(self.s, order.id, shipped)
        invoice = sales.invoice_order(self.s, order.id, shipped)
        # Northwind records no payments: each invoice counts as paid in full on its due date.
        invoicing.register_payment(
            self.s,
            PaymentIn(
                partner_id=order.customer_id,
                partner_role="customer",
                direction=PaymentDirection.INBOUND,
                amount=invoice.amount_total,
                date=invoice.due_date,
                reference=f"Northwind order {row['order_id']}",
                invoice_ids=[invoice.id],
            ),
        )

    def open_purchases(self) -> None:
        """units_on_order become confirmed, unreceived purchase orders, one per supplier."""
        by_supplier: dict[str, list[Row]] = defaultdict(list)
        for row in self.data["products"]:
            if Decimal(row["units_on_order"] or 0) > 0 and row["supplier_id"] in self.suppliers:
                by_supplier[row["supplier_id"]].append(row)
        dates = [date.fromisoformat(r["order_date"]) for r in self.data["orders"]]
        on = max(dates) if dates else date.today()
        for sid, rows in sorted(by_supplier.items(), key=lambda kv: int(kv[0])):
            ref = f"{ORDER_PREFIX}po:{supplier_ref(sid)}"
            found = self.s.scalar(select(PurchaseOrder.id).where(PurchaseOrder.external_ref == ref))
            if found is not None:
                self.tally("open purchase orders", False)
                continue
            po = purchasing.create_rfq(
                self.s,
                PurchaseOrderIn(
                    supplier_id=self.suppliers[sid],
                    order_date=on,
                    external_ref=ref,
                    notes="Northwind units_on_order",
                    lines=[
                        PurchaseLineIn(
                            product_id=self.products[r["product_id"]],
                            quantity=Decimal(r["units_on_order"]),
                        )
                        for r in rows
                    ],
                ),
            )
            purchasing.confirm_order(self.s, po.id)
            self.tally("open purchase orders", True)

    def revenue(self) -> None:
        """Revenue of every Northwind order in the books, by order year, rounded once a year."""
        rows = self.s.execute(
            select(
                SalesOrder.order_date,
                SalesOrderLine.unit_price,
                SalesOrderLine.quantity,
                SalesOrderLine.discount,
            )
            .join(SalesOrderLine, SalesOrderLine.order_id == SalesOrder.id)
            .where(SalesOrder.external_ref.like(f"{ORDER_PREFIX}%"))
        )
        totals: dict[int, Decimal] = defaultdict(Decimal)
        for order_date, unit_price, quantity, discount in rows:
            totals[order_date.year] += unit_price * quantity * (1 - discount)
        self.summary.revenue_by_year = {y: money(v) for y, v in sorted(totals.items())}


def find_order(session: Session, order_id: int | str) -> SalesOrder | None:
    return sales.find_by_external_ref(session, order_ref(order_id))
