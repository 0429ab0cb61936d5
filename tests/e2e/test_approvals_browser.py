"""Approvals in real headless Chromium against `smarterp serve --worker`: a salesperson's
discounted order waits for approval (by a policy, or by a rule made in the web form), the
salesperson is told they cannot approve their own, a sales manager approves or rejects it
with a comment in the inbox, and the order page shows who decided and why.
Screenshots go to test-artifacts/approvals/."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from smarterp.automation import jobs
from smarterp.core import auth, schema
from smarterp.core.audit_record import AuditRecord
from smarterp.core.db import make_engine, unit_of_work
from smarterp.core.permissions import Role
from smarterp.erp.approvals import service as approvals
from smarterp.erp.approvals.models import DocumentType
from smarterp.erp.approvals.schemas import PolicyIn
from smarterp.erp.setup import init_books
from tests import factories as f
from tests.e2e.test_browser_edit import pick
from tests.e2e.test_rules_browser import CHROMIUM, PASSWORD, SMARTERP, _free_port, _up

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

WAITING = "Not confirmed yet: it waits for approval. Confirm it again once approved."
SHOTS = Path(os.environ.get("SMARTERP_SHOTS", "test-artifacts")) / "approvals"

pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"Chromium not found at {CHROMIUM}"),
    pytest.mark.xdist_group("browser"),
]


def _serve(tmp_path: Path, *, policy: bool) -> Iterator[tuple[str, str]]:
    """`smarterp serve --worker` on a fresh SQLite database with a salesperson (sam), a sales
    manager (maria) and an admin (anna); with `policy`, discounts over 20 % need sales."""
    url = f"sqlite:///{tmp_path / 'web.db'}"
    engine = make_engine(url)
    schema.upgrade(engine)
    with unit_of_work(engine, actor="test") as s:
        init_books(s, name="Approvals Trading Co.")
        auth.create_user(s, "anna", Role.ADMIN, PASSWORD, full_name="Anna Admin")
        auth.create_user(s, "sam", Role.SALES, PASSWORD, full_name="Sam Seller")
        auth.create_user(s, "maria", Role.SALES, PASSWORD, full_name="Maria Manager")
        f.customer(s, "Around the Horn", ref="AROUT", email="orders@horn.test")
        f.product(s, "CHAI", price="18.00", cost="10.00", stock="500", name="Chai")
        if policy:
            approvals.add_policy(
                s,
                PolicyIn(
                    name="Deep discounts",
                    document_type=DocumentType.SALES_ORDER,
                    discount_over=Decimal("0.2"),
                    approver_role=Role.SALES,
                ),
            )
    engine.dispose()
    port = _free_port()
    log = tmp_path / "serve.log"
    env = {
        **os.environ,
        "SMARTERP_DATABASE_URL": url,
        "SMARTERP_DATA_DIR": str(tmp_path),
        "SMARTERP_JOBS_URL": f"sqlite:///{tmp_path / 'jobs.db'}",
        "SMARTERP_JOBS_POLL_SECONDS": "0.3",
    }
    with log.open("w") as errors:  # the child keeps its own copy of the file
        proc = subprocess.Popen(
            [str(SMARTERP), "serve", "--worker", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        started = jobs.wait_until(lambda: _up(base), timeout=120, step=0.2)
        assert started, f"the server did not start: {log.read_text()[-2000:]}"
        yield base, url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture
def with_policy(tmp_path: Path) -> Iterator[tuple[str, str]]:
    yield from _serve(tmp_path, policy=True)


@pytest.fixture
def without_policy(tmp_path: Path) -> Iterator[tuple[str, str]]:
    yield from _serve(tmp_path, policy=False)


@pytest.fixture
def chromium() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


def _signed_in(browser: Browser, base: str, username: str) -> Page:
    """A page of a browser context of its own, signed in as `username`."""
    from playwright.sync_api import expect

    page: Any = browser.new_context(base_url=base, viewport={"width": 1280, "height": 900})
    page = page.new_page()
    page.set_default_timeout(20_000)
    page.goto("/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("[data-testid=login]")
    expect(page.locator("h1")).to_have_text("Dashboard")
    return page  # type: ignore[no-any-return]


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _new_order(page: Page, discount: str) -> str:
    """The salesperson enters a draft order for 10 Chai at `discount` % off; its URL."""
    from playwright.sync_api import expect

    page.goto("/sales-orders/new")
    pick(page, "partner", "horn", "Around the Horn")
    pick(page, "line-product-0", "chai", "CHAI · Chai")
    page.fill("[data-testid=line-qty-0]", "10")
    page.fill("input[name='lines[0].discount']", discount)
    page.click("[data-testid=save]")
    expect(page.locator("[data-testid=state]")).to_have_text("Draft")
    return str(page.url).partition("?")[0]  # without "?done=created" (its "Saved.")


def _request_id(page: Page) -> str:
    card = page.locator("[data-testid^=approval-]").first
    return str(card.get_attribute("data-testid")).removeprefix("approval-")


def test_a_policy_holds_the_order_until_a_sales_manager_approves_it(
    with_policy: tuple[str, str], chromium: Browser
) -> None:
    from playwright.sync_api import expect

    base, url = with_policy
    sam = _signed_in(chromium, base, "sam")
    order_url = _new_order(sam, "25")
    sam.click("[data-testid=action-confirm]")
    expect(sam.locator("[data-testid=state]")).to_have_text("To approve")
    expect(sam.get_by_test_id("notice")).to_have_text(WAITING)
    expect(sam.get_by_test_id("action-confirm")).to_be_disabled()
    expect(sam.get_by_test_id("reason-confirm")).to_contain_text("waiting for approval by sales")
    _shot(sam, "01-salesperson-order-waiting")

    sam.click("nav.sidebar a[href='/approvals']")
    request_id = _request_id(sam)
    card = sam.get_by_test_id(f"approval-{request_id}")
    expect(card).to_contain_text("Deep discounts")
    expect(card).to_contain_text("Requested by sam")
    expect(sam.get_by_test_id(f"cannot-{request_id}")).to_have_text(
        "You asked for this approval; another person must decide it."
    )
    expect(sam.get_by_test_id(f"approve-{request_id}")).to_have_count(0)
    _shot(sam, "02-salesperson-cannot-approve-own")

    maria = _signed_in(chromium, base, "maria")
    maria.click("nav.sidebar a[href='/approvals']")
    maria.fill(f"[data-testid=comment-{request_id}]", "Fine for a key account")
    maria.click(f"[data-testid=approve-{request_id}]")
    expect(maria.get_by_test_id("notice")).to_have_text("Approved: the order can be confirmed now.")
    expect(maria.get_by_test_id("no-approvals")).to_be_visible()
    maria.select_option("[data-testid=filter-state]", "approved")
    expect(maria.get_by_test_id("decision")).to_have_text(
        "Approved · maria: Fine for a key account"
    )
    _shot(maria, "03-manager-approved")

    sam.goto(order_url)
    sam.click("[data-testid=action-confirm]")
    expect(sam.locator("[data-testid=state]")).to_have_text("Confirmed")
    approvals_table = sam.locator("section.detail-table", has_text="Approvals")
    expect(approvals_table).to_contain_text("maria")
    expect(approvals_table).to_contain_text("Fine for a key account")
    expect(sam.get_by_test_id("history")).to_contain_text("Confirmed by sam")
    _shot(sam, "04-order-confirmed-after-approval")

    engine = make_engine(url)
    with unit_of_work(engine, actor="test", read_only=True) as s:
        trail = s.execute(
            select(AuditRecord.actor, AuditRecord.via, AuditRecord.action, AuditRecord.reason)
            .where(AuditRecord.entity_type == "approval_request")
            .order_by(AuditRecord.id)
        ).all()
    engine.dispose()
    assert [(a, v, act) for a, v, act, _ in trail] == [
        ("sam", "web", "approval_request.create"),
        ("maria", "web", "approval_request.approved"),
    ]
    assert trail[1].reason == "Fine for a key account"


def test_a_rule_made_in_the_form_holds_the_order_and_a_rejection_sends_it_back(
    without_policy: tuple[str, str], chromium: Browser
) -> None:
    from playwright.sync_api import expect

    base, _ = without_policy
    anna = _signed_in(chromium, base, "anna")
    anna.click("nav.sidebar a[href='/rules']")
    anna.fill("[data-testid=field-name]", "deep-discount-approval")
    anna.select_option("[data-testid=field-trigger_kind]", "event")
    anna.select_option("[data-testid=field-event]", "sales_order.created")
    anna.fill("[data-testid=field-field]", "max_discount")
    anna.select_option("[data-testid=field-op]", ">")
    anna.fill("[data-testid=field-value]", "15")
    anna.select_option("[data-testid=field-action]", "request_approval")
    anna.select_option("[data-testid=field-approver_role]", "sales")
    anna.fill("[data-testid=field-note]", "{{ max_discount }}% off for {{ partner }}")
    _shot(anna, "05-rule-form-ask-for-approval")
    anna.click("[data-testid=save-rule]")
    expect(anna).to_have_url(re.compile(r"/rules/deep-discount-approval"))
    anna.click("[data-testid=enable]")
    expect(anna.get_by_test_id("rule-state")).to_have_text("On")

    sam = _signed_in(chromium, base, "sam")
    order_url = _new_order(sam, "20")

    def held() -> bool:
        sam.goto(order_url)
        return bool(sam.locator("[data-testid=state]").inner_text() == "To approve")

    assert jobs.wait_until(held, timeout=60, step=0.5), "the rule did not hold the order"
    expect(sam.get_by_test_id("reason-confirm")).to_contain_text("waiting for approval by sales")
    _shot(sam, "06-rule-held-order")

    maria = _signed_in(chromium, base, "maria")
    maria.click("nav.sidebar a[href='/approvals']")
    request_id = _request_id(maria)
    card = maria.get_by_test_id(f"approval-{request_id}")
    expect(card).to_contain_text("Rule: deep-discount-approval: 20% off for Around the Horn")
    expect(card).to_contain_text("Requested by sam")
    maria.click(f"[data-testid=reject-{request_id}]")  # no comment: refused, nothing changes
    expect(maria.get_by_test_id("error")).to_contain_text("Say why you reject it")
    maria.fill(f"[data-testid=comment-{request_id}]", "Keep it at 10% or less")
    maria.click(f"[data-testid=reject-{request_id}]")
    expect(maria.get_by_test_id("notice")).to_have_text("Rejected.")
    _shot(maria, "07-manager-rejected")

    sam.goto(order_url)
    expect(sam.locator("[data-testid=state]")).to_have_text("Draft")
    expect(sam.get_by_test_id("warning")).to_have_text(
        "Approval rejected by maria: Keep it at 10% or less"
    )
    approvals_table = sam.locator("section.detail-table", has_text="Approvals")
    expect(approvals_table).to_contain_text("Rule: deep-discount-approval: 20% off")
    expect(approvals_table).to_contain_text("Rejected")
    expect(sam.get_by_test_id("notice")).to_have_count(0)
    _shot(sam, "08-salesperson-sees-rejection")
    # Confirming unchanged asks the rule's approver again, as a policy would.
    sam.click("[data-testid=action-confirm]")
    expect(sam.locator("[data-testid=state]")).to_have_text("To approve")
    expect(sam.get_by_test_id("notice")).to_have_text(WAITING)
