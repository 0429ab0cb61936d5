"""An invoice's history says when it was paid, part by part, naming the payment, in English
and in Chinese (issue 17: history entries in words)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, select

from smarterp.core.audit import AuditRecord
from smarterp.core.db import unit_of_work
from smarterp.erp.invoicing.models import Invoice, InvoiceState, Payment
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests.integration.web.conftest import Books, Browser

TODAY = date.today()


def _invoice(engine: Engine, books: Books) -> tuple[int, Decimal]:
    """A posted invoice of 5 Chai, made through the services; (id, total)."""
    with unit_of_work(engine, actor="test") as s:
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=books.customer_id,
                order_date=TODAY,
                lines=[SalesLineIn(product_id=books.product_id, quantity=Decimal(5))],
            ),
        )
        sales.confirm_order(s, order.id)
        sales.deliver(s, order.id, TODAY)
        invoice = sales.invoice_order(s, order.id, TODAY)
        return invoice.id, invoice.amount_total


def _pay(browser: Browser, engine: Engine, books: Books, invoice_id: int, amount: Decimal) -> str:
    """Register a payment of the invoice in the web app; returns the payment's number."""
    resp = browser.post(
        "/payments/new",
        {
            "partner_id": str(books.customer_id),
            "partner_role": "customer",
            "direction": "inbound",
            "amount": str(amount),
            "date": TODAY.isoformat(),
            "method": "bank",
            "invoice_id": str(invoice_id),
        },
    )
    assert resp.status_code == 303, resp.text
    payment_id = int(resp.headers["location"].partition("?")[0].rpartition("/")[2])
    with unit_of_work(engine) as s:
        payment = s.get(Payment, payment_id)
        assert payment is not None
        return payment.number


def test_a_paid_invoice_says_so_in_its_history(
    browser: Browser, books: Books, engine: Engine
) -> None:
    invoice_id, total = _invoice(engine, books)
    first = _pay(browser, engine, books, invoice_id, Decimal("40.00"))
    second = _pay(browser, engine, books, invoice_id, total - Decimal("40.00"))
    with unit_of_work(engine) as s:
        invoice = s.get(Invoice, invoice_id)
        assert invoice is not None and invoice.state == InvoiceState.PAID
        trail = s.scalars(
            select(AuditRecord)
            .where(AuditRecord.entity_type == "invoice", AuditRecord.entity_id == invoice_id)
            .order_by(AuditRecord.id)
        ).all()
        settled = [(r.action, r.reason, r.actor, r.via) for r in trail[-2:]]
    assert settled == [
        ("invoice.pay_part", first, "admin", "web"),
        ("invoice.pay", second, "admin", "web"),
    ]

    page = browser.client.get(f"/invoices/{invoice_id}").text
    history = page[page.index('data-testid="history"') :]
    assert f"Paid in full by {second}, recorded by admin" in history
    assert f"Part paid by {first}, recorded by admin" in history
    assert 'State: <span class="muted">Posted</span> → Paid' in history
    assert "Open as booked: " in history and "Amount residual company" not in history
    # Newest first: the payment that closed it above the one that paid part.
    assert history.index(second) < history.index(first)

    assert browser.post("/language", {"language": "zh", "next": "/"}).status_code == 303
    page = browser.client.get(f"/invoices/{invoice_id}").text
    history = page[page.index('data-testid="history"') :]
    assert f"已由 {second} 付清，admin 登记" in history
    assert f"已由 {first} 部分付款，admin 登记" in history
    assert "Paid in full" not in history
    assert "未结（入账价值）: " in history
