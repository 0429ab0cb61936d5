"""The Rules page: the list with on/off switches, a rule made with the form's pickers, its dry
run over the last 30 days, a rule from a sentence, and a rule's run log; viewers look only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from smarterp.automation import jobs
from smarterp.automation.rules import builtin, service
from smarterp.core.db import unit_of_work
from smarterp.erp.sales import service as sales
from smarterp.erp.sales.schemas import SalesLineIn, SalesOrderIn
from tests.integration.web.conftest import Books, Browser, as_role

FORM = {
    "name": "big-orders",
    "description": "Call about big orders",
    "trigger_kind": "event",
    "event": "sales_order.confirmed",
    "field": "amount",
    "op": ">",
    "value": "100",
    "action": "task",
    "assignee": "sales",
    "title": "Call {{ partner }} about {{ number }}",
}


def _confirmed_order(engine: Engine, books: Books, qty: str) -> str:
    with unit_of_work(engine, actor="test") as s:
        order = sales.create_order(
            s,
            SalesOrderIn(
                customer_id=books.customer_id,
                order_date=date(2026, 1, 5),
                lines=[SalesLineIn(product_id=books.product_id, quantity=D(qty))],
            ),
        )
        sales.confirm_order(s, order.id)
        return order.number


def test_a_rule_made_with_the_form_dry_run_saved_switched_on_and_its_run_log(
    engine: Engine, browser: Browser, books: Books
) -> None:
    with unit_of_work(engine, actor="test") as s:
        builtin.install(s)
    small = _confirmed_order(engine, books, "1")
    big = _confirmed_order(engine, books, "10")
    page = browser.client.get("/rules")
    assert page.status_code == 200
    assert 'data-testid="rule-payment-reminder"' in page.text and "Turn on" in page.text
    dry = browser.post("/rules/dry-run", FORM)
    assert dry.status_code == 200
    assert "Would have fired 1 times in the last 30 days" in dry.text
    assert big in dry.text and small not in dry.text
    bad = browser.post("/rules/dry-run", {**FORM, "field": "amout"})
    assert "conditions.field" in bad.text and "amout" in bad.text
    saved = browser.post("/rules/save", FORM)
    assert saved.status_code == 303 and saved.headers["location"] == "/rules/big-orders?done=saved"
    assert browser.post("/rules/big-orders/enable").status_code == 303
    third = _confirmed_order(engine, books, "20")
    jobs.JobQueue(engine, jobs.make_huey("memory://")).run_once()
    detail = browser.client.get("/rules/big-orders")
    assert detail.status_code == 200
    assert f"Call Alfreds Futterkiste about {third}" in detail.text  # the run log
    assert 'data-testid="rule-state">On' in detail.text
    with unit_of_work(engine, actor="test") as s:
        assert service.get_rule(s, "big-orders").enabled


def test_a_rule_from_a_sentence_fills_the_yaml_box(browser: Browser) -> None:
    answer = browser.post(
        "/rules/from-text",
        {"sentence": "when an invoice is 30 days overdue, email the customer a reminder"},
        headers={"HX-Request": "true"},
    )
    assert answer.status_code == 200
    assert "check: overdue_invoices" in answer.text and "days_overdue" in answer.text
    vague = browser.post("/rules/from-text", {"sentence": "be nice"})
    assert "no trigger found" in vague.text


def test_viewers_see_rules_but_do_not_change_them(app_client: TestClient, engine: Engine) -> None:
    with unit_of_work(engine, actor="test") as s:
        builtin.install(s)
    viewer = as_role(app_client, "viewer")
    page = viewer.client.get("/rules")
    assert page.status_code == 200 and "payment-reminder" in page.text
    assert "Turn on" not in page.text and 'data-testid="save-rule"' not in page.text
    assert viewer.post("/rules/payment-reminder/enable").status_code == 403
    assert viewer.post("/rules/save", FORM).status_code == 403


def test_the_page_in_chinese(browser: Browser) -> None:
    browser.post("/language", {"language": "zh", "next": "/rules"})
    page = browser.client.get("/rules")
    assert page.status_code == 200
    assert "<h1>规则</h1>" in page.text and "试运行：最近 30 天" in page.text
