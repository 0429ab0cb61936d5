"""A rule made in the web app, in real headless Chromium against `smarterp serve --worker`:
the person fills the form's pickers, dry-runs it, saves and turns it on; real orders are
confirmed; the email arrives at a real SMTP server and the audit trail names who did what."""

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
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from smarterp.automation import jobs
from smarterp.core import auth, schema
from smarterp.core.audit_record import AuditRecord
from smarterp.core.db import make_engine, unit_of_work
from smarterp.core.permissions import Role
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from smarterp.erp.setup import init_books
from tests import factories as f
from tests.smtp_server import SmtpServer, running_smtp_server

CHROMIUM = os.environ.get("SMARTERP_CHROMIUM", "/usr/bin/chromium")
SMARTERP = Path(sys.executable).with_name("smarterp")
PASSWORD = "correct-horse-battery"

pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"Chromium not found at {CHROMIUM}"),
    pytest.mark.xdist_group("browser"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with running_smtp_server() as server:
        yield server


@pytest.fixture
def served(tmp_path: Path, smtp: SmtpServer) -> Iterator[tuple[str, str]]:
    """`smarterp serve --worker` on a fresh SQLite database; yields (base URL, database URL)."""
    url = f"sqlite:///{tmp_path / 'web.db'}"
    engine = make_engine(url)
    schema.upgrade(engine)
    with unit_of_work(engine, actor="test") as s:
        init_books(s, name="Rules Trading Co.")
        auth.create_user(s, "anna", Role.ADMIN, PASSWORD, full_name="Anna Admin")
        f.customer(s, "Around the Horn", ref="AROUT", email="orders@horn.test")
        f.product(s, "CHAI", price="18.00", cost="10.00", stock="500", name="Chai")
    engine.dispose()
    port = _free_port()
    env = {
        **os.environ,
        "SMARTERP_DATABASE_URL": url,
        "SMARTERP_DATA_DIR": str(tmp_path),
        "SMARTERP_JOBS_URL": f"sqlite:///{tmp_path / 'jobs.db'}",
        "SMARTERP_JOBS_POLL_SECONDS": "0.3",
        "SMARTERP_SMTP_HOST": smtp.host,
        "SMARTERP_SMTP_PORT": str(smtp.port),
        "SMARTERP_SMTP_FROM": "sales@rules.test",
    }
    proc = subprocess.Popen(
        [str(SMARTERP), "serve", "--worker", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        ready = jobs.wait_until(lambda: _up(base), timeout=120, step=0.2)
        assert ready, "the server did not start"
        yield base, url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _up(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def _confirm_orders(url: str, quantities: list[str]) -> list[str]:
    engine = make_engine(url)
    numbers = []
    with unit_of_work(engine, actor="clerk") as s:
        from smarterp.erp.partners.models import Partner
        from smarterp.erp.products.models import Product

        customer = s.scalars(select(Partner).where(Partner.ref == "AROUT")).one()
        product = s.scalars(select(Product).where(Product.sku == "CHAI")).one()
        for qty in quantities:
            order = sales.create_order(
                s,
                SalesOrderIn(
                    customer_id=customer.id,
                    order_date=date.today(),
                    lines=[SalesLineIn(product_id=product.id, quantity=Decimal(qty))],
                ),
            )
            sales.confirm_order(s, order.id)
            numbers.append(order.number)
    engine.dispose()
    return numbers


def test_a_rule_made_in_the_browser_emails_on_real_orders(
    served: tuple[str, str], smtp: SmtpServer
) -> None:
    from playwright.sync_api import expect, sync_playwright

    base, url = served
    earlier = _confirm_orders(url, ["20"])  # before the rule: for the dry run only
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page: Any = browser.new_context(base_url=base).new_page()
        page.set_default_timeout(20_000)
        page.goto("/login")
        page.fill("input[name=username]", "anna")
        page.fill("input[name=password]", PASSWORD)
        page.click("[data-testid=login]")
        page.click("nav.sidebar a[href='/rules']")
        expect(page).to_have_url(re.compile(r"/rules$"))
        page.fill("[data-testid=field-name]", "big-order-mail")
        page.select_option("[data-testid=field-trigger_kind]", "event")
        page.select_option("[data-testid=field-event]", "sales_order.confirmed")
        page.fill("[data-testid=field-field]", "amount")
        page.select_option("[data-testid=field-op]", ">")
        page.fill("[data-testid=field-value]", "100")
        page.select_option("[data-testid=field-action]", "email")
        page.fill("[data-testid=field-to]", "{{ partner_email }}")
        page.fill("[data-testid=field-subject]", "Thank you for {{ number }}")
        page.fill("[data-testid=field-body]", "Dear {{ partner }}, we confirmed {{ number }}.")
        page.click("[data-testid=dry-run]")
        expect(page.get_by_test_id("dry-run-total")).to_contain_text("1")
        expect(page.get_by_test_id("dry-run-result")).to_contain_text(earlier[0])
        page.click("[data-testid=save-rule]")
        expect(page).to_have_url(re.compile(r"/rules/big-order-mail"))
        page.click("[data-testid=enable]")
        expect(page.get_by_test_id("rule-state")).to_have_text("On")
        small, big = _confirm_orders(url, ["2", "30"])
        assert jobs.wait_until(lambda: len(smtp.messages) >= 1, timeout=60, step=0.2)
        time.sleep(1.5)  # a second message (a doubled run or the small order) would be here
        page.reload()
        expect(page.get_by_test_id("runs")).to_contain_text(f"Thank you for {big}")
        browser.close()
    assert [m.message["Subject"] for m in smtp.messages] == [f"Thank you for {big}"]
    assert smtp.messages[0].recipients == ["orders@horn.test"]
    assert small not in smtp.messages[0].message.get_content()
    engine = make_engine(url)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        trail = s.execute(
            select(AuditRecord.actor, AuditRecord.via, AuditRecord.action).where(
                AuditRecord.action.in_(("rule.create", "rule.enable"))
            )
        ).all()
    engine.dispose()
    assert set(trail) == {("anna", "web", "rule.create"), ("anna", "web", "rule.enable")}
