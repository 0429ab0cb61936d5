"""What the books hold, read back from the database: counts, revenue, receivables, anomalies."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from smarterp.core.db import session_factory
from smarterp.core.money import ZERO
from smarterp.erp.accounting.models import JournalEntry
from smarterp.erp.company.models import Company
from smarterp.erp.crm.models import Message
from smarterp.erp.inventory.models import StockValuation
from smarterp.erp.invoicing import service as invoicing
from smarterp.erp.invoicing.models import Invoice, InvoiceKind, InvoiceState, Payment
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder, SalesOrderLine

# A line discount at or above this is far beyond any promotion the company runs.
UNUSUAL_DISCOUNT = Decimal("0.5")


@dataclass
class DemoSummary:
    company: str
    database: str
    as_of: date | None
    first_day: date | None
    customers: int
    chinese_customers: int
    suppliers: int
    products: int
    sales_orders: int
    purchase_orders: int
    customer_invoices: int
    credit_notes: int
    vendor_bills: int
    payments: int
    messages: int
    chinese_messages: int
    revenue_by_year: dict[int, Decimal] = field(default_factory=dict)
    open_receivables: Decimal = ZERO
    overdue_receivables: Decimal = ZERO
    overdue_invoices: int = 0
    stock_value: Decimal = ZERO
    anomalies: list[str] = field(default_factory=list)

    def books(self) -> dict[str, Any]:
        """Everything but where the database lives: equal for equal books anywhere."""
        data = asdict(self)
        data.pop("database")
        return data


def _count(session: Session, model: Any, *where: Any) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def has_business_data(engine: Engine) -> bool:
    """Whether the database already holds partners, products or orders."""
    with session_factory(engine)() as session:
        return bool(_count(session, Partner) or _count(session, Product))


def _last_day(session: Session) -> date | None:
    days = [
        session.scalar(select(func.max(JournalEntry.date))),
        session.scalar(select(func.max(SalesOrder.order_date))),
        session.scalar(select(func.max(PurchaseOrder.order_date))),
    ]
    known = [d for d in days if d is not None]
    return max(known) if known else None


def summarize(engine: Engine, as_of: date | None = None) -> DemoSummary:
    """Read the summary from the database; `as_of` defaults to the last business day in it."""
    with session_factory(engine)() as session:
        company = session.scalar(select(Company.name).limit(1)) or "(no company)"
        as_of = as_of or _last_day(session)
        customer_docs = list(
            session.execute(
                select(
                    Invoice.kind,
                    Invoice.invoice_date,
                    Invoice.due_date,
                    Invoice.amount_untaxed,
                    Invoice.amount_residual,
                    Invoice.state,
                ).where(
                    Invoice.kind.in_([InvoiceKind.OUT_INVOICE, InvoiceKind.OUT_REFUND]),
                    Invoice.state.in_([InvoiceState.POSTED, InvoiceState.PAID]),
                )
            )
        )
        revenue: dict[int, Decimal] = {}
        open_ar = overdue_ar = ZERO
        overdue_n = 0
        for kind, invoice_date, due, untaxed, residual, state in customer_docs:
            sign = 1 if kind == InvoiceKind.OUT_INVOICE else -1
            year = invoice_date.year
            revenue[year] = revenue.get(year, ZERO) + sign * untaxed
            if kind == InvoiceKind.OUT_INVOICE and state == InvoiceState.POSTED:
                open_ar += residual
                if as_of is not None and due < as_of:
                    overdue_ar += residual
                    overdue_n += 1
        stock_value = sum(session.scalars(select(StockValuation.value)), ZERO)
        first = session.scalar(select(func.min(SalesOrder.order_date)))
        return DemoSummary(
            company=company,
            database=engine.url.render_as_string(hide_password=True),
            as_of=as_of,
            first_day=first,
            customers=_count(session, Partner, Partner.is_customer.is_(True)),
            chinese_customers=_count(
                session, Partner, Partner.is_customer.is_(True), Partner.language == "zh"
            ),
            suppliers=_count(session, Partner, Partner.is_supplier.is_(True)),
            products=_count(session, Product),
            sales_orders=_count(session, SalesOrder),
            purchase_orders=_count(session, PurchaseOrder),
            customer_invoices=_count(session, Invoice, Invoice.kind == InvoiceKind.OUT_INVOICE),
            credit_notes=_count(session, Invoice, Invoice.kind == InvoiceKind.OUT_REFUND),
            vendor_bills=_count(session, Invoice, Invoice.kind == InvoiceKind.IN_INVOICE),
            payments=_count(session, Payment),
            messages=_count(session, Message),
            chinese_messages=_count(session, Message, Message.language == "zh"),
            revenue_by_year=dict(sorted(revenue.items())),
            open_receivables=open_ar,
            overdue_receivables=overdue_ar,
            overdue_invoices=overdue_n,
            stock_value=stock_value,
            anomalies=_anomalies(session),
        )


def _anomalies(session: Session) -> list[str]:
    found: list[str] = []
    for dup in invoicing.find_duplicate_bills(session):
        first, second = dup.earlier, dup.bill
        supplier = session.get(Partner, second.partner_id)
        found.append(
            f"possible duplicate vendor bill: {second.number} repeats {first.number} from "
            f"{supplier.name if supplier else second.partner_id} ({dup.message()})"
        )
    rows = session.execute(
        select(SalesOrder.number, SalesOrderLine.description, SalesOrderLine.discount)
        .join(SalesOrderLine, SalesOrderLine.order_id == SalesOrder.id)
        .where(SalesOrderLine.discount >= UNUSUAL_DISCOUNT)
        .order_by(SalesOrder.number, SalesOrderLine.id)
    )
    for number, description, discount in rows:
        found.append(f"unusual discount: {discount * 100:.0f}% off {description} on {number}")
    return found
