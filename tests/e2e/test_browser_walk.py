"""A new user's first hour, walked in real headless Chromium against `smarterp serve`: create a
customer and a product, buy a few, quote more than is there and see the warning, edit the
draft, confirm anyway, deliver part, invoice it, download and email the PDF (received by the
test's SMTP server), get paid; then an order confirmation sent in Chinese. Error pages are
HTML in the web app and JSON under /api. Every page is photographed at desktop and phone size
into test-artifacts/walk/ for people to look at."""

from __future__ import annotations

import os
import re
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
from tests import factories as f
from tests.e2e.test_browser_edit import pick
from tests.integration.test_documents import pdf_text
from tests.smtp_server import SmtpServer, free_port, running_smtp_server

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = os.environ.get("SMARTERP_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(os.environ.get("SMARTERP_SHOTS", "test-artifacts")) / "walk"
PASSWORD = "correct-horse-battery"
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}

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
def server(tmp_path_factory: pytest.TempPathFactory, smtp: SmtpServer) -> Iterator[str]:
    """`smarterp serve` on a fresh SQLite database holding only the company, one person, a
    supplier and one stocked product; its mail goes to the test's SMTP server."""
    db = tmp_path_factory.mktemp("walk") / "web.db"
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    schema.upgrade(engine)
    with unit_of_work(engine, actor="test") as s:
        init_books(s, name="Walk Trading Co.")
        auth.create_user(s, "anna", Role.ADMIN, PASSWORD, full_name="Anna Admin")
        f.supplier(s, "Tokyo Traders")
        f.product(s, "CHAI", price="18.00", cost="10.00", stock="50", name="Chai")
    engine.dispose()
    port = free_port()
    env = {
        **os.environ,
        "SMARTERP_DATABASE_URL": url,
        "SMARTERP_SMTP_HOST": smtp.host,
        "SMARTERP_SMTP_PORT": str(smtp.port),
        "SMARTERP_SMTP_FROM": "accounts@walk.example",
    }
    smarterp = Path(sys.executable).with_name("smarterp")
    proc = subprocess.Popen(
        [str(smarterp), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if proc.poll() is not None:
                pytest.fail(f"smarterp serve exited with {proc.returncode}")
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail("the server did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def page(server: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        context = browser.new_context(base_url=server, viewport=DESKTOP, accept_downloads=True)
        pg = context.new_page()
        pg.set_default_timeout(20_000)
        try:
            yield pg
        finally:
            context.close()
            browser.close()


class Photographer:
    """Numbered screenshots of each page at desktop and phone width, whole."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.count = 0
        SHOTS.mkdir(parents=True, exist_ok=True)

    def __call__(self, name: str) -> None:
        self.count += 1
        for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
            self.page.set_viewport_size(size)
            self.page.wait_for_timeout(300)  # the menu folds away with a short transition
            path = SHOTS / f"{self.count:02d}-{name}-{label}.png"
            self.page.screenshot(path=str(path), full_page=True)
        self.page.set_viewport_size(DESKTOP)


def _record_id(page: Page) -> int:
    found = re.search(r"/(\d+)(?:\?|$)", page.url)
    assert found is not None, page.url
    return int(found.group(1))


def test_a_new_users_first_hour(page: object, smtp: SmtpServer) -> None:
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    try:
        _walk(page, smtp, Photographer(page))
    except BaseException:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "failure.png"), full_page=True)
        raise


def _walk(page: Page, smtp: SmtpServer, shot: Photographer) -> None:
    from playwright.sync_api import expect

    main = page.locator("main")
    notice = page.locator("[data-testid=notice]")
    state = page.locator("[data-testid=state]")

    # 1. Log in; a customer with its delivery contact, through the partner form.
    page.goto("/")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", PASSWORD)
    shot("login")
    page.click("[data-testid=login]")
    expect(page.locator("h1")).to_have_text("Dashboard")
    shot("dashboard")
    page.goto("/customers")
    page.click("[data-testid=new]")
    page.fill("[data-testid=field-name]", "Bon App'")
    page.fill("[data-testid=field-email]", "accounts@bonapp.example")
    page.fill("[data-testid=field-street]", "12, rue des Bouchers")
    page.fill("[data-testid=field-city]", "Marseille")
    page.fill("[data-testid=field-country]", "France")
    shot("customer-form")
    page.click("[data-testid=save]")
    expect(notice).to_have_text("Saved.")
    customer_id = _record_id(page)
    page.click("[data-testid=action-edit]")
    page.click("[data-testid=add-contact]")
    page.fill("[data-testid=field-name]", "Laurence Lebihan")
    page.fill("[data-testid=field-email]", "laurence@bonapp.example")
    page.select_option("[data-testid=field-address_type]", "delivery")
    page.fill("[data-testid=field-street]", "3, quai du Port")
    page.fill("[data-testid=field-city]", "Marseille")
    shot("contact-form")
    page.click("[data-testid=save]")
    expect(main).to_contain_text("Laurence Lebihan")
    expect(main).to_contain_text("Delivery address")
    page.goto(f"/customers/{customer_id}")
    expect(main).to_contain_text("Laurence Lebihan")
    shot("customer")

    # 2. A product with a supplier offer; five bought and received through the web app.
    page.goto("/products")
    page.click("[data-testid=new]")
    page.fill("[data-testid=field-sku]", "TOFU")
    page.fill("[data-testid=field-name]", "Tofu")
    page.fill("[data-testid=field-sale_price]", "23.25")
    page.fill("[data-testid=field-cost]", "15")
    pick(page, "offer-supplier-0", "tokyo", "Tokyo Traders")
    page.fill("[data-testid=offer-price-0]", "14.50")
    page.fill("[data-testid=offer-lead-0]", "12")
    shot("product-form")
    page.click("[data-testid=save]")
    expect(page.locator("[data-testid=record-title]")).to_contain_text("TOFU · Tofu")
    product_url = page.url.split("?")[0]
    page.goto("/purchase-orders/new")
    pick(page, "partner", "tokyo", "Tokyo Traders")
    pick(page, "line-product-0", "tofu", "TOFU · Tofu")
    page.fill("[data-testid=line-qty-0]", "5")
    shot("purchase-form")
    page.click("[data-testid=save]")
    page.click("[data-testid=action-confirm]")
    page.click("[data-testid=action-receive]")
    expect(notice).to_contain_text("Received")
    shot("purchase-received")
    page.goto(product_url)
    expect(main).to_contain_text("On hand")
    shot("product")

    # 3. A quotation for more than there is: the line says so while it is typed, the saved
    # draft warns.
    page.goto("/sales-orders/new")
    pick(page, "partner", "bon", "Bon App'")
    pick(page, "line-product-0", "tofu", "TOFU · Tofu")
    page.fill("[data-testid=line-qty-0]", "12")
    page.locator("[data-testid=line-qty-0]").dispatch_event("change")
    line_stock = page.locator("[data-testid=line-stock-0]")
    expect(line_stock).to_contain_text("On hand 5 · reserved 0 · available 5")
    expect(line_stock).to_contain_text("7 more than available")
    shot("quotation-form")
    page.click("[data-testid=save]")
    expect(state).to_have_text("Draft")
    order_id = _record_id(page)
    warning = page.locator("[data-testid=warning]")
    expect(warning).to_contain_text("TOFU · Tofu: 12 ordered, 5 available")
    shot("quotation")

    # 4. Edit the draft: eight tofu, and a second line of chai.
    page.click("[data-testid=action-edit]")
    page.fill("[data-testid=line-qty-0]", "8")
    page.click("[data-testid=add-line]")
    pick(page, "line-product-1", "chai", "CHAI · Chai")
    page.fill("[data-testid=line-qty-1]", "3")
    shot("quotation-edit")
    page.click("[data-testid=save]")
    expect(notice).to_have_text("Saved.")
    expect(main).to_contain_text("CHAI · Chai")
    expect(warning).to_contain_text("TOFU · Tofu: 8 ordered, 5 available")
    # 8 × 23.25 + 3 × 18.00, before tax.
    expect(main).to_contain_text("$240.00")
    # The revision's history names what changed, not a rate read back with more decimals.
    history = page.locator("[data-testid=history]")
    expect(history).to_contain_text("Revised by anna")
    expect(history).not_to_contain_text("Exchange rate")

    # 5. Confirm: the browser asks first, naming the shortfall; confirmed anyway.
    asked: list[str] = []

    def accept(dialog: object) -> None:
        asked.append(dialog.message)  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    page.once("dialog", accept)
    page.click("[data-testid=action-confirm]")
    expect(state).to_have_text("Confirmed")
    assert asked and "Only 5 of 8 TOFU · Tofu available" in asked[0], asked
    shot("order-confirmed")

    # 6. Deliver part: five tofu (all there is) and two of the three chai; the rest waits.
    ship = page.locator("[data-testid=ship-form]")
    expect(ship).to_be_visible()
    qty_inputs = ship.locator("input[name^=qty-]")
    expect(qty_inputs).to_have_count(2)
    expect(qty_inputs.nth(0)).to_have_value("5")
    qty_inputs.nth(1).fill("2")
    page.check("[data-testid=rest-backorder]")
    page.click("[data-testid=ship-submit]")
    expect(notice).to_have_text(
        "Delivered. The rest waits on a backorder, listed under Deliveries."
    )
    deliveries = page.locator("section.detail-table", has_text="Deliveries")
    expect(deliveries.locator("tbody tr")).to_have_count(2)
    backorder = deliveries.locator("tbody tr").nth(1)
    expect(backorder).to_contain_text(re.compile(r"Backorder of WH/OUT/\d+"))
    expect(backorder).to_contain_text("Waiting")
    expect(page.locator("[data-testid=ship-form]")).to_contain_text("TOFU · Tofu")
    shot("order-part-delivered")

    # 7. The invoice for what went: 5 tofu and 2 chai, 152.25 before tax.
    page.click("[data-testid=action-invoice]")
    page.click("table a[href^='/invoices/']")
    invoice_number = page.locator("[data-testid=record-title]").inner_text().split()[0]
    expect(main).to_contain_text("$152.25")
    shot("invoice")
    link = page.locator("[data-testid^=action-pdf-invoice]")
    with page.expect_download() as got:
        link.click(modifiers=["Alt"])  # Alt-click saves the link rather than opening it
    pdf = Path(got.value.path()).read_bytes()
    text = pdf_text(pdf)
    for expected in (invoice_number, "Bon App'", "TOFU", "Tofu", "Chai", "152.25"):
        assert expected in text, (expected, text)
    page.click("[data-testid=action-send-invoice]")
    expect(page.locator("[data-testid=to]")).to_have_value(re.compile("bonapp.example"))
    shot("invoice-send")
    before = len(smtp.messages)
    page.click("[data-testid=send]")
    expect(notice).to_contain_text("accounts@bonapp.example")
    got_mail = smtp.messages[before]
    assert got_mail.recipients == ["accounts@bonapp.example"]
    (attachment,) = list(got_mail.message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    mailed = pdf_text(attachment.get_content())
    assert invoice_number in mailed and "Bon App'" in mailed and "152.25" in mailed
    page.click("[data-testid=back]")

    # 8. Paid: a tenth of a cent is refused on the form (an HTML page), then the whole amount.
    page.click("[data-testid=action-pay]")
    amount = page.locator("[data-testid=amount]").input_value()
    page.fill("[data-testid=amount]", "0.004")
    page.click("[data-testid=save]")
    expect(page.locator("h1")).to_have_text("Register payment")
    expect(page.locator("label.invalid")).to_contain_text("Amount")
    shot("payment-refused")
    page.fill("[data-testid=amount]", amount)
    page.click("[data-testid=save]")
    expect(notice).to_have_text("Payment registered.")
    page.goto(f"/sales-orders/{order_id}")
    page.click("table a[href^='/invoices/']")
    expect(state).to_have_text("Paid")
    expect(history).not_to_contain_text("Journal entry id")  # bookkeeping, not for people
    shot("invoice-paid")

    # Unknown addresses: a page in the web app, JSON under /api.
    missing = page.goto("/no-such-page")
    assert missing is not None and missing.status == 404
    assert missing.headers["content-type"].startswith("text/html")
    expect(page.locator("[role=alert]")).to_contain_text("Not found")
    expect(page.locator("nav.sidebar")).to_be_visible()
    shot("not-found")
    api = page.request.get("/api/v1/no-such-thing")
    assert api.status == 404 and api.json()["error"]["code"] == "not_found"

    # 9. In Chinese: the order confirmation, sent in Chinese, its PDF read back.
    page.goto(f"/sales-orders/{order_id}")
    page.click("[data-testid=lang-zh]")
    expect(state).to_have_text("已确认")
    shot("order-zh")
    page.click("[data-testid=action-send-order]")
    page.click("[data-testid=doc-lang-zh]")
    expect(page.locator("[data-testid=subject]")).to_have_value(re.compile("订单确认"))
    shot("order-send-zh")
    before = len(smtp.messages)
    page.click("[data-testid=send]")
    expect(notice).to_contain_text("已发送至")
    (attachment,) = list(smtp.messages[before].message.iter_attachments())
    mailed = pdf_text(attachment.get_content())
    assert "订单确认" in mailed and "Bon App'" in mailed and "TOFU" in mailed, mailed
