"""Creating records in real headless Chromium against a real server: a customer, a product
with a supplier offer, and a quotation whose customer and product are chosen with the
searchable pickers (typing, arrow keys, Enter), showing the line's stock and the shortfall
before it is confirmed; screenshots at desktop and phone sizes."""

from __future__ import annotations

import os
import re
import socket
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

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = os.environ.get("SMARTERP_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(os.environ.get("SMARTERP_SHOTS", "test-artifacts/browser"))
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


def pick(page: Page, testid: str, typed: str, expected: str) -> None:
    """Choose in a searchable picker as a person would: type, wait for the match, arrow down
    to it and press Enter; the box then reads the chosen record."""
    from playwright.sync_api import expect

    box = page.locator(f"[data-testid='{testid}']")
    box.click()
    box.fill(typed)
    options = box.locator("xpath=following-sibling::ul[1]").locator("[role=option]")
    expect(options.first).to_contain_text(expected)
    box.press("ArrowDown")
    box.press("Enter")
    expect(box).to_have_value(re.compile(re.escape(expected)))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`smarterp serve`'s app on a fresh SQLite database with a supplier and some products."""
    db = tmp_path_factory.mktemp("browser-edit") / "web.db"
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    schema.upgrade(engine)
    with unit_of_work(engine, actor="test") as s:
        init_books(s, name="Browser Trading Co.")
        auth.create_user(s, "anna", Role.ADMIN, PASSWORD, full_name="Anna Admin")
        f.supplier(s, "Tokyo Traders")
        for i in range(30):  # enough that a drop-down would be a long scroll
            f.customer(s, f"Filler customer {i:02d}")
            f.product(s, f"FILL{i:02d}", name=f"Filler {i:02d}")
    engine.dispose()
    port = _free_port()
    env = {**os.environ, "SMARTERP_DATABASE_URL": url}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "smarterp.web.app:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
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
        context = browser.new_context(base_url=server, viewport=DESKTOP)
        pg = context.new_page()
        pg.set_default_timeout(15_000)
        try:
            yield pg
        finally:
            context.close()
            browser.close()


def _shot(page: Page, name: str) -> None:
    """The page at desktop and phone width, whole, for people to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.wait_for_timeout(400)  # the menu folds away with a short transition
        page.screenshot(path=str(SHOTS / f"edit-{name}-{label}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def test_create_a_customer_a_product_and_a_quotation_with_the_pickers(page: object) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    try:
        page.goto("/login")
        page.fill("input[name=username]", "anna")
        page.fill("input[name=password]", PASSWORD)
        page.click("[data-testid=login]")
        expect(page.locator("h1")).to_have_text("Dashboard")

        # A customer: a name left out is refused next to the field, nothing lost.
        page.goto("/customers")
        page.click("[data-testid=new]")
        page.fill("[data-testid=field-city]", "Marseille")
        page.click("[data-testid=save]")
        expect(page.locator("[data-error-for=name]")).to_have_text("Required")
        expect(page.locator("[data-testid=field-city]")).to_have_value("Marseille")
        page.fill("[data-testid=field-name]", "Bon App'")
        page.fill("[data-testid=field-email]", "laurence@bonapp.example")
        page.fill("[data-testid=field-country]", "France")
        _shot(page, "customer-form")
        page.click("[data-testid=save]")
        expect(page.locator("[data-testid=record-title]")).to_contain_text("Bon App'")
        expect(page.locator("[data-testid=notice]")).to_have_text("Saved.")
        # Its delivery address, from the customer's edit page.
        page.click("[data-testid=action-edit]")
        page.click("[data-testid=add-contact]")
        page.fill("[data-testid=field-name]", "Bon App' warehouse")
        page.select_option("[data-testid=field-address_type]", "delivery")
        page.fill("[data-testid=field-street]", "12, rue des Bouchers")
        page.fill("[data-testid=field-city]", "Marseille")
        page.click("[data-testid=save]")
        expect(page.locator("main")).to_contain_text("Delivery address")
        _shot(page, "customer")

        # A product with one supplier offer, the supplier chosen with the picker.
        page.goto("/products")
        page.click("[data-testid=new]")
        page.fill("[data-testid=field-sku]", "TOFU")
        page.fill("[data-testid=field-name]", "Tofu")
        page.fill("[data-testid=field-sale_price]", "23.25")
        page.fill("[data-testid=field-cost]", "15")
        pick(page, "offer-supplier-0", "tokyo", "Tokyo Traders")
        page.fill("[data-testid=offer-price-0]", "14.50")
        page.fill("[data-testid=offer-lead-0]", "12")
        _shot(page, "product-form")
        page.click("[data-testid=save]")
        expect(page.locator("[data-testid=record-title]")).to_contain_text("TOFU · Tofu")
        expect(page.locator("main")).to_contain_text("Tokyo Traders")

        # A quotation: customer and product from the pickers; no stock, so the line says so.
        page.goto("/sales-orders/new")
        pick(page, "partner", "bon", "Bon App'")
        # Thirty fillers match "fil": the picker shows a screenful, with price and stock.
        box = page.locator("[data-testid=line-product-0]")
        box.fill("fil")
        listed = box.locator("xpath=following-sibling::ul[1]")
        expect(listed.locator("[role=option]")).to_have_count(12)
        expect(listed).to_contain_text("FILL00 · Filler 00 $18.00 · 0 available")
        _shot(page, "picker-open")
        box.press("Escape")
        pick(page, "line-product-0", "tofu", "TOFU · Tofu")
        page.fill("[data-testid=line-qty-0]", "1000")
        page.locator("[data-testid=line-qty-0]").dispatch_event("change")
        stock = page.locator("[data-testid=line-stock-0]")
        expect(stock).to_contain_text("On hand 0 · reserved 0 · available 0")
        expect(stock).to_contain_text("1,000 more than available")
        _shot(page, "quotation-form")
        page.click("[data-testid=save]")
        expect(page.locator("[data-testid=state]")).to_have_text("Draft")
        expect(page.locator("[data-testid=warning]")).to_contain_text(
            "TOFU · Tofu: 1,000 ordered, 0 available"
        )
        _shot(page, "quotation")

        # Edit the draft: 12 instead of 1,000; the warning goes.
        page.click("[data-testid=action-edit]")
        page.fill("[data-testid=line-qty-0]", "12")
        page.click("[data-testid=save]")
        expect(page.locator("[data-testid=notice]")).to_have_text("Saved.")
        expect(page.locator("main")).to_contain_text("12")
        expect(page.locator("[data-testid=warning]")).to_contain_text("TOFU · Tofu: 12 ordered")

        # The same form in Chinese: labels and the line's stock through the i18n layer.
        page.click("[data-testid=lang-zh]")
        page.click("[data-testid=action-edit]")
        expect(page.locator("h1")).to_contain_text("编辑")
        expect(page.locator("[data-testid=line-stock-0]")).to_contain_text("在手 0")
        expect(page.locator("[data-testid=line-stock-0]")).to_contain_text("超出可用量 12")
        _shot(page, "quotation-form-zh")
    except BaseException:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "edit-failure.png"), full_page=True)
        raise
