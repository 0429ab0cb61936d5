"""Documents out through the API: each PDF, sending by email, permissions and refusals."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from smarterp.core.db import unit_of_work
from smarterp.core.settings import get_settings
from smarterp.erp.crm.models import Message
from smarterp.erp.inventory.models import Shipment
from smarterp.erp.invoicing.models import Invoice
from smarterp.erp.purchasing.models import PurchaseOrder
from smarterp.erp.sales.models import SalesOrder
from tests.integration.api.conftest import Api
from tests.integration.test_documents import Books, make_books, pdf_text
from tests.smtp_server import SmtpServer, free_port, running_smtp_server


@pytest.fixture
def books(api: Api) -> Books:
    with unit_of_work(api.engine, actor="test") as session:
        return make_books(session)


def _id(api: Api, model: Any, number: str) -> int:
    with unit_of_work(api.engine, actor="test") as session:
        found = session.scalar(select(model.id).where(model.number == number))
    assert found is not None, number
    return int(found)


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    with running_smtp_server() as server:
        monkeypatch.setenv("SMARTERP_SMTP_HOST", server.host)
        monkeypatch.setenv("SMARTERP_SMTP_PORT", str(server.port))
        monkeypatch.setenv("SMARTERP_SMTP_FROM", "accounts@harbour.example")
        get_settings.cache_clear()
        yield server
    get_settings.cache_clear()


def test_every_pdf(api: Api, books: Books) -> None:
    invoice = _id(api, Invoice, books.invoice)
    note = _id(api, Invoice, books.credit_note)
    quote = _id(api, SalesOrder, books.quotation)
    order = _id(api, SalesOrder, books.order)
    delivery = _id(api, Shipment, books.delivery)
    po = _id(api, PurchaseOrder, books.purchase_order)
    for path, words in [
        (f"/api/v1/invoices/{invoice}/pdf?lang=en", ["Invoice", books.invoice, "324.00"]),
        (f"/api/v1/invoices/{note}/pdf?lang=en", ["Credit note", books.credit_note]),
        (f"/api/v1/sales-orders/{quote}/pdf?lang=en", ["Quotation", books.quotation]),
        (f"/api/v1/sales-orders/{order}/pdf?lang=en", ["Order confirmation", books.order]),
        (f"/api/v1/deliveries/{delivery}/pdf?lang=en", ["Delivery note", books.delivery]),
        (f"/api/v1/purchase-orders/{po}/pdf?lang=en", ["Purchase order", books.purchase_order]),
        (
            f"/api/v1/partners/{books.customer_id}/statement/pdf?lang=en&date_to=2026-03-31",
            ["Statement of account", books.invoice],
        ),
        (f"/api/v1/invoices/{invoice}/pdf", ["发票", books.invoice]),  # the customer's language
    ]:
        response = api.get(path)
        assert response.status_code == 200, (path, response.text)
        assert response.headers["content-type"] == "application/pdf"
        assert response.content.startswith(b"%PDF")
        text = " ".join(pdf_text(response.content).split())
        for word in words:
            assert word in text, (path, word)


def test_refusals_and_permissions(api: Api, books: Books) -> None:
    order = _id(api, SalesOrder, books.order)
    invoice = _id(api, Invoice, books.invoice)
    response = api.get(f"/api/v1/sales-orders/{order}/pdf?document=quotation")
    assert response.status_code == 409
    assert "cannot print a quotation" in response.json()["error"]["message"]
    assert api.get("/api/v1/invoices/999999/pdf").status_code == 404
    assert api.get(f"/api/v1/invoices/{invoice}/pdf?lang=fr").status_code == 422
    # A warehouse clerk reads deliveries but not invoices; a viewer sends nothing.
    assert api.get(f"/api/v1/invoices/{invoice}/pdf", who="warehouse").status_code == 403
    assert api.post(f"/api/v1/invoices/{invoice}/send", who="viewer").status_code == 403


def test_send_invoice_and_statement(api: Api, books: Books, smtp: SmtpServer) -> None:
    invoice = _id(api, Invoice, books.invoice)
    response = api.post(
        f"/api/v1/invoices/{invoice}/send",
        json={"to": ["ap@wingfat.example"], "lang": "en"},
    )
    assert response.status_code == 200, response.text
    out = response.json()
    assert out["recipients"] == ["ap@wingfat.example"] and out["number"] == books.invoice
    response = api.post(
        f"/api/v1/partners/{books.customer_id}/statement/send?date_to=2026-03-31", json={}
    )
    assert response.status_code == 200, response.text
    assert [m.recipients for m in smtp.messages] == [
        ["ap@wingfat.example"],
        ["buyer@wingfat.example"],
    ]
    first, second = (next(m.message.iter_attachments()) for m in smtp.messages)
    assert books.invoice in pdf_text(first.get_content())
    assert "对账单" in pdf_text(second.get_content())
    with unit_of_work(api.engine, actor="test") as session:
        about = session.execute(
            select(Message.about_type, Message.partner_id).where(Message.direction == "out")
        ).all()
    assert sorted(about) == [("invoice", books.customer_id), ("partner", books.customer_id)]


def test_refused_smtp_is_a_clear_error_and_records_nothing(
    api: Api, books: Books, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMARTERP_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMARTERP_SMTP_PORT", str(free_port()))
    monkeypatch.setenv("SMARTERP_SMTP_FROM", "accounts@harbour.example")
    get_settings.cache_clear()
    try:
        po = _id(api, PurchaseOrder, books.purchase_order)
        response = api.post(f"/api/v1/purchase-orders/{po}/send", json={})
    finally:
        get_settings.cache_clear()
    assert response.status_code == 502
    error = response.json()["error"]
    assert error["code"] == "mail_failed" and "connection refused" in error["message"]
    with unit_of_work(api.engine, actor="test") as session:
        assert session.scalars(select(Message).where(Message.direction == "out")).all() == []


def test_a_retried_send_with_the_same_key_mails_once(
    api: Api, books: Books, smtp: SmtpServer
) -> None:
    invoice = _id(api, Invoice, books.invoice)
    path = f"/api/v1/invoices/{invoice}/send"
    first = api.post(path, json={"lang": "en"}, headers={"Idempotency-Key": "send-inv-1"})
    again = api.post(path, json={"lang": "en"}, headers={"Idempotency-Key": "send-inv-1"})
    assert first.status_code == again.status_code == 200, again.text
    assert again.json() == first.json()
    assert len(smtp.messages) == 1
    other = api.post(path, json={"lang": "en"}, headers={"Idempotency-Key": "send-inv-2"})
    assert other.status_code == 200 and other.json()["message_id"] != first.json()["message_id"]
    assert len(smtp.messages) == 2
