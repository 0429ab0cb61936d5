"""The web app in real headless Chromium against a real server: log in, sell, confirm, deliver,
invoice, get paid, see it on the dashboard, then switch to Chinese; sell from a second warehouse
and see its stock per location."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from smarterp.core import auth, schema

if TYPE_CHECKING:
    from playwright.sync_api import Page
from smarterp.core.db import make_engine, unit_of_work
from smarterp.core.permissions import Role
from smarterp.erp.inventory import transfers, warehouses
from smarterp.erp.inventory.schemas import TransferIn, TransferLineIn, WarehouseIn
from smarterp.erp.setup import init_books
from tests import factories as f
from tests.e2e.test_browser_edit import pick

CHROMIUM = os.environ.get("SMARTERP_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(os.environ.get("SMARTERP_SHOTS", "test-artifacts/browser"))
PASSWORD = "correct-horse-battery"

pytestmark = [
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"Chromium not found at {CHROMIUM} "
        "(apt-get install chromium, or set SMARTERP_CHROMIUM)",
    ),
    # One server and one Chromium for the module, in one worker under `pytest -n`.
    pytest.mark.xdist_group("browser"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`smarterp serve` on a fresh SQLite database with a customer and a stocked product, 10 of
    which were moved to a second warehouse, EAST."""
    db = tmp_path_factory.mktemp("browser") / "web.db"
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    schema.upgrade(engine)
    with unit_of_work(engine, actor="test") as s:
        init_books(s, name="Browser Trading Co.")
        auth.create_user(s, "anna", Role.ADMIN, PASSWORD, full_name="Anna Admin")
        # Anna switches to Chinese; Ben keeps English.
        auth.create_user(s, "ben", Role.ADMIN, PASSWORD, full_name="Ben Admin")
        f.customer(s, "Around the Horn", ref="AROUT")
        chai = f.product(s, "CHAI", price="18.00", cost="10.00", stock="50", name="Chai")
        east = warehouses.create_warehouse(s, WarehouseIn(code="EAST", name="East depot"))
        move = TransferIn(
            from_location_id=warehouses.stock_location(s).id,
            to_location_id=warehouses.stock_location(s, east.id).id,
            scheduled_date=date.today(),
            lines=[TransferLineIn(product_id=chai.id, quantity=Decimal(10))],
        )
        moved = transfers.create_transfer(s, move)
        transfers.ship_transfer(s, moved.id, date.today())
        transfers.receive_transfer(s, moved.id, date.today())
    engine.dispose()
    port = _free_port()
    env = {**os.environ, "SMARTERP_DATABASE_URL": url}
    # What `smarterp serve` runs: uvicorn with the web app factory.
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
    """A Chromium tab on the server."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        pg.set_default_timeout(15_000)
        try:
            yield pg
        finally:
            context.close()
            browser.close()


def test_sell_deliver_invoice_pay_and_read_it_in_chinese(page: object) -> None:
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    try:
        _sell_deliver_invoice_pay_then_chinese(page)
    except BaseException:
        # What the browser showed when it went wrong, for the CI artifacts.
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "sell-flow-failure.png"), full_page=True)
        raise


def _log_in(page: Page, username: str = "anna") -> None:
    from playwright.sync_api import expect

    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("[data-testid=login]")
    expect(page.locator("h1")).to_have_text("Dashboard")


def _sell_deliver_invoice_pay_then_chinese(page: Page) -> None:
    from playwright.sync_api import expect

    _log_in(page)

    page.goto("/sales-orders/new")
    pick(page, "partner", "horn", "Around the Horn")
    pick(page, "line-product-0", "chai", "CHAI · Chai")
    page.fill("[data-testid=line-qty-0]", "4")
    page.click("[data-testid=save]")
    expect(page.locator("[data-testid=state]")).to_have_text("Draft")

    page.click("[data-testid=action-confirm]")
    expect(page.locator("[data-testid=state]")).to_have_text("Confirmed")
    page.click("[data-testid=action-deliver]")
    expect(page.locator("[data-testid=notice]")).to_have_text("Delivered.")
    page.click("[data-testid=action-invoice]")
    expect(page.locator("[data-testid=state]")).to_have_text("Done")

    page.click("table a[href^='/invoices/']")
    page.click("[data-testid=action-pay]")
    page.click("[data-testid=save]")
    expect(page.locator("[data-testid=notice]")).to_have_text("Payment registered.")

    page.goto("/")
    expect(page.locator("[data-testid=kpi-revenue]")).to_have_text("$72.00")
    expect(page.locator("[data-testid=kpi-cash]")).to_have_text("$72.00")
    expect(page.locator("canvas[data-drawn]")).not_to_have_count(0)

    page.click("[data-testid=lang-zh]")
    expect(page.locator("h1")).to_have_text("仪表盘")
    expect(page.locator("nav.sidebar")).to_contain_text("销售订单")
    page.goto("/sales-orders")
    expect(page.locator("[data-testid=search]")).to_be_visible()
    page.fill("[data-testid=search]", "Horn")
    expect(page.locator("#results")).to_contain_text("Around the Horn")
    expect(page.locator("#results")).to_contain_text("已完成")


def test_sell_from_a_second_warehouse_and_see_its_stock_per_location(page: object) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    try:
        _log_in(page, "ben")
        page.goto("/sales-orders/new")
        expect(page.locator("[data-testid=warehouse] option:checked")).to_have_text(
            "WH · Main warehouse"
        )
        pick(page, "partner", "horn", "Around the Horn")
        page.select_option("[data-testid=warehouse]", label="EAST · East depot")
        pick(page, "line-product-0", "chai", "CHAI · Chai")
        page.fill("[data-testid=line-qty-0]", "3")
        page.click("[data-testid=save]")
        expect(page.locator(".fields")).to_contain_text("EAST · East depot")
        page.click("[data-testid=action-confirm]")
        expect(page.locator("[data-testid=state]")).to_have_text("Confirmed")

        page.goto("/stock")
        # Choosing a warehouse swaps in its stock per location, without reloading the page.
        page.select_option("[data-testid=filter-warehouse]", label="EAST · East depot")
        results = page.locator("#results")
        expect(results).to_contain_text("EAST/Stock")
        expect(page).to_have_url(re.compile(r"warehouse=\d+"))
        row = results.locator("tbody tr").first
        expect(row.locator("td[data-label='On hand']")).to_have_text("10")
        expect(row.locator("td[data-label='Reserved']")).to_have_text("3")
        expect(row.locator("td[data-label='Available']")).to_have_text("7")
        expect(results).not_to_contain_text("WH/Stock")
    except BaseException:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "warehouse-failure.png"), full_page=True)
        raise


def test_api_docs_render_from_the_package_under_their_csp(page: object, server: str) -> None:
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    refused: list[str] = []
    page.on(
        "console", lambda msg: refused.append(msg.text) if "Content Security" in msg.text else None
    )
    elsewhere: list[str] = []
    page.on(
        "request", lambda req: None if req.url.startswith(server) else elsewhere.append(req.url)
    )
    page.goto("/docs")
    # The operations, read from /openapi.json (a quarter of a megabyte for 115 paths, laid out
    # in well over 15 s on two busy cores). Swagger UI draws only the operations near the
    # viewport, so the rest is asked of the spec it loaded rather than read off the page.
    page.wait_for_selector(".opblock-summary-path", timeout=90_000)
    assert "/api/v1/partners" in page.content()
    assert page.evaluate("() => window.ui.specSelectors.paths().has('/api/v1/sales-orders')")
    assert refused == [] and elsewhere == []
