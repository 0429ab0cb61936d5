"""Documents out in the web app: Download PDF and Send by email on the detail pages, the send
form prefilled in the partner's language, a real SMTP server receiving the PDF."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from smarterp.core.db import unit_of_work
from smarterp.core.settings import get_settings
from smarterp.erp.crm.models import Message
from smarterp.erp.invoicing.models import Invoice
from smarterp.erp.sales.models import SalesOrder
from tests.integration.test_documents import Books, make_books, pdf_text
from tests.integration.web.conftest import Browser, as_role
from tests.smtp_server import SmtpServer, free_port, running_smtp_server


@pytest.fixture
def books(engine: Engine) -> Books:
    with unit_of_work(engine, actor="test") as session:
        return make_books(session)


def _id(engine: Engine, model: Any, number: str) -> int:
    with unit_of_work(engine, actor="test") as session:
        found = session.scalar(select(model.id).where(model.number == number))
    assert found is not None
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


def _value(page: str, name: str) -> str:
    found = re.search(rf'name="{name}"[^>]*value="([^"]*)"', page)
    assert found, name
    return html.unescape(found.group(1))


def test_detail_pages_offer_documents(browser: Browser, books: Books, engine: Engine) -> None:
    order = _id(engine, SalesOrder, books.order)
    page = browser.client.get(f"/sales-orders/{order}").text
    assert f'href="/print/order/{order}"' in page and f'href="/send/order/{order}"' in page
    assert 'data-testid="action-pdf-delivery-' in page
    invoice = _id(engine, Invoice, books.invoice)
    page = browser.client.get(f"/invoices/{invoice}").text
    assert f'href="/print/invoice/{invoice}"' in page
    page = browser.client.get(f"/customers/{books.customer_id}").text
    assert f'href="/print/statement/{books.customer_id}"' in page

    pdf = browser.client.get(f"/print/invoice/{invoice}?lang=en")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert books.invoice in pdf_text(pdf.content) and "324.00" in pdf_text(pdf.content)
    quote = _id(engine, SalesOrder, books.quotation)
    assert "报价单" in pdf_text(browser.client.get(f"/print/quotation/{quote}").content)


def test_send_form_delivers_and_records(
    browser: Browser, books: Books, engine: Engine, smtp: SmtpServer
) -> None:
    invoice = _id(engine, Invoice, books.invoice)
    form = browser.client.get(f"/send/invoice/{invoice}?lang=en").text
    assert _value(form, "to") == "buyer@wingfat.example"
    assert _value(form, "subject") == f"Invoice {books.invoice} from Harbour Trading Ltd"
    zh = browser.client.get(f"/send/invoice/{invoice}").text  # the customer's language
    assert "发票" in _value(zh, "subject")

    sent = browser.post(
        f"/send/invoice/{invoice}",
        {
            "to": "ap@wingfat.example",
            "cc": "",
            "subject": "Your invoice",
            "body": "Hi",
            "lang": "en",
        },
    )
    assert sent.status_code == 200, sent.text
    assert 'data-testid="notice"' in sent.text and "ap@wingfat.example" in sent.text
    (got,) = smtp.messages
    assert got.message["Subject"] == "Your invoice"
    (attachment,) = list(got.message.iter_attachments())
    assert books.invoice in pdf_text(attachment.get_content())
    page = browser.client.get(f"/invoices/{invoice}").text
    assert "Emails sent" in page and "Your invoice" in page
    assert "Sent by email by admin" in page  # the history, in words


def test_bad_recipient_and_refused_server_shown_on_the_form(
    browser: Browser, books: Books, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = _id(engine, SalesOrder, books.order)
    bad = browser.post(
        f"/send/order/{order}", {"to": "not-an-address", "subject": "x", "body": "", "lang": "en"}
    )
    assert bad.status_code == 422
    assert 'data-error-for="to"' in bad.text and "not an email address" in bad.text
    monkeypatch.setenv("SMARTERP_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMARTERP_SMTP_PORT", str(free_port()))
    monkeypatch.setenv("SMARTERP_SMTP_FROM", "accounts@harbour.example")
    get_settings.cache_clear()
    try:
        refused = browser.post(
            f"/send/order/{order}",
            {"to": "buyer@wingfat.example", "subject": "x", "body": "", "lang": "en"},
        )
    finally:
        get_settings.cache_clear()
    assert refused.status_code == 502 and "connection refused" in refused.text
    with unit_of_work(engine, actor="test") as session:
        assert session.scalars(select(Message).where(Message.direction == "out")).all() == []


def test_roles_see_what_they_may(app_client: TestClient, books: Books, engine: Engine) -> None:
    invoice = _id(engine, Invoice, books.invoice)
    viewer = as_role(app_client, "viewer")
    page = viewer.client.get(f"/invoices/{invoice}").text
    assert f"/print/invoice/{invoice}" in page and f"/send/invoice/{invoice}" not in page
    assert viewer.client.get(f"/send/invoice/{invoice}").status_code == 403
