"""Documents out in real headless Chromium against a real server: download an invoice's PDF and
read it, email it through the send form to the test's SMTP server; the same for a quotation in
the Chinese interface."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from smarterp.core import auth, schema
from smarterp.core.db import make_engine, unit_of_work
from smarterp.core.permissions import Role
from smarterp.erp.setup import init_books
from tests.integration.test_documents import Books, make_books, pdf_text
from tests.smtp_server import SmtpServer, free_port, running_smtp_server

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = os.environ.get("SMARTERP_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(os.environ.get("SMARTERP_SHOTS", "test-artifacts/browser"))
PASSWORD = "correct-horse-battery"

pytestmark = [
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"Chromium not found at {CHROMIUM} "
        "(apt-get install chromium, or set SMARTERP_CHROMIUM)",
    ),
    pytest.mark.xdist_group("browser"),
]


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServer]:
    with running_smtp_server() as server:
        yield server


@pytest.fixture(scope="module")
def site(
    tmp_path_factory: pytest.TempPathFactory, smtp: SmtpServer
) -> Iterator[tuple[str, Books, dict[str, int]]]:
    """`smarterp serve` on a fresh SQLite database holding every kind of document, its mail
    going to the test's SMTP server."""
    db = tmp_path_factory.mktemp("documents") / "web.db"
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    schema.upgrade(engine)
    with unit_of_work(engine, actor="test") as s:
        init_books(s, name="Browser Trading Co.")
        auth.create_user(s, "ben", Role.ADMIN, PASSWORD, full_name="Ben Admin")
        auth.create_user(s, "anna", Role.SALES, PASSWORD, full_name="Anna Sales")
        books = make_books(s)
        s.flush()
        from smarterp.erp.invoicing.models import Invoice
        from smarterp.erp.sales.models import SalesOrder

        ids = {
            "invoice": s.query(Invoice.id).filter(Invoice.number == books.invoice).scalar(),
            "quotation": s.query(SalesOrder.id)
            .filter(SalesOrder.number == books.quotation)
            .scalar(),
        }
    engine.dispose()
    port = free_port()
    env = {
        **os.environ,
        "SMARTERP_DATABASE_URL": url,
        "SMARTERP_SMTP_HOST": smtp.host,
        "SMARTERP_SMTP_PORT": str(smtp.port),
        "SMARTERP_SMTP_FROM": "accounts@harbour.example",
    }
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "uvicorn", "smarterp.web.app:create_app", "--factory"),
            *("--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"),
        ],
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail("the server did not start")
        yield base, books, {k: int(v) for k, v in ids.items()}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _browser_page(base: str, user: str) -> Iterator[Page]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        context = browser.new_context(base_url=base, viewport={"width": 1440, "height": 900})
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto("/login")
        page.fill("input[name=username]", user)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/")
        try:
            yield page
        finally:
            browser.close()


def test_download_and_email_an_invoice(
    site: tuple[str, Books, dict[str, int]], smtp: SmtpServer
) -> None:
    base, books, ids = site
    for page in _browser_page(base, "ben"):
        page.goto(f"/invoices/{ids['invoice']}")
        link = page.get_by_test_id("action-pdf-invoice")
        pdf = page.request.get(str(link.get_attribute("href")) + "?lang=en")
        assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
        text = pdf_text(pdf.body())
        assert books.invoice in text and "324.00" in text and "Harbour Trading Ltd" in text

        page.get_by_test_id("action-send-invoice").click()
        page.get_by_test_id("doc-lang-en").click()  # the customer reads Chinese; write in English
        assert page.get_by_test_id("subject").input_value().startswith("Invoice ")
        page.get_by_test_id("to").fill("ap@wingfat.example")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "documents-send-form.png"), full_page=True)
        before = len(smtp.messages)
        page.get_by_test_id("send").click()
        assert "ap@wingfat.example" in page.get_by_test_id("notice").inner_text()
        got = smtp.messages[before]
        assert got.recipients == ["ap@wingfat.example"]
        (attachment,) = list(got.message.iter_attachments())
        assert books.invoice in pdf_text(attachment.get_content())
        page.get_by_test_id("back").click()
        assert "ap@wingfat.example" in page.content()  # Emails sent on the invoice's page


def test_quotation_in_the_chinese_interface(
    site: tuple[str, Books, dict[str, int]], smtp: SmtpServer
) -> None:
    base, books, ids = site
    for page in _browser_page(base, "anna"):
        page.get_by_test_id("lang-zh").click()
        page.goto(f"/sales-orders/{ids['quotation']}")
        assert page.get_by_test_id("action-pdf-quotation").inner_text() == "下载 PDF"
        page.get_by_test_id("action-send-quotation").click()
        assert "报价单" in page.get_by_test_id("subject").input_value()
        before = len(smtp.messages)
        page.get_by_test_id("send").click()
        assert "已发送至" in page.get_by_test_id("notice").inner_text()
        got = smtp.messages[before]
        assert got.recipients == ["buyer@wingfat.example"]
        (attachment,) = list(got.message.iter_attachments())
        text = pdf_text(attachment.get_content())
        assert "报价单" in text and books.quotation in text and "印度奶茶" in text
