"""Customer segments in real headless Chromium against `smarterp serve --worker`: customers
saved with a segment through the form, the customers list grouped by segment, a rule written
from "for wholesale customers" that then fires on a wholesale customer's real order only.
Screenshots go to test-artifacts/segments/."""

from __future__ import annotations

import os
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from smarterp.automation import jobs
from smarterp.automation.rules.models import RuleRun, RunState
from smarterp.core.db import make_engine, unit_of_work
from smarterp.erp.partners.models import Partner
from smarterp.erp.products.models import Product
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests.e2e.test_rules_browser import (  # noqa: F401 (fixtures)
    CHROMIUM,
    PASSWORD,
    pytestmark,
    served,
    smtp,
)

SHOTS = Path(os.environ.get("SMARTERP_SHOTS", "test-artifacts")) / "segments"
SENTENCE = "when an order over 100 is confirmed for wholesale customers, raise an alert"


def _confirm(url: str, customer_name: str) -> str:
    engine = make_engine(url)
    with unit_of_work(engine, actor="clerk") as s:
        customer = s.scalars(select(Partner).where(Partner.name == customer_name)).one()
        product = s.scalars(select(Product).where(Product.sku == "CHAI")).one()
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=customer.id,
                order_date=date.today(),
                lines=[SalesLineIn(product_id=product.id, quantity=Decimal(20))],
            ),
        )
        sales.confirm_order(s, order.id)
        number = order.number
    engine.dispose()
    return number


def _runs(url: str) -> list[tuple[str, RunState]]:
    engine = make_engine(url)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        found = [(r.record["partner"], r.state) for r in s.scalars(select(RuleRun))]
    engine.dispose()
    return found


def _new_customer(page: Any, name: str, segment: str) -> None:
    page.goto("/customers/new")
    page.fill("[data-testid=field-name]", name)
    page.fill("[data-testid=field-segment]", segment)
    page.click("[data-testid=save]")
    page.wait_for_url(re.compile(r"/customers/\d+"))


def test_segments_in_the_form_the_list_and_a_rule(served: tuple[str, str]) -> None:  # noqa: F811
    from playwright.sync_api import expect, sync_playwright

    base, url = served
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(base_url=base, viewport={"width": 1440, "height": 900})
        page: Any = context.new_page()
        page.set_default_timeout(20_000)
        page.goto("/login")
        page.fill("input[name=username]", "anna")
        page.fill("input[name=password]", PASSWORD)
        page.click("[data-testid=login]")

        _new_customer(page, "Big Box", "Wholesale")
        expect(page.locator("main")).to_contain_text("Wholesale")
        page.screenshot(path=str(SHOTS / "customer.png"), full_page=True)
        _new_customer(page, "Cash and Carry", "wholesale")  # joins the group as it is spelt
        page.goto("/customers/new")
        page.fill("[data-testid=field-name]", "Corner Shop")
        page.fill("[data-testid=field-segment]", "Retail")
        page.screenshot(path=str(SHOTS / "customer-form.png"), full_page=True)
        page.click("[data-testid=save]")
        page.wait_for_url(re.compile(r"/customers/\d+"))

        page.goto("/customers")
        page.select_option("[data-testid=group]", "segment")
        heads = page.get_by_test_id("group-head")
        expect(heads).to_have_count(3)
        expect(heads.nth(0)).to_contain_text("No segment")  # Around the Horn
        expect(heads.nth(1)).to_contain_text("Retail")
        expect(heads.nth(2)).to_contain_text("Wholesale · 2 records")
        page.screenshot(path=str(SHOTS / "customers-by-segment.png"), full_page=True)

        page.goto("/rules")
        page.fill("[data-testid=field-sentence]", SENTENCE)
        page.click("[data-testid=from-text]")
        yaml_box = page.get_by_test_id("field-yaml")
        expect(yaml_box).to_have_value(re.compile(r"field: partner_segment"))
        expect(yaml_box).to_have_value(re.compile(r"value: Wholesale"))
        page.screenshot(path=str(SHOTS / "rule-from-sentence.png"), full_page=True)
        page.click("[data-testid=save-rule]")
        page.wait_for_url(re.compile(r"/rules/[\w.-]+\?done=saved"))
        page.click("[data-testid=enable]")
        expect(page.get_by_test_id("rule-state")).to_have_text("On")

        _confirm(url, "Around the Horn")
        _confirm(url, "Corner Shop")
        _confirm(url, "Big Box")
        assert jobs.wait_until(lambda: _runs(url) == [("Big Box", RunState.DONE)], timeout=60)
        page.reload()
        expect(page.get_by_test_id("runs")).to_contain_text("Alert")
        page.screenshot(path=str(SHOTS / "rule-runs.png"), full_page=True)
        browser.close()
    assert _runs(url) == [("Big Box", RunState.DONE)]
