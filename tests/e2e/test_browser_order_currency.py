"""A quotation for a customer who pays in yuan, in real headless Chromium against a real
server: the product picker offers the list price in yuan at the order date's rate, and the
line saved without a price carries it; screenshots at desktop and phone sizes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from smarterp.core import auth, schema
from smarterp.core.db import make_engine, unit_of_work
from smarterp.core.permissions import Role
from smarterp.erp.currency import service as currencies
from smarterp.erp.setup import init_books
from tests import factories as f
from tests.e2e.test_browser_edit import CHROMIUM, DESKTOP, PHONE, SHOTS, _free_port, pick

if TYPE_CHECKING:
    from playwright.sync_api import Page

PASSWORD = "correct-horse-battery"

pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"Chromium not found at {CHROMIUM}"),
    pytest.mark.xdist_group("browser"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`smarterp serve`'s app on a fresh SQLite database (dollar books) with a yuan rate, a
    customer who pays in yuan and a product listed at 12.96 dollars."""
    db = tmp_path_factory.mktemp("browser-currency") / "web.db"
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    schema.upgrade(engine)
    with unit_of_work(engine, actor="test") as s:
        init_books(s, name="Browser Trading Co.")
        auth.create_user(s, "anna", Role.ADMIN, PASSWORD, full_name="Anna Admin")
        # The form dates a new order today: the rate entered a month ago is in force.
        currencies.set_rate(s, "CNY", date.today() - timedelta(days=30), "0.14")
        f.customer(s, "Shanghai Tea House", currency="CNY")
        f.product(s, "OOLONG", price="12.96", name="Oolong tea")
    engine.dispose()
    port = _free_port()
    env = {**os.environ, "SMARTERP_DATABASE_URL": url}
    command = [sys.executable, "-m", "uvicorn", "smarterp.web.app:create_app", "--factory"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(command, env=env)
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


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.wait_for_timeout(400)
        page.screenshot(path=str(SHOTS / f"currency-{name}-{label}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def test_a_yuan_quotation_is_priced_in_yuan(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_context(base_url=server, viewport=DESKTOP).new_page()
        page.set_default_timeout(15_000)
        try:
            page.goto("/login")
            page.fill("input[name=username]", "anna")
            page.fill("input[name=password]", PASSWORD)
            page.click("[data-testid=login]")
            expect(page.locator("h1")).to_have_text("Dashboard")

            page.goto("/sales-orders/new")
            box = page.locator("[data-testid=line-product-0]")
            box.fill("oolong")
            listed = box.locator("xpath=following-sibling::ul[1]")
            # No customer yet: the list price in the company currency.
            expect(listed).to_contain_text("$12.96")
            box.press("Escape")
            pick(page, "partner", "shanghai", "Shanghai Tea House")
            box.fill("oolo")
            # 12.96 dollars at 0.14 dollars to the yuan.
            expect(listed).to_contain_text("CN¥92.57")
            _shot(page, "picker")
            box.press("Escape")
            pick(page, "line-product-0", "oolong", "OOLONG · Oolong tea")
            page.fill("[data-testid=line-qty-0]", "2")
            page.click("[data-testid=save]")
            expect(page.locator("[data-testid=state]")).to_have_text("Draft")
            expect(page.locator("main")).to_contain_text("CN¥92.57")
            expect(page.locator("main")).to_contain_text("CN¥185.14")
            _shot(page, "quotation")
        finally:
            browser.close()
